import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { requiresSecondFactor, roles, type Role } from '../../src/common/roles.js';
import { buildApp } from '../../src/server/app.js';
import { featureManifests } from '../../src/server/features/index.js';
import { buildRegistry, type FeatureManifest } from '../../src/server/features/manifest.js';
import { defineSharedFeature } from '../../src/common/feature.js';
import { isPolicyName, policies, rolesAllow, type PolicyName } from '../../src/server/platform/access/policies.js';
import { auditLog } from '../../src/server/platform/audit/audit.schema.js';
import { createTestContext, type TestClient, type TestContext } from '../support/context.js';
import { apiRoutes, errorCode, fillUrl, GUARD_CODES, isUnsafe, type ApiRoute } from './support/routes.js';

vi.mock('../../src/server/platform/access/guard.js', async (orig) =>
  (await import('./support/routes.js')).withRouteCollector(await orig()),
);

/**
 * Route x role: every registered API route against anonymous, every role, and (for roles that need
 * it) a session whose second factor is still missing. Expected outcomes come from the policy
 * catalogue; the guard's denials must also be in the audit trail.
 */
let ctx: TestContext;
let routes: ApiRoute[];
const RANDOM_ID = '7f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b';

beforeAll(async () => {
  ctx = await createTestContext();
  routes = apiRoutes();
});
afterAll(async () => ctx?.close());

function call(client: TestClient, route: ApiRoute) {
  const url = fillUrl(route.url, () => RANDOM_ID);
  const body = isUnsafe(route.method) ? {} : undefined;
  return route.method === 'GET'
    ? client.get(url)
    : route.method === 'POST'
      ? client.post(url, body)
      : route.method === 'PUT'
        ? client.put(url, body)
        : route.method === 'PATCH'
          ? client.patch(url, body)
          : client.del(url, body);
}

const label = (r: ApiRoute) => `${r.method} ${r.url} [${r.policy}]`;

describe('route x role authorisation', () => {
  it('finds the routes and every one declares a known policy', () => {
    expect(routes.length).toBeGreaterThan(2);
    expect(routes.map((r) => r.url)).toContain('/api/audit');
    const undeclared = routes.filter((r) => !isPolicyName(r.policy)).map(label);
    expect(undeclared).toEqual([]);
  });

  it('refuses to build an app with a route that declares no policy, or an unknown one', async () => {
    for (const config of [{}, { policy: 'no.such.policy' }]) {
      const throwaway: FeatureManifest = {
        name: 'throwaway',
        shared: defineSharedFeature({ name: 'throwaway', policies: {}, errors: {} }),
        routes: async (app) => {
          app.get('/throwaway-route', { config: config as never }, async () => ({ leaked: true }));
        },
      };
      const registry = buildRegistry([...featureManifests, throwaway]);
      await expect(buildApp(ctx.deps, { logger: false, registry })).rejects.toThrow(/throwaway-route.*política/);
    }
  });

  it('denies anonymous callers every non-public route with 401', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      const res = await call(ctx.anonymous(), route);
      const code = errorCode(res.body);
      const ok =
        route.policy === 'public'
          ? !GUARD_CODES.includes(code ?? '')
          : res.statusCode === 401 && code === 'unauthenticated';
      if (!ok) wrong.push(`${label(route)} -> ${res.statusCode} ${code}`);
    }
    expect(wrong).toEqual([]);
  });

  it('demands the second factor from roles that see identities', async () => {
    const wrong: string[] = [];
    for (const role of roles.filter((r) => requiresSecondFactor([r]))) {
      // One pending session per role, renewed after an exempt write (a sign-out may have ended it).
      let client = await ctx.signInAs([role], { secondFactorVerified: false });
      for (const route of routes) {
        const res = await call(client, route);
        const code = errorCode(res.body);
        const exempt = route.policy === 'public' || route.policy === 'auth.pending';
        const ok = exempt
          ? !GUARD_CODES.includes(code ?? '')
          : res.statusCode === 403 && code === 'second_factor_required';
        if (!ok) wrong.push(`${role} ${label(route)} -> ${res.statusCode} ${code}`);
        if (exempt && isUnsafe(route.method)) client = await ctx.signInAs([role], { secondFactorVerified: false });
      }
    }
    expect(wrong).toEqual([]);
  });

  // Grows with routes x roles (each write signs in afresh, an argon2 hash): a generous limit, not a speed check.
  it('allows exactly the roles of each policy, and audits every denial', { timeout: 240_000 }, async () => {
    const wrong: string[] = [];
    let allowed = 0;
    let denied = 0;
    for (const role of roles) {
      let shared = await ctx.signInAs([role]);
      for (const route of routes) {
        // Writes get a fresh session: one of them may be a sign-out.
        const client = isUnsafe(route.method) ? await ctx.signInAs([role]) : shared;
        const res = await call(client, route);
        const code = errorCode(res.body);
        const expectAllow = rolesAllow(route.policy as PolicyName, [role as Role]);
        if (expectAllow) {
          allowed++;
          if (res.statusCode === 401 || res.statusCode === 403)
            wrong.push(`${role} allowed ${label(route)} -> ${res.statusCode} ${code}`);
        } else {
          denied++;
          const entries = await ctx.handle.db
            .select({ id: auditLog.id })
            .from(auditLog)
            .where(
              and(
                eq(auditLog.actorUserId, client.user.id),
                eq(auditLog.action, 'access_denied'),
                eq(auditLog.entityId, `${route.method} ${route.url}`),
              ),
            );
          if (res.statusCode !== 403 || code !== 'forbidden')
            wrong.push(`${role} denied ${label(route)} -> ${res.statusCode} ${code}`);
          else if (entries.length !== 1) wrong.push(`${role} denied ${label(route)}: ${entries.length} audit entries`);
        }
        if (res.statusCode === 401 && client === shared) shared = await ctx.signInAs([role]);
      }
    }
    console.log(`route matrix: ${routes.length} routes x ${roles.length} roles, ${allowed} allowed, ${denied} denied`);
    expect(wrong).toEqual([]);
    expect(allowed).toBeGreaterThan(0);
    // Some policy in the catalogue must actually shut someone out, or the matrix proves nothing.
    expect(denied).toBeGreaterThan(0);
  });

  it('rejects writes without the CSRF token for signed-in users', async () => {
    const wrong: string[] = [];
    const all = await ctx.signInAs([...roles]);
    for (const route of routes.filter((r) => isUnsafe(r.method) && r.policy !== 'public')) {
      const res = await ctx.app.inject({
        method: route.method,
        url: fillUrl(route.url, () => RANDOM_ID),
        headers: { cookie: all.cookie },
        payload: {},
      });
      if (res.statusCode !== 403 || errorCode(res.body) !== 'csrf_failed')
        wrong.push(`${label(route)} -> ${res.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });

  it('uses every policy of the catalogue on some route (no dead entries)', () => {
    const used = new Set(routes.map((r) => r.policy));
    const unused = Object.keys(policies).filter((p) => !used.has(p as PolicyName));
    // Reported, not failed: a feature may declare a policy before its routes land.
    if (unused.length) console.warn(`policies with no route: ${unused.join(', ')}`);
    expect(Object.keys(policies).length).toBeGreaterThan(0);
  });
});
