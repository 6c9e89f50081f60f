// Differences between two versions of a report's numbers, by a readable path per number
// (rows keyed by their meaning — measure type/name, month, year — not by array position).
import type { BimonthlyReport } from './report.contract.js';

export interface NumberChange {
  path: string;
  before: number | null;
  after: number | null;
}

function flatten(report: BimonthlyReport): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (prefix: string, value: unknown) => {
    if (typeof value === 'number') out.set(prefix, value);
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) walk(prefix ? `${prefix}.${k}` : k, v);
    }
  };
  walk('casesByType', report.casesByType);
  const m = report.incorporationsByMonth;
  for (const [group, series] of [
    ['byProcedure', m.byProcedure],
    ['byProfile', m.byProfile],
  ] as const) {
    for (const [k, values] of Object.entries(series))
      values.forEach((n, i) => out.set(`incorporationsByMonth.${group}.${k}[${i + 1}]`, n));
  }
  out.set('incorporationsByMonth.total', m.total);
  for (const row of report.incorporationsByYear.rows)
    walk(`incorporationsByYear[${row.year}]`, { defender: row.defender, journalist: row.journalist, total: row.total });
  walk('incorporationsByYear.total', report.incorporationsByYear.total);
  for (const row of report.measures.rows)
    walk(`measures[${row.type}/${row.name}]`, { measures: row.measures, actions: row.actions });
  walk('measures.byType', report.measures.byType);
  walk('measures.total', report.measures.total);
  for (const { month, ...counts } of report.informationRequests.rows) walk(`informationRequests[${month}]`, counts);
  walk('informationRequests.total', report.informationRequests.total);
  return out;
}

/** Every number that differs, in the order of the newer report (then the removed ones). */
export function diffReports(before: BimonthlyReport, after: BimonthlyReport): NumberChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const changes: NumberChange[] = [];
  for (const [path, n] of b) if (a.get(path) !== n) changes.push({ path, before: a.get(path) ?? null, after: n });
  for (const [path, n] of a) if (!b.has(path)) changes.push({ path, before: n, after: null });
  return changes;
}
