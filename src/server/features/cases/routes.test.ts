import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { roles, type Role } from '../../../common/roles.js';
import { policies, type PolicyKey } from '../../platform/access/policies.js';
import { auditLog } from '../../platform/audit/audit.schema.js';
import { caseFollowUps } from '../../records/records.schema.js';
import { catalogueId, createCase } from './cases.fixtures.js';

/**
 * Every route of the feature: each role outside its policy is refused (403 `forbidden`), and a
 * malformed request is refused with 400 `validation_failed` before anything runs.
 */
let ctx: TestContext;
let worker: TestClient;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ctx = await createTestContext();
  worker = await ctx.signInAs(['cdemp']);
  ids.case = (await createCase(worker)).id;
  ids.beneficiary = (
    await worker.post(`/api/cases/${ids.case}/beneficiaries`, { relation: 'principal', name: 'Lucía Gómez' })
  ).json().id;
  ids.assessment = (
    await worker.post(`/api/cases/${ids.case}/assessments`, { assessedOn: '2024-01-11', level: 'medium' })
  ).json().id;
  ids.plan = (await worker.post(`/api/cases/${ids.case}/plans`, { validFrom: '2024-01-12' })).json().id;
  ids.catalogue = await catalogueId(worker, 'social');
  ids.measure = (await worker.post(`/api/cases/${ids.case}/measures`, { catalogueId: ids.catalogue })).json().id;
  ids.followUp = (await worker.post(`/api/cases/${ids.case}/follow-ups`, { on: '2024-01-13', kind: 'call' })).json().id;
});
afterAll(async () => ctx?.close());

