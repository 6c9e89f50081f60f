import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../../db/client.js';
import { stableStringify } from '../audit/audit.js';
import { EPHEMERAL_TABLES, listTables, quoteIdent, type TableInfo } from './catalog.js';

export type Row = Record<string, unknown>;

/**
 * Reads a table in primary-key order, `batchSize` rows at a time (keyset pagination, so the cost
 * stays linear on big tables). Rows are PostgreSQL's own JSON rendering (`to_jsonb`), which
 * `jsonb_populate_recordset` reads back exactly: dates, arrays, jsonb and timestamps round-trip.
 */
export async function* readRows(db: Database, table: TableInfo, batchSize = 1000): AsyncGenerator<Row[]> {
  const t = quoteIdent(table.name);
  if (table.primaryKey.length === 0) {
    // No key to page on: one read (no product table is like this; kept for safety).
    const rows = rowsOf<{ r: Row }>(await db.execute(sql.raw(`select to_jsonb(x) as r from ${t} x`))).map((r) => r.r);
    if (rows.length) yield rows;
    return;
  }
  const keyList = table.primaryKey.map((c) => `x.${quoteIdent(c)}`).join(', ');
  const lastList = table.primaryKey.map((c) => `l.${quoteIdent(c)}`).join(', ');
  let last: Row | undefined;
  for (;;) {
    const after = last
      ? sql` where (${sql.raw(keyList)}) > (select ${sql.raw(lastList)} from jsonb_populate_record(null::${sql.raw(t)}, ${JSON.stringify(last)}::jsonb) l)`
      : sql``;
    const query = sql`select to_jsonb(x) as r from ${sql.raw(t)} x${after} order by ${sql.raw(keyList)} limit ${batchSize}`;
    const rows = rowsOf<{ r: Row }>(await db.execute(query)).map((r) => r.r);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < batchSize) return;
    last = rows[rows.length - 1];
  }
}

/** Inserts rows given in `to_jsonb` form; only the named columns, so newer columns take their defaults. */
export async function insertRows(db: Database, table: string, columns: string[], rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const cols = columns.map(quoteIdent).join(', ');
  const t = quoteIdent(table);
  await db.execute(
    sql`insert into ${sql.raw(t)} (${sql.raw(cols)}) overriding system value
      select ${sql.raw(cols)} from jsonb_populate_recordset(null::${sql.raw(t)}, ${JSON.stringify(rows)}::jsonb)`,
  );
}

/** Moves serial/identity sequences past the restored ids, so new rows do not collide. */
export async function resetSequences(db: Database, table: TableInfo): Promise<void> {
  for (const [column, seq] of Object.entries(table.sequences)) {
    await db.execute(
      sql.raw(
        `select setval('${seq.replace(/'/g, "''")}', coalesce((select max(${quoteIdent(column)}) from ${quoteIdent(table.name)}), 0) + 1, false)`,
      ),
    );
  }
}

/**
 * Every row of every non-ephemeral table as canonical JSON lines, sorted: two databases with equal
 * snapshots hold the same data. Used by the restore and fault tests.
 */
export async function snapshotTables(db: Database): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of await listTables(db)) {
    if (EPHEMERAL_TABLES.has(table.name)) continue;
    const lines: string[] = [];
    for await (const batch of readRows(db, table, 5000)) for (const row of batch) lines.push(stableStringify(row));
    out[table.name] = lines.sort();
  }
  return out;
}
