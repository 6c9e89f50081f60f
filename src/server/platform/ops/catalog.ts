import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../../db/client.js';

/**
 * What the database itself says about the product's tables (schema `public`), read from
 * pg_catalog so backup, restore and the tests follow every table any feature adds, without a list.
 */
export interface TableInfo {
  name: string;
  /** Insertable columns in ordinal order (generated columns left out). */
  columns: string[];
  primaryKey: string[];
  /** Tables this one references by foreign key (other than itself). */
  references: string[];
  selfReferencing: boolean;
  /** Single-column foreign keys: `column -> referenced table`. */
  foreignKeys: { column: string; target: string }[];
  /** Sequences behind serial/identity columns: `column -> sequence`. */
  sequences: Record<string, string>;
}

/** Tables whose rows are never backed up nor compared: they only hold live sign-ins. */
export const EPHEMERAL_TABLES = new Set(['sessions']);

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function listTables(db: Database): Promise<TableInfo[]> {
  const tables = rowsOf<{ name: string }>(
    await db.execute(sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition order by c.relname`),
  );
  const columns = rowsOf<{ table: string; column: string; seq: string | null }>(
    await db.execute(sql`select c.relname as "table", a.attname as "column",
        pg_get_serial_sequence(quote_ident(c.relname), a.attname) as seq
      from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
      order by c.relname, a.attnum`),
  );
  const keys = rowsOf<{ table: string; column: string }>(
    await db.execute(sql`select c.relname as "table", a.attname as "column"
      from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
      cross join lateral unnest(i.indkey) with ordinality as k(attnum, ord)
      join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
      where n.nspname = 'public' and i.indisprimary order by c.relname, k.ord`),
  );
  const fks = rowsOf<{ table: string; target: string; column: string | null }>(
    await db.execute(sql`select c.relname as "table", t.relname as target,
        case when array_length(k.conkey, 1) = 1 then (select a.attname from pg_attribute a where a.attrelid = c.oid and a.attnum = k.conkey[1]) end as "column"
      from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class t on t.oid = k.confrelid
      join pg_namespace n on n.oid = c.relnamespace
      where k.contype = 'f' and n.nspname = 'public'`),
  );
  return tables.map(({ name }) => {
    const own = columns.filter((c) => c.table === name);
    const targets = fks.filter((f) => f.table === name).map((f) => f.target);
    return {
      name,
      columns: own.map((c) => c.column),
      primaryKey: keys.filter((k) => k.table === name).map((k) => k.column),
      references: [...new Set(targets.filter((t) => t !== name))],
      selfReferencing: targets.includes(name),
      foreignKeys: fks
        .filter((f) => f.table === name && f.column)
        .map((f) => ({ column: f.column!, target: f.target })),
      sequences: Object.fromEntries(own.filter((c) => c.seq).map((c) => [c.column, c.seq!])),
    };
  });
}

/** Parents before children, so rows can be inserted with foreign keys checked. Throws on a cycle. */
export function dependencyOrder(tables: TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const out: TableInfo[] = [];
  const visit = (t: TableInfo) => {
    if (done.has(t.name)) return;
    if (visiting.has(t.name)) throw new Error(`Dependencia circular entre tablas: ${t.name}`);
    visiting.add(t.name);
    for (const r of t.references) {
      const parent = byName.get(r);
      if (parent) visit(parent);
    }
    visiting.delete(t.name);
    done.add(t.name);
    out.push(t);
  };
  for (const t of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(t);
  return out;
}

/** Row counts of every table in one round trip (used after hostile requests and faults). */
export async function rowCounts(db: Database, tables?: string[]): Promise<Record<string, number>> {
  const names = tables ?? (await listTables(db)).map((t) => t.name);
  if (names.length === 0) return {};
  const parts = names.map((n, i) => `(select count(*) from ${quoteIdent(n)})::int as c${i}`);
  const [row] = rowsOf<Record<string, number>>(await db.execute(sql.raw(`select ${parts.join(', ')}`)));
  return Object.fromEntries(names.map((n, i) => [n, Number(row?.[`c${i}`] ?? 0)]));
}

/** Applied drizzle migrations (hashes, oldest first): the schema level a backup was taken at. */
export async function migrationLevel(db: Database): Promise<string[]> {
  const exists = rowsOf<{ ok: boolean }>(
    await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as ok`),
  );
  if (!exists[0]?.ok) return [];
  const rows = rowsOf<{ hash: string }>(
    await db.execute(sql`select hash from drizzle.__drizzle_migrations order by id`),
  );
  return rows.map((r) => r.hash);
}
