// Reporting periods of transparency obligations and the compliance indicator of seed 000 §2:
// (reports done in the period / reports required in the period) * 100.
import { addCalendarDays, type IsoDate } from './calendar.js';

export type Periodicity = 'quarterly' | 'half_yearly' | 'yearly';
export type ObligationStatus = 'pending' | 'uploaded' | 'validated';

const QUARTER = /^(\d{4})-Q([1-4])$/;
const HALF = /^(\d{4})-H([12])$/;
const YEAR = /^(\d{4})$/;

export interface PeriodRange {
  key: string;
  from: IsoDate;
  to: IsoDate;
}

const yyyy = (year: number) => String(year).padStart(4, '0');
const monthEnd = (year: number, month: number): IsoDate =>
  addCalendarDays(
    month === 12 ? `${yyyy(year + 1)}-01-01` : `${yyyy(year)}-${String(month + 1).padStart(2, '0')}-01`,
    -1,
  );
const range = (key: string, year: number, firstMonth: number, lastMonth: number): PeriodRange => ({
  key,
  from: `${yyyy(year)}-${String(firstMonth).padStart(2, '0')}-01`,
  to: monthEnd(year, lastMonth),
});

export function periodicityOf(key: string): Periodicity | null {
  if (QUARTER.test(key)) return 'quarterly';
  if (HALF.test(key)) return 'half_yearly';
  if (YEAR.test(key)) return 'yearly';
  return null;
}

export function periodRange(key: string): PeriodRange {
  let m = QUARTER.exec(key);
  if (m) {
    const q = Number(m[2]);
    return range(key, Number(m[1]), q * 3 - 2, q * 3);
  }
  m = HALF.exec(key);
  if (m) return Number(m[2]) === 1 ? range(key, Number(m[1]), 1, 6) : range(key, Number(m[1]), 7, 12);
  m = YEAR.exec(key);
  if (m) return range(key, Number(m[1]), 1, 12);
  throw new RangeError(`invalid period: ${key}`);
}

export function periodsOfYear(periodicity: Periodicity, year: number): string[] {
  if (periodicity === 'quarterly') return [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
  if (periodicity === 'half_yearly') return [`${year}-H1`, `${year}-H2`];
  return [String(year)];
}

/** The period of an obligation with this periodicity that closes within the given quarter, if any. */
export function periodClosingInQuarter(periodicity: Periodicity, quarterKey: string): string | null {
  const q = periodRange(quarterKey);
  const year = Number(quarterKey.slice(0, 4));
  return periodsOfYear(periodicity, year).find((p) => periodRange(p).to === q.to) ?? null;
}

/**
 * legal.md (art. 121): validation on or after the update date and after the reported period closes.
 * Returns a list of problems (empty = valid).
 */
export function checkUpdateDates(period: string, updatedOn: IsoDate | null, validatedOn: IsoDate | null): string[] {
  const problems: string[] = [];
  if (validatedOn && updatedOn && validatedOn < updatedOn) problems.push('validated_before_update');
  if (validatedOn && validatedOn <= periodRange(period).to) problems.push('validated_before_period_closes');
  return problems;
}

export interface ComplianceInput {
  status: ObligationStatus;
}

export interface Compliance {
  required: number;
  uploaded: number;
  validated: number;
  /** Uploaded or validated over required, as a percentage with one decimal; null when nothing was required. */
  percent: number | null;
  validatedPercent: number | null;
}

export function compliance(records: readonly ComplianceInput[]): Compliance {
  const required = records.length;
  const validated = records.filter((r) => r.status === 'validated').length;
  const uploaded = records.filter((r) => r.status === 'uploaded').length;
  const pct = (n: number) => (required === 0 ? null : Math.round((n / required) * 1000) / 10);
  return { required, uploaded, validated, percent: pct(uploaded + validated), validatedPercent: pct(validated) };
}
