import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { drizzle } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.js';
import * as schema from '../../db/schema.js';
import { openDatabase, type Database, type DatabaseHandle } from '../../db/client.js';
import { migrate } from '../../db/migrate.js';
import { sealAuditTrail, verifyAuditChain } from '../audit/trail.js';
import { createFieldCrypto } from '../crypto/fields.js';
import { keyRingFromFile, newKeyFile } from '../crypto/keys.js';
import { createBackup, detectFormat, loadPgliteBackup, restoreLogicalBackup } from './backup.js';
import { rowCounts } from './catalog.js';
import { seedOpsFixture } from './fixtures.js';
import { snapshotTables } from './rows.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-backup-'));
const crypto = createFieldCrypto(keyRingFromFile(newKeyFile()));
const trail = { keys: crypto.auditKeys };
/** Seals (as the server or the restore command would) and verifies with the audit key. */
async function sealAndVerify(db: Database) {
  await sealAuditTrail(db, trail);
  return verifyAuditChain(db, trail);
}
let source: DatabaseHandle;
let logicalFile: string;
let before: Record<string, string[]>;

beforeAll(async () => {
  source = await createTestDatabase();
  await seedOpsFixture(source.db, crypto);
  logicalFile = path.join(dir, 'logical.sgz');
  await sealAuditTrail(source.db, trail);
  await createBackup(source, logicalFile, { logical: true });
  before = await snapshotTables(source.db);
});
afterAll(async () => {
  await source?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The restored audit trail ends with its own 'restore' entry; everything before it must be identical. */
function withoutRestoreEntry(snap: Record<string, string[]>) {
  return { ...snap, audit_log: snap.audit_log!.filter((l) => !l.includes('"action":"restore"')) };
}

describe('logical backup and restore', () => {
  it('restores every table exactly into an empty database, with an intact audit chain', async () => {
    const target = await createTestDatabase();
    try {
      expect(await detectFormat(logicalFile)).toBe('logical');
      await restoreLogicalBackup(target, logicalFile);
      const after = await snapshotTables(target.db);
      expect(before.users!.length).toBe(12);
      expect(before.audit_log!.length).toBeGreaterThan(12);
      expect(withoutRestoreEntry(after)).toEqual(before);
      expect(after.audit_log!.length).toBe(before.audit_log!.length + 1);
      const chain = await sealAndVerify(target.db);
      expect(chain.ok).toBe(true);
      expect(chain.checked).toBe(after.audit_log!.length);
    } finally {
      await target.close();
    }
  });

  it('refuses a database already in use', async () => {
    const target = await createTestDatabase();
    try {
      await restoreLogicalBackup(target, logicalFile);
      await expect(restoreLogicalBackup(target, logicalFile)).rejects.toThrow(/no está vacía/);
    } finally {
      await target.close();
    }
  });

  it('rejects a truncated file and leaves the database untouched', async () => {
    const full = zlib.gunzipSync(fs.readFileSync(logicalFile)).toString('utf8').split('\n').filter(Boolean);
    const cut = path.join(dir, 'cut.sgz');
    fs.writeFileSync(cut, zlib.gzipSync(full.slice(0, -2).join('\n')));
    const target = await createTestDatabase();
    try {
      const empty = await rowCounts(target.db);
      await expect(restoreLogicalBackup(target, cut)).rejects.toThrow(/incompleto/);
      expect(await rowCounts(target.db)).toEqual(empty);
    } finally {
      await target.close();
    }
  });

  it('refuses a backup from an unknown schema version', async () => {
    const lines = zlib.gunzipSync(fs.readFileSync(logicalFile)).toString('utf8').split('\n');
    const header = JSON.parse(lines[0]!);
    lines[0] = JSON.stringify({ ...header, migrations: ['not-a-migration-of-this-code'] });
    const other = path.join(dir, 'other.sgz');
    fs.writeFileSync(other, zlib.gzipSync(lines.join('\n')));
    const target = await createTestDatabase();
    try {
      await expect(restoreLogicalBackup(target, other)).rejects.toThrow(/otra versión/);
    } finally {
      await target.close();
    }
  });

  it('rejects a file that is not a backup', async () => {
    const junk = path.join(dir, 'junk');
    fs.writeFileSync(junk, 'hola');
    await expect(detectFormat(junk)).rejects.toThrow();
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('across engines', () => {
  it('moves an embedded database to PostgreSQL through a logical backup', async () => {
    const embedded = await openDatabase({});
    await migrate(embedded);
    const target = await createTestDatabase(); // PostgreSQL here
    try {
      await seedOpsFixture(embedded.db, crypto, 3);
      await sealAuditTrail(embedded.db, trail);
      const file = path.join(dir, 'pglite-to-pg.sgz');
      await createBackup(embedded, file, { logical: true });
      const expected = await snapshotTables(embedded.db);
      await restoreLogicalBackup(target, file);
      expect(target.engine).toBe('postgres');
      expect(withoutRestoreEntry(await snapshotTables(target.db))).toEqual(expected);
      expect((await sealAndVerify(target.db)).ok).toBe(true);
    } finally {
      await embedded.close();
      await target.close();
    }
  });
});

describe.skipIf(!!process.env.TEST_DATABASE_URL)('PGlite data-directory backup', () => {
  it('loads back as an identical database', async () => {
    const file = path.join(dir, 'datadir.tar.gz');
    const result = await createBackup(source, file);
    expect(result.format).toBe('pglite-datadir');
    expect(await detectFormat(file)).toBe('pglite-datadir');
    const expected = await snapshotTables(source.db); // includes the 'backup' audit entry just written
    const pglite = await loadPgliteBackup(file);
    try {
      const db = drizzle(pglite, { schema }) as unknown as Database;
      expect(await snapshotTables(db)).toEqual(expected);
      expect((await verifyAuditChain(db, trail)).ok).toBe(true);
    } finally {
      await pglite.close();
    }
  });

  it('refuses to load into a data directory that is not empty', async () => {
    const file = path.join(dir, 'datadir.tar.gz');
    const busy = path.join(dir, 'busy');
    fs.mkdirSync(busy);
    fs.writeFileSync(path.join(busy, 'PG_VERSION'), '17');
    await expect(loadPgliteBackup(file, busy)).rejects.toThrow(/no está vacío/);
  });
});
