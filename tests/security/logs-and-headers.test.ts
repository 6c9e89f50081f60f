import { Writable } from 'node:stream';
import { and, desc, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { roles } from '../../src/common/roles.js';
import { buildApp, loggerOptions } from '../../src/server/app.js';
import { ConfigError, loadConfig } from '../../src/server/config.js';
import { auditLog } from '../../src/server/platform/audit/audit.schema.js';
import { createTestContext, testConfig } from '../support/context.js';
import { arbitraryFor, jsonSchemaOf } from './support/arbitraries.js';
import { apiRoutes, fillUrl, type ApiRoute } from './support/routes.js';

vi.mock('../../src/server/platform/access/guard.js', async (orig) =>
  (await import('./support/routes.js')).withRouteCollector(await orig()),
);

/** A name of a person at risk, as a search would carry it (fictional). */
const NAME = 'Xóchitl Zempoaltécatl Cuauhtli';
const NEEDLES = [NAME, encodeURIComponent(NAME), 'Zempoalt', 'Zempoaltécatl'.normalize('NFD'), 'Cuauhtli'];

const logged: string[] = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    logged.push(String(chunk));
    done();
  },
});
const ctx = await createTestContext({}, { logger: { ...loggerOptions(testConfig()), level: 'trace', stream: sink } });
const routes = apiRoutes();
const client = await ctx.signInAs([...roles]);
afterAll(() => ctx.close());

/** Path parameters their schema accepts, so the request reaches the handler. */
function validPath(route: ApiRoute): string {
  const params = jsonSchemaOf(route.schema.params);
  return fillUrl(route.url, (n) => {
    const [value] = fc.sample(arbitraryFor(params?.properties?.[n]), { numRuns: 1, seed: 3 });
    return typeof value === 'string' ? value : String(value);
  });
}

describe('no personal data in logs (issue 17, item 5)', () => {
  it('a name sent in every query parameter and every body field of every route is nowhere in the log', async () => {
    let sentQuery = 0;
    for (const route of routes) {
      const path = validPath(route);
      const query = Object.keys(jsonSchemaOf(route.schema.querystring)?.properties ?? {});
      const body = Object.keys(jsonSchemaOf(route.schema.body)?.properties ?? {});
      const qs = new URLSearchParams([...query, 'q', 'name'].map((k) => [k, NAME])).toString();
      const payload = Object.fromEntries([...body, 'name'].map((k) => [k, NAME]));
      if (route.method === 'GET') {
        await client.get(`${path}?${qs}`);
        sentQuery++;
      } else {
        const method = route.method === 'DELETE' ? 'del' : (route.method.toLowerCase() as 'post' | 'put' | 'patch');
        await client[method](`${path}?${qs}`, payload);
      }
    }
    await ctx.anonymous().post('/api/auth/sign-in', { username: NAME, password: NAME });
    expect(sentQuery).toBeGreaterThan(20);
    const text = logged.join('');
    // The log is really captured (request lines with their paths)...
    expect(text).toContain('"url":"/api/cases"');
    expect(text).toContain('incoming request');
    // ...and holds no trace of the name, whole, encoded or in part.
    for (const needle of NEEDLES) expect(text.includes(needle), needle).toBe(false);
  });
});

describe('Cache-Control: no-store (issue 17, item 10)', () => {
  it('is on every API response, personal data or error, signed in or not', async () => {
    const admin = await ctx.signInAs(['admin']);
    for (const url of ['/api/cases', '/api/auth/me', '/api/health', '/api/nope', '/api/audit']) {
      const res = await admin.get(url);
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
    expect((await ctx.anonymous().get('/api/cases')).headers['cache-control']).toBe('no-store');
  });
});

describe('trusted proxies (issue 17, item 3)', () => {
  it('SALVAGUARDA_TRUSTED_PROXIES takes addresses and CIDR ranges; `true` or junk is refused in Spanish', () => {
    expect(loadConfig({ SALVAGUARDA_TRUSTED_PROXIES: '10.0.0.1, 192.168.0.0/16,::1' }).trustedProxies).toEqual([
      '10.0.0.1',
      '192.168.0.0/16',
      '::1',
    ]);
    expect(loadConfig({}).trustedProxies).toEqual([]);
    for (const bad of ['true', '*', '10.0.0.0/33', 'proxy.local']) {
      expect(() => loadConfig({ SALVAGUARDA_TRUSTED_PROXIES: bad }), bad).toThrow(ConfigError);
      expect(() => loadConfig({ SALVAGUARDA_TRUSTED_PROXIES: bad }), bad).toThrow(/no es una dirección IP/);
    }
  });

  it('X-Forwarded-For is believed only from a configured proxy, even behind HTTPS', async () => {
    const board = await ctx.signInAs(['board']);
    const ipSeen = async (trustedProxies: string[]) => {
      // The same database, an app built with another proxy configuration.
      const app = await buildApp({ ...ctx.deps, config: { ...ctx.deps.config, https: true, trustedProxies } });
      try {
        // A forbidden route: the guard audits the denial with the client's address.
        const marker = `/api/audit?limit=${trustedProxies.length + 1}`;
        await app.inject({
          method: 'GET',
          url: marker,
          headers: { cookie: board.cookie, 'x-forwarded-for': '203.0.113.9' },
          remoteAddress: '10.1.2.3',
        });
        const entries = await ctx.handle.db
          .select({ ip: auditLog.ip })
          .from(auditLog)
          .where(and(eq(auditLog.action, 'access_denied'), eq(auditLog.actorUsername, board.user.username)))
          .orderBy(desc(auditLog.id))
          .limit(1);
        return entries[0]?.ip;
      } finally {
        await app.close();
      }
    };
    expect(await ipSeen([])).toBe('10.1.2.3'); // a client cannot pick its own address
    expect(await ipSeen(['192.168.0.0/16'])).toBe('10.1.2.3');
    expect(await ipSeen(['10.0.0.0/8'])).toBe('203.0.113.9'); // the real proxy's header is used
  });
});
