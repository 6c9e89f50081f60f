// Dates are shown in Mexico City time, the mechanism's time zone, whatever the browser's.
import { formatDate as formatCalendarDate, formatDateTime as formatMxDateTime } from '../../common/date-format';
import i18n from '../i18n';

/** `01/12/2026, 14:05` in Mexico City. */
export function formatDateTime(iso: string): string {
  return formatMxDateTime(iso, i18n.language);
}

/** `01/12/2026` from a calendar date (YYYY-MM-DD). */
export function formatDate(iso: string | null | undefined): string {
  return formatCalendarDate(iso, i18n.language);
}
