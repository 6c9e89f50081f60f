// Shapes of the interchange API (src/server/features/interchange/interchange.http.ts and spreadsheet.routes.ts).
export interface EntityCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface ImportCounts {
  cases: EntityCounts;
  followUps: { replacedCases: number; inserted: number; deleted: number };
  measures: EntityCounts;
  actions: { replacedMeasures: number; inserted: number; deleted: number };
  informationRequests: EntityCounts;
}

export interface ImportResponse {
  dryRun: boolean;
  counts: ImportCounts;
}

export interface SheetProblem {
  sheet: string;
  row: number | null;
  column: string | null;
  header: string | null;
  message: string;
}

export interface SpreadsheetResponse {
  ok: boolean;
  dryRun: boolean;
  summary: { cases: number; measures: number; actions: number; informationRequests: number };
  counts: ImportCounts | null;
  problems: SheetProblem[];
  total: number;
}
