import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/database.js';
import { openDatabase, rowsOf, type DatabaseHandle } from './client.js';
import { PREPARE_MAX_PARAMS } from './prepared.js';

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

  const preparedLike = async (db: DatabaseHandle['db'], marker: string) =>
    rowsOf<{ n: string | number }>(
      await db.execute(
        sql`select count(*) as n from pg_prepared_statements where statement like ${`%${marker}%`} and statement not like '%pg_prepared_statements%'`,
      ),
    )[0]!.n;

  it('prepare the statements Drizzle sends, on the pool and inside transactions (not bulk ones)', async () => {
    // One pooled connection, so the check sees the connection that ran the statement.
    const single = await openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL!, databasePoolSize: 1 });
    try {
      for (let i = 0; i < 3; i++) await single.db.execute(sql`select ${i}::int + 1 as pool_marker`);
      expect(Number(await preparedLike(single.db, 'pool_marker'))).toBe(1);
      const inTx = await single.db.transaction(async (tx) => {
        await tx.execute(sql`select ${1}::int as tx_marker`);
        await tx.transaction(async (sp) => sp.execute(sql`select ${2}::int as savepoint_marker`));
        return [await preparedLike(tx, 'tx_marker'), await preparedLike(tx, 'savepoint_marker')];
      });
      expect(inTx.map(Number)).toEqual([1, 1]);
      // A statement with many parameters (a bulk insert) is sent unprepared; its answer is the same.
      const many = Array.from({ length: PREPARE_MAX_PARAMS + 1 }, (_, i) => sql`${i}::int`);
      const [row] = rowsOf<{ total: number }>(
        await single.db.execute(sql`select (${sql.join(many, sql` + `)}) as total, 'bulk_marker' as m`),
      );
      expect(Number(row!.total)).toBe(((PREPARE_MAX_PARAMS + 1) * PREPARE_MAX_PARAMS) / 2);
      expect(Number(await preparedLike(single.db, 'bulk_marker'))).toBe(0);
      // Statements without parameters keep the simple protocol: several in one text still run.
      await single.db.execute(sql.raw('select 1; select 2'));
    } finally {
      await single.close();
    }
  });
});
