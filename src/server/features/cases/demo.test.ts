import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.js';
import { beneficiaries } from './cases.schema.js';
import { cases } from '../../records/records.schema.js';
import { seedCasesDemo } from './demo.seeder.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

describe('cases demo seeder', () => {
  it('adds fictional, encrypted people to recent open cases and assigns only some to demo.cdemp', async () => {
    const officer = await ctx.signInAs(['cdemp'], { username: 'demo.cdemp' });
    const other = await ctx.signInAs(['cdemp']);
    for (let i = 1; i <= 5; i++) {
      await ctx.handle.db.insert(cases).values({
        folio: `DEMO-${i}`,
        kind: 'attention',
        profile: 'defender',
        identity: i === 1 ? 'collective' : 'woman',
        openedOn: `2024-0${i}-01`,
      });
    }
    const lines = await seedCasesDemo(ctx.deps, { cases: 4, assigned: 2 });
    expect(lines[0]).toContain('4');
    const rows = await ctx.handle.db.select().from(beneficiaries);
    expect(rows).toHaveLength(4);
    expect(JSON.stringify(rows)).not.toContain('Ficticia');
    const mine = (await officer.get('/api/cases?mine=true')).json().items as { id: string; status: string }[];
    expect(mine).toHaveLength(2);
    expect(mine.every((c) => c.status === 'attended')).toBe(true);
    const page = (await officer.get(`/api/cases/${mine[0]!.id}`)).json();
    expect(page.beneficiaries[0].name).toMatch(/Ficticia/);
    const [oldest] = await ctx.handle.db.select().from(cases).where(eq(cases.folio, 'DEMO-1'));
    expect((await other.get(`/api/cases/${oldest!.id}`)).json().beneficiaries).toBeNull();
  });
});
