// Cuadro 6 — measures that count in the period (at least one action in it) and their actions.
import { MEASURE_TYPES, type MeasureType, type Measures } from '../report.contract.js';
import { toCount } from './groups.js';

/** One aggregate row from SQL: per (type, name), how many measures counted and their actions. */
export interface MeasureCount {
  type: MeasureType;
  name: string;
  measures: number | string;
  actions: number | string;
}

// Spanish alphabetical order: accents are not a separate letter, ñ sorts after n.
const collator = new Intl.Collator('es-MX');

export function buildMeasures(counts: readonly MeasureCount[]): Measures {
  const byType = Object.fromEntries(MEASURE_TYPES.map((t) => [t, { measures: 0, actions: 0 }])) as Measures['byType'];
  const merged = new Map<string, Measures['rows'][number]>();
  for (const c of counts) {
    if (!byType[c.type]) throw new Error(`unknown measure type: ${String(c.type)}`);
    const measures = toCount(c.measures);
    const actions = toCount(c.actions);
    // The database may return the same (type, name) twice only if names differ by collation
    // subtleties; merging keeps the contract's "one row per (type, name)".
    const key = `${c.type}\u0000${c.name}`;
    const row = merged.get(key) ?? { type: c.type, name: c.name, measures: 0, actions: 0 };
    row.measures += measures;
    row.actions += actions;
    merged.set(key, row);
    byType[c.type].measures += measures;
    byType[c.type].actions += actions;
  }
  const rows = [...merged.values()].sort(
    (a, b) => MEASURE_TYPES.indexOf(a.type) - MEASURE_TYPES.indexOf(b.type) || collator.compare(a.name, b.name),
  );
  const total = { measures: 0, actions: 0 };
  for (const t of MEASURE_TYPES) {
    total.measures += byType[t].measures;
    total.actions += byType[t].actions;
  }
  return { rows, byType, total };
}
