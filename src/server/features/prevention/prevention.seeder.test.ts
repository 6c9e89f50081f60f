import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.js';
import { loadLiaison, loadPrevention } from './prevention.report-data.js';
import { preventionContract, liaisonContract } from './prevention.section.js';
import { seedPreventionDemo } from './prevention.seeder.js';
import { preventionActivitiesArray } from './prevention.package.js';

describe('prevention demo data', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  it('spreads plausible records over several years, none after today', async () => {
    const lines = await seedPreventionDemo(ctx.deps, '2024-06-30');
    expect(lines[0]).toMatch(/^Prevención y vinculación: \d+ talleres/);
    const all = await preventionActivitiesArray.export(ctx.handle.db);
    const years = new Set(all.flatMap((a) => a.sessions.map((s) => s.on.slice(0, 4))));
    expect([...years].sort()).toEqual(['2019', '2020', '2021', '2022', '2023', '2024']);
    expect(all.every((a) => a.sessions.every((s) => s.on <= '2024-06-30'))).toBe(true);
    const jf = preventionContract(await loadPrevention(ctx.handle.db, { from: '2023-01-01', to: '2023-12-31' }));
    expect(jf.preventionActions.total.activities).toBeGreaterThanOrEqual(6);
    expect(jf.selfProtectionWorkshops.rows.length).toBeGreaterThanOrEqual(3);
    const l = liaisonContract(await loadLiaison(ctx.handle.db, { from: '2023-01-01', to: '2023-12-31' })).liaison;
    expect(l).toMatchObject({ events: 12, meetings: 4, community: 1, international: 1 });
    expect(l.agreementActions).toBeGreaterThanOrEqual(4);
  });
});