type Method = 'get' | 'post' | 'put' | 'patch' | 'del';
interface Route {
  method: Method;
  url: () => string;
  policy: PolicyKey;
  /** a request that must fail validation: [url, body] */
  bad: () => [string, unknown?];
}
const c = () => ids.case;
const routes: Route[] = [
  { method: 'get', url: () => '/api/cases', policy: 'cases.read', bad: () => ['/api/cases?kind=robbery'] },
  {
    method: 'post',
    url: () => '/api/cases',
    policy: 'cases.write',
    bad: () => ['/api/cases', { kind: 'attention', profile: 'defender', identity: 'woman' }],
  },
  {
    method: 'get',
    url: () => '/api/cases/stats',
    policy: 'cases.aggregates',
    bad: () => ['/api/cases/stats?from=yesterday'],
  },
  { method: 'get', url: () => '/api/cases/staff', policy: 'cases.assign', bad: () => ['/api/cases/staff?x=1'] },
  { method: 'get', url: () => `/api/cases/${c()}`, policy: 'cases.read', bad: () => ['/api/cases/123'] },
  {
    method: 'patch',
    url: () => `/api/cases/${c()}`,
    policy: 'cases.write',
    bad: () => [`/api/cases/${c()}`, { location: 'x' }],
  },
  {
    method: 'post',
    url: () => `/api/cases/${c()}/status`,
    policy: 'cases.write',
    bad: () => [`/api/cases/${c()}/status`, { version: 1, to: 'closed' }],
  },
  {
    method: 'put',
    url: () => `/api/cases/${c()}/assignments`,
    policy: 'cases.assign',
    bad: () => [`/api/cases/${c()}/assignments`, { userIds: 'all' }],
  },
  {
    method: 'get',
    url: () => `/api/cases/${c()}/beneficiaries`,
    policy: 'cases.identities',
    bad: () => ['/api/cases/nope/beneficiaries'],
  },
  {
    method: 'post',
    url: () => `/api/cases/${c()}/beneficiaries`,
    policy: 'cases.write',
    bad: () => [`/api/cases/${c()}/beneficiaries`, { relation: 'principal', name: 'x'.repeat(201) }],
  },
  {
    method: 'patch',
    url: () => `/api/cases/${c()}/beneficiaries/${ids.beneficiary}`,
    policy: 'cases.write',
    bad: () => [`/api/cases/${c()}/beneficiaries/${ids.beneficiary}`, { name: 'Sin versión' }],
  },
  {
    method: 'del',
    url: () => `/api/cases/${c()}/beneficiaries/${ids.beneficiary}`,
    policy: 'cases.write',
    bad: () => [`/api/cases/${c()}/beneficiaries/1`],
  },
  {
    method: 'post',
    url: () => `/api/cases/${c()}/assessments`,
    policy: 'cases.write',
    bad: () => [`/api/cases/${c()}/assessments`, { assessedOn: '2024-01-01', level: 'low', factors: ['bad_luck'] }],
  },
  {
    method: 'patch',
    url: () => `/api/cases/${c()}/assessments/${ids.assessment}`,
    policy: 'cases.write',
    bad: () => [`/api/cases/${c()}/assessments/${ids.assessment}`, { version: 0 }],
  },
  {
    method: 'del',
    url: () => `/api/cases/${c()}/assessments/${ids.assessment}`,
    policy: 'cases.write',
    bad: () => [`/api/cases/${c()}/assessments/x`],
  },
  {
    method: 'post',
    url: () => `/api/cases/${c()}/plans`,
    policy: 'cases.write',
    bad: () => [`/api/cases/${c()}/plans`, { validFrom: '01/02/2024' }],
  },
  {
    method: 'del',
    url: () => `/api/cases/${c()}/plans/${ids.plan}`,
    policy: 'cases.write',
    bad: () => [`/api/cases/${c()}/plans/x`],
  },
  {
    method: 'post',
    url: () => `/api/cases/${c()}/measures`,
    policy: 'cases.write',
    bad: () => [`/api/cases/${c()}/measures`, { catalogueId: 'Monitoreo' }],
  },
  {
    method: 'patch',
    url: () => `/api/measures/${ids.measure}`,
    policy: 'cases.write',
    bad: () => [`/api/measures/${ids.measure}`, { version: 1, status: 'paused' }],
  },
  { method: 'del', url: () => `/api/measures/${ids.measure}`, policy: 'cases.write', bad: () => ['/api/measures/x'] },
  {
    method: 'post',
    url: () => `/api/measures/${ids.measure}/decisions`,
    policy: 'cases.write',
    bad: () => [
      `/api/measures/${ids.measure}/decisions`,
      { decision: 'approve', decidedOn: '2024-01-01', sessionRef: '' },
    ],
  },
  {
    method: 'post',
    url: () => `/api/cases/${c()}/follow-ups`,
    policy: 'cases.write',
    bad: () => [`/api/cases/${c()}/follow-ups`, { on: '2024-01-01', kind: 'gossip' }],
  },
  {
    method: 'patch',
    url: () => `/api/cases/${c()}/follow-ups/${ids.followUp}`,
    policy: 'cases.write',
    bad: () => [`/api/cases/${c()}/follow-ups/${ids.followUp}`, { version: 1, on: '13/01/2024' }],
  },
  {
    method: 'del',
    url: () => `/api/cases/${c()}/follow-ups/${ids.followUp}`,
    policy: 'cases.write',
    bad: () => [`/api/cases/${c()}/follow-ups/x`],
  },
  {
    method: 'get',
    url: () => '/api/measure-actions/month?month=2024-01',
    policy: 'cases.write',
    bad: () => ['/api/measure-actions/month?month=2024-1'],
  },
  {
    method: 'put',
    url: () => '/api/measure-actions/month',
    policy: 'cases.write',
    bad: () => [
      '/api/measure-actions/month',
      { month: '2024-01', measures: [{ measureId: ids.measure, days: [{ day: 32, count: 1 }] }] },
    ],
  },
  {
    method: 'get',
    url: () => '/api/measure-catalogue',
    policy: 'cases.catalogue.read',
    bad: () => ['/api/measure-catalogue?all=yes'],
  },
  {
    method: 'post',
    url: () => '/api/measure-catalogue',
    policy: 'cases.admin',
    bad: () => ['/api/measure-catalogue', { type: 'social' }],
  },
  {
    method: 'patch',
    url: () => `/api/measure-catalogue/${ids.catalogue}`,
    policy: 'cases.admin',
    bad: () => [`/api/measure-catalogue/${ids.catalogue}`, { active: 'no', version: 1 }],
  },
  {
    method: 'get',
    url: () => '/api/cases-settings/folio-pattern',
    policy: 'cases.admin',
    bad: () => ['/api/cases-settings/folio-pattern?x=1'],
  },
  {
    method: 'put',
    url: () => '/api/cases-settings/folio-pattern',
    policy: 'cases.admin',
    bad: () => ['/api/cases-settings/folio-pattern', { pattern: 'X-{year}-{seq}' }],
  },
  { method: 'get', url: () => '/api/case-leads', policy: 'cases.admin', bad: () => ['/api/case-leads?x=1'] },
  {
    method: 'put',
    url: () => '/api/case-leads',
    policy: 'cases.admin',
    bad: () => ['/api/case-leads', { userIds: ['not-a-uuid'] }],
  },
];
const clients = new Map<Role, TestClient>();
const as = async (role: Role) => clients.get(role) ?? clients.set(role, await ctx.signInAs([role])).get(role)!;
const send = (client: TestClient, method: Method, url: string, body?: unknown) =>
  method === 'get'
    ? client.get(url)
    : client[method](url, (body ?? (method === 'del' ? undefined : {})) as Record<string, unknown>);

