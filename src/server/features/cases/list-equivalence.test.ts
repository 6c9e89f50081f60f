import { and, desc, eq, gte, ilike, lte, or, sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.js';
import type { DatabaseHandle } from '../../db/client.js';
import { createFieldCrypto } from '../../platform/crypto/fields.js';
import { keyRingFromFile, newKeyFile } from '../../platform/crypto/keys.js';
import type { Actor } from '../../platform/auth/session.js';
import { users } from '../../platform/auth/auth.schema.js';
import { generatePackage } from '../interchange/generate/generate.js';
import { SCALES } from '../interchange/generate/scales.js';
import { importPackage } from '../interchange/import.service.js';
import { CaseListQuery } from '../../../common/features/cases.contract.js';
import { listCases, urgentMissingSql } from './cases.queries.js';
import { caseAssignments, caseDetails } from './cases.schema.js';
import { statusSql } from './cases.service.js';
import { cases } from '../../records/records.schema.js';

/**
 * The case list picks its page in a limited sub-query and computes the per-case flags for that page
 * only (issue 16). This keeps the previous, straightforward query as a reference and checks, on a
 * generated dataset (scale S), that every page of every filter is the same, row for row.
 */
let handle: DatabaseHandle;
let actor: Actor;
const crypto = createFieldCrypto(keyRingFromFile(newKeyFile()));

/** The list as it was written before: every column and flag in one select over the filtered cases. */
async function referencePage(q: ReturnType<typeof CaseListQuery.parse>) {
  const { db } = handle;
  const mine = sql`exists (select 1 from ${caseAssignments} where ${caseAssignments.caseId} = ${cases.id} and ${caseAssignments.userId} = ${actor.userId})`;
  const where: SQL[] = [];
  if (q.kind) where.push(eq(cases.kind, q.kind));
  if (q.identity) where.push(eq(cases.identity, q.identity));
  if (q.status) where.push(sql`${statusSql} = ${q.status}`);
  if (q.to) where.push(lte(cases.openedOn, q.to));
  if (q.from) where.push(or(sql`${cases.closedOn} is null`, gte(cases.closedOn, q.from))!);
  if (q.mine === 'true') where.push(mine);
  if (q.urgent === 'true') where.push(urgentMissingSql);
  if (q.folio) where.push(ilike(cases.folio, `%${q.folio}%`));
  const rows = await db
    .select({
      id: cases.id,
      folio: cases.folio,
      kind: cases.kind,
      procedure: cases.procedure,
      profile: cases.profile,
      identity: cases.identity,
      status: statusSql,
      openedOn: cases.openedOn,
      closedOn: cases.closedOn,
      location: caseDetails.location,
      assignedToMe: sql<boolean>`${mine}`,
      urgentMissing: urgentMissingSql,
      version: cases.version,
    })
    .from(cases)
    .leftJoin(caseDetails, eq(caseDetails.caseId, cases.id))
    .where(and(...where))
    .orderBy(desc(cases.openedOn), desc(cases.folio))
    .limit(q.limit)
    .offset(q.offset);
  const [{ n }] = (await db
    .select({ n: sql<number>`count(*)::int` })
    .from(cases)
    .leftJoin(caseDetails, eq(caseDetails.caseId, cases.id))
    .where(and(...where))) as [{ n: number }];
  return {
    rows: rows.map((r) => ({ ...r, assignedToMe: Boolean(r.assignedToMe), urgentMissing: Boolean(r.urgentMissing) })),
    matching: n,
  };
}

beforeAll(async () => {
  handle = await createTestDatabase();
  const pkg = generatePackage({ scale: SCALES.S, seed: 2016 });
  const imported = await importPackage(handle.db, pkg, { actor: { userId: null, username: 'test' } });
  expect(imported.ok).toBe(true);
  const [u] = await handle.db
    .insert(users)
    .values({ username: 'lister', displayName: 'Lister', passwordHash: '!', roles: ['cdemp'] })
    .returning({ id: users.id });
  actor = {
    userId: u!.id,
    username: 'lister',
    displayName: 'Lister',
    roles: ['cdemp'],
    sessionId: 'test',
    secondFactorVerified: true,
    csrfToken: 'x',
  } as Actor;
  // Some cases assigned to the actor, so "mine" and "assignedToMe" have both answers.
  const some = await handle.db.select({ id: cases.id }).from(cases).orderBy(cases.folio).limit(40);
  await handle.db
    .insert(caseAssignments)
    .values(some.filter((_, i) => i % 3 === 0).map((c) => ({ caseId: c.id, userId: actor.userId })));
  // Some statuses recorded explicitly, so the status column comes from both branches of statusSql.
  await handle.db
    .insert(caseDetails)
    .values(some.filter((_, i) => i % 4 === 1).map((c) => ({ caseId: c.id, status: 'analysis' as const })));
}, 120_000);
afterAll(async () => handle?.close());

const QUERIES = [
  {},
  { from: '2016-01-01' },
  { from: '2020-01-01', to: '2023-06-30' },
  { kind: 'incorporation' },
  { urgent: 'true' },
  { urgent: 'true', kind: 'incorporation', limit: '5' },
  { status: 'concluded' },
  { status: 'analysis' },
  { mine: 'true' },
  { identity: 'collective', from: '2018-01-01' },
  { folio: '2019' },
];

describe('case list: the page-first query equals the straightforward one (generated data, scale S)', () => {
  it('gives the same rows on every page of every filter', async () => {
    let compared = 0;
    let urgentSeen = 0;
    let mineSeen = 0;
    for (const raw of QUERIES) {
      for (let offset = 0; ; offset += 37) {
        const q = CaseListQuery.parse({ limit: '37', ...raw, offset: String(offset) });
        const { rows: expected, matching } = await referencePage(q);
        const actual = await listCases({ db: handle.db, crypto }, { actor, ip: '127.0.0.1' }, q);
        // The total (counted in the page's own statement) is the exact count below the cap.
        expect({ total: actual.total, lower: actual.totalIsLowerBound }, JSON.stringify(raw)).toEqual({
          total: matching,
          lower: false,
        });
        expect(actual.items, JSON.stringify(raw)).toEqual(expected);
        expect(JSON.stringify(actual.items)).toBe(JSON.stringify(expected));
        compared += expected.length;
        urgentSeen += expected.filter((r) => r.urgentMissing).length;
        mineSeen += expected.filter((r) => r.assignedToMe).length;
        if (expected.length < q.limit || offset > 400) break;
      }
    }
    // The dataset exercises what is compared: many rows, urgent flags and assignments among them.
    expect(compared).toBeGreaterThan(500);
    expect(urgentSeen).toBeGreaterThan(0);
    expect(mineSeen).toBeGreaterThan(0);
  }, 120_000);
});
