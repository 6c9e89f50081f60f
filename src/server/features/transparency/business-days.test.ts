// Hand-worked table: every expected date was counted on a printed calendar (python `calendar`)
// with the holidays of LFT art. 74 and the published non-working days below.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, createCalendar, expandRange } from './calendar.js';
import { addBusinessDays, businessDaysBetween } from './deadlines.js';

const PUBLISHED = [
  ...expandRange('2024-03-25', '2024-03-29'), // Semana Santa 2024
  ...expandRange('2024-07-15', '2024-07-26'), // verano 2024
  ...expandRange('2024-12-23', '2025-01-06'), // invierno 2024-2025
  ...expandRange('2025-04-14', '2025-04-18'), // Semana Santa 2025
  ...expandRange('2025-07-21', '2025-08-01'), // verano 2025
  ...expandRange('2025-12-22', '2026-01-06'), // invierno 2025-2026
  ...expandRange('2026-03-30', '2026-04-03'), // Semana Santa 2026
];
export const unitCalendar = createCalendar(PUBLISHED);
const lawOnly = createCalendar();

// [start, business days, with published days?, expected due date]
const CASES: Array<[string, number, boolean, string]> = [
  ['2024-01-09', 20, false, '2024-02-07'], // crosses first Monday of February (5 Feb)
  ['2024-01-26', 5, false, '2024-02-02'],
  ['2024-02-01', 3, false, '2024-02-07'], // weekend + 5 Feb
  ['2024-03-13', 5, false, '2024-03-21'], // third Monday of March (18 Mar)
  ['2024-03-13', 5, true, '2024-03-21'], // Holy Week starts after the due date
  ['2024-03-20', 20, true, '2024-04-24'], // Holy Week 25-29 Mar
  ['2024-04-29', 3, true, '2024-05-03'], // 1 May
  ['2024-07-10', 10, true, '2024-08-07'], // two summer weeks
  ['2024-09-12', 3, true, '2024-09-18'], // 16 September
  ['2024-09-27', 3, true, '2024-10-03'], // 1 October 2024 handover
  ['2024-11-14', 5, true, '2024-11-22'], // third Monday of November (18 Nov)
  ['2024-12-18', 20, true, '2025-01-30'], // winter break across the year end
  ['2024-12-20', 1, true, '2025-01-07'], // first working day after 22 Dec - 6 Jan
  ['2024-12-31', 1, false, '2025-01-02'], // law only: 1 Jan
  ['2025-03-21', 20, true, '2025-04-25'], // Holy Week 2025
  ['2025-04-09', 10, true, '2025-04-30'],
  ['2025-07-18', 15, true, '2025-08-22'], // summer 2025
  ['2025-12-19', 10, true, '2026-01-20'], // winter 2025-2026
  ['2026-01-28', 5, true, '2026-02-05'], // 2 Feb 2026
  ['2026-03-13', 20, true, '2026-04-20'], // 16 Mar + Holy Week 2026
  ['2026-03-27', 1, true, '2026-04-06'],
  ['2026-12-23', 3, false, '2026-12-29'], // 25 Dec + weekend
  ['2027-02-26', 10, false, '2027-03-12'], // 15 Mar is after
  ['2024-02-02', 1, false, '2024-02-06'], // Friday before the long weekend
  ['2025-01-31', 1, false, '2025-02-04'],
];

describe('addBusinessDays — hand-worked cases', () => {
  it.each(CASES)('%s + %i (published: %s) = %s', (start, n, published, expected) => {
    const cal = published ? unitCalendar : lawOnly;
    expect(addBusinessDays(cal, start, n)).toBe(expected);
    expect(businessDaysBetween(cal, start, expected)).toBe(n);
  });
  it('counts from the day after: 0 days is the start itself', () => {
    expect(addBusinessDays(lawOnly, '2025-06-07', 0)).toBe('2025-06-07');
    expect(() => addBusinessDays(lawOnly, '2025-06-07', -1)).toThrow(RangeError);
  });
});

const dateArb = fc.integer({ min: 0, max: 365 * 5 }).map((offset) => addCalendarDays('2023-01-01', offset));

describe('addBusinessDays — properties', () => {
  it('a due date never falls on a non-working day', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 40 }), (start, n) => {
        expect(unitCalendar.isWorkingDay(addBusinessDays(unitCalendar, start, n))).toBe(true);
      }),
    );
  });
  it('more days never gives an earlier date, and one more day gives a strictly later one', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 20 }), (start, n, extra) => {
        const a = addBusinessDays(unitCalendar, start, n);
        const b = addBusinessDays(unitCalendar, start, n + extra);
        expect(b >= a).toBe(true);
        expect(addBusinessDays(unitCalendar, start, n + 1) > a).toBe(true);
      }),
    );
  });
  it('exactly n working days lie between the start and the due date', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 40 }), (start, n) => {
        const due = addBusinessDays(unitCalendar, start, n);
        expect(businessDaysBetween(unitCalendar, start, due)).toBe(n);
        expect(businessDaysBetween(unitCalendar, due, start)).toBe(0 - n);
      }),
    );
  });
  it('adding in two steps equals adding at once', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), (start, a, b) => {
        expect(addBusinessDays(unitCalendar, addBusinessDays(unitCalendar, start, a), b)).toBe(
          addBusinessDays(unitCalendar, start, a + b),
        );
      }),
    );
  });
});
