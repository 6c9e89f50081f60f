import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { auditLog } from '../../platform/audit/audit.schema.js';
import { monthBounds } from './actions.service.js';
import { catalogueId, createCase } from './cases.fixtures.js';
import { measureActions } from '../../records/records.schema.js';

let ctx: TestContext;
let worker: TestClient;
const measureIds: string[] = [];

beforeAll(async () => {
  ctx = await createTestContext();
  worker = await ctx.signInAs(['cdemp']);
  const cat = await catalogueId(worker, 'protection', 'Números de emergencia');
  for (let c = 0; c < 4; c++) {
    const { id } = await createCase(worker, { openedOn: '2023-12-01' });
    for (let m = 0; m < 5; m++) {
      const res = await worker.post(`/api/cases/${id}/measures`, { catalogueId: cat, startedOn: '2023-12-15' });
      measureIds.push(res.json().id);
    }
  }
});
afterAll(async () => ctx?.close());

const fullMonth = (ids: string[], days: number, count: (d: number, i: number) => number) =>
  ids.map((measureId, i) => ({
    measureId,
    days: Array.from({ length: days }, (_, d) => ({ day: d + 1, count: count(d + 1, i) })),
  }));

describe('month bounds', () => {
  it('knows month lengths, leap years included', () => {
    expect(monthBounds('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29', days: 29 });
    expect(monthBounds('2023-02').days).toBe(28);
    expect(monthBounds('2024-12').last).toBe('2024-12-31');
  });
});

