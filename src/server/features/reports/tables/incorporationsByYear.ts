// Cuadro 5 — incorporations since the first one, by year, profile and identity.
import type { Identity, IncorporationsByYear, Profile } from '../report.contract.js';
import { addToRow, emptyGroup, sumRows, toCount } from './groups.js';

/** One aggregate row from SQL: incorporations opened in `year` (up to `to`). */
export interface IncorporationYearCount {
  year: number | string;
  profile: Profile;
  identity: Identity;
  n: number | string;
}

/** Rows run from the earliest year present up to `toYear`, empty years included. */
export function buildIncorporationsByYear(
  toYear: number,
  counts: readonly IncorporationYearCount[],
): IncorporationsByYear {
  const years = counts.map((c) => Number(c.year));
  if (years.some((y) => !Number.isInteger(y) || y > toYear)) throw new Error('incorporation year out of range');
  const rows: IncorporationsByYear['rows'] = [];
  if (years.length > 0) {
    for (let year = Math.min(...years); year <= toYear; year++) {
      rows.push({ year, defender: emptyGroup(), journalist: emptyGroup(), total: 0 });
    }
  }
  const first = rows[0]?.year ?? 0;
  for (const c of counts) addToRow(rows[Number(c.year) - first]!, c.profile, c.identity, toCount(c.n));
  return { rows, total: sumRows(rows) };
}
