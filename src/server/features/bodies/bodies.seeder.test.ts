import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.js';
import { bodyAgreements, bodySessions } from './bodies.schema.js';
import { seedBodiesDemo } from './bodies.seeder.js';
import { assignOrdinals } from './bodies.logic.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

describe('bodies demo data', () => {
  it('covers every body over several years, numbered by the module rule, and runs once', async () => {
    const lines = await seedBodiesDemo(ctx.deps);
    expect(lines).toHaveLength(1);
    const db = ctx.handle.db;
    const perBody = await db
      .select({ body: bodySessions.bodyCode, years: sql<number>`count(distinct ${bodySessions.year})::int` })
      .from(bodySessions)
      .groupBy(bodySessions.bodyCode);
    expect(perBody).toHaveLength(8);
    expect(perBody.every((r) => Number(r.years) >= 4)).toBe(true);
    const all = await db.select().from(bodySessions);
    const numbered = assignOrdinals(all);
    expect(all.filter((s) => numbered.get(s.id)!.ordinal !== s.ordinal)).toEqual([]);
    const [done] = await db.select({ n: count() }).from(bodyAgreements).where(eq(bodyAgreements.status, 'done'));
    expect(Number(done!.n)).toBeGreaterThan(0);
    expect(await seedBodiesDemo(ctx.deps)).toEqual([]);
  });
});
