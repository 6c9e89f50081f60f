import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.js';
import { apiRoutes } from './support/routes.js';

vi.mock('../../src/server/platform/access/guard.js', async (orig) =>
  (await import('./support/routes.js')).withRouteCollector(await orig()),
);

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

describe('OpenAPI document (/api/docs)', () => {
  it('is served only to signed-in users', async () => {
    expect((await ctx.anonymous().get('/api/docs/json')).statusCode).toBe(401);
  });

  it('documents every registered API route, generated from the route schemas', async () => {
    const client = await ctx.signInAs(['planning']);
    const res = await client.get('/api/docs/json');
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toMatch(/^3\./);
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([p, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{([^}]+)\}/g, ':$1')}`),
      ),
    );
    const missing = apiRoutes()
      .filter((r) => !r.url.startsWith('/api/docs'))
      .map((r) => `${r.method} ${r.url.replace(/\([^)]*\)/g, '')}`)
      .filter((key) => !documented.has(key));
    expect(apiRoutes().length).toBeGreaterThan(2);
    expect(missing).toEqual([]);
    const auditGet = doc.paths['/api/audit']!.get as { parameters?: { name: string }[] };
    expect(auditGet.parameters?.map((p) => p.name)).toEqual(
      expect.arrayContaining(['actor', 'action', 'from', 'to', 'limit']),
    );
  });
});
