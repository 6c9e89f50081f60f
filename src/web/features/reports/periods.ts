// Period presets of the report page: bimesters (the Junta de Gobierno's cadence), quarters,
// years, and "the previous period" of the same length for comparisons. Pure and tested.
export type PresetKind = 'bimester' | 'quarter' | 'year';

export interface Period {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Months [first, last] (1-based) of the whole months of a preset. */
function monthsOf(kind: PresetKind, index: number): [number, number] {
  if (kind === 'year') return [1, 12];
  const size = kind === 'bimester' ? 2 : 3;
  return [(index - 1) * size + 1, index * size];
}

export function presetCount(kind: PresetKind): number {
  return kind === 'bimester' ? 6 : kind === 'quarter' ? 4 : 1;
}

/** bimester 1 of 2024 -> 2024-01-01..2024-02-29. */
export function presetPeriod(kind: PresetKind, year: number, index = 1): Period {
  if (index < 1 || index > presetCount(kind)) throw new Error(`invalid ${kind} index ${index}`);
  const [first, last] = monthsOf(kind, index);
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay(year, last))}` };
}

/** The preset containing a date (the page opens on the bimester before today's). */
export function presetOf(kind: PresetKind, date: string): { year: number; index: number } {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const size = kind === 'bimester' ? 2 : kind === 'quarter' ? 3 : 12;
  return { year, index: Math.floor((month - 1) / size) + 1 };
}

/** The period of the same length right before (whole months shift by months, else by days). */
export function previousPeriod(p: Period): Period {
  const fy = Number(p.from.slice(0, 4));
  const fm = Number(p.from.slice(5, 7));
  const ty = Number(p.to.slice(0, 4));
  const tm = Number(p.to.slice(5, 7));
  const wholeMonths = p.from.endsWith('-01') && Number(p.to.slice(8, 10)) === lastDay(ty, tm);
  if (wholeMonths) {
    const months = (ty - fy) * 12 + (tm - fm) + 1;
    const start = fy * 12 + (fm - 1) - months; // months since year 0
    const end = start + months - 1;
    const sy = Math.floor(start / 12),
      sm = (start % 12) + 1;
    const ey = Math.floor(end / 12),
      em = (end % 12) + 1;
    return { from: `${sy}-${pad(sm)}-01`, to: `${ey}-${pad(em)}-${pad(lastDay(ey, em))}` };
  }
  const day = 86_400_000;
  const from = Date.parse(`${p.from}T00:00:00Z`);
  const to = Date.parse(`${p.to}T00:00:00Z`);
  const length = (to - from) / day + 1;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { from: iso(from - length * day), to: iso(from - day) };
}
