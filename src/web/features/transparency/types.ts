// Shapes of the transparency API (src/server/features/transparency/transparency.contract.ts).
import type { RequestCanData } from '../../../common/features/transparency.contract';

export type RequestStatus =
  | 'received'
  | 'clarification_requested'
  | 'in_process'
  | 'extended'
  | 'answered'
  | 'referred'
  | 'not_admissible'
  | 'not_filed';
export type RequestAction =
  | 'request_clarification'
  | 'receive_clarification'
  | 'lapse_clarification'
  | 'turn_to_area'
  | 'extend'
  | 'answer'
  | 'refer'
  | 'declare_not_admissible';

export interface CandidateDeadlines {
  ruleSetKey: string;
  family: string;
  name: string;
  verified: boolean;
  noticeOn: string;
  clarificationRequestDueOn: string;
  incompetenceDueOn: string;
  alreadyPublicDueOn: string | null;
  specificProcedureDueOn: string | null;
  requesterReplyDueOn: string | null;
  answerDueOn: string | null;
  extendedDueOn: string | null;
  dueOn: string | null;
  makeEffectiveDueOn: string | null;
  appealFilingDueOn: string | null;
}

export type BasisReason = 'governing' | 'pinned' | 'no_governing' | 'governing_unverified' | 'governing_not_applicable';

export interface Deadlines {
  ruleSetKey: string | null;
  ruleSetVerified: boolean | null;
  noticeOn: string | null;
  clarificationRequestDueOn: string | null;
  incompetenceDueOn: string | null;
  alreadyPublicDueOn: string | null;
  specificProcedureDueOn: string | null;
  requesterReplyDueOn: string | null;
  answerDueOn: string | null;
  extendedDueOn: string | null;
  dueOn: string | null;
  appealFilingDueOn: string | null;
  clockStopped: boolean;
  daysLeft: number | null;
  overdue: boolean;
  answeredLate: boolean;
  lapsedForNoReply: boolean;
  clarificationLate: boolean;
  extensionLate: boolean;
  basis: { mode: 'governing' | 'earliest'; reason: BasisReason; ruleSetKey: string | null } | null;
  /** For each date, the key of the rule set it came from. */
  sources: Record<string, string>;
  candidates: CandidateDeadlines[];
}

export interface RequestSummary {
  id: string;
  folio: string;
  receivedOn: string;
  kind: 'public' | 'arco';
  admissible: boolean | null;
  status: RequestStatus;
  channel: string | null;
  arcoRight: string | null;
  subject: string | null;
  closedOn: string | null;
  version: number;
  tracked: boolean;
  deadlines: Deadlines;
}

export interface RequestDetail extends RequestSummary {
  receivedAt: string | null;
  allowedActions: RequestAction[];
  hasRequesterData: boolean;
  /** what the person may do here, decided by the server */
  can: RequestCanData;
  extensionResolution: string | null;
  referralKind: string | null;
  referredTo: string | null;
  classification: string | null;
  classificationSession: string | null;
  classificationDecidedOn: string | null;
  classificationDecision: string | null;
  areas: { id: string; area: string; turnedOn: string; respondedOn: string | null }[];
  events: {
    id: string;
    on: string;
    action: string;
    fromStatus: string | null;
    toStatus: string | null;
    note: string | null;
    at: string;
  }[];
  appeals: {
    id: string;
    appealFolio: string;
    filedOn: string;
    notifiedOn: string | null;
    resolvedOn: string | null;
    outcome: string | null;
    complianceDueOn: string | null;
    compliedOn: string | null;
    version: number;
  }[];
}

export interface Dashboard {
  open: number;
  dueSoon: number;
  overdue: number;
  clockStopped: number;
  lapsedForNoReply: number;
  byStatus: Record<string, number>;
  next: RequestSummary[];
  today: string;
}

export interface Obligation {
  id: string;
  fraction: string;
  title: string;
  responsibleArea: string;
  periodicity: 'quarterly' | 'half_yearly' | 'yearly';
  active: boolean;
  version: number;
}

export interface ComplianceRow {
  obligation: Obligation;
  period: string;
  status: 'pending' | 'uploaded' | 'validated';
  updatedOn: string | null;
  validatedOn: string | null;
  evidenceRef: string | null;
  notes: string | null;
  version: number;
}

export interface QuarterCompliance {
  quarter: string;
  rows: ComplianceRow[];
  compliance: {
    required: number;
    uploaded: number;
    validated: number;
    percent: number | null;
    validatedPercent: number | null;
  };
}

export interface TrainingData {
  staff: {
    id: string;
    name: string;
    area: string;
    position: string;
    committeeMember: boolean;
    active: boolean;
    version: number;
  }[];
  courses: { id: string; title: string; kind: 'introductory' | 'specialised'; required: boolean; provider: string }[];
  trainings: { id: string; staffId: string; courseId: string; completedOn: string; certificateRef: string | null }[];
  coverage: {
    year: number;
    staff: number;
    trained: number;
    percent: number | null;
    committeeMembers: number;
    committeeWithSpecialised: number;
    fullyTrained: boolean;
    missing: string[];
  };
}

export interface CalendarData {
  year: number;
  holidays: { date: string; reason: string }[];
  published: { id: string; day: string; description: string; source: string }[];
}
