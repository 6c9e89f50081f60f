import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase, type DatabaseHandle } from '../../../src/server/db/client.js';
import { migrate } from '../../../src/server/db/migrate.js';
import { users } from '../../../src/server/platform/auth/auth.schema.js';
import { createSession, SESSION_COOKIE } from '../../../src/server/platform/auth/session.js';
import type { Role } from '../../../src/common/roles.js';
import { keyRingFromEnvKey } from '../../../src/server/platform/crypto/keys.js';
import { sealAuditTrail, verifyAuditChain, type VerifyResult } from '../../../src/server/platform/audit/trail.js';

export const ROOT = path.resolve(import.meta.dirname, '../../..');

/** A temporary embedded installation: its own data directory and data key, like a real one. */
export interface Installation {
  dir: string;
  dataDir: string;
  env: NodeJS.ProcessEnv;
  remove(): void;
}

export function newInstallation(): Installation {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-rel-'));
  const dataDir = path.join(dir, 'data');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SALVAGUARDA_DATA_DIR: dataDir,
    SALVAGUARDA_DATA_KEY: crypto.randomBytes(32).toString('base64'),
    SALVAGUARDA_DEMO: 'false',
    SALVAGUARDA_RATE_LIMIT: '1000000',
    LOG_LEVEL: 'error',
    SALVAGUARDA_AUDIT_ANCHOR: path.join(dir, 'audit-anchor.jsonl'),
    // Its own port: the commands refuse to run beside a live server on their configured address.
    PORT: String(20_000 + crypto.randomInt(20_000)),
  };
  delete env.DATABASE_URL; // always the embedded engine: the fault is in the process that holds the data
  return { dir, dataDir, env, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * An installation whose data directory is already initialised and migrated, as after a first
 * start: a copy of one closed, migrated data directory made once per test file (initialising and
 * migrating a PGlite directory costs seconds of CPU; copying it, a fraction). Tests of the first
 * start itself, and restore targets, use `newInstallation()` (no data directory).
 */
export async function migratedInstallation(): Promise<Installation> {
  const inst = newInstallation();
  fs.cpSync(await migratedTemplate(), inst.dataDir, { recursive: true });
  return inst;
}

let template: Promise<string> | undefined;
function migratedTemplate(): Promise<string> {
  template ??= (async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-rel-template-'));
    process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    const dataDir = path.join(dir, 'data');
    const handle = await openDatabase({ dataDir });
    await migrate(handle);
    await handle.close();
    return dataDir;
  })();
  return template;
}

/** Opens the installation's database in this process (the server must not be running). */
export async function openInstallation(inst: Installation): Promise<DatabaseHandle> {
  const handle = await openDatabase({ dataDir: inst.dataDir });
  await migrate(handle);
  return handle;
}

/** What `audit verify` does for this installation: seal what a killed process left, then verify with the anchor. */
export async function verifyInstallationAudit(inst: Installation, handle: DatabaseHandle): Promise<VerifyResult> {
  const opts = {
    keys: keyRingFromEnvKey(inst.env.SALVAGUARDA_DATA_KEY!).audit,
    anchorFile: inst.env.SALVAGUARDA_AUDIT_ANCHOR!,
  };
  await sealAuditTrail(handle.db, opts);
  return verifyAuditChain(handle.db, opts);
}

/** A user with a complete session, created directly in the database before the server starts. */
export async function createUserSession(db: DatabaseHandle['db'], roles: Role[], opts: { lead?: boolean } = {}) {
  const [u] = await db
    .insert(users)
    .values({
      username: `rel.${crypto.randomBytes(4).toString('hex')}`,
      displayName: 'Prueba',
      passwordHash: '!',
      roles,
    })
    .returning({ id: users.id });
  if (opts.lead) await db.execute(sql`insert into case_leads (user_id) values (${u!.id})`);
  const s = await createSession(db, u!.id, { secondFactorVerified: true });
  return {
    userId: u!.id,
    headers: {
      cookie: `${SESSION_COOKIE}=${s.token}`,
      'x-csrf-token': s.csrfToken,
      'content-type': 'application/json',
    },
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Runs the CLI as a real process: `node --import tsx` keeps it one process, so SIGKILL hits the server itself. */
export function spawnCli(
  inst: Installation,
  args: string[],
  extraEnv: NodeJS.ProcessEnv = {},
): ChildProcess & { output: () => string; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', ...args], {
    cwd: ROOT,
    env: { ...inst.env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return Object.assign(child, { output: () => out, exited });
}

export interface RunningServer {
  url: string;
  child: ReturnType<typeof spawnCli>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export async function startServer(inst: Installation, timeoutMs = 60_000): Promise<RunningServer> {
  const port = await freePort();
  inst.env.PORT = String(port); // the installation's commands now look for their server here
  const child = spawnCli(inst, ['serve'], { HOST: '127.0.0.1' });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${child.output()}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not start: ${child.output()}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    async kill(signal = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await child.exited;
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
