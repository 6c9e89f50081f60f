// The request list filters, orders, pages and counts in SQL: walking every page gives every
// request once, in order, and each filter's total matches the rows a full walk finds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { informationRequests } from '../../records/records.schema.js';
import { informationRequestDetails } from './transparency.schema.js';

let ctx: TestContext;
let unit: TestClient;
const N = 47;
const TRACKED_STATUSES = ['received', 'in_process', 'answered', 'not_admissible'] as const;

beforeAll(async () => {
  ctx = await createTestContext();
  unit = await ctx.signInAs(['transparency']);
  // Imported requests (no details: status from `admissible`) and tracked ones (status in details).
  const rows = await ctx.handle.db
    .insert(informationRequests)
    .values(
      Array.from({ length: N }, (_, i) => ({
        folio: `UT-2024-${String(i + 1).padStart(4, '0')}`,
        receivedOn: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
        kind: i % 5 === 0 ? ('arco' as const) : ('public' as const),
        admissible: i % 3 === 0 ? true : i % 3 === 1 ? false : null,
      })),
    )
    .returning({ id: informationRequests.id, folio: informationRequests.folio });
  await ctx.handle.db.insert(informationRequestDetails).values(
    rows
      .filter((_, i) => i % 2 === 0)
      .map((r, j) => ({
        requestId: r.id,
        channel: 'platform' as const,
        subject: `Solicitud ${r.folio}`,
        status: TRACKED_STATUSES[j % TRACKED_STATUSES.length]!,
      })),
  );
});
afterAll(async () => ctx?.close());

interface Listed {
  items: { folio: string; status: string; kind: string; receivedOn: string }[];
  total: number;
}
const list = async (q: string): Promise<Listed> => {
  const res = await unit.get(`/api/transparency/requests?${q}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Listed;
};
async function walk(q: string, size: number) {
  const out: Listed['items'] = [];
  let total = -1;
  for (let offset = 0; ; offset += size) {
    const page = await list(`${q}&limit=${size}&offset=${offset}`);
    total = page.total;
    out.push(...page.items);
    if (page.items.length < size) break;
  }
  return { items: out, total };
}

describe('GET /api/transparency/requests pages in SQL', () => {
  it('walks every request once, newest first, with the total on every page', async () => {
    const { items, total } = await walk('sort=received_desc', 10);
    expect(total).toBe(N);
    expect(new Set(items.map((i) => i.folio)).size).toBe(N);
    const dates = items.map((i) => i.receivedOn);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('sorts by folio both ways and finds the last one by folio', async () => {
    const asc = (await walk('sort=folio_asc', 20)).items.map((i) => i.folio);
    expect(asc).toEqual([...asc].sort());
    const desc = await list('sort=folio_desc&limit=1');
    expect(desc.items[0]!.folio).toBe(asc[asc.length - 1]);
    const found = await list(`folio=${asc[asc.length - 1]}`);
    expect(found.items.map((i) => i.folio)).toEqual([asc[asc.length - 1]]);
  });

  it('filters status (derived for imported requests) and kind in SQL with matching totals', async () => {
    const all = (await walk('sort=folio_asc', 50)).items;
    for (const status of ['received', 'answered', 'not_admissible', 'in_process']) {
      const expected = all.filter((i) => i.status === status).map((i) => i.folio);
      const page = await list(`status=${status}&limit=5&sort=folio_asc`);
      expect(page.total, status).toBe(expected.length);
      expect(page.items.map((i) => i.folio)).toEqual(expected.slice(0, 5));
    }
    const arco = await list('kind=arco&limit=3');
    expect(arco.total).toBe(all.filter((i) => i.kind === 'arco').length);
    expect(arco.items).toHaveLength(3);
    const open = await list('attention=open&limit=500');
    expect(open.total).toBe(all.filter((i) => ['received', 'in_process'].includes(i.status)).length);
  });
});
