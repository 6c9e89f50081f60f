import fs from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { roles } from '../../src/common/roles.js';
import { createTestContext, type TestClient } from '../support/context.js';
import { arbitraryFor, jsonSchemaOf, naughty, objectKeys, wrongTypes } from './support/arbitraries.js';
import { describeInput, probe, type Counted, type Finding, type Probe } from './support/probe.js';
import { apiRoutes, fillUrl, isUnsafe, paramNames, type ApiRoute } from './support/routes.js';

vi.mock('../../src/server/platform/access/guard.js', async (orig) =>
  (await import('./support/routes.js')).withRouteCollector(await orig()),
);

/**
 * Hostile input on every route, as a user every policy allows: naughty strings in params, query
 * and well-shaped bodies (so they reach the services and the database), random JSON, wrong
 * types, malformed and oversized bodies. Small by default; SALVAGUARDA_FUZZ_RUNS=50 for a long run.
 */
const RUNS = Math.max(1, Number(process.env.SALVAGUARDA_FUZZ_RUNS ?? 4));
const SEED = Number(process.env.SALVAGUARDA_FUZZ_SEED ?? 20240229);
const ctx = await createTestContext();
const routes = apiRoutes();
let client: TestClient = await ctx.signInAs([...roles]);
let tried = 0;
afterAll(async () => {
  console.log(`hostile input: ${tried} requests over ${routes.length} routes (runs=${RUNS}, seed=${SEED})`);
  await ctx.close();
});

/** Any generated value as text; JSON for objects (String() throws on prototype-less objects). */
const text = (v: unknown): string => (typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v)));

function probesFor(route: ApiRoute): Probe[] {
  const params = jsonSchemaOf(route.schema.params);
  const query = jsonSchemaOf(route.schema.querystring);
  const body = jsonSchemaOf(route.schema.body);
  const names = paramNames(route.url);
  const paramArb = fc.record(
    Object.fromEntries(
      names.map((n) => [n, fc.oneof(naughty, fc.uuid(), arbitraryFor(params?.properties?.[n]).map(text))]),
    ),
  ) as fc.Arbitrary<Record<string, string>>;
  const queryArb = fc.oneof(
    arbitraryFor(query ?? { type: 'object' }),
    fc.dictionary(
      fc.oneof(fc.constantFrom(...objectKeys(query), 'x'), naughty),
      fc.oneof(naughty, fc.jsonValue().map(text)),
    ),
  ) as fc.Arbitrary<Record<string, unknown>>;
  const url = (p: Record<string, string>, q: Record<string, unknown> | null) => {
    const qs =
      q && typeof q === 'object'
        ? new URLSearchParams(
            Object.entries(q).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
          ).toString()
        : '';
    return fillUrl(route.url, (n) => p[n] ?? 'x') + (qs ? `?${qs}` : '');
  };
  const unsafe = isUnsafe(route.method);
  const out: Probe[] = [];
  const seed = SEED + route.url.length * 31 + route.method.length;
  // Well-shaped requests carrying naughty text.
  const shaped = fc.sample(fc.tuple(paramArb, queryArb, arbitraryFor(body)), { numRuns: RUNS * 2, seed });
  for (const [p, q, b] of shaped) out.push({ method: route.method, url: url(p, q), payload: unsafe ? b : undefined });
  // Random JSON anywhere.
  const random = fc.sample(fc.tuple(paramArb, fc.jsonValue({ maxDepth: 3 })), { numRuns: RUNS, seed: seed + 1 });
  for (const [p, b] of random) out.push({ method: route.method, url: url(p, null), payload: unsafe ? b : undefined });
  // Wrong types in each known field.
  const fields = unsafe
    ? objectKeys(body).map((k) => ['body', k] as const)
    : objectKeys(query).map((k) => ['query', k] as const);
  const cases = fc.sample(
    fc.tuple(fc.constantFrom(...(fields.length ? fields : [['body', 'x'] as const])), fc.constantFrom(...wrongTypes)),
    { numRuns: RUNS * 2, seed: seed + 2 },
  );
  const [base] = fc.sample(fc.tuple(paramArb, arbitraryFor(body)), { numRuns: 1, seed: seed + 3 });
  for (const [[where, key], value] of cases) {
    const shapedBody =
      base![1] && typeof base![1] === 'object' && !Array.isArray(base![1]) ? (base![1] as Record<string, unknown>) : {};
    if (where === 'body')
      out.push({
        method: route.method,
        url: url(base![0], null),
        payload: unsafe ? { ...shapedBody, [key]: value } : undefined,
      });
    else out.push({ method: route.method, url: url(base![0], { [key]: value }) });
  }
  // Hostile session cookie and CSRF header: the guard must refuse cleanly, never fail.
  for (const bad of fc.sample(naughty, { numRuns: 2, seed: seed + 4 })) {
    out.push({
      method: route.method,
      url: url(base![0], null),
      headers: {
        cookie: `sg_session=${encodeURIComponent(bad)}; sg_session=x`,
        'x-csrf-token': encodeURIComponent(bad),
      },
    });
  }
  if (unsafe) {
    out.push({ method: route.method, url: url(base![0], null), raw: '{"a": [1, 2,' });
    out.push({
      method: route.method,
      url: url(base![0], null),
      raw: 'hola',
      headers: { 'content-type': 'text/plain' },
    });
    out.push({
      method: route.method,
      url: url(base![0], null),
      raw: JSON.stringify({ big: 'x'.repeat(6 * 1024 * 1024) }),
    });
  }
  return out;
}

describe('hostile input on every route', () => {
  it('walks some routes', () => {
    expect(routes.length).toBeGreaterThan(2);
  });

  it.each(routes.map((r) => [`${r.method} ${r.url}`, r] as const))(
    '%s: no 5xx, no internals, nothing stored when rejected',
    async (name, route) => {
      const findings: Finding[] = [];
      let counts: Counted | undefined;
      for (const p of probesFor(route)) {
        const { res, problems, counts: after } = await probe(ctx.app, ctx.handle.db, client, p, counts);
        counts = after;
        tried++;
        for (const problem of problems) findings.push({ route: name, input: describeInput(p), problem });
        // A sign-out or a password change may end the session: sign in again so later probes still reach the handler.
        if (res.statusCode === 401) {
          client = await ctx.signInAs([...roles]);
          counts = undefined;
        }
      }
      if (findings.length && process.env.SALVAGUARDA_FUZZ_REPORT) {
        fs.appendFileSync(
          process.env.SALVAGUARDA_FUZZ_REPORT,
          findings.map((f) => JSON.stringify(f)).join('\n') + '\n',
        );
      }
      expect(findings).toEqual([]);
    },
    60_000 * Math.max(1, RUNS / 4),
  );

  it('leaves the audit chain intact', async () => {
    expect((await ctx.verifyAudit()).ok).toBe(true);
  });
});
