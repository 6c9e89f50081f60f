import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from '../../src/server/db/client.js';
import { migrate } from '../../src/server/db/migrate.js';

/** A fresh migrated database: PGlite in memory, or a throwaway database on BENCH_DATABASE_URL's server. */
export async function freshDatabase(): Promise<DatabaseHandle> {
  const server = process.env.BENCH_DATABASE_URL;
  if (!server) {
    // BENCH_PGLITE_DIR: a data directory on disk instead of memory (scale L does not fit the WASM heap).
    const parent = process.env.BENCH_PGLITE_DIR;
    const dataDir = parent ? fs.mkdtempSync(path.join(parent, 'sg-bench-')) : undefined;
    const handle = await openDatabase(dataDir ? { dataDir } : {});
    await migrate(handle);
    if (!dataDir) return handle;
    return {
      ...handle,
      async close() {
        await handle.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `sg_bench_${crypto.randomBytes(5).toString('hex')}`;
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  // The product's own pool size (db/client.ts defaultPoolSize).
  const handle = await openDatabase({ databaseUrl: url.toString() });
  await migrate(handle);
  return {
    ...handle,
    async close() {
      await handle.close();
      const again = postgres(server, { max: 1, onnotice: () => {} });
      await again.unsafe(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}
