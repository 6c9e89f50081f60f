// Shapes of the interchange API (src/server/features/interchange/interchange.http.ts and spreadsheet.routes.ts);
// the server's own definitions where it has them (type-only imports, nothing reaches the bundle).
import type { EntityCounts, ImportCounts } from '../../../server/features/interchange/package.contract';
import type { SheetProblem } from '../../../server/features/interchange/spreadsheet/read';

export type { EntityCounts, ImportCounts, SheetProblem };

export interface ImportResponse {
  dryRun: boolean;
  counts: ImportCounts;
}

export interface SpreadsheetResponse {
  ok: boolean;
  dryRun: boolean;
  summary: { cases: number; measures: number; actions: number; informationRequests: number };
  counts: ImportCounts | null;
  problems: SheetProblem[];
  total: number;
}
