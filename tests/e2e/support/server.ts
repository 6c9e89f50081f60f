// Starts the real server as a child process on a free port with a fresh embedded database and key
// file in a temp dir, optionally after creating users with the product's own CLI.
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { migratedPgliteDump } from '../../support/database.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const run = promisify(execFile);

export interface RunningServer {
  url: string;
  /** Everything the server printed on stdout (e.g. demo credentials). */
  stdout(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const createdDatabases: string[] = [];

/**
 * With E2E_DATABASE_URL (a PostgreSQL server), each environment gets a fresh database there,
 * dropped when the test process exits; otherwise a fresh embedded database in a temp dir.
 */
function freshPostgresDatabase(serverUrl: string): string {
  const name = `sg_e2e_${crypto.randomBytes(5).toString('hex')}`;
  execFileSync('psql', [serverUrl, '-qc', `create database ${name}`]);
  createdDatabases.push(name);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops a database made by tempEnv (when the server that used it stops). */
function dropPostgresDatabase(databaseUrl: string): void {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  if (!createdDatabases.includes(name)) return;
  url.pathname = '/postgres';
  try {
    execFileSync('psql', [url.toString(), '-qc', `drop database if exists ${name} with (force)`]);
  } catch {
    // best effort: a leftover test database is harmless
  }
}

export function tempEnv(): NodeJS.ProcessEnv {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SALVAGUARDA_DATA_DIR: path.join(dir, 'data'),
    XDG_CONFIG_HOME: path.join(dir, 'config'),
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  const pg = process.env.E2E_DATABASE_URL;
  if (pg) {
    env.DATABASE_URL = freshPostgresDatabase(pg);
    env.SALVAGUARDA_DATA_KEY = crypto.randomBytes(32).toString('base64');
    env.SALVAGUARDA_DEMO = 'true'; // as on an empty embedded database: demo data when there are no users
  }
  return env;
}

/**
 * An embedded environment's data directory, before its first command: a copy of the migrated
 * template (tests/support/database.ts), as after a first start, instead of initialising and
 * migrating it in the server or CLI process (seconds each). Nothing else is in it: no users, so
 * `serve` still loads the demo data when asked to.
 */
async function prefillDataDir(env: NodeJS.ProcessEnv): Promise<void> {
  const dataDir = env.SALVAGUARDA_DATA_DIR;
  if (env.DATABASE_URL || !dataDir || fs.existsSync(dataDir)) return;
  const pglite = new PGlite(dataDir, { loadDataDir: await migratedPgliteDump() });
  await pglite.waitReady;
  await pglite.close();
}

/** `npm run cli -- ...` without npm: the same entry point. */
export async function cli(env: NodeJS.ProcessEnv, args: string[], opts: { timeoutMs?: number } = {}): Promise<string> {
  await prefillDataDir(env);
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/server/main.ts', ...args], {
    cwd: ROOT,
    env,
    timeout: opts.timeoutMs ?? 120_000,
  });
  return stdout;
}

export async function startServer(env: NodeJS.ProcessEnv): Promise<RunningServer> {
  if (!fs.existsSync(path.join(ROOT, 'dist/web/index.html'))) {
    throw new Error('dist/web no existe: ejecute "npm run build" antes de las pruebas de navegador.');
  }
  await prefillDataDir(env);
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', 'serve'], {
    cwd: ROOT,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 150_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`El servidor terminó (código ${child.exitCode}):\n${out}\n${err}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`El servidor no respondió a tiempo:\n${out}\n${err}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    stdout: () => out,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      if (env.DATABASE_URL) dropPostgresDatabase(env.DATABASE_URL);
    },
  };
}
