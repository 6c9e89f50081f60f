import crypto from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from '../../src/server/db/client.js';
import { migrate } from '../../src/server/db/migrate.js';

/** A fresh migrated database: PGlite in memory, or a throwaway database on BENCH_DATABASE_URL's server. */
export async function freshDatabase(): Promise<DatabaseHandle> {
  const server = process.env.BENCH_DATABASE_URL;
  if (!server) {
    const handle = await openDatabase({});
    await migrate(handle);
    return handle;
  }
  const name = `sg_bench_${crypto.randomBytes(5).toString('hex')}`;
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), maxConnections: 10 });
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
