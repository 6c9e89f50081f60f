import { count, countDistinct } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.js';
import { monitoringActivations, monitoringFindings } from './monitoring.schema.js';
import { seedMonitoringDemo } from './monitoring.seeder.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

it('seeds findings over several years and most alcaldías, once', async () => {
  const lines = await seedMonitoringDemo(ctx.deps, 3);
  expect(lines[0]).toMatch(/hallazgos ficticios/);
  const db = ctx.handle.db;
  const [stats] = await db
    .select({
      n: count(),
      places: countDistinct(monitoringFindings.alcaldia),
    })
    .from(monitoringFindings);
  expect(stats!.n).toBeGreaterThan(40);
  expect(stats!.places).toBeGreaterThanOrEqual(14);
  const years = await db.selectDistinct({ y: monitoringFindings.code }).from(monitoringFindings);
  expect(new Set(years.map((r) => r.y.slice(3, 7))).size).toBeGreaterThanOrEqual(2);
  const [acts] = await db.select({ n: count() }).from(monitoringActivations);
  expect(acts!.n).toBeGreaterThan(0);
  expect(await seedMonitoringDemo(ctx.deps, 3)).toEqual([]);
  // the stats route works on the seeded data
  const staff = await ctx.signInAs(['cdemp']);
  const year = new Date().getUTCFullYear() - 1;
  const res = await staff.get(`/api/monitoring/stats?from=${year}-01-01&to=${year}-12-31`);
  expect(res.statusCode).toBe(200);
  expect(res.json().findings.total).toBeGreaterThan(10);
});
