import fs from 'node:fs';
import readline from 'node:readline';
import { once } from 'node:events';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Database, Engine } from '../../db/client.js';
import { dependencyOrder, EPHEMERAL_TABLES, listTables, migrationLevel, quoteIdent, rowCounts } from './catalog.js';
import { keyIdsInUse, keyUsage } from './key-usage.js';
import { insertRows, readRows, resetSequences, type Row } from './rows.js';

/**
 * The logical backup: gzip of JSON lines, written by the application itself (no pg_dump needed,
 * and readable by either engine). Lines: one header, then per table a `table` line and `rows`
 * batches in dependency order, then an `end` line with the counts. A file without its `end`
 * line (a copy cut short) is rejected on restore.
 */
export const LOGICAL_FORMAT = 'salvaguarda-logical';
export const LOGICAL_VERSION = 1;

export interface LogicalHeader {
  t: 'header';
  format: typeof LOGICAL_FORMAT;
  version: number;
  createdAt: string;
  engine: Engine;
  migrations: string[];
  /** Data keys the encrypted values need: the key file must hold them to read the restore. */
  keyIds: string[];
}
type Line =
  | LogicalHeader
  | { t: 'table'; name: string; columns: string[] }
  | { t: 'rows'; name: string; rows: Row[] }
  | { t: 'end'; counts: Record<string, number> };

export async function dumpLogical(db: Database, engine: Engine, file: string): Promise<Record<string, number>> {
  const gzip = zlib.createGzip();
  const out = fs.createWriteStream(file, { mode: 0o600 });
  gzip.pipe(out);
  const write = async (line: Line) => {
    if (!gzip.write(`${JSON.stringify(line)}\n`)) await once(gzip, 'drain');
  };
  const counts: Record<string, number> = {};
  // One repeatable-read transaction: every table is read at the same instant, even with the server running.
  await db.transaction(
    async (tx) => {
      const keyIds = keyIdsInUse(await keyUsage(tx));
      await write({
        t: 'header',
        format: LOGICAL_FORMAT,
        version: LOGICAL_VERSION,
        createdAt: new Date().toISOString(),
        engine,
        migrations: await migrationLevel(tx),
        keyIds,
      });
      for (const table of dependencyOrder(await listTables(tx))) {
        if (EPHEMERAL_TABLES.has(table.name)) continue;
        await write({ t: 'table', name: table.name, columns: table.columns });
        counts[table.name] = 0;
        for await (const rows of readRows(tx, table)) {
          counts[table.name]! += rows.length;
          await write({ t: 'rows', name: table.name, rows });
        }
      }
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  await write({ t: 'end', counts });
  gzip.end();
  await once(out, 'close');
  return counts;
}

async function* readLines(file: string): AsyncGenerator<Line> {
  const lines = readline.createInterface({
    input: fs.createReadStream(file).pipe(zlib.createGunzip()),
    crlfDelay: Infinity,
  });
  for await (const line of lines) if (line.trim()) yield JSON.parse(line) as Line;
}

export async function readLogicalHeader(file: string): Promise<LogicalHeader> {
  for await (const line of readLines(file)) {
    if (line.t === 'header' && line.format === LOGICAL_FORMAT) return line;
    break;
  }
  throw new Error('El archivo no es un respaldo lógico de Salvaguarda.');
}

/** The backup's migrations must be the first migrations of this code (same or newer schema). */
export function checkMigrationLevel(backup: string[], current: string[]): void {
  if (backup.length > current.length || backup.some((h, i) => current[i] !== h)) {
    throw new Error(
      'El respaldo proviene de otra versión del esquema; restáurelo con la versión de Salvaguarda que lo creó.',
    );
  }
}

/**
 * Restores into a database that nobody has used yet (no users, no audit entries), in ONE
 * transaction: a bad or truncated file leaves the database as it was.
 */
export async function restoreLogical(db: Database, file: string): Promise<Record<string, number>> {
  const header = await readLogicalHeader(file);
  if (header.version > LOGICAL_VERSION) throw new Error('El respaldo usa un formato más nuevo que esta versión.');
  checkMigrationLevel(header.migrations, await migrationLevel(db));
  const counts = await rowCounts(db, ['users', 'audit_log']).catch(() => ({}) as Record<string, number>);
  if (Object.values(counts).some((n) => n > 0)) {
    throw new Error('La base de datos de destino no está vacía: restaure en una base de datos nueva.');
  }
  const tables = new Map((await listTables(db)).map((t) => [t.name, t]));
  const restored: Record<string, number> = {};
  await db.transaction(async (tx) => {
    // Reference rows a migration may have inserted are replaced by the backup's own.
    const names = [...tables.keys()].filter((n) => !EPHEMERAL_TABLES.has(n)).map(quoteIdent);
    if (names.length) await tx.execute(sql.raw(`truncate ${names.join(', ')} cascade`));
    let end: Record<string, number> | undefined;
    const columns = new Map<string, string[]>();
    for await (const line of readLines(file)) {
      if (line.t === 'table') {
        const target = tables.get(line.name);
        if (!target) throw new Error(`La tabla ${line.name} del respaldo no existe en esta versión.`);
        columns.set(
          line.name,
          line.columns.filter((c) => target.columns.includes(c)),
        );
        restored[line.name] = 0;
      } else if (line.t === 'rows') {
        await insertRows(tx, line.name, columns.get(line.name) ?? [], line.rows);
        restored[line.name]! += line.rows.length;
      } else if (line.t === 'end') end = line.counts;
    }
    if (!end) throw new Error('El respaldo está incompleto (falta el cierre); no se restauró nada.');
    for (const [name, n] of Object.entries(end)) {
      if (restored[name] !== n)
        throw new Error(`El respaldo está dañado: ${name} tiene ${restored[name] ?? 0} filas de ${n}.`);
    }
    for (const name of Object.keys(restored)) await resetSequences(tx, tables.get(name)!);
  });
  return restored;
}
