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

export function formatFolio(pattern: string, year: number, seq: number): string {
  if (!isValidFolioPattern(pattern)) throw new Error('Patrón de folio inválido.');
  if (!Number.isInteger(seq) || seq < 1) throw new Error('Secuencia de folio inválida.');
  return pattern.replace(TOKEN, (_m, token: string, width?: string) =>
    token === 'year' ? String(year) : String(seq).padStart(width ? Number(width) : 0, '0'),
  );
}
