/**
 * Folio patterns (pure). A pattern has `{year}` and `{seq}` or `{seq:N}` (zero-padded to N digits),
 * e.g. `MPI-{year}-{seq:3}` -> `MPI-2024-007`. The sequence restarts every year.
 */
export const DEFAULT_FOLIO_PATTERN = 'MPI-{year}-{seq:3}';
const TOKEN = /\{(year|seq)(?::(\d{1,2}))?\}/g;

export function isValidFolioPattern(pattern: string): boolean {
  if (pattern.length === 0 || pattern.length > 60) return false;
  const tokens = [...pattern.matchAll(TOKEN)].map((m) => m[1]);
  const stripped = pattern.replace(TOKEN, '');
  // Only the two known tokens, each exactly once, and no stray braces.
  return (
    tokens.filter((t) => t === 'seq').length === 1 &&
    tokens.filter((t) => t === 'year').length === 1 &&
    !/[{}]/.test(stripped)
  );
}

/** `width` overrides the pattern's padding (to pad like the year's existing folios). */
export function formatFolio(pattern: string, year: number, seq: number, width?: number): string {
  if (!isValidFolioPattern(pattern)) throw new Error('Patrón de folio inválido.');
  if (!Number.isInteger(seq) || seq < 1) throw new Error('Secuencia de folio inválida.');
  return pattern.replace(TOKEN, (_m, token: string, w?: string) =>
    token === 'year' ? String(year) : String(seq).padStart(width ?? (w ? Number(w) : 0), '0'),
  );
}

/** The pattern's own padding of the sequence (0 = none). */
export function patternWidth(pattern: string): number {
  const m = /\{seq(?::(\d{1,2}))?\}/.exec(pattern);
  return m?.[1] ? Number(m[1]) : 0;
}

/**
 * A POSIX regular expression (PostgreSQL `~`) matching the year's folios of a pattern with ANY
 * padding of the sequence, which it captures: `MPI-{year}-{seq:3}` -> `^MPI-2026-([0-9]+)$`.
 */
export function folioRegex(pattern: string, year: number): string {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  let out = '';
  let last = 0;
  for (const m of pattern.matchAll(TOKEN)) {
    out += escape(pattern.slice(last, m.index));
    out += m[1] === 'year' ? String(year) : '([0-9]+)';
    last = m.index + m[0].length;
  }
  return `^${out}${escape(pattern.slice(last))}$`;
}

/**
 * Width of the next number: the padding of the highest existing one when it is zero-padded
 * (`0010` -> 4), otherwise the default's.
 */
export function widthAfter(highestDigits: string | null, defaultWidth: number): number {
  return highestDigits && highestDigits.length > 1 && highestDigits.startsWith('0')
    ? highestDigits.length
    : defaultWidth;
}
