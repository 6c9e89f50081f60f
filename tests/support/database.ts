import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from '../../src/server/db/client.js';
import { migrate, migrationsFolder } from '../../src/server/db/migrate.js';

/**
 * A fresh, migrated database for one test file: PGlite in memory by default, or a new database
 * on the PostgreSQL server named by TEST_DATABASE_URL (dropped again on close). `migrated: false`
 * leaves it empty (a migration's own test applies the files up to it).
 *
 * A migrated database is a copy of a template that the committed migrations built once: on
 * PostgreSQL a template database (`create database … template`), on PGlite a dump of a migrated
 * data directory kept in the temp dir. Both are named by a hash of the migration files, so a
 * changed or added migration builds a new template; the copy holds exactly what migrating gives,
 * drizzle's record of applied migrations included.
 */
export async function createTestDatabase(opts: { migrated?: boolean } = {}): Promise<DatabaseHandle> {
  const migrated = opts.migrated ?? true;
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    if (!migrated) return openDatabase({});
    return openDatabase({ loadDataDir: await migratedPgliteDump() });
  }
  const name = `sg_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    const template = migrated ? await postgresTemplate(admin, serverUrl) : undefined;
    await admin.unsafe(`create database ${name}${template ? ` template ${template}` : ''}`);
  } finally {
    await admin.end();
  }
  const handle = await openDatabase({ databaseUrl: urlOf(serverUrl, name), databasePoolSize: 5 });
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

/** A hash of every committed migration file (SQL and drizzle's journal): the templates' name. */
function migrationsHash(): string {
  const hash = crypto.createHash('sha256');
  const files = fs
    .readdirSync(migrationsFolder, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.sql') || f.endsWith('_journal.json'))
    .sort();
  for (const f of files)
    hash
      .update(f)
      .update('\0')
      .update(fs.readFileSync(path.join(migrationsFolder, f)));
  return hash.digest('hex').slice(0, 16);
}

function urlOf(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * The migrated template database on the server, built once under an advisory lock (test files run
 * two at a time, and other checkouts may share the server): migrated under a temporary name and
 * renamed when complete, so a half-built template is never used.
 */
async function postgresTemplate(admin: postgres.Sql, serverUrl: string): Promise<string> {
  const template = `sg_template_${migrationsHash()}`;
  const exists = async () => (await admin`select 1 from pg_database where datname = ${template}`).length > 0;
  if (await exists()) return template;
  await admin`select pg_advisory_lock(hashtext('salvaguarda test template'))`;
  try {
    if (await exists()) return template;
    const building = `${template}_${crypto.randomBytes(4).toString('hex')}`;
    await admin.unsafe(`create database ${building}`);
    try {
      const handle = await openDatabase({ databaseUrl: urlOf(serverUrl, building), databasePoolSize: 1 });
      try {
        await migrate(handle);
      } finally {
        await handle.close();
      }
      await admin.unsafe(`alter database ${building} rename to ${template}`);
    } catch (err) {
      await admin.unsafe(`drop database if exists ${building} with (force)`);
      throw err;
    }
  } finally {
    await admin`select pg_advisory_unlock(hashtext('salvaguarda test template'))`;
  }
  return template;
}

let pgliteDump: Promise<Blob> | undefined;

/**
 * The dump of a migrated PGlite data directory: read from the temp dir when a test file before
 * this one made it, else migrated here and written there (under a temporary name, then renamed).
 * `new PGlite(dir, { loadDataDir })` turns it into a data directory (the browser tests' servers).
 */
export function migratedPgliteDump(): Promise<Blob> {
  pgliteDump ??= (async () => {
    const pglitePackage = path.resolve(import.meta.dirname, '../../node_modules/@electric-sql/pglite/package.json');
    const pgliteVersion = (JSON.parse(fs.readFileSync(pglitePackage, 'utf8')) as { version: string }).version;
    const file = path.join(os.tmpdir(), `salvaguarda-test-template-${migrationsHash()}-pglite-${pgliteVersion}.tar`);
    if (fs.existsSync(file)) return new Blob([fs.readFileSync(file)]);
    const handle = await openDatabase({});
    try {
      await migrate(handle);
      const dump = await handle.pglite!.dumpDataDir('none');
      const partial = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
      fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
      fs.renameSync(partial, file);
      return dump;
    } finally {
      await handle.close();
    }
  })();
  return pgliteDump;
}
