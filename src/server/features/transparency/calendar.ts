// Business-day calendar for legal deadlines (transparency and ARCO requests).
//
// Dates are plain `YYYY-MM-DD` strings (calendar dates in Mexico City). Internally they become
// local-midnight Date objects only for date-fns arithmetic and go back to strings right away,
// so the host time zone never leaks into a result.
import { TZDate } from '@date-fns/tz';
import { addWeeks, format, getDay, nextMonday } from 'date-fns';

export type IsoDate = string;

export const MEXICO_CITY_TZ = 'America/Mexico_City';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local-midnight date; setFullYear because `new Date(y, …)` maps years 0-99 to 1900-1999. */
function localDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, monthIndex, day);
  return date;
}

export function parseIsoDate(value: IsoDate): Date {
  const m = ISO_DATE.exec(value);
  if (!m) throw new RangeError(`invalid date: ${value}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = localDate(y, mo - 1, d);
  // Reject 2024-02-30 and friends: Date would silently roll them over.
  if (Number.isNaN(date.getTime()) || date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) {
    throw new RangeError(`invalid date: ${value}`);
  }
  return date;
}

export function isIsoDate(value: string): boolean {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of a local date. Written out (not date-fns `format`, which parses its pattern on
 * every call): deadline arithmetic calls it once per day counted, thousands of times per report. */
export function toIsoDate(date: Date): IsoDate {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysInMonth = (y: number, m: number) =>
  m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : DAYS_IN_MONTH[m - 1]!;

/** The next calendar day in plain integer arithmetic: the step every business-day count takes. */
function nextDay(date: IsoDate): IsoDate {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`invalid date: ${date}`);
  let [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) throw new RangeError(`invalid date: ${date}`);
  if (d < daysInMonth(y, mo)) d += 1;
  else if (mo < 12) [mo, d] = [mo + 1, 1];
  else [y, mo, d] = [y + 1, 1, 1];
  return `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  if (days === 1) return nextDay(date);
  const local = parseIsoDate(date);
  local.setDate(local.getDate() + days); // what date-fns addDays does, without its wrappers
  return toIsoDate(local);
}

/** The calendar date in Mexico City at instant `now` (the boundary where instants become dates). */
export function mexicoCityDate(now: Date): IsoDate {
  return format(new TZDate(now.getTime(), MEXICO_CITY_TZ), 'yyyy-MM-dd');
}

/** Wall-clock time `HH:mm` in Mexico City at instant `now`. */
export function mexicoCityTime(now: Date): string {
  return format(new TZDate(now.getTime(), MEXICO_CITY_TZ), 'HH:mm');
}

export type HolidayReason =
  | 'new_year'
  | 'constitution_day'
  | 'benito_juarez'
  | 'labour_day'
  | 'independence_day'
  | 'revolution_day'
  | 'christmas'
  | 'federal_handover';

export interface Holiday {
  date: IsoDate;
  reason: HolidayReason;
}

/** n-th Monday (1-based) of a month. */
function nthMonday(year: number, monthIndex: number, n: number): Date {
  const first = localDate(year, monthIndex, 1);
  const firstMonday = getDay(first) === 1 ? first : nextMonday(first);
  return addWeeks(firstMonday, n - 1);
}

/**
 * Mandatory rest days of Ley Federal del Trabajo art. 74 for one year.
 * The presidential handover (fracc. VII) was 1 December every six years until 2018 and is
 * 1 October from 2024 on (constitutional reform of 2014). Election days (fracc. IX) are Sundays
 * for ordinary elections; any other one is entered as a published non-working day.
 */
export function federalHolidays(year: number): Holiday[] {
  const d = (m: number, day: number): IsoDate => toIsoDate(localDate(year, m, day));
  const list: Holiday[] = [
    { date: d(0, 1), reason: 'new_year' },
    { date: toIsoDate(nthMonday(year, 1, 1)), reason: 'constitution_day' },
    { date: toIsoDate(nthMonday(year, 2, 3)), reason: 'benito_juarez' },
    { date: d(4, 1), reason: 'labour_day' },
    { date: d(8, 16), reason: 'independence_day' },
    { date: toIsoDate(nthMonday(year, 10, 3)), reason: 'revolution_day' },
    { date: d(11, 25), reason: 'christmas' },
  ];
  if (year >= 2024 && (year - 2024) % 6 === 0) list.push({ date: d(9, 1), reason: 'federal_handover' });
  if (year < 2024 && (2018 - year) % 6 === 0) list.push({ date: d(11, 1), reason: 'federal_handover' });
  return list.sort((a, b) => a.date.localeCompare(b.date));
}

export type NonWorkingReason = 'weekend' | HolidayReason | 'published';

/** A working calendar: weekends + LFT art. 74 + the days the unit published for each year. */
export interface BusinessCalendar {
  isWorkingDay(date: IsoDate): boolean;
  nonWorkingReason(date: IsoDate): NonWorkingReason | null;
}

export function createCalendar(publishedNonWorkingDays: Iterable<IsoDate> = []): BusinessCalendar {
  const published = new Set<IsoDate>();
  for (const day of publishedNonWorkingDays) published.add(toIsoDate(parseIsoDate(day)));
  const holidaysByYear = new Map<number, Map<IsoDate, HolidayReason>>();
  const holidaysOf = (year: number): Map<IsoDate, HolidayReason> => {
    let map = holidaysByYear.get(year);
    if (!map) {
      map = new Map(federalHolidays(year).map((h) => [h.date, h.reason]));
      holidaysByYear.set(year, map);
    }
    return map;
  };
  const reasonOf = (date: IsoDate): NonWorkingReason | null => {
    const parsed = parseIsoDate(date);
    const weekday = parsed.getDay();
    if (weekday === 0 || weekday === 6) return 'weekend';
    const holiday = holidaysOf(parsed.getFullYear()).get(date);
    if (holiday) return holiday;
    return published.has(date) ? 'published' : null;
  };
  // A report's deadlines walk the same few hundred days thousands of times: each day's answer once.
  const known = new Map<IsoDate, NonWorkingReason | null>();
  const nonWorkingReason = (date: IsoDate): NonWorkingReason | null => {
    let reason = known.get(date);
    if (reason === undefined) known.set(date, (reason = reasonOf(date)));
    return reason;
  };
  return { nonWorkingReason, isWorkingDay: (date) => nonWorkingReason(date) === null };
}

/** Expands an inclusive range into dates (for entering e.g. "22 Dec – 6 Jan" at once). */
export function expandRange(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let day = from; day <= to; day = addCalendarDays(day, 1)) {
    out.push(day);
    if (out.length > 400) throw new RangeError('range longer than a year');
  }
  return out;
}
