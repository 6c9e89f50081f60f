// Shapes of the cases API, taken from the shared contract (src/common/features/cases.contract.ts).
// Type-only imports of the zod schemas: nothing of zod reaches the bundle. The value lists come from
// the zod-free src/common/features/cases.ts.
import type {
  CaseListData,
  CasePageData,
  CaseSummaryData,
  CaseStatsData,
  CatalogueEntryData,
  FolioPatternData,
  LeadsData,
  MonthGridData,
  StaffListData,
  TimelineEventData,
  UrgencyData,
} from '../../../common/features/cases.contract';

export {
  caseKinds as CASE_KINDS,
  procedures as PROCEDURES,
  profiles as PROFILES,
  identities as IDENTITIES,
  caseStatuses as STATUSES,
  closingReasons as CLOSING_REASONS,
  measureTypes as MEASURE_TYPES,
  measureStatuses as MEASURE_STATUSES,
  decisionKinds as DECISIONS,
  riskLevels as RISK_LEVELS,
  riskFactors as RISK_FACTORS,
  beneficiaryRelations as RELATIONS,
  followUpKinds as FOLLOW_UP_KINDS,
} from '../../../common/features/cases';

export type { CasePageData };
/** GET /api/cases */
export type CaseList = CaseListData;
export type CaseSummary = CaseSummaryData;
/** GET /api/cases/stats */
export type CaseStats = CaseStatsData;
export type Beneficiary = NonNullable<CasePageData['beneficiaries']>[number];
export type Measure = CasePageData['measures'][number];
export type TimelineEvent = TimelineEventData;
export type Urgency = UrgencyData;
/** GET /api/measure-catalogue */
export type CatalogueEntry = CatalogueEntryData;
/** GET /api/measure-actions/month */
export type MonthGrid = MonthGridData;
/** GET /api/cases/staff */
export type StaffList = StaffListData;
/** GET /api/case-leads */
export type Leads = LeadsData;
/** GET /api/cases-settings/folio-pattern */
export type FolioPattern = FolioPatternData;
