import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/database.js';
import { rowsOf, type DatabaseHandle } from './client.js';

// PostgreSQL only (PGlite has no JIT): the product's connections run with JIT off.
describe.skipIf(!process.env.TEST_DATABASE_URL)('PostgreSQL connections', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(); // through openDatabase, like the product
  });
  afterAll(async () => {
    await handle?.close();
  });

  const jitOf = async (db: DatabaseHandle['db']) => rowsOf<{ jit: string }>(await db.execute(sql`show jit`))[0]?.jit;

  it('have JIT off on every pooled connection and inside transactions', async () => {
    expect(handle.engine).toBe('postgres');
    // Concurrent queries open several connections of the pool (5 in tests).
    const seen = await Promise.all(
      Array.from({ length: 8 }, () =>
        handle.db.transaction(async (tx) => {
          await tx.execute(sql`select pg_sleep(0.05)`);
          return jitOf(tx);
        }),
      ),
    );
    expect(seen).toEqual(Array(8).fill('off'));
    expect(await jitOf(handle.db)).toBe('off');
  });

  it('plan no JIT even for a query above every JIT cost threshold', async () => {
    const plan = await handle.db.transaction(async (tx) => {
      await tx.execute(sql`set local jit_above_cost = 0`);
      await tx.execute(sql`set local jit_inline_above_cost = 0`);
      await tx.execute(sql`set local jit_optimize_above_cost = 0`);
      const rows = rowsOf<Record<string, string>>(
        await tx.execute(
          sql`explain (analyze, format text) select count(*) from generate_series(1, 1000) g where g % 7 = 0`,
        ),
      );
      return rows.map((r) => Object.values(r)[0]).join('\n');
    });
    expect(plan).toMatch(/Aggregate/);
    expect(plan).not.toMatch(/JIT/);
  });
});
