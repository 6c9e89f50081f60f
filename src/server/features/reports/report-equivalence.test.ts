import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.js';
import { rowsOf, type DatabaseHandle } from '../../db/client.js';
import { generatePackage } from '../interchange/generate/generate.js';
import { SCALES } from '../interchange/generate/scales.js';
import { importPackage } from '../interchange/import.service.js';
import { countCasesByBucket } from './report.queries.js';
import { buildBimonthlyReport } from './report.service.js';
import { buildCasesByType } from './tables/casesByType.js';

/**
 * The report's case buckets are computed set-based (issue 16). This keeps the previous query (two
 * correlated EXISTS per case) as a reference and checks, on a generated dataset (scale S), that the
 * counts and the report's Cuadro 3 are the same for many periods, including ones with no activity.
 */
let handle: DatabaseHandle;

const BUCKET_OF = {
  incorporation: { new: 'incorporation', followUp: 'incorporationFollowUp' },
  attention: { new: 'attention', followUp: 'attentionFollowUp' },
  federal_collaboration: { new: 'federalCollaboration', followUp: 'federalCollaborationFollowUp' },
} as const;

async function referenceBuckets(from: string, to: string) {
  const rows = rowsOf<{
    kind: keyof typeof BUCKET_OF;
    status: 'new' | 'followUp';
    profile: never;
    identity: never;
    n: number;
  }>(
    await handle.db.execute(sql`
      select kind, status, profile, identity, count(*)::int as n from (
        select c.kind, c.profile, c.identity,
          case when c.opened_on between ${from}::date and ${to}::date then 'new'
            when c.opened_on < ${from}::date and (c.closed_on is null or c.closed_on >= ${from}::date) and (
              exists (select 1 from case_follow_ups u where u.case_id = c.id and u."on" between ${from}::date and ${to}::date)
              or exists (select 1 from measure_actions a join measures m on m.id = a.measure_id
                         where m.case_id = c.id and a."on" between ${from}::date and ${to}::date)) then 'followUp' end as status
        from cases c) s
      where status is not null group by 1, 2, 3, 4`),
  );
  return rows.map((r) => ({ bucket: BUCKET_OF[r.kind][r.status], profile: r.profile, identity: r.identity, n: r.n }));
}

const key = (r: { bucket: string; profile: string; identity: string }) => `${r.bucket}/${r.profile}/${r.identity}`;
const sorted = <T extends { bucket: string; profile: string; identity: string }>(rows: T[]) =>
  [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

beforeAll(async () => {
  handle = await createTestDatabase();
  const pkg = generatePackage({ scale: SCALES.S, seed: 2016 });
  const imported = await importPackage(handle.db, pkg, { actor: { userId: null, username: 'test' } });
  expect(imported.ok).toBe(true);
}, 120_000);
afterAll(async () => handle?.close());

// Every bimonthly period of two years, a whole year, a single day and a period before any data.
const PERIODS: [string, string][] = [
  ...[2019, 2025].flatMap((y) =>
    [1, 3, 5, 7, 9, 11].map((m): [string, string] => {
      const end = new Date(Date.UTC(y, m + 1, 0)).toISOString().slice(0, 10);
      return [`${y}-${String(m).padStart(2, '0')}-01`, end];
    }),
  ),
  ['2022-01-01', '2022-12-31'],
  ['2024-06-15', '2024-06-15'],
  ['2010-01-01', '2010-02-28'],
];

describe('report case buckets: the set-based query equals the correlated one (generated data, scale S)', () => {
  it('gives the same counts and the same Cuadro 3 for every period', async () => {
    let followUps = 0;
    for (const [from, to] of PERIODS) {
      const expected = await referenceBuckets(from, to);
      const actual = await countCasesByBucket(handle.db, { from, to });
      expect(sorted(actual), `${from}..${to}`).toEqual(sorted(expected));
      followUps += expected.filter((r) => r.bucket.endsWith('FollowUp')).reduce((s, r) => s + r.n, 0);
      const report = await buildBimonthlyReport(handle.db, { from, to });
      expect(report.casesByType).toEqual(buildCasesByType(expected));
    }
    // The data exercises both branches: cases in follow-up were counted.
    expect(followUps).toBeGreaterThan(100);
  }, 120_000);
});
