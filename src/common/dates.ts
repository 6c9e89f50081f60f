import { z } from 'zod';

/**
 * The range of dates any input may hold: nothing this mechanism records happened before 1990, and
 * nothing is planned beyond the end of next year. Bounding every date bounds the work that depends
 * on it (a report for the year 9999 used to loop year by year for 37 s).
 */
export const MIN_DATE = '1990-01-01';
export function maxDate(today = new Date()): string {
  return `${today.getUTCFullYear() + 1}-12-31`;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (2024-02-30 is refused). Never throws. */
export function isRealDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.toISOString().slice(0, 10) === value;
}

/** A real date within MIN_DATE .. 31 December of next year (strings compare as dates). */
export function isSaneDate(value: string): boolean {
  return isRealDate(value) && value >= MIN_DATE && value <= maxDate();
}

export const dateRangeMessage = () => `La fecha debe estar entre ${MIN_DATE} y ${maxDate()} (AAAA-MM-DD).`;

/** The zod date of every route: YYYY-MM-DD, real, in the sane range; a clear Spanish message otherwise. */
export const saneIsoDate = z.iso
  .date({ message: 'Fecha no válida: use AAAA-MM-DD.' })
  .refine(isSaneDate, { error: () => dateRangeMessage() });

/** An ISO date-time with offset whose calendar day is in the same range. */
export const saneIsoDateTime = z.iso
  .datetime({ offset: true, message: 'Fecha y hora no válidas (ISO 8601 con zona horaria).' })
  // zod runs refinements after a failed format check too: an unparseable text must not throw here.
  .refine(
    (s) => {
      const d = new Date(s);
      return !Number.isNaN(d.getTime()) && isSaneDate(d.toISOString().slice(0, 10));
    },
    { error: () => dateRangeMessage() },
  );
