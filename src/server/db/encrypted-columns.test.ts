// The registry of encrypted columns is derived from the schema; this checks it against the data:
// after every demo seeder ran, each column of the database that holds an encrypted value is in it.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../tests/support/context.js';
import { demoSeeders } from '../demo/index.js';
import { registry } from '../features/index.js';
import { quoteIdent } from '../platform/ops/catalog.js';
import { rowsOf } from './client.js';
import { encryptedColumns } from './encrypted-columns.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  for (const seeder of demoSeeders(registry)) await seeder.seed(ctx.deps);
}, 240_000);
afterAll(async () => ctx?.close());

describe('encrypted columns', () => {
  it('registers every column of the database that holds an encrypted value', async () => {
    const db = ctx.handle.db;
    const columns = rowsOf<{ table_name: string; column_name: string }>(
      await db.execute(sql`select table_name, column_name from information_schema.columns
        where table_schema = 'public' and data_type = 'text' order by 1, 2`),
    );
    const holding: string[] = [];
    for (const c of columns) {
      const [row] = rowsOf<{ hit: boolean }>(
        await db.execute(
          sql.raw(`select exists (select 1 from ${quoteIdent(c.table_name)}
            where ${quoteIdent(c.column_name)} like 'enc1.%') as hit`),
        ),
      );
      if (row?.hit) holding.push(`${c.table_name}.${c.column_name}`);
    }
    const registered = encryptedColumns.map((c) => `${c.table}.${c.column}`);
    expect(holding.length).toBeGreaterThan(5);
    expect(holding.filter((c) => !registered.includes(c))).toEqual([]);
  });

  it('finds the columns declared with encryptedText, with their primary key', () => {
    expect(encryptedColumns).toContainEqual({ table: 'beneficiaries', idColumn: 'id', column: 'name_enc' });
    expect(encryptedColumns).toContainEqual({
      table: 'information_request_details',
      idColumn: 'request_id',
      column: 'requester_name_enc',
    });
  });
});
