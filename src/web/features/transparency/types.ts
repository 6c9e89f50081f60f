// Shapes of the transparency API, from the shared contracts (src/common/features/transparency*.contract.ts,
// types only).
import type { z } from 'zod';
import type * as C from '../../../common/features/transparency.contract';
import type * as O from '../../../common/features/transparency.obligations.contract';
import type * as T from '../../../common/features/transparency.training.contract';

export type { RequestAction, RequestStatus } from '../../../common/features/transparency';

export type RequestSummary = z.infer<typeof C.RequestSummaryOut>;
export type RequestDetail = z.infer<typeof C.RequestDetailOut>;
export type RequestList = z.infer<typeof C.RequestListOut>;
export type Requester = z.infer<typeof C.RequesterOut>;
export type Dashboard = z.infer<typeof C.DashboardOut>;
export type Deadlines = RequestSummary['deadlines'];
export type CandidateDeadlines = Deadlines['candidates'][number];
export type BasisReason = NonNullable<Deadlines['basis']>['reason'];

export type Obligation = z.infer<typeof O.ObligationOut>;
export type ComplianceRow = z.infer<typeof O.ComplianceRow>;
export type QuarterCompliance = z.infer<typeof O.ComplianceOut>;

export type TrainingData = z.infer<typeof T.TrainingPageOut>;

// The calendar's contract (src/server/features/transparency/settings.contract.ts) stays on the server: it
// builds on the rule-set schema of rules.ts.
export interface CalendarData {
  year: number;
  holidays: { date: string; reason: string }[];
  published: { id: string; day: string; description: string; source: string }[];
}
