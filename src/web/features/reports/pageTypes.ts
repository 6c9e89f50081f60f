export type { Period } from './periods';
export type {
  BimonthlyReport,
  DiffResponse,
  IssuedSummary,
  NarrativeOverrides,
  ReportDocument,
  ReportResponse,
} from './types';
