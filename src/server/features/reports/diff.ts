// Differences between two versions of a report:
// - `diffReports`: every number of the report JSON (the five core tables and every module's
//   objects), by a readable path (rows keyed by their meaning — id, month, year, measure
//   type/name, indicator code — not by array position);
// - `diffTables`: every cell of every printed table (every Cuadro, bodies to administration, the
//   annual summary and the plan results), so that text cells (a session's topics, a deliverable's
//   status, a contract's term) are compared too.
import type { BimonthlyReport, FullReport } from './report.contract.js';
import type { ReportDocument, TableBlock } from './report.model.js';

export interface NumberChange {
  path: string;
  before: number | null;
  after: number | null;
}

/** The key of an array element by its meaning, or null when it has none (then its position). */
function elementKey(item: unknown): string | null {
  if (!item || typeof item !== 'object') return null;
  const o = item as Record<string, unknown>;
  for (const k of ['id', 'plan', 'code', 'month', 'year'])
    if (typeof o[k] === 'string' || typeof o[k] === 'number') return String(o[k]);
  if (typeof o.type === 'string' && typeof o.name === 'string') return `${o.type}/${o.name}`;
  return null;
}

const KEY_FIELDS = new Set(['id', 'plan', 'code', 'month', 'year']);

function walk(out: Map<string, number>, prefix: string, value: unknown): void {
  if (typeof value === 'number') out.set(prefix, value);
  else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const key = elementKey(item);
      if (key === null) walk(out, `${prefix}[${i + 1}]`, item);
      else
        for (const [k, v] of Object.entries(item as Record<string, unknown>))
          if (!KEY_FIELDS.has(k)) walk(out, `${prefix}[${key}].${k}`, v);
    });
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) walk(out, prefix ? `${prefix}.${k}` : k, v);
}

function flatten(report: BimonthlyReport | FullReport): Map<string, number> {
  const out = new Map<string, number>();
  walk(out, 'casesByType', report.casesByType);
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
    walk(out, `incorporationsByYear[${row.year}]`, {
      defender: row.defender,
      journalist: row.journalist,
      total: row.total,
    });
  walk(out, 'incorporationsByYear.total', report.incorporationsByYear.total);
  for (const row of report.measures.rows)
    walk(out, `measures[${row.type}/${row.name}]`, { measures: row.measures, actions: row.actions });
  walk(out, 'measures.byType', report.measures.byType);
  walk(out, 'measures.total', report.measures.total);
  for (const { month, ...counts } of report.informationRequests.rows)
    walk(out, `informationRequests[${month}]`, counts);
  walk(out, 'informationRequests.total', report.informationRequests.total);
  // Every module's objects (bodies, prevention, liaison, legal, administration, monitoring,
  // the annual summary, the plan indicators), in the report's order.
  const core = new Set(['period', 'casesByType', 'incorporationsByMonth', 'incorporationsByYear', 'measures']);
  for (const [key, value] of Object.entries(report))
    if (!core.has(key) && key !== 'informationRequests') walk(out, key, value);
  return out;
}

/** Every number that differs, in the order of the newer report (then the removed ones). */
export function diffReports(before: BimonthlyReport | FullReport, after: BimonthlyReport | FullReport): NumberChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const changes: NumberChange[] = [];
  for (const [path, n] of b) if (a.get(path) !== n) changes.push({ path, before: a.get(path) ?? null, after: n });
  for (const [path, n] of a) if (!b.has(path)) changes.push({ path, before: n, after: null });
  return changes;
}

/** A printed cell that differs between two versions. */
export interface CellChange {
  /** The table's stable id ('bodies.junta', 'casesByType' …). */
  table: string;
  /** Its Cuadro number and caption in the newer version (the older one when it was removed). */
  number: number;
  title: string;
  /** The row's label (its first text cells) and the column's header, as printed. */
  row: string;
  column: string;
  before: string | null;
  after: string | null;
}

/** The header text of each body column (the header rows' cells over it, merged cells spread out). */
export function columnLabels(t: TableBlock): string[] {
  const width = Math.max(0, ...t.body.map((r) => r.length));
  const grid: string[][] = t.header.map(() => []);
  t.header.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (grid[r]![c] !== undefined) c++;
      for (let dr = 0; dr < (cell.rowSpan ?? 1) && r + dr < grid.length; dr++)
        for (let dc = 0; dc < (cell.colSpan ?? 1); dc++) grid[r + dr]![c + dc] = cell.text;
      c += cell.colSpan ?? 1;
    }
  });
  const labels = Array.from({ length: width }, (_, c) => {
    const texts = grid.map((row) => row[c] ?? '').filter((x) => x.trim() !== '');
    return texts.filter((x, i) => texts.indexOf(x) === i).join(' / ');
  });
  // Columns the header does not tell apart (the two "Estatus" of Cuadro 12) carry their position.
  return labels.map((label, c) =>
    !label
      ? `Columna ${c + 1}`
      : labels.indexOf(label) !== labels.lastIndexOf(label)
        ? `${label} (columna ${c + 1})`
        : label,
  );
}

/** Rows keyed by their label: the first cell, or the first two when the first is a number or empty. */
export function rowLabels(t: TableBlock): string[] {
  const seen = new Map<string, number>();
  return t.body.map((row) => {
    const first = (row[0] ?? '').trim();
    // An ordinal ("1") or an empty first cell takes the text beside it ("1 Enero"); a count never
    // names a row (it is what changes), so a year stays alone ("2024").
    const second = (row[1] ?? '').trim();
    const isCount = /^(-|<3|[\d,.]+%?)$/.test(second);
    let label = /^\d*$/.test(first) && !isCount ? [first, second].filter((x) => x).join(' ') : first;
    if (seen.has(label) && second && !isCount) label = `${label} (${second})`;
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n > 1 ? `${label} #${n}` : label;
  });
}

const tablesOf = (doc: ReportDocument) =>
  new Map(
    doc.sections.flatMap((s) => s.blocks.filter((b): b is TableBlock => b.kind === 'table')).map((t) => [t.id, t]),
  );

function cells(t: TableBlock): Map<string, { row: string; column: string; text: string }> {
  const columns = columnLabels(t);
  const rows = rowLabels(t);
  const out = new Map<string, { row: string; column: string; text: string }>();
  t.body.forEach((r, i) =>
    r.forEach((text, j) => out.set(`${rows[i]}\u0000${j}`, { row: rows[i]!, column: columns[j]!, text })),
  );
  return out;
}

/** Every printed table cell that differs, table by table in the newer version's order (then removed tables). */
export function diffTables(before: ReportDocument, after: ReportDocument): CellChange[] {
  const a = tablesOf(before);
  const b = tablesOf(after);
  const changes: CellChange[] = [];
  const compare = (older: TableBlock | undefined, newer: TableBlock | undefined) => {
    const t = (newer ?? older)!;
    const x = older ? cells(older) : new Map<string, { row: string; column: string; text: string }>();
    const y = newer ? cells(newer) : new Map<string, { row: string; column: string; text: string }>();
    const base = { table: t.id, number: t.number, title: t.title };
    for (const [key, cell] of y) {
      const old = x.get(key);
      if (old?.text !== cell.text)
        changes.push({ ...base, row: cell.row, column: cell.column, before: old?.text ?? null, after: cell.text });
    }
    for (const [key, cell] of x)
      if (!y.has(key)) changes.push({ ...base, row: cell.row, column: cell.column, before: cell.text, after: null });
  };
  for (const [id, t] of b) compare(a.get(id), t);
  for (const [id, t] of a) if (!b.has(id)) compare(t, undefined);
  return changes;
}
