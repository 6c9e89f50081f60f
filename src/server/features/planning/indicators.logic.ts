// Pure computation of a plan indicator for a period (seed-modules.md §2.1 formula types, §8 Q10):
// measurement periods of the plan year, programmed values (typed targets or the annual goal spread
// as the schedule says), the previous period of type-B formulas, percent by formula type, the
// cumulative figure from 1 January, and the traffic light. No I/O here.
import type { FormulaType, Thresholds } from './planning.schema.js';

export interface Period {
  from: string;
  to: string;
}
export interface MeasurementPeriod extends Period {
  /** '2023-Q1' … '2023-Q4', '2023' (annual), '2023-03' (monthly) */
  key: string;
}

export interface IndicatorSpec {
  formulaType: FormulaType;
  comparison: 'previous_period' | 'same_period_previous_year' | null;
  goalValue: number | null;
  direction: 'ascending' | 'descending';
  frequency: 'monthly' | 'bimonthly' | 'quarterly' | 'semiannual' | 'annual';
  /** cumulative expected progress at the end of each measurement period, in % (2023: 25, 50, 75, 100) */
  expectedProgress: number[];
  thresholds: Thresholds;
}

export type Light = 'green' | 'yellow' | 'red' | 'none';

const pad = (n: number) => String(n).padStart(2, '0');
function lastDay(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

const MONTHS_PER: Record<IndicatorSpec['frequency'], number> = {
  monthly: 1,
  bimonthly: 2,
  quarterly: 3,
  semiannual: 6,
  annual: 12,
};

/** The measurement periods of a year for a frequency, in order. */
export function measurementPeriods(frequency: IndicatorSpec['frequency'], year: number): MeasurementPeriod[] {
  const step = MONTHS_PER[frequency];
  const out: MeasurementPeriod[] = [];
  for (let m = 1, i = 1; m <= 12; m += step, i++) {
    const key =
      frequency === 'annual'
        ? `${year}`
        : frequency === 'quarterly'
          ? `${year}-Q${i}`
          : frequency === 'semiannual'
            ? `${year}-S${i}`
            : frequency === 'bimonthly'
              ? `${year}-B${i}`
              : `${year}-${pad(m)}`;
    out.push({ key, from: `${year}-${pad(m)}-01`, to: lastDay(year, m + step - 1) });
  }
  return out;
}

/** Default programmed value of each period: the annual goal × the step of expected progress. */
export function defaultProgrammed(spec: IndicatorSpec, index: number): number | null {
  if (spec.goalValue === null) return null;
  const cur = spec.expectedProgress[index];
  if (cur === undefined) return null;
  const prev = index === 0 ? 0 : (spec.expectedProgress[index - 1] ?? 0);
  return round((spec.goalValue * (cur - prev)) / 100);
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

const inside = (p: Period, range: Period) => p.from >= range.from && p.to <= range.to;

/**
 * Programmed value over a range: the sum over the measurement periods that lie wholly inside it
 * of the typed target, or the default spread. null when no period lies inside or nothing is programmed.
 */
export function programmedOver(
  spec: IndicatorSpec,
  periods: MeasurementPeriod[],
  targets: ReadonlyMap<string, number>,
  range: Period,
): number | null {
  let sum: number | null = null;
  periods.forEach((p, i) => {
    if (!inside(p, range)) return;
    const v = targets.get(p.key) ?? defaultProgrammed(spec, i);
    if (v !== null) sum = (sum ?? 0) + v;
  });
  return sum === null ? null : round(sum);
}

/** Sum of typed values of the measurement periods wholly inside the range; null when none was typed. */
export function typedOver(periods: MeasurementPeriod[], values: ReadonlyMap<string, number | null>, range: Period) {
  let sum: number | null = null;
  for (const p of periods) {
    const v = values.get(p.key);
    if (inside(p, range) && v !== undefined && v !== null) sum = (sum ?? 0) + v;
  }
  return sum;
}

function addMonths(date: string, months: number): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + months;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}-01`;
}
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The period a type-B formula compares with. 'previous_period': the same number of whole months
 * just before (Q1 2023 → Q4 2022), or the same number of days when the range is not whole months;
 * 'same_period_previous_year': the same dates one year earlier.
 */
export function previousPeriod(range: Period, comparison: IndicatorSpec['comparison']): Period {
  if (comparison === 'same_period_previous_year') {
    const back = (d: string) => {
      const y = Number(d.slice(0, 4)) - 1;
      const md = d.slice(5) === '02-29' ? '02-28' : d.slice(5);
      return `${y}-${md}`;
    };
    return { from: back(range.from), to: back(range.to) };
  }
  const wholeMonths = range.from.endsWith('-01') && addDays(range.to, 1).endsWith('-01');
  if (wholeMonths) {
    const next = addDays(range.to, 1);
    const months =
      (Number(next.slice(0, 4)) - Number(range.from.slice(0, 4))) * 12 +
      (Number(next.slice(5, 7)) - Number(range.from.slice(5, 7)));
    return { from: addMonths(range.from, -months), to: addDays(range.from, -1) };
  }
  const days = Math.round((Date.parse(range.to) - Date.parse(range.from)) / 86_400_000) + 1;
  return { from: addDays(range.from, -days), to: addDays(range.from, -1) };
}

/**
 * Percent as the sheet's formula says. A (and F, a count with evidence): achieved / programmed;
 * B: achieved / achieved in the previous period; C: a plain count, no percent; D: the achieved
 * value is already the percentage of progress; E: not applicable.
 */
export function percentOf(
  type: FormulaType,
  achieved: number | null,
  programmed: number | null,
  previous: number | null,
): number | null {
  if (achieved === null) return null;
  switch (type) {
    case 'A':
    case 'F':
      return programmed !== null && programmed > 0 ? round((achieved / programmed) * 100) : null;
    case 'B':
      return previous !== null && previous > 0 ? round((achieved / previous) * 100) : null;
    case 'D':
      return round(achieved);
    case 'C':
    case 'E':
      return null;
  }
}

/**
 * Traffic light. Ascending: green at or above `green`, yellow at or above `yellow`, else red.
 * Descending (less is better): the thresholds are upper bounds: green at or below `green`, yellow at or below `yellow`.
 */
export function trafficLight(percent: number | null, direction: IndicatorSpec['direction'], t: Thresholds): Light {
  if (percent === null) return 'none';
  if (direction === 'ascending') return percent >= t.green ? 'green' : percent >= t.yellow ? 'yellow' : 'red';
  return percent <= t.green ? 'green' : percent <= t.yellow ? 'yellow' : 'red';
}
