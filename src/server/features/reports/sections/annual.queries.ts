// Month-by-month figures of the annual report, for the year and the year before: cases attended
// (Cuadro 3's total for each month), new cases, measures with actions and their actions, and
// information requests. Reuses the report's aggregate queries month by month.
import type { Database } from '../../../db/client.js';
import { countCasesByBucket, countInformationRequests, countMeasures } from '../report.queries.js';

export interface MonthFigures {
  /** Cases attended in the month (new or in follow-up). */
  cases: number;
  /** Cases opened in the month (incorporations, attentions, collaborations). */
  newCases: number;
  measures: number;
  actions: number;
  requests: number;
}

export interface YearFigures {
  year: number;
  /** Twelve months, January first. */
  months: MonthFigures[];
  /** The year as one period (a case attended in several months counts once). */
  total: MonthFigures;
}

const NEW_BUCKETS = new Set(['incorporation', 'attention', 'federalCollaboration']);

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

async function figures(db: Database, from: string, to: string): Promise<MonthFigures> {
  const [buckets, measures, requests] = [
    await countCasesByBucket(db, { from, to }),
    await countMeasures(db, { from, to }),
    await countInformationRequests(db, { from, to }),
  ];
  // Drivers may return counts as strings (bigint sums): Number() them.
  const sum = <T>(rows: readonly T[], f: (r: T) => number | string) => rows.reduce((n, r) => n + Number(f(r)), 0);
  return {
    cases: sum(buckets, (b) => b.n),
    newCases: sum(
      buckets.filter((b) => NEW_BUCKETS.has(b.bucket)),
      (b) => b.n,
    ),
    measures: sum(measures, (m) => m.measures),
    actions: sum(measures, (m) => m.actions),
    requests: sum(requests, (r) => r.n),
  };
}

/** The year's figures, month by month and whole (months after `to` are left at zero). */
export async function yearFigures(db: Database, year: number, to = `${year}-12-31`): Promise<YearFigures> {
  const months: MonthFigures[] = [];
  for (let m = 1; m <= 12; m++) {
    const from = `${year}-${pad(m)}-01`;
    const end = `${year}-${pad(m)}-${pad(lastDay(year, m))}`;
    months.push(
      from > to
        ? { cases: 0, newCases: 0, measures: 0, actions: 0, requests: 0 }
        : await figures(db, from, end < to ? end : to),
    );
  }
  return { year, months, total: await figures(db, `${year}-01-01`, to) };
}
