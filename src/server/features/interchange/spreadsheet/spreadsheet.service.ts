import type { Database } from '../../../db/client.js';
import type { AuditActor } from '../../../platform/audit/audit.js';
import { existingCaseFolios } from '../import.sql.js';
import { importPackage } from '../import.service.js';
import type { ImportCounts } from '../package.contract.js';
import { MAX_LISTED_PROBLEMS, validatePackage } from '../package.validate.js';
import { locate } from './convert.js';
import type { SpreadsheetFile } from './parse.js';
import { parseInWorker } from './parse-in-worker.js';
import type { SheetProblem } from './read.js';

export type { SpreadsheetFile } from './parse.js';

export interface SpreadsheetSummary {
  cases: number;
  measures: number;
  actions: number;
  informationRequests: number;
}

export type SpreadsheetResult =
  | { ok: true; dryRun: boolean; summary: SpreadsheetSummary; counts: ImportCounts }
  | { ok: false; summary: SpreadsheetSummary; problems: SheetProblem[]; total: number };

/**
 * Historical spreadsheet (XLSX workbook or one CSV table) -> the same package -> the same
 * validation and import as a JSON package. Problems come back by sheet, row and column.
 */
export async function importSpreadsheet(
  db: Database,
  file: SpreadsheetFile,
  opts: { actor: AuditActor; ip?: string | null; dryRun: boolean },
): Promise<SpreadsheetResult> {
  const { raw, origins, problems } = await parseInWorker(file);
  const summary: SpreadsheetSummary = {
    cases: raw.cases.length,
    measures: raw.measures.length,
    actions: raw.measures.reduce<number>((s, m) => s + (m as { actions: unknown[] }).actions.length, 0),
    informationRequests: raw.informationRequests.length,
  };

  const validation = await validatePackage(raw, (folios) => existingCaseFolios(db, folios));
  if (!validation.ok) {
    // A cell already reported as unreadable, or a missing column, is not reported again by the package rules.
    const seen = new Set(problems.map((p) => `${p.sheet}|${p.row}|${p.column}`));
    const missing = new Set(problems.filter((p) => p.column === null && p.header).map((p) => `${p.sheet}|${p.header}`));
    for (const p of validation.problems) {
      const at = locate(p.path, p.message, origins);
      if (seen.has(`${at.sheet}|${at.row}|${at.column}`) || missing.has(`${at.sheet}|${at.header}`)) continue;
      if (at.column === null && at.row !== null && [...missing].some((m) => m.startsWith(`${at.sheet}|`))) continue;
      problems.push(at);
    }
  }
  if (problems.length > 0) {
    problems.sort(
      (a, b) =>
        a.sheet.localeCompare(b.sheet) || (a.row ?? 0) - (b.row ?? 0) || (a.column ?? '').localeCompare(b.column ?? ''),
    );
    return { ok: false, summary, problems: problems.slice(0, MAX_LISTED_PROBLEMS), total: problems.length };
  }
  const result = await importPackage(db, raw, { actor: opts.actor, ip: opts.ip, dryRun: opts.dryRun });
  if (!result.ok) {
    // Only reachable if the database changed between validation and import (e.g. a case was removed).
    return {
      ok: false,
      summary,
      problems: result.problems.map((p) => locate(p.path, p.message, origins)),
      total: result.total,
    };
  }
  return { ok: true, dryRun: result.dryRun, summary, counts: result.counts };
}
