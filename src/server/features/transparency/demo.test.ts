import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.js';
import { transparencyDemoSeeder } from './demo.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('transparency demo seeder', () => {
  it('creates requests at several stages through the real services', async () => {
    const unit = await ctx.signInAs(['transparency'], { username: 'demo.transparency' });
    await transparencyDemoSeeder.seed(ctx.deps);
    const list = (await unit.get('/api/transparency/requests')).json();
    expect(list.total).toBe(6);
    const statuses = list.items.map((i: { status: string }) => i.status).sort();
    expect(statuses).toEqual([
      'answered',
      'clarification_requested',
      'in_process',
      'in_process',
      'received',
      'referred',
    ]);
    const training = (await unit.get(`/api/transparency/training?year=${new Date().getFullYear()}`)).json();
    expect(training.courses).toHaveLength(7);
    expect(training.coverage.staff).toBe(3);
  });
});
