import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import { withPreparedStatements } from './prepared.js';
import * as schema from './schema.js';

export type Schema = typeof schema;
/** One Drizzle handle type for both engines; a transaction is also a Database. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Engine = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Database;
  engine: Engine;
  close(): Promise<void>;
  /** The raw PGlite instance (embedded engine only): used by backup/restore. */
  pglite?: PGlite;
}

export interface OpenOptions {
  databaseUrl?: string;
  /** Data directory for PGlite; undefined = in memory (tests only). */
  dataDir?: string;
  /**
   * postgres.js pool size (`DATABASE_POOL_SIZE`); twice the cores by default. Named as in `Config`,
   * so the commands and the server pass their configuration as it is.
   */
  databasePoolSize?: number;
  /** In-memory PGlite started from a dump of a data directory (`dumpDataDir`): tests' migrated template. */
  loadDataDir?: Blob;
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const client = postgres(options.databaseUrl, {
      max: options.databasePoolSize ?? defaultPoolSize(),
      onnotice: () => {},
      // No JIT: the product's queries are short lookups and small aggregates whose JIT compilation
      // costs more than running them (~60 ms per report aggregate; docs/performance.md). Sent as a
      // startup parameter, so it holds for every pooled connection (a `?jit=on` in the URL overrides it).
      connection: { jit: 'off' },
      // Dates stay strings: business dates are calendar dates, never shifted by time zones.
      types: { date: { to: 1082, from: [1082], serialize: (x: string) => x, parse: (x: string) => x } },
    });
    const db = drizzlePostgres(withPreparedStatements(client), { schema }) as unknown as Database;
    return { db, engine: 'postgres', close: () => client.end({ timeout: 5 }) };
  }
  if (options.dataDir) await createDataDirAtomically(options.dataDir);
  const pglite = options.dataDir
    ? new PGlite(options.dataDir)
    : new PGlite(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  await pglite.waitReady;
  const db = drizzlePglite(pglite, { schema }) as unknown as Database;
  return { db, engine: 'pglite', pglite, close: () => pglite.close() };
}

/**
 * A new PGlite data directory is initialised beside the target and renamed into place, so a
 * process killed during the first start never leaves a half-made directory that cannot open.
 */
async function createDataDirAtomically(dataDir: string): Promise<void> {
  const exists = fs.existsSync(dataDir);
  if (exists && fs.readdirSync(dataDir).length > 0) return;
  const parent = path.dirname(path.resolve(dataDir));
  fs.mkdirSync(parent, { recursive: true });
  const staging = fs.mkdtempSync(path.join(parent, `.${path.basename(dataDir)}.creating-`));
  const fresh = new PGlite(staging);
  await fresh.waitReady;
  await fresh.close();
  if (exists) fs.rmdirSync(dataDir);
  fs.renameSync(staging, dataDir);
}

/**
 * Connections per process: twice the cores (PostgreSQL's wiki, "Number Of Database Connections"),
 * at least 4 and at most 20. On the 2-core benchmark machine 4 connections served the case list
 * and the case page 10–15 % faster than 10, with a lower p99 (docs/performance.md).
 * DATABASE_POOL_SIZE (config.ts) overrides it.
 */
export function defaultPoolSize(cores = os.availableParallelism()): number {
  return Math.min(20, Math.max(4, 2 * cores));
}

/** Rows of a `db.execute(sql…)` result, whichever engine produced it. */
export function rowsOf<T = Record<string, unknown>>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
