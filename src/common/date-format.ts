// Dates as people write them in Mexico, from calendar dates (YYYY-MM-DD, no time zone shift):
// `01/12/2026` in pages and tables, `1 de diciembre de 2026` in documents and sentences, and
// "Del 1 de enero al 29 de febrero de 2024" for a period. ISO stays only in files for machines.

type Lang = string; // 'es-MX' (default) or 'en'

const isEnglish = (lang: Lang) => lang.startsWith('en');
const locale = (lang: Lang) => (isEnglish(lang) ? 'en-GB' : 'es-MX');

function utc(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** `01/12/2026` (day/month/year in both languages); '—' for no date. */
export function formatDate(iso: string | null | undefined, lang: Lang = 'es-MX'): string {
  const d = iso ? utc(iso) : null;
  if (!d) return iso ?? '—';
  return new Intl.DateTimeFormat(locale(lang), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}

/** `1 de diciembre de 2026` / `1 December 2026`. */
export function formatLongDate(iso: string | null | undefined, lang: Lang = 'es-MX'): string {
  const d = iso ? utc(iso) : null;
  if (!d) return iso ?? '—';
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

/** `1 de enero` / `1 January` (no year). */
function dayMonth(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(utc(iso)!);
}

/**
 * "Del 1 de enero al 29 de febrero de 2024" (the year once when both dates share it), or
 * "Del 1 de diciembre de 2023 al 29 de febrero de 2024"; English: "From 1 January to 29 February 2024".
 */
export function formatPeriod(from: string, to: string, lang: Lang = 'es-MX'): string {
  if (!utc(from) || !utc(to)) return `${from} – ${to}`;
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const start = sameYear ? dayMonth(from, lang) : formatLongDate(from, lang);
  return isEnglish(lang)
    ? `From ${start} to ${formatLongDate(to, lang)}`
    : `Del ${start} al ${formatLongDate(to, lang)}`;
}

/** A date and time in Mexico City: `01/12/2026, 14:05`. */
export function formatDateTime(iso: string, lang: Lang = 'es-MX'): string {
  return new Intl.DateTimeFormat(locale(lang), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'America/Mexico_City',
  }).format(new Date(iso));
}
