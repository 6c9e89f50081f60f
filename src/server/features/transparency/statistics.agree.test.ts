// The quarterly statistics agree with themselves and with the request list filtered the same way
// (issue 18: the summary said 2 concluded and 6 overdue, the rows 10 closed, the list 0 overdue).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { informationRequests } from '../../records/records.schema.js';
import { informationRequestDetails } from './transparency.schema.js';
import { CLOSED } from './requests.queries.js';

let ctx: TestContext;
let unit: TestClient;
const FROM = '2024-01-01';
const TO = '2024-03-31';
const STATUSES = ['received', 'in_process', 'answered', 'not_admissible', 'referred', 'clarification_requested'];

beforeAll(async () => {
  ctx = await createTestContext();
  unit = await ctx.signInAs(['transparency']);
  // Imported requests (status from `admissible`, no closing date) and tracked ones; a few outside the quarter.
  const rows = await ctx.handle.db
    .insert(informationRequests)
    .values(
      Array.from({ length: 30 }, (_, i) => ({
        folio: `EST-${String(i).padStart(3, '0')}`,
        receivedOn: i < 26 ? `2024-0${(i % 3) + 1}-${String((i % 20) + 5).padStart(2, '0')}` : '2024-04-02',
        kind: i % 4 === 0 ? ('arco' as const) : ('public' as const),
        admissible: i % 3 === 0 ? true : i % 3 === 1 ? false : null,
      })),
    )
    .returning({ id: informationRequests.id });
  await ctx.handle.db.insert(informationRequestDetails).values(
    rows
      .filter((_, i) => i % 2 === 0)
      .map((r, j) => {
        const status = STATUSES[j % STATUSES.length]!;
        return {
          requestId: r.id,
          channel: 'platform' as const,
          subject: 'Solicitud de prueba',
          status,
          closedOn: (CLOSED as string[]).includes(status) ? '2024-04-10' : null,
        };
      }),
  );
});
afterAll(async () => ctx?.close());

const total = async (q: string) => {
  const res = await unit.get(`/api/transparency/requests?from=${FROM}&to=${TO}&limit=1&${q}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().total as number;
};

describe('quarterly statistics agree', () => {
  it('with themselves and with the list under the same filters', async () => {
    const res = await unit.get('/api/transparency/statistics/quarterly?year=2024&quarter=1');
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    // Among themselves.
    expect(s.closed + s.open).toBe(s.received);
    expect(s.closedInTime + s.closedLate).toBe(s.closed);
    const sum = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
    expect(sum(s.byStatus)).toBe(s.received);
    expect(sum(s.byKind)).toBe(s.received);
    expect(sum(s.byChannel)).toBe(s.received);
    const closedByStatus = Object.entries(s.byStatus as Record<string, number>)
      .filter(([k]) => (CLOSED as string[]).includes(k))
      .reduce((a, [, n]) => a + n, 0);
    expect(closedByStatus).toBe(s.closed);
    // With the list.
    expect(await total('')).toBe(s.received);
    expect(await total('attention=open')).toBe(s.open);
    expect(await total('attention=overdue')).toBe(s.openOverdue);
    expect(s.openOverdue).toBeGreaterThan(0); // requests of 2024 still open are long overdue
    for (const [status, n] of Object.entries(s.byStatus as Record<string, number>)) {
      expect(await total(`status=${status}`), status).toBe(n);
    }
    expect(await total('kind=arco')).toBe(s.byKind.arco);
  });
});
