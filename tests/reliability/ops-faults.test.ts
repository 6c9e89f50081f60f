import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { users } from '../../src/server/platform/auth/auth.schema.js';
import { createFieldCrypto } from '../../src/server/platform/crypto/fields.js';
import { keyRingFromFile, newKeyFile, readKeyFile, writeKeyFile } from '../../src/server/platform/crypto/keys.js';
import { keyUsage } from '../../src/server/platform/ops/key-usage.js';
import {
  migratedInstallation,
  newInstallation,
  openInstallation,
  sleep,
  spawnCli,
  type Installation,
} from './support/process.js';

/**
 * Operations commands killed midway. `keys rotate`: the key file was written first, so every value
 * is still readable (old or new key), and `keys reencrypt` finishes the job. `backup`: the file is
 * written aside and renamed, so a killed backup never leaves a file under the real name.
 */
const installs: Installation[] = [];
let shared: Installation | undefined;
afterAll(() => installs.forEach((i) => i.remove()));

describe('operations commands under SIGKILL', () => {
  it('leaves every value readable and `keys reencrypt` completes the rotation', { timeout: 180_000 }, async () => {
    const inst = await migratedInstallation();
    installs.push(inst);
    shared = inst;
    const keyFile = path.join(inst.dir, 'keys.json');
    delete inst.env.SALVAGUARDA_DATA_KEY;
    inst.env.SALVAGUARDA_KEY_FILE = keyFile;
    const keys = newKeyFile();
    writeKeyFile(keyFile, keys);
    const crypto = createFieldCrypto(keyRingFromFile(keys));
    const N = 6000;
    const secrets = Array.from({ length: N }, (_, i) => `SECRETO${i}`);
    {
      const handle = await openInstallation(inst);
      for (let i = 0; i < N; i += 500) {
        await handle.db.insert(users).values(
          secrets.slice(i, i + 500).map((s, j) => ({
            username: `k.${i + j}`,
            displayName: 'x',
            passwordHash: '!',
            totpSecret: crypto.encrypt(s),
          })),
        );
      }
      await handle.close();
    }

    const run = spawnCli(inst, ['keys', 'rotate', '--batch', '20']);
    // The key file changes first; kill once re-encryption has had a moment to start.
    const deadline = Date.now() + 90_000;
    while (readKeyFile(keyFile).current === 'k1' && run.exitCode === null && Date.now() < deadline) await sleep(20);
    await sleep(400);
    const killed = run.exitCode === null;
    if (killed) run.kill('SIGKILL');
    await run.exited;

    const readAll = async () => {
      const handle = await openInstallation(inst);
      try {
        const ring = createFieldCrypto(keyRingFromFile(readKeyFile(keyFile)));
        const rows = await handle.db.select({ v: users.totpSecret }).from(users);
        const usage = (await keyUsage(handle.db)).find((u) => u.column === 'totp_secret')!.byKey;
        return { plain: rows.map((r) => ring.decrypt(r.v!)).sort(), usage };
      } finally {
        await handle.close();
      }
    };
    const midway = await readAll();
    expect(midway.plain).toEqual([...secrets].sort());
    console.log(`keys rotate ${killed ? 'killed' : 'finished'}: ${JSON.stringify(midway.usage)}`);

    const finish = spawnCli(inst, ['keys', 'reencrypt']);
    expect((await finish.exited).code, finish.output()).toBe(0);
    const done = await readAll();
    expect(done.usage).toEqual({ k2: N });
    expect(done.plain).toEqual([...secrets].sort());
  });

  it('a killed backup leaves no file under the real name; the next one restores', { timeout: 180_000 }, async () => {
    const inst = shared!;
    const file = path.join(inst.dir, 'killed.sgz');
    const run = spawnCli(inst, ['backup', file, '--logical']);
    while (!fs.existsSync(`${file}.partial`) && run.exitCode === null) await sleep(2);
    const killed = run.exitCode === null;
    if (killed) run.kill('SIGKILL');
    await run.exited;
    console.log(`backup ${killed ? 'killed while writing' : 'finished before the kill'}`);
    if (killed) expect(fs.existsSync(file)).toBe(false);
    const again = spawnCli(inst, ['backup', file, '--logical']);
    expect((await again.exited).code, again.output()).toBe(0);
    const target = newInstallation();
    installs.push(target);
    Object.assign(target.env, { SALVAGUARDA_KEY_FILE: inst.env.SALVAGUARDA_KEY_FILE });
    delete target.env.SALVAGUARDA_DATA_KEY;
    const restore = spawnCli(target, ['restore', file]);
    expect((await restore.exited).code, restore.output()).toBe(0);
  });

  // A new data directory is made beside the target and renamed into place (db/client.ts), so a
  // kill during the first start leaves either nothing or a complete directory.
  it('a kill during the first start leaves a data directory that opens', { timeout: 120_000 }, async () => {
    const inst = newInstallation();
    installs.push(inst);
    const run = spawnCli(inst, ['migrate']);
    // Wait until the new data directory is being written (its staging folder has files), then kill.
    const parent = path.dirname(inst.dataDir);
    const staging = () =>
      fs
        .readdirSync(parent)
        .filter((n) => n.includes('.creating-'))
        .map((n) => path.join(parent, n));
    while (!staging().some((d) => fs.readdirSync(d).length > 0) && run.exitCode === null) await sleep(2);
    expect(run.exitCode).toBeNull(); // still initialising: the kill lands inside the first start
    run.kill('SIGKILL');
    await run.exited;
    expect(fs.existsSync(inst.dataDir) && fs.readdirSync(inst.dataDir).length > 0).toBe(false); // nothing half-made in place
    await (await openInstallation(inst)).close();
  });
});
