import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../../db/client.js';
import { encryptedColumns, type EncryptedColumn } from '../../db/encrypted-columns.js';
import { quoteIdent } from './catalog.js';

export interface KeyUsage {
  table: string;
  column: string;
  /** key id -> number of values encrypted with it */
  byKey: Record<string, number>;
}

/** Registered columns whose table exists in this database (a feature may register ahead of its migration). */
export async function presentEncryptedColumns(db: Database): Promise<EncryptedColumn[]> {
  const out: EncryptedColumn[] = [];
  for (const c of encryptedColumns) {
    const [row] = rowsOf<{ ok: boolean }>(
      await db.execute(sql`select exists (select 1 from information_schema.columns
        where table_schema = 'public' and table_name = ${c.table} and column_name = ${c.column}) as ok`),
    );
    if (row?.ok) out.push(c);
  }
  return out;
}

/** How many values of each encrypted column each data key protects (`enc1.<keyId>.…`). */
export async function keyUsage(db: Database): Promise<KeyUsage[]> {
  const out: KeyUsage[] = [];
  for (const c of await presentEncryptedColumns(db)) {
    const col = quoteIdent(c.column);
    const rows = rowsOf<{ key: string; n: number }>(
      await db.execute(
        sql.raw(`select split_part(${col}, '.', 2) as key, count(*)::int as n from ${quoteIdent(c.table)}
          where ${col} is not null group by 1 order by 1`),
      ),
    );
    out.push({ table: c.table, column: c.column, byKey: Object.fromEntries(rows.map((r) => [r.key, Number(r.n)])) });
  }
  return out;
}

export function keyIdsInUse(usage: KeyUsage[]): string[] {
  return [...new Set(usage.flatMap((u) => Object.keys(u.byKey)))].sort();
}

/**
 * Text columns anywhere in the database (registered or not) holding a value under one of these
 * keys: the last check before a key is deleted, so a column that escaped the registry cannot lose
 * its data with the key.
 */
export async function valuesUnderKeysAnywhere(
  db: Database,
  keyIds: string[],
): Promise<Array<{ table: string; column: string; keyId: string }>> {
  if (keyIds.length === 0) return [];
  const columns = rowsOf<{ table_name: string; column_name: string }>(
    await db.execute(sql`select table_name, column_name from information_schema.columns
      where table_schema = 'public' and data_type in ('text', 'character varying') order by 1, 2`),
  );
  const found: Array<{ table: string; column: string; keyId: string }> = [];
  for (const c of columns) {
    const col = quoteIdent(c.column_name);
    for (const keyId of keyIds) {
      const [row] = rowsOf<{ hit: boolean }>(
        await db.execute(
          sql`select exists (select 1 from ${sql.raw(quoteIdent(c.table_name))}
            where ${sql.raw(col)} like ${`enc1.${keyId}.%`}) as hit`,
        ),
      );
      if (row?.hit) found.push({ table: c.table_name, column: c.column_name, keyId });
    }
  }
  return found;
}
