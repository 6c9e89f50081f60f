import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatLongDate, formatPeriod } from './date-format.js';

describe('dates as written in Mexico', () => {
  it('writes day/month/year in pages and the long form in documents', () => {
    expect(formatDate('2026-12-01')).toBe('01/12/2026');
    expect(formatDate('2026-12-01', 'en')).toBe('01/12/2026');
    expect(formatDate(null)).toBe('—');
    expect(formatLongDate('2026-12-01')).toBe('1 de diciembre de 2026');
    expect(formatLongDate('2026-12-01', 'en')).toBe('1 December 2026');
  });

  it('writes a period with the year once when both dates share it', () => {
    expect(formatPeriod('2024-01-01', '2024-02-29')).toBe('Del 1 de enero al 29 de febrero de 2024');
    expect(formatPeriod('2023-12-01', '2024-01-31')).toBe('Del 1 de diciembre de 2023 al 31 de enero de 2024');
    expect(formatPeriod('2024-01-01', '2024-02-29', 'en')).toBe('From 1 January to 29 February 2024');
  });

  it('shows times in Mexico City whatever the machine zone', () => {
    expect(formatDateTime('2026-12-01T20:05:00Z')).toBe('01/12/2026, 14:05');
  });
});
