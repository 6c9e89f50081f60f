// Dates are shown in Mexico City time, the mechanism's time zone, whatever the browser's.
import i18n from '../i18n';

export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'America/Mexico_City',
  }).format(new Date(iso));
}
