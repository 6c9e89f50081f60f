import { sql } from 'drizzle-orm';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFieldCrypto } from '../../src/server/platform/crypto/fields.js';
import {
  keyRingFromEnvKey,
  keyRingFromFile,
  newKeyFile,
  readKeyFile,
  writeKeyFile,
} from '../../src/server/platform/crypto/keys.js';
import { keyUsage } from '../../src/server/platform/ops/key-usage.js';
import { seedOpsFixture } from '../../src/server/platform/ops/fixtures.js';
import { snapshotTables } from '../../src/server/platform/ops/rows.js';
import {
  migratedInstallation,
  newInstallation,
  openInstallation,
  spawnCli,
  startServer,
  type Installation,
} from './support/process.js';

/** The operations commands as an operator runs them: separate processes on a real data directory. */
const installs: Installation[] = [];
afterAll(() => installs.forEach((i) => i.remove()));
/** An empty installation (no data directory yet): a restore target. */
const install = (env: NodeJS.ProcessEnv = {}) => {
  const i = newInstallation();
  Object.assign(i.env, env);
  installs.push(i);
  return i;
};
/** An installation already initialised and migrated, as after its first start. */
const installMigrated = async () => {
  const i = await migratedInstallation();
  installs.push(i);
  return i;
};

async function cli(inst: Installation, ...args: string[]) {
  const run = spawnCli(inst, args);
  const { code } = await run.exited;
  return { code, out: run.output() };
}

describe('backup / restore / audit verify commands', () => {
  it('round-trips a PGlite installation through both backup formats', { timeout: 180_000 }, async () => {
    const source = await installMigrated();
    let before: Record<string, string[]>;
    {
      const handle = await openInstallation(source);
      await seedOpsFixture(handle.db, createFieldCrypto(keyRingFromEnvKey(source.env.SALVAGUARDA_DATA_KEY!)), 5);
      await handle.close();
    }
    // Seals the fixture's entries (as the server would), so they are backed up sealed.
    expect((await cli(source, 'audit', 'verify')).code).toBe(0);
    const physical = path.join(source.dir, 'backup.tar.gz');
    const logical = path.join(source.dir, 'backup.sgz');
    expect((await cli(source, 'backup', physical)).code).toBe(0);
    expect((await cli(source, 'backup', logical, '--logical')).code).toBe(0);
    {
      const handle = await openInstallation(source);
      before = await snapshotTables(handle.db);
      await handle.close();
    }
    for (const file of [physical, logical]) {
      const target = install({ SALVAGUARDA_DATA_KEY: source.env.SALVAGUARDA_DATA_KEY });
      const restored = await cli(target, 'restore', file);
      expect(restored.code, restored.out).toBe(0);
      expect(restored.out).toMatch(/Bitácora íntegra/);
      expect((await cli(target, 'audit', 'verify')).code).toBe(0);
      const handle = await openInstallation(target);
      const after = await snapshotTables(handle.db);
      await handle.close();
      // Identical apart from the trail entries the backup and restore commands add about themselves.
      const strip = (s: Record<string, string[]>) => ({
        ...s,
        audit_log: s.audit_log!.filter((l) => !/"action":"(backup|restore)"/.test(l)),
      });
      expect(strip(after)).toEqual(strip(before));
      expect(after.audit_log!.some((l) => l.includes('"action":"restore"'))).toBe(true);
      // Restoring twice is refused: the target is no longer empty.
      if (file === logical) expect((await cli(target, 'restore', file)).code).not.toBe(0);
    }
  });
});

describe('audit verify against SQL tampering', () => {
  it('exits non-zero after the newest entry, then every entry, is deleted with SQL', { timeout: 120_000 }, async () => {
    const inst = await installMigrated();
    {
      const handle = await openInstallation(inst);
      await seedOpsFixture(handle.db, createFieldCrypto(keyRingFromEnvKey(inst.env.SALVAGUARDA_DATA_KEY!)), 2);
      await handle.close();
    }
    const first = await cli(inst, 'audit', 'verify');
    expect(first.code, first.out).toBe(0);
    expect(first.out).toMatch(/ancla externa hasta la secuencia \d+/);
    for (const statement of [
      'delete from audit_log where seq = (select max(seq) from audit_log)',
      'delete from audit_log',
    ]) {
      const handle = await openInstallation(inst);
      await handle.db.execute(sql.raw(statement));
      await handle.close();
      const run = await cli(inst, 'audit', 'verify');
      expect(run.code, `${statement}: ${run.out}`).toBe(1);
      expect(run.out).toMatch(/faltan los registros más recientes/);
    }
  });
});

describe('next to a running server', () => {
  it('backup, restore and keys rotate refuse to touch a live embedded installation', { timeout: 120_000 }, async () => {
    const inst = await installMigrated();
    const server = await startServer(inst);
    try {
      for (const args of [
        ['backup', path.join(inst.dir, 'b.tgz')],
        ['restore', path.join(inst.dir, 'b.tgz')],
        ['keys', 'rotate'],
        ['audit', 'verify'],
      ]) {
        const run = await cli(inst, ...args);
        expect(run.code, `${args.join(' ')}: ${run.out}`).toBe(2);
        expect(run.out).toMatch(/detenga|deténgalo/i);
      }
    } finally {
      await server.kill('SIGTERM');
    }
  });
});

describe('keys commands', () => {
  it(
    'rotate re-encrypts everything, remove-old drops the old key, values stay readable',
    { timeout: 120_000 },
    async () => {
      const inst = await installMigrated();
      const keyFile = path.join(inst.dir, 'keys.json');
      delete inst.env.SALVAGUARDA_DATA_KEY;
      inst.env.SALVAGUARDA_KEY_FILE = keyFile;
      const keys = newKeyFile();
      writeKeyFile(keyFile, keys);
      let secrets: string[];
      {
        const handle = await openInstallation(inst);
        ({ secrets } = await seedOpsFixture(handle.db, createFieldCrypto(keyRingFromFile(keys)), 6));
        await handle.close();
      }
      const rotated = await cli(inst, 'keys', 'rotate', '--batch', '4');
      expect(rotated.code, rotated.out).toBe(0);
      const removed = await cli(inst, 'keys', 'remove-old');
      expect(removed.code, removed.out).toBe(0);
      expect(removed.out).toMatch(/k1/);
      const file = readKeyFile(keyFile);
      expect(Object.keys(file.keys)).toEqual(['k2']);
      const handle = await openInstallation(inst);
      try {
        for (const u of await keyUsage(handle.db)) expect(Object.keys(u.byKey).filter((k) => k !== 'k2')).toEqual([]);
        const crypto = createFieldCrypto(keyRingFromFile(file));
        const snap = await snapshotTables(handle.db);
        const plain = [
          ...snap.users!.map((l) => JSON.parse(l).totp_secret).filter(Boolean),
          ...snap.case_follow_ups!.map((l) => JSON.parse(l).note).filter(Boolean),
        ].map((v: string) => crypto.decrypt(v));
        expect(plain.sort()).toEqual([...secrets].sort());
      } finally {
        await handle.close();
      }
    },
  );
});
