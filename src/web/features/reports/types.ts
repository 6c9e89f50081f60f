// Shapes of the reports API, from the server's own definitions (type-only imports).
import type { BimonthlyReport } from '../../../server/features/reports/report.contract';
import type { NarrativeOverrides, ReportDocument } from '../../../server/features/reports/report.model';

import type { IssuedSummary } from '../../../server/features/reports/issue.service';
import type { CellChange } from '../../../server/features/reports/diff';
import type { GeneratedParagraph } from '../../../server/features/reports/narrative.service';

export type { BimonthlyReport, IssuedSummary, NarrativeOverrides, ReportDocument };
export type { Block, ChartBlock, TableBlock } from '../../../server/features/reports/report.model';

export interface ReportResponse {
  report: BimonthlyReport;
  document: ReportDocument;
  narrative: { overrides: NarrativeOverrides; version: number };
  /** Every paragraph the period's data generate (before staff edits), removed ones included. */
  paragraphs: GeneratedParagraph[];
  issued: IssuedSummary[];
  /** Decided by the server from the policy catalogue. */
  can: { issue: boolean };
}

export interface DiffResponse {
  a: IssuedSummary;
  b: IssuedSummary;
  changes: Array<{ path: string; before: number | null; after: number | null }>;
  cells: CellChange[];
}
