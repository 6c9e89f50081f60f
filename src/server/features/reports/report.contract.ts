// The bimonthly report JSON (interchange.md, "Report JSON"). This is a public interface: field
// names and their order follow the contract exactly, so `JSON.stringify` of a parsed value prints
// the document other tools check. Any change here means a new format version.
import { saneIsoDate } from '../../../common/dates.js';
import { z } from 'zod';
import { CASE_BUCKETS, type CaseBucket } from '../../../common/report.js';

export const PROFILES = ['defender', 'journalist'] as const;
export type Profile = (typeof PROFILES)[number];
export const IDENTITIES = ['woman', 'man', 'lgbttti', 'collective'] as const;
export type Identity = (typeof IDENTITIES)[number];
export const CASE_KINDS = ['incorporation', 'attention', 'federal_collaboration'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];
export const PROCEDURES = ['ordinary', 'extraordinary'] as const;
export type Procedure = (typeof PROCEDURES)[number];
/** Contract order of measure types (also the row order of Cuadro 6). */
export const MEASURE_TYPES = ['preventive', 'protection', 'urgent_protection', 'social'] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];
export const REQUEST_KINDS = ['public', 'arco'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** Rows of Cuadro 3, in contract order: each kind, then its follow-up. */
export { CASE_BUCKETS, type CaseBucket };

const count = z.number().int().nonnegative();
/** A real calendar date (2024-02-30 is refused), written YYYY-MM-DD, 1990 .. end of next year. */
export const isoDate = saneIsoDate;
const twelve = z.array(count).length(12);

export const Group = z.strictObject({
  woman: count,
  man: count,
  lgbttti: count,
  collective: count,
  cases: count,
});
export type Group = z.infer<typeof Group>;

export const Row = z.strictObject({ defender: Group, journalist: Group, total: count });
export type Row = z.infer<typeof Row>;

export const CasesByType = z.strictObject({
  rows: z.strictObject({
    incorporation: Row,
    incorporationFollowUp: Row,
    attention: Row,
    attentionFollowUp: Row,
    federalCollaboration: Row,
    federalCollaborationFollowUp: Row,
  }),
  total: Row,
});
export type CasesByType = z.infer<typeof CasesByType>;

export const IncorporationsByMonth = z.strictObject({
  year: z.number().int(),
  byProcedure: z.strictObject({ ordinary: twelve, extraordinary: twelve }),
  byProfile: z.strictObject({ journalist: twelve, defender: twelve }),
  total: count,
});
export type IncorporationsByMonth = z.infer<typeof IncorporationsByMonth>;

const YearRow = z.strictObject({ year: z.number().int(), defender: Group, journalist: Group, total: count });
export const IncorporationsByYear = z.strictObject({
  rows: z.array(YearRow),
  total: z.strictObject({ defender: Group, journalist: Group, total: count }),
});
export type IncorporationsByYear = z.infer<typeof IncorporationsByYear>;

const MeasureTotals = z.strictObject({ measures: count, actions: count });
export const Measures = z.strictObject({
  rows: z.array(z.strictObject({ type: z.enum(MEASURE_TYPES), name: z.string(), measures: count, actions: count })),
  byType: z.strictObject({
    preventive: MeasureTotals,
    protection: MeasureTotals,
    urgent_protection: MeasureTotals,
    social: MeasureTotals,
  }),
  total: MeasureTotals,
});
export type Measures = z.infer<typeof Measures>;

const RequestCounts = {
  received: count,
  public: count,
  arco: count,
  admissible: count,
  inadmissible: count,
};
export const InformationRequests = z.strictObject({
  rows: z.array(z.strictObject({ month: z.string().regex(/^\d{4}-\d{2}$/), ...RequestCounts })),
  total: z.strictObject(RequestCounts),
});
export type InformationRequests = z.infer<typeof InformationRequests>;

export const Period = z
  .strictObject({ from: isoDate, to: isoDate })
  .refine((p) => p.from <= p.to, { message: 'from must not be after to', path: ['to'] });
export type Period = z.infer<typeof Period>;

export const BimonthlyReport = z.strictObject({
  period: Period,
  casesByType: CasesByType,
  incorporationsByMonth: IncorporationsByMonth,
  incorporationsByYear: IncorporationsByYear,
  measures: Measures,
  informationRequests: InformationRequests,
});
export type BimonthlyReport = z.infer<typeof BimonthlyReport>;

/** The whole report JSON: the core tables plus the objects every module's section contributes. */
export const FullReport = z.object(BimonthlyReport.shape).catchall(z.unknown());
export type FullReport = z.infer<typeof FullReport>;
