import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { CASE_LIST_COUNT_CAP } from '../../../common/features/cases.contract.js';
import { cases } from '../../records/records.schema.js';

/**
 * The case list's total is exact up to CASE_LIST_COUNT_CAP matching cases and "more than the cap"
 * beyond it (`totalIsLowerBound`), so a national installation does not count every case on every
 * request — and the list never states a wrong number.
 */
let ctx: TestContext;
let worker: TestClient;
const WOMEN = CASE_LIST_COUNT_CAP; // exactly the cap: still exact
const MEN = 203;
const CLOSED_MEN = 20;

beforeAll(async () => {
  ctx = await createTestContext();
  worker = await ctx.signInAs(['cdemp']);
  const rows = Array.from({ length: WOMEN + MEN }, (_, i) => {
    const man = i >= WOMEN;
    const day = String((i % 28) + 1).padStart(2, '0');
    return {
      folio: `CAP-${String(i).padStart(5, '0')}`,
      kind: 'attention' as const,
      profile: 'defender' as const,
      identity: man ? ('man' as const) : ('woman' as const),
      openedOn: `2023-${String((i % 12) + 1).padStart(2, '0')}-${day}`,
      closedOn: man && i - WOMEN < CLOSED_MEN ? '2024-06-30' : null,
    };
  });
  for (let i = 0; i < rows.length; i += 500) await ctx.handle.db.insert(cases).values(rows.slice(i, i + 500));
}, 60_000);
afterAll(async () => ctx?.close());

async function list(query: string) {
  const res = await worker.get(`/api/cases${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: { id: string }[]; total: number; totalIsLowerBound: boolean };
}

describe('GET /api/cases total', () => {
  it('stops counting past the cap and says so', async () => {
    const all = await list('');
    expect(all.items).toHaveLength(50);
    expect(all).toMatchObject({ total: CASE_LIST_COUNT_CAP, totalIsLowerBound: true });
    // A filter that still matches more than the cap (the status filter needs case_details).
    expect(await list('?status=follow_up&limit=10')).toMatchObject({
      total: CASE_LIST_COUNT_CAP,
      totalIsLowerBound: true,
    });
  });

  it('is exact up to the cap, the cap itself included', async () => {
    expect(await list('?identity=woman')).toMatchObject({ total: WOMEN, totalIsLowerBound: false });
    expect(await list('?identity=man')).toMatchObject({ total: MEN, totalIsLowerBound: false });
    expect(await list('?status=concluded')).toMatchObject({ total: CLOSED_MEN, totalIsLowerBound: false });
    expect(await list('?identity=collective')).toMatchObject({ items: [], total: 0, totalIsLowerBound: false });
  });

  it('is exact from a last page that is not full', async () => {
    const last = await list('?identity=man&limit=50&offset=200');
    expect(last.items).toHaveLength(MEN - 200);
    expect(last).toMatchObject({ total: MEN, totalIsLowerBound: false });
    const end = await list(`?limit=200&offset=${WOMEN + MEN - 3}`);
    expect(end).toMatchObject({ total: WOMEN + MEN, totalIsLowerBound: false });
  });

  it('never falls short of the page asked for beyond the cap', async () => {
    const deep = await list('?limit=50&offset=1100');
    expect(deep.items).toHaveLength(50);
    expect(deep).toMatchObject({ total: 1150, totalIsLowerBound: true });
    expect(await list('?limit=50&offset=5000')).toMatchObject({
      items: [],
      total: WOMEN + MEN,
      totalIsLowerBound: false,
    });
    expect(await list('?identity=man&offset=400')).toMatchObject({ items: [], total: MEN, totalIsLowerBound: false });
  });

  it('sorts by folio or opening date, and pages without repeating a case', async () => {
    const folios = async (q: string) =>
      ((await list(q)) as unknown as { items: { folio: string; openedOn: string }[] }).items;
    expect((await folios('?sort=folio_asc&limit=2')).map((c) => c.folio)).toEqual(['CAP-00000', 'CAP-00001']);
    const lastFolio = `CAP-${String(WOMEN + MEN - 1).padStart(5, '0')}`;
    expect((await folios('?sort=folio_desc&limit=1'))[0]!.folio).toBe(lastFolio);
    const oldest = await folios('?sort=opened_asc&limit=200&identity=man');
    expect(oldest.map((c) => c.openedOn)).toEqual(oldest.map((c) => c.openedOn).sort());
    const pages = [
      ...(await folios('?identity=man&limit=100')),
      ...(await folios('?identity=man&limit=100&offset=100')),
    ];
    expect(new Set(pages.map((c) => c.folio)).size).toBe(200);
  });
});
