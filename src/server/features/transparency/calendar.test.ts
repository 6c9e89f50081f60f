import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  createCalendar,
  expandRange,
  federalHolidays,
  mexicoCityDate,
  parseIsoDate,
  toIsoDate,
} from './calendar.js';

describe('federalHolidays (LFT art. 74)', () => {
  it('computes the movable Mondays per year (worked out on a printed calendar)', () => {
    const dates = (y: number) => federalHolidays(y).map((h) => h.date);
    expect(dates(2024)).toEqual([
      '2024-01-01',
      '2024-02-05',
      '2024-03-18',
      '2024-05-01',
      '2024-09-16',
      '2024-10-01',
      '2024-11-18',
      '2024-12-25',
    ]);
    expect(dates(2025)).toEqual([
      '2025-01-01',
      '2025-02-03',
      '2025-03-17',
      '2025-05-01',
      '2025-09-16',
      '2025-11-17',
      '2025-12-25',
    ]);
    expect(dates(2026)).toEqual([
      '2026-01-01',
      '2026-02-02',
      '2026-03-16',
      '2026-05-01',
      '2026-09-16',
      '2026-11-16',
      '2026-12-25',
    ]);
    // 2018: handover still on 1 December; 2030: next 1 October handover.
    expect(dates(2018)).toContain('2018-12-01');
    expect(dates(2018)).toContain('2018-02-05');
    expect(dates(2030)).toContain('2030-10-01');
    expect(dates(2027)).not.toContain('2027-10-01');
  });
});

describe('createCalendar', () => {
  const cal = createCalendar(expandRange('2024-03-25', '2024-03-29'));
  it('classifies weekends, holidays, published days and working days', () => {
    expect(cal.nonWorkingReason('2024-03-23')).toBe('weekend');
    expect(cal.nonWorkingReason('2024-03-18')).toBe('benito_juarez');
    expect(cal.nonWorkingReason('2024-03-27')).toBe('published');
    expect(cal.nonWorkingReason('2024-03-19')).toBeNull();
    expect(cal.isWorkingDay('2024-04-01')).toBe(true);
    expect(cal.isWorkingDay('2024-10-01')).toBe(false);
  });
  it('rejects impossible dates instead of rolling them over', () => {
    expect(() => parseIsoDate('2025-02-29')).toThrow(RangeError);
    expect(() => parseIsoDate('2024-13-01')).toThrow(RangeError);
    expect(() => createCalendar(['24-01-01'])).toThrow(RangeError);
    expect(parseIsoDate('2024-02-29').getDate()).toBe(29);
    // Years below 100 are real years, not 1900 + n.
    expect(parseIsoDate('0001-01-01').getFullYear()).toBe(1);
    expect(createCalendar().isWorkingDay('0050-03-01')).toBe(true);
  });
  it('expands a range across the year end', () => {
    const days = expandRange('2024-12-23', '2025-01-06');
    expect(days).toHaveLength(15);
    expect(days[0]).toBe('2024-12-23');
    expect(days[14]).toBe('2025-01-06');
  });
});

describe('mexicoCityDate', () => {
  it('uses Mexico City wall time (UTC-6), not UTC', () => {
    expect(mexicoCityDate(new Date('2025-01-02T05:59:00Z'))).toBe('2025-01-01');
    expect(mexicoCityDate(new Date('2025-01-02T06:00:00Z'))).toBe('2025-01-02');
  });
});

describe('addCalendarDays: the integer step equals the Date arithmetic', () => {
  it('for every day from 1899 to 2101 (leap years, 1900 and 2100 not leap, year ends)', () => {
    const viaDate = (d: string) => {
      const local = parseIsoDate(d);
      local.setDate(local.getDate() + 1);
      return toIsoDate(local);
    };
    let day = '1899-12-25';
    let steps = 0;
    while (day < '2101-01-05') {
      const next = addCalendarDays(day, 1);
      expect(next, day).toBe(viaDate(day));
      expect(addCalendarDays(next, -1)).toBe(day);
      day = next;
      steps += 1;
    }
    expect(steps).toBe(73_425);
    expect(addCalendarDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addCalendarDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(() => addCalendarDays('2023-02-29', 1)).toThrow(RangeError);
    expect(() => addCalendarDays('2023-13-01', 1)).toThrow(RangeError);
  });
});
