// Shapes of the reports API, from the server's own definitions (type-only imports).
import type { BimonthlyReport } from '../../../server/features/reports/report.contract';
import type { NarrativeOverrides, ReportDocument } from '../../../server/features/reports/report.model';

export type { BimonthlyReport, NarrativeOverrides, ReportDocument };
export type { Block, ChartBlock, TableBlock } from '../../../server/features/reports/report.model';

export interface IssuedSummary {
  id: string;
  period: { from: string; to: string };
  version: number;
  dataSha256: string;
  docxSha256: string;
  xlsxSha256: string;
  pdfSha256: string;
  note: string | null;
  issuedBy: string | null;
  issuedAt: string;
}

export interface ReportResponse {
  report: BimonthlyReport;
  document: ReportDocument;
  narrative: { overrides: NarrativeOverrides; version: number };
  issued: IssuedSummary[];
}

export interface DiffResponse {
  a: IssuedSummary;
  b: IssuedSummary;
  changes: Array<{ path: string; before: number | null; after: number | null }>;
}
