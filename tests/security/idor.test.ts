import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { roles, type Role } from '../../src/common/roles.js';
import { demoSeeders } from '../../src/server/demo/index.js';
import { registry } from '../../src/server/features/index.js';
import { auditLog } from '../../src/server/platform/audit/audit.schema.js';
import { seedOpsFixture } from '../../src/server/platform/ops/fixtures.js';
import { snapshotTables } from '../../src/server/platform/ops/rows.js';
import { createTestContext, type TestClient, type TestContext } from '../support/context.js';
import { candidatesFor, fillThroughApi, personalStrings, realIds } from './support/data.js';
import { apiRoutes, fillUrl, type ApiRoute } from './support/routes.js';

vi.mock('../../src/server/platform/access/guard.js', async (orig) =>
  (await import('./support/routes.js')).withRouteCollector(await orig()),
);

/**
 * Access suite: people who must not see case identities — nobody signed in, staff of other areas,
 * and a cdemp officer not assigned to any case — call every route with every real id we can
 * find. No personal data may come back, nothing may change, and every refusal is audited.
 * The data comes from the demo seeders and from the product's own write routes, so the suite
 * grows with the features.
 */
let ctx: TestContext;
let routes: ApiRoute[];
let personal: Set<string>;
let ids: Map<string, string[]>;
let creator: TestClient;
const stats = { requests: 0, refusals: 0, created: 0 };

beforeAll(async () => {
  ctx = await createTestContext();
  routes = apiRoutes();
  for (const seeder of demoSeeders(registry)) {
    await seeder
      .seed(ctx.deps)
      .catch((err: unknown) => console.warn(`demo seeder ${seeder.name} failed: ${String(err)}`));
  }
  await seedOpsFixture(ctx.handle.db, ctx.deps.crypto, 4);
  creator = await ctx.signInAs([...roles]);
  // Where a feature keeps "leads" who see every record (cases: case_leads), the creator is one,
  // so the fill can reach identity routes and the positive control below can see them.
  await ctx.handle.db.execute(sql`insert into case_leads (user_id) values (${creator.user.id})`).catch(() => undefined);
  stats.created = await fillThroughApi(creator, routes, ctx.handle.db);
  personal = await personalStrings(ctx.handle.db, ctx.deps.crypto);
  ids = await realIds(ctx.handle.db, 4);
});
afterAll(async () => {
  console.log(
    `idor: ${stats.requests} requests, ${[...(ids?.values() ?? [])].flat().length} real ids, ${personal?.size} personal strings, ${stats.created} records created through the API, ${stats.refusals} refusals`,
  );
  await ctx?.close();
});

function stringLeaves(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringLeaves(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => stringLeaves(v, out));
  return out;
}

/** Personal strings found in a body: raw text, and the decoded JSON strings (escapes undone). */
function leaks(body: string, among: Set<string> = personal): string[] {
  const haystacks = [body];
  try {
    haystacks.push(stringLeaves(JSON.parse(body), []).join('\n'));
  } catch {
    /* not JSON: the raw body is checked */
  }
  return [...among].filter((s) => haystacks.some((h) => h.includes(s))).map((s) => s.slice(0, 40));
}

function* attempts(route: ApiRoute): Generator<string> {
  const cands = candidatesFor(route, ids);
  const names = Object.keys(cands);
  const rounds = names.length === 0 ? 1 : Math.max(...names.map((n) => cands[n]!.length));
  for (let i = 0; i < rounds; i++) yield fillUrl(route.url, (n) => cands[n]![i % cands[n]!.length] ?? 'x');
}

async function send(client: TestClient, route: ApiRoute, url: string) {
  const body = route.method === 'GET' ? undefined : {};
  const fn = { GET: client.get, POST: client.post, PUT: client.put, PATCH: client.patch, DELETE: client.del }[
    route.method
  ];
  return fn(url, body);
}

const deniedCount = async (userId: string) =>
  (await ctx.handle.db.select({ n: count() }).from(auditLog).where(eq(auditLog.actorUserId, userId)))[0]!.n;

describe('access suite (IDOR)', () => {
  it('has real records with personal data to attack', () => {
    expect(personal.size).toBeGreaterThan(0);
    expect(ids.size).toBeGreaterThan(2);
  });

  it('positive control: the user who entered the data does get it back, so the leak check can fire', async () => {
    let seen = 0;
    const statuses: Record<number, number> = {};
    for (const route of routes.filter((r) => r.method === 'GET')) {
      for (const url of attempts(route)) {
        const res = await creator.get(url);
        statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
        if (leaks(res.body).length) seen++;
      }
    }
    expect(seen, `creator's answers by status: ${JSON.stringify(statuses)}`).toBeGreaterThan(0);
  });

  // `own`: tables of the attacker's own area, whose personal data it may see and change by design
  // (legal: plaintiffs and counterparts; cdemp: the monitoring staff's findings and the prevention
  // staff's registration lists, neither case-scoped).
  const attackers: { name: string; roles: Role[] | null; own?: RegExp }[] = [
    { name: 'anonymous', roles: null },
    { name: 'board (other area)', roles: ['board'] },
    { name: 'legal (other area)', roles: ['legal'], own: /^legal_/ },
    { name: 'cdemp not assigned', roles: ['cdemp'], own: /^(monitoring|prevention)_/ },
  ];

  for (const attacker of attackers) {
    it(`${attacker.name}: no personal data in any response, no change, every refusal audited`, async () => {
      const before = await snapshotTables(ctx.handle.db);
      const others = attacker.own ? await personalStrings(ctx.handle.db, ctx.deps.crypto, attacker.own) : personal;
      const problems: string[] = [];
      let client = attacker.roles ? await ctx.signInAs(attacker.roles) : ctx.anonymous();
      for (const route of routes) {
        for (const url of attempts(route)) {
          const audited = client.user.id ? await deniedCount(client.user.id) : 0;
          const res = await send(client, route, url);
          stats.requests++;
          const found = leaks(res.body, others);
          if (found.length) problems.push(`${route.method} ${url} -> ${res.statusCode} leaks ${found.join(' | ')}`);
          if (res.statusCode === 403) {
            stats.refusals++;
            if (client.user.id && (await deniedCount(client.user.id)) <= audited)
              problems.push(`${route.method} ${url} -> 403 not audited`);
          }
          if (res.statusCode === 401 && attacker.roles) client = await ctx.signInAs(attacker.roles); // e.g. after sign-out
        }
      }
      const after = await snapshotTables(ctx.handle.db);
      for (const table of Object.keys(before)) {
        if (table === 'audit_log' || table === 'users') continue; // refusals are logged; attackers are users themselves
        if (attacker.own?.test(table)) continue; // its own area's records are its to change
        if (JSON.stringify(after[table]) !== JSON.stringify(before[table])) problems.push(`table ${table} changed`);
      }
      expect(problems).toEqual([]);
    });
  }
});
