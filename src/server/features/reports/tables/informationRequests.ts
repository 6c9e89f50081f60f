// Cuadro 11 (§7.3) — information requests received in the period, by month, kind and decision.
import type { InformationRequests, Period, RequestKind } from '../report.contract.js';
import { toCount } from './groups.js';

/** One aggregate row from SQL: requests received in `month` ('YYYY-MM') of a kind and decision. */
export interface RequestCount {
  month: string;
  kind: RequestKind;
  admissible: boolean | null;
  n: number | string;
}

/** Every calendar month that overlaps the period, in order, as 'YYYY-MM'. */
export function monthsOf(period: Pick<Period, 'from' | 'to'>): string[] {
  const months: string[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return months;
}

export function buildInformationRequests(
  period: Pick<Period, 'from' | 'to'>,
  counts: readonly RequestCount[],
): InformationRequests {
  const empty = () => ({ received: 0, public: 0, arco: 0, admissible: 0, inadmissible: 0 });
  const rows = monthsOf(period).map((month) => ({ month, ...empty() }));
  const total = empty();
  for (const c of counts) {
    const row = rows.find((r) => r.month === c.month);
    if (!row) throw new Error(`request month outside the period: ${c.month}`);
    const n = toCount(c.n);
    for (const target of [row, total]) {
      target.received += n;
      target[c.kind] += n;
      // Undecided requests (null) count in neither column.
      if (c.admissible === true) target.admissible += n;
      else if (c.admissible === false) target.inadmissible += n;
    }
  }
  return { rows, total };
}