describe('quick action entry', () => {
  it('saves a month for 20 measures (620 rows) in one request, one transaction and one audit entry', async () => {
    const measures = fullMonth(measureIds, 31, (d, i) => ((d + i) % 4) + 1);
    const expectedTotal = measures.flatMap((m) => m.days).reduce((s, d) => s + d.count, 0);
    const auditBefore = (await ctx.handle.db.select().from(auditLog).where(eq(auditLog.action, 'bulk_actions'))).length;
    const res = await worker.put('/api/measure-actions/month', { month: '2024-01', measures });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ measures: 20, entries: 620 });
    const rows = await ctx.handle.db.select().from(measureActions).where(inArray(measureActions.measureId, measureIds));
    expect(rows).toHaveLength(620);
    expect(rows.reduce((s, r) => s + r.count, 0)).toBe(expectedTotal);
    const audits = await ctx.handle.db.select().from(auditLog).where(eq(auditLog.action, 'bulk_actions'));
    expect(audits.length - auditBefore).toBe(1);
    expect(audits.at(-1)!.details).toMatchObject({
      month: '2024-01',
      measures: 20,
      entries: 620,
      total: expectedTotal,
    });
  });

  it('replaces the month on save (zeros remove entries) and leaves other months alone', async () => {
    const [a, b] = measureIds as [string, string];
    await worker.put('/api/measure-actions/month', {
      month: '2024-02',
      measures: [{ measureId: a, days: [{ day: 29, count: 7 }] }],
    });
    const res = await worker.put('/api/measure-actions/month', {
      month: '2024-01',
      measures: [
        {
          measureId: a,
          days: [
            { day: 3, count: 2 },
            { day: 4, count: 0 },
          ],
        },
      ],
    });
    expect(res.json().entries).toBe(1);
    const ofA = await ctx.handle.db.select().from(measureActions).where(eq(measureActions.measureId, a));
    expect(ofA.map((r) => [r.on, r.count]).sort()).toEqual([
      ['2024-01-03', 2],
      ['2024-02-29', 7],
    ]);
    // measure b, not in that request, keeps its January
    expect(
      (
        await ctx.handle.db
          .select()
          .from(measureActions)
          .where(and(eq(measureActions.measureId, b)))
      ).length,
    ).toBe(31);
    const grid = (await worker.get('/api/measure-actions/month?month=2024-01')).json();
    expect(grid.days).toBe(31);
    const rowA = grid.measures.find((m: { id: string }) => m.id === a);
    expect(rowA.counts[2]).toBe(2);
    expect(rowA.counts.reduce((s: number, n: number) => s + n, 0)).toBe(2);
  });

  it('refuses with 409 a save based on a month that someone else changed meanwhile', async () => {
    const [a] = measureIds as [string];
    const loaded = (await worker.get('/api/measure-actions/month?month=2024-03')).json();
    const expected = loaded.measures.find((m: { id: string }) => m.id === a).counts as number[];
    // Another person saves the same month first, with what they loaded.
    const first = await worker.put('/api/measure-actions/month', {
      month: '2024-03',
      measures: [{ measureId: a, days: [{ day: 5, count: 4 }], expected }],
    });
    expect(first.statusCode, first.body).toBe(200);
    // The stale save is refused and does not overwrite.
    const stale = await worker.put('/api/measure-actions/month', {
      month: '2024-03',
      measures: [{ measureId: a, days: [{ day: 6, count: 9 }], expected }],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'conflict', details: { measures: [a] } });
    const march = (await worker.get('/api/measure-actions/month?month=2024-03'))
      .json()
      .measures.find((m: { id: string }) => m.id === a).counts as number[];
    expect(march[4]).toBe(4);
    expect(march[5]).toBe(0);
    // Reloading gives the current counts, and a save based on them goes through.
    const again = await worker.put('/api/measure-actions/month', {
      month: '2024-03',
      measures: [
        {
          measureId: a,
          days: [
            { day: 5, count: 4 },
            { day: 6, count: 9 },
          ],
          expected: march,
        },
      ],
    });
    expect(again.statusCode, again.body).toBe(200);
  });

  it('shows the month on the case timeline as one summarised entry per measure', async () => {
    const [, b] = measureIds as [string, string];
    const caseId = (await ctx.handle.db.query.measures.findFirst({ where: (m, { eq: e }) => e(m.id, b) }))!.caseId;
    const page = (await worker.get(`/api/cases/${caseId}`)).json();
    const entry = page.timeline.find(
      (e: { kind: string; refId: string }) => e.kind === 'actions' && e.refId === `${b}:2024-01`,
    );
    const stored = await ctx.handle.db.select().from(measureActions).where(eq(measureActions.measureId, b));
    expect(entry.data.count).toBe(stored.reduce((s, r) => s + r.count, 0));
    expect(entry.on).toBe('2024-01-31');
  });

  it('refuses days outside the month, duplicates, unknown measures and bad shapes', async () => {
    const [a] = measureIds as [string];
    const cases: [unknown, number, string][] = [
      [
        { month: '2023-02', measures: [{ measureId: a, days: [{ day: 29, count: 1 }] }] },
        400,
        'case_measure_outside_month',
      ],
      [
        {
          month: '2024-01',
          measures: [
            { measureId: a, days: [] },
            { measureId: a, days: [] },
          ],
        },
        400,
        'validation_failed',
      ],
      [{ month: '2024-01', measures: [{ measureId: crypto.randomUUID(), days: [] }] }, 404, 'not_found'],
      [{ month: '2024-13', measures: [{ measureId: a, days: [] }] }, 400, 'validation_failed'],
      [{ month: '2024-01', measures: [{ measureId: a, days: [{ day: 1, count: -1 }] }] }, 400, 'validation_failed'],
      [{ month: '2024-01', measures: [] }, 400, 'validation_failed'],
    ];
    for (const [body, status, code] of cases) {
      const res = await worker.put('/api/measure-actions/month', body as Record<string, unknown>);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.json().error.code).toBe(code);
    }
    expect((await worker.get('/api/measure-actions/month?month=bad')).statusCode).toBe(400);
  });

  it('lists the measures of my cases by default, and a lead reaches any case by its id', async () => {
    const { caseLeads } = await import('./cases.schema.js');
    const lead = await ctx.signInAs(['cdemp']);
    await ctx.handle.db.insert(caseLeads).values({ userId: lead.user.id });
    expect((await lead.get('/api/measure-actions/month?month=2024-01')).json().measures).toHaveLength(0);
    const caseId = (await ctx.handle.db.query.measures.findFirst({ where: (m, { eq: e }) => e(m.id, measureIds[0]!) }))!
      .caseId;
    const one = (await lead.get(`/api/measure-actions/month?month=2024-01&caseId=${caseId}`)).json();
    expect(one.measures).toHaveLength(5);
    const stranger = await ctx.signInAs(['cdemp']);
    expect(
      (await stranger.get(`/api/measure-actions/month?month=2024-01&caseId=${caseId}`)).json().measures,
    ).toHaveLength(0);
    expect((await worker.get('/api/measure-actions/month?month=2024-01')).json().measures).toHaveLength(20);
  });

  it('is refused to dg and board, and to cdemp users not assigned to every case involved', async () => {
    for (const roles of [['dg'], ['board']] as const) {
      const u = await ctx.signInAs([...roles]);
      expect(
        (
          await u.put('/api/measure-actions/month', {
            month: '2024-01',
            measures: [{ measureId: measureIds[0], days: [] }],
          })
        ).statusCode,
      ).toBe(403);
    }
    const stranger = await ctx.signInAs(['cdemp']);
    const { id } = await createCase(stranger);
    const cat = await catalogueId(stranger, 'social');
    const own = (await stranger.post(`/api/cases/${id}/measures`, { catalogueId: cat })).json().id;
    const mixed = await stranger.put('/api/measure-actions/month', {
      month: '2024-01',
      measures: [
        { measureId: own, days: [] },
        { measureId: measureIds[0], days: [] },
      ],
    });
    expect(mixed.statusCode).toBe(403);
    expect(
      (
        await stranger.put('/api/measure-actions/month', {
          month: '2024-01',
          measures: [{ measureId: own, days: [{ day: 1, count: 3 }] }],
        })
      ).statusCode,
    ).toBe(200);
  });
});