describe('every cases route', () => {
  it('refuses each role outside its policy with 403 forbidden', async () => {
    const problems: string[] = [];
    for (const r of routes) {
      const allowed: readonly Role[] = policies[r.policy];
      for (const role of roles.filter((x) => !allowed.includes(x))) {
        const res = await send(
          await as(role),
          r.method,
          r.url(),
          r.method === 'get' || r.method === 'del' ? undefined : {},
        );
        if (res.statusCode !== 403 || res.json().error.code !== 'forbidden')
          problems.push(`${role} ${r.method} ${r.url()} -> ${res.statusCode}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('refuses malformed input with 400 validation_failed', async () => {
    const admin = await as('admin');
    const problems: string[] = [];
    for (const r of routes) {
      const client = policies[r.policy].includes('cdemp' as never) ? worker : admin;
      const [url, body] = r.bad();
      const res = await send(client, r.method, url, body);
      if (res.statusCode !== 400 || res.json().error.code !== 'validation_failed')
        problems.push(`${r.method} ${url} -> ${res.statusCode} ${res.body.slice(0, 120)}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('deletions of mistaken records', () => {
  it('deletes a plan only when it is the latest and unused, a measure only without actions or decisions', async () => {
    const { id } = await createCase(worker);
    const p1 = (await worker.post(`/api/cases/${id}/plans`, { validFrom: '2024-02-01' })).json();
    const p2 = (await worker.post(`/api/cases/${id}/plans`, { validFrom: '2024-02-02' })).json();
    expect((await worker.del(`/api/cases/${id}/plans/${p1.id}`)).json().error.code).toBe('case_record_in_use');
    const m = (await worker.post(`/api/cases/${id}/measures`, { catalogueId: ids.catalogue, planId: p2.id })).json();
    expect((await worker.del(`/api/cases/${id}/plans/${p2.id}`)).statusCode).toBe(409);
    await worker.put('/api/measure-actions/month', {
      month: '2024-02',
      measures: [{ measureId: m.id, days: [{ day: 2, count: 1 }] }],
    });
    expect((await worker.del(`/api/measures/${m.id}`)).json().error.code).toBe('case_record_in_use');
    await worker.put('/api/measure-actions/month', { month: '2024-02', measures: [{ measureId: m.id, days: [] }] });
    expect((await worker.del(`/api/measures/${m.id}`)).statusCode).toBe(204);
    expect((await worker.del(`/api/cases/${id}/plans/${p2.id}`)).statusCode).toBe(204);
    const page = (await worker.get(`/api/cases/${id}`)).json();
    expect(page.plans.map((p: { number: number }) => p.number)).toEqual([1]);
    expect(page.measures).toEqual([]);
    const a = (await worker.post(`/api/cases/${id}/assessments`, { assessedOn: '2024-02-03', level: 'low' })).json();
    expect((await worker.del(`/api/cases/${id}/assessments/${a.id}`)).statusCode).toBe(204);
    expect((await worker.del(`/api/cases/${id}/assessments/${a.id}`)).statusCode).toBe(404);
  });

  it('lists only extraordinary cases still waiting for an urgent measure with urgent=true', async () => {
    const urgent = await createCase(worker, { procedure: 'extraordinary' });
    const items = (await worker.get('/api/cases?urgent=true&limit=200')).json().items as {
      id: string;
      procedure: string;
    }[];
    expect(items.map((i) => i.id)).toContain(urgent.id);
    expect(items.every((i) => i.procedure === 'extraordinary')).toBe(true);
  });
});

describe('editing a follow-up', () => {
  type FollowUp = { id: string; on: string; kind: string | null; note: string | null; version: number };
  const followUpOf = async (caseId: string, id: string) =>
    ((await worker.get(`/api/cases/${caseId}`)).json().followUps as FollowUp[]).find((f) => f.id === id)!;

  it('changes date, kind and note (stored encrypted), bumps the version and audits field names only', async () => {
    const { id } = await createCase(worker);
    const f = (await worker.post(`/api/cases/${id}/follow-ups`, { on: '2024-03-01', kind: 'call' })).json();
    expect(await followUpOf(id, f.id)).toMatchObject({ on: '2024-03-01', kind: 'call', note: null, version: 1 });
    const res = await worker.patch(`/api/cases/${id}/follow-ups/${f.id}`, {
      version: 1,
      on: '2024-03-02',
      kind: 'visit',
      note: 'Visita a Lucía Gómez',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: f.id, version: 2 });
    expect(await followUpOf(id, f.id)).toMatchObject({
      on: '2024-03-02',
      kind: 'visit',
      note: 'Visita a Lucía Gómez',
      version: 2,
    });
    const [raw] = await ctx.deps.db.select().from(caseFollowUps).where(eq(caseFollowUps.id, f.id));
    expect(raw!.note).not.toContain('Lucía');
    // Only the fields sent change.
    expect((await worker.patch(`/api/cases/${id}/follow-ups/${f.id}`, { version: 2, note: null })).statusCode).toBe(
      200,
    );
    expect(await followUpOf(id, f.id)).toMatchObject({ on: '2024-03-02', kind: 'visit', note: null, version: 3 });
    const entries = await ctx.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'update'), eq(auditLog.entity, 'case_follow_up'), eq(auditLog.entityId, f.id)));
    expect(entries).toHaveLength(2);
    expect(JSON.stringify(entries.map((e) => e.details))).not.toContain('Lucía');
  });

  it('answers 409 conflict on a stale version and changes nothing', async () => {
    const { id } = await createCase(worker);
    const f = (
      await worker.post(`/api/cases/${id}/follow-ups`, { on: '2024-03-01', kind: 'call', note: 'Primera' })
    ).json();
    expect(
      (await worker.patch(`/api/cases/${id}/follow-ups/${f.id}`, { version: 1, kind: 'meeting' })).statusCode,
    ).toBe(200);
    const stale = await worker.patch(`/api/cases/${id}/follow-ups/${f.id}`, { version: 1, note: 'Otra' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
    expect(await followUpOf(id, f.id)).toMatchObject({ kind: 'meeting', note: 'Primera', version: 2 });
    // Unknown follow-up, or one of another case: 404.
    const other = await createCase(worker);
    expect(
      (await worker.patch(`/api/cases/${other.id}/follow-ups/${f.id}`, { version: 2, kind: 'other' })).statusCode,
    ).toBe(404);
  });

  it('refuses a date before the case opened, and staff not assigned to the case', async () => {
    const { id } = await createCase(worker);
    const f = (await worker.post(`/api/cases/${id}/follow-ups`, { on: '2024-03-01', kind: 'call' })).json();
    const early = await worker.patch(`/api/cases/${id}/follow-ups/${f.id}`, { version: 1, on: '1999-01-01' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.code).toBe('validation_failed');
    const stranger = await ctx.signInAs(['cdemp']);
    const denied = await stranger.patch(`/api/cases/${id}/follow-ups/${f.id}`, { version: 1, kind: 'other' });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('case_not_assigned');
    expect((await followUpOf(id, f.id)).version).toBe(1);
  });
});
