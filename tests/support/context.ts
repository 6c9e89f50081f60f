import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '../../src/common/roles.js';
import { buildApp, type BuildOptions } from '../../src/server/app.js';
import type { App, AppDeps } from '../../src/server/platform/deps.js';
import { loadConfig, type Config } from '../../src/server/config.js';
import type { DatabaseHandle } from '../../src/server/db/client.js';
import { users } from '../../src/server/platform/auth/auth.schema.js';
import { createSession, SESSION_COOKIE } from '../../src/server/platform/auth/session.js';
import { createFieldCrypto } from '../../src/server/platform/crypto/fields.js';
import { keyRingFromFile, newKeyFile } from '../../src/server/platform/crypto/keys.js';
import { trailOptions } from '../../src/server/platform/audit/sealer.js';
import { sealAuditTrail, verifyAuditChain, type VerifyResult } from '../../src/server/platform/audit/trail.js';
import { createTestDatabase } from './database.js';

type Body = Record<string, unknown> | unknown[] | string | Buffer | undefined;

export interface TestClient {
  user: { id: string; username: string; roles: Role[] };
  cookie: string;
  csrfToken: string;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: Body): Promise<LightMyRequestResponse>;
  put(url: string, body?: Body): Promise<LightMyRequestResponse>;
  patch(url: string, body?: Body): Promise<LightMyRequestResponse>;
  del(url: string, body?: Body): Promise<LightMyRequestResponse>;
}

export interface TestContext {
  app: App;
  deps: AppDeps;
  handle: DatabaseHandle;
  /** Creates a user with these roles and a complete session (second factor verified). */
  signInAs(roles: Role[], opts?: { username?: string; secondFactorVerified?: boolean }): Promise<TestClient>;
  /** A client with no session at all. */
  anonymous(): TestClient;
  /** What `audit verify` does: seal pending entries, then verify the chain against this context's anchor. */
  verifyAudit(): Promise<VerifyResult>;
  close(): Promise<void>;
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SALVAGUARDA_RATE_LIMIT: '100000' }), ...overrides };
}

function clientFor(app: App, cookie: string, csrfToken: string, user: TestClient['user']): TestClient {
  const send = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE') => (url: string, body?: Body) => {
    const headers: Record<string, string> = {};
    if (cookie) headers.cookie = cookie;
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
    // A string or Buffer body is sent as-is (raw JSON text or bytes, possibly malformed on purpose).
    if (typeof body === 'string' || Buffer.isBuffer(body)) headers['content-type'] = 'application/json';
    return app.inject({
      method,
      url,
      headers,
      ...(body === undefined ? {} : { payload: body as string | object | Buffer }),
    });
  };
  return {
    user,
    cookie,
    csrfToken,
    get: send('GET'),
    post: send('POST'),
    put: send('PUT'),
    patch: send('PATCH'),
    del: send('DELETE'),
  };
}

export async function createTestContext(
  configOverrides: Partial<Config> = {},
  buildOptions: BuildOptions = { logger: false },
): Promise<TestContext> {
  const handle = await createTestDatabase();
  // Each context has its own audit anchor file (outside the database), in a temporary directory.
  const anchorDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-anchor-'));
  const config = testConfig({ auditAnchorFile: path.join(anchorDir, 'audit-anchor.jsonl'), ...configOverrides });
  const deps: AppDeps = {
    db: handle.db,
    engine: handle.engine,
    config,
    crypto: createFieldCrypto(keyRingFromFile(newKeyFile())),
  };
  const app = await buildApp(deps, buildOptions);
  await app.ready();
  let n = 0;
  return {
    app,
    deps,
    handle,
    async signInAs(roles, opts = {}) {
      const username =
        opts.username ?? `test.${roles.join('-') || 'none'}.${++n}.${crypto.randomBytes(3).toString('hex')}`;
      const [user] = await handle.db
        .insert(users)
        .values({ username, displayName: `Persona de prueba ${n}`, passwordHash: '!', roles })
        .returning({ id: users.id });
      const session = await createSession(handle.db, user!.id, {
        secondFactorVerified: opts.secondFactorVerified ?? true,
      });
      return clientFor(app, `${SESSION_COOKIE}=${session.token}`, session.csrfToken, { id: user!.id, username, roles });
    },
    anonymous: () => clientFor(app, '', '', { id: '', username: '', roles: [] }),
    async verifyAudit() {
      const opts = trailOptions(deps);
      await sealAuditTrail(handle.db, opts);
      return verifyAuditChain(handle.db, opts);
    },
    async close() {
      await app.close();
      await handle.close();
      fs.rmSync(anchorDir, { recursive: true, force: true });
    },
  };
}
