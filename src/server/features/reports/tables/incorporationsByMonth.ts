// Cuadro 4 — incorporations of the calendar year of `to`, by month, procedure and profile.
import type { IncorporationsByMonth, Procedure, Profile } from '../report.contract.js';
import { toCount } from './groups.js';

/** One aggregate row from SQL: incorporations opened in `month` (1..12) of the year. */
export interface IncorporationMonthCount {
  month: number | string;
  procedure: Procedure | null;
  profile: Profile;
  n: number | string;
}

const zeros = (): number[] => Array.from({ length: 12 }, () => 0);

export function buildIncorporationsByMonth(
  year: number,
  counts: readonly IncorporationMonthCount[],
): IncorporationsByMonth {
  const table: IncorporationsByMonth = {
    year,
    byProcedure: { ordinary: zeros(), extraordinary: zeros() },
    byProfile: { journalist: zeros(), defender: zeros() },
    total: 0,
  };
  for (const c of counts) {
    const month = Number(c.month);
    if (!Number.isInteger(month) || month < 1 || month > 12) throw new Error(`invalid month: ${String(c.month)}`);
    const n = toCount(c.n);
    // An incorporation without a procedure still counts in the profile rows and the total;
    // the procedure rows then add up to less than the total, which shows the data gap.
    if (c.procedure) table.byProcedure[c.procedure][month - 1]! += n;
    table.byProfile[c.profile][month - 1]! += n;
    table.total += n;
  }
  return table;
}
