// The hostile-input probe's own check: a rejected request that writes a row is caught, and when
// nothing was written the counts are not taken again.
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/platform/deps.js';
import { createTestContext } from '../support/context.js';
import { probe } from './support/probe.js';

const ctx = await createTestContext();
const client = await ctx.signInAs(['cdemp']);
afterAll(() => ctx.close());

/** An app whose only route answers 400, after doing `work`. */
const rejecting = (work: () => Promise<unknown>) =>
  ({
    inject: async () => {
      await work();
      return { statusCode: 400, body: '{"error":{}}' } as LightMyRequestResponse;
    },
  }) as unknown as App;

describe('probe', () => {
  it('reports a table that gained a row behind a 400', async () => {
    const app = rejecting(() =>
      ctx.handle.db.execute(sql`insert into case_leads (user_id) values (${client.user.id})`),
    );
    const { problems } = await probe(app, ctx.handle.db, client, { method: 'POST', url: '/x' });
    expect(problems).toEqual(['case_leads: 0 -> 1 rows after a 400']);
  });

  it('keeps the counts it had when nothing was written', async () => {
    const app = rejecting(async () => undefined);
    const first = await probe(app, ctx.handle.db, client, { method: 'GET', url: '/x' });
    const second = await probe(app, ctx.handle.db, client, { method: 'GET', url: '/x' }, first.counts);
    expect(second.problems).toEqual([]);
    // The same object: no count query was needed (on a shared server other databases' writes may
    // move the transaction counter, and then it counts again, which is also right).
    if (ctx.handle.engine === 'pglite') expect(second.counts).toBe(first.counts);
  });
});
