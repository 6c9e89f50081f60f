import crypto from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from '../../src/server/db/client.js';
import { migrate } from '../../src/server/db/migrate.js';

/**
 * A fresh, migrated database for one test file: PGlite in memory by default, or a new database
 * on the PostgreSQL server named by TEST_DATABASE_URL (dropped again on close). `migrated: false`
 * leaves it empty (a migration's own test applies the files up to it).
 */
export async function createTestDatabase(opts: { migrated?: boolean } = {}): Promise<DatabaseHandle> {
  const migrated = opts.migrated ?? true;
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const handle = await openDatabase({});
    if (migrated) await migrate(handle);
    return handle;
  }
  const name = `sg_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), maxConnections: 5 });
  if (migrated) await migrate(handle);
  return {
    ...handle,
    async close() {
      await handle.close();
      const again = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await again.unsafe(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}
