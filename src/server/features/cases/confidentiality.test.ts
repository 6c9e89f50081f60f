import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { auditLog } from '../../platform/audit/audit.schema.js';
import { catalogueId, createCase, makeLead } from './cases.fixtures.js';
import { beneficiaries } from './cases.schema.js';

/**
 * The most important property of the feature: only staff assigned to a case and cdemp leads see
 * who the people are, through any route; board and planning see aggregates only.
 */
const NAME = 'Josefina Pérez Ramírez';
const SECRET_NARRATIVE = 'Amenazas recibidas en el domicilio de la calle Oculta 123';

let ctx: TestContext;
let owner: TestClient; // created the case: assigned
let other: TestClient; // cdemp, not assigned
let dg: TestClient;
let lead: TestClient;
let caseId: string;
let measureId: string;
let measureCatalogueId: string;
let beneficiaryId: string;
let assessmentId: string;
let followUpId: string;

const readsOf = async (userId: string) =>
  ctx.handle.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.actorUserId, userId), eq(auditLog.action, 'read_personal')));

beforeAll(async () => {
  ctx = await createTestContext();
  owner = await ctx.signInAs(['cdemp']);
  other = await ctx.signInAs(['cdemp']);
  dg = await ctx.signInAs(['dg']);
  lead = await makeLead(ctx);
  caseId = (await createCase(owner)).id;
  beneficiaryId = (
    await owner.post(`/api/cases/${caseId}/beneficiaries`, {
      relation: 'principal',
      name: NAME,
      contact: '55 1234 5678',
      organisation: 'Colectivo Tierra',
    })
  ).json().id;
  assessmentId = (
    await owner.post(`/api/cases/${caseId}/assessments`, {
      assessedOn: '2024-01-11',
      level: 'high',
      factors: ['threats'],
      narrative: SECRET_NARRATIVE,
    })
  ).json().id;
  followUpId = (
    await owner.post(`/api/cases/${caseId}/follow-ups`, { on: '2024-01-12', kind: 'call', note: `Llamada con ${NAME}` })
  ).json().id;
  measureCatalogueId = await catalogueId(owner, 'preventive');
  const m = await owner.post(`/api/cases/${caseId}/measures`, { catalogueId: measureCatalogueId });
  measureId = m.json().id;
  expect(
    (
      await owner.post(`/api/measures/${measureId}/decisions`, {
        decision: 'approve',
        decidedOn: '2024-01-15',
        sessionRef: 'CEM 1a ord. 2024',
        note: `Aprobada para ${NAME}`,
      })
    ).statusCode,
  ).toBe(201);
});
afterAll(async () => ctx?.close());

describe('storage', () => {
  it('stores every personal field encrypted and the name only as a blind index', async () => {
    const [row] = await ctx.handle.db.select().from(beneficiaries).where(eq(beneficiaries.caseId, caseId));
    const raw = JSON.stringify(row);
    expect(raw).not.toContain('Josefina');
    expect(raw).not.toContain('1234');
    expect(raw).not.toContain('Colectivo');
    expect(row!.nameIndex).toBe(ctx.deps.crypto.blindIndex('beneficiary.name', 'josefina perez ramirez'));
  });
});

describe('assigned user and lead', () => {
  it('the assigned user sees identities on the case page, and the read is audited', async () => {
    const before = (await readsOf(owner.user.id)).length;
    const res = await owner.get(`/api/cases/${caseId}`);
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.access.identities).toBe(true);
    expect(page.beneficiaries[0].name).toBe(NAME);
    expect(page.assessments[0].narrative).toBe(SECRET_NARRATIVE);
    expect(page.followUps[0].note).toContain(NAME);
    expect(page.decisions[0].note).toContain(NAME);
    expect((await readsOf(owner.user.id)).length).toBe(before + 1);
  });

  it('a lead sees identities of a case without being assigned, audited too', async () => {
    const res = await lead.get(`/api/cases/${caseId}/beneficiaries`);
    expect(res.statusCode).toBe(200);
    expect(res.json().beneficiaries[0].name).toBe(NAME);
    expect((await readsOf(lead.user.id)).length).toBe(1);
  });

  it('a lead row without the cdemp role grants nothing', async () => {
    const dgLead = await ctx.signInAs(['dg']);
    const { caseLeads } = await import('./cases.schema.js');
    await ctx.handle.db.insert(caseLeads).values({ userId: dgLead.user.id });
    expect((await dgLead.get(`/api/cases/${caseId}/beneficiaries`)).statusCode).toBe(403);
  });

  it('finds the case by the normalised beneficiary name (exact match only)', async () => {
    const hit = await owner.get(`/api/cases?name=${encodeURIComponent('  JOSEFINA perez   ramírez ')}`);
    expect(hit.json().items.map((c: { id: string }) => c.id)).toEqual([caseId]);
    const partial = await owner.get(`/api/cases?name=${encodeURIComponent('Josefina')}`);
    expect(partial.json().items).toHaveLength(0);
  });
});

describe('a cdemp user who is not assigned', () => {
  it('sees the case without any identity and no read_personal is written', async () => {
    const res = await other.get(`/api/cases/${caseId}`);
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.access.identities).toBe(false);
    expect(page.beneficiaries).toBeNull();
    expect(page.assessments[0].narrative).toBeNull();
    expect(page.assessments[0].level).toBe('high');
    expect(page.followUps[0].note).toBeNull();
    expect(page.decisions[0].note).toBeNull();
    expect(res.body).not.toContain('Josefina');
    expect(res.body).not.toContain('Oculta');
    expect(await readsOf(other.user.id)).toHaveLength(0);
  });

  it('cannot list beneficiaries', async () => {
    const res = await other.get(`/api/cases/${caseId}/beneficiaries`);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('case_not_assigned');
    // the record-level refusal is audited like the guard's policy refusals
    const denials = await ctx.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, other.user.id), eq(auditLog.action, 'access_denied')));
    expect(denials.map((d) => d.entityId)).toEqual([caseId]);
  });

  it('cannot find the case by a beneficiary name', async () => {
    const res = await other.get(`/api/cases?name=${encodeURIComponent(NAME)}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toHaveLength(0);
    expect(res.json().total).toBe(0);
  });

  it('sees the case in the list without names', async () => {
    const res = await other.get('/api/cases');
    expect(res.json().items.some((c: { id: string }) => c.id === caseId)).toBe(true);
    expect(res.body).not.toContain('Josefina');
    expect(res.json().items[0].assignedToMe).toBe(false);
  });

  it('cannot see identities through the quick-entry grid or write anything on the case', async () => {
    const grid = await other.get('/api/measure-actions/month?month=2024-01');
    expect(grid.statusCode).toBe(200);
    expect(grid.json().measures).toHaveLength(0);
    const writes = [
      other.post(`/api/cases/${caseId}/beneficiaries`, { relation: 'relative', name: 'X' }),
      other.patch(`/api/cases/${caseId}`, { version: 1, location: 'Coyoacán' }),
      other.post(`/api/cases/${caseId}/status`, { version: 1, to: 'analysis' }),
      other.post(`/api/cases/${caseId}/assessments`, { assessedOn: '2024-01-20', level: 'low' }),
      other.post(`/api/cases/${caseId}/plans`, { validFrom: '2024-01-20' }),
      other.post(`/api/cases/${caseId}/follow-ups`, { on: '2024-01-20', kind: 'call' }),
      other.post(`/api/measures/${measureId}/decisions`, {
        decision: 'suspend',
        decidedOn: '2024-01-20',
        sessionRef: 'x',
      }),
      other.patch(`/api/measures/${measureId}`, { version: 1, status: 'ended' }),
      other.put('/api/measure-actions/month', {
        month: '2024-01',
        measures: [{ measureId, days: [{ day: 1, count: 1 }] }],
      }),
      other.post(`/api/cases/${caseId}/measures`, { catalogueId: measureCatalogueId }),
      other.del(`/api/measures/${measureId}`),
      other.patch(`/api/cases/${caseId}/beneficiaries/${beneficiaryId}`, { version: 1, name: 'Otra' }),
      other.del(`/api/cases/${caseId}/beneficiaries/${beneficiaryId}`),
      other.patch(`/api/cases/${caseId}/assessments/${assessmentId}`, { version: 1, level: 'low' }),
      other.del(`/api/cases/${caseId}/assessments/${assessmentId}`),
      other.del(`/api/cases/${caseId}/follow-ups/${followUpId}`),
    ];
    for (const res of await Promise.all(writes)) expect(res.statusCode, res.body).toBe(403);
    // and nothing changed: the owner still sees the same beneficiary, assessment and follow-up
    const page = (await owner.get(`/api/cases/${caseId}`)).json();
    expect(page.beneficiaries.map((b: { id: string; name: string }) => [b.id, b.name])).toEqual([
      [beneficiaryId, NAME],
    ]);
    expect(page.assessments[0]).toMatchObject({ id: assessmentId, level: 'high', version: 1 });
    expect(page.followUps.map((f: { id: string }) => f.id)).toEqual([followUpId]);
    expect(page.measures).toHaveLength(1);
  });

  it('cannot assign themself (only leads assign)', async () => {
    const res = await other.put(`/api/cases/${caseId}/assignments`, { userIds: [other.user.id] });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('case_lead_required');
  });
});

describe('dg, board and planning', () => {
  it('dg reads cases without identities unless assigned, and cannot write', async () => {
    const page = (await dg.get(`/api/cases/${caseId}`)).json();
    expect(page.beneficiaries).toBeNull();
    expect((await dg.get(`/api/cases/${caseId}/beneficiaries`)).statusCode).toBe(403);
    expect(
      (await dg.post('/api/cases', { kind: 'attention', profile: 'defender', identity: 'man', openedOn: '2024-01-01' }))
        .statusCode,
    ).toBe(403);
  });

  it('after a lead assigns dg, dg sees identities', async () => {
    const res = await lead.put(`/api/cases/${caseId}/assignments`, { userIds: [owner.user.id, dg.user.id] });
    expect(res.statusCode, res.body).toBe(200);
    expect((await dg.get(`/api/cases/${caseId}/beneficiaries`)).json().beneficiaries[0].name).toBe(NAME);
    // and removing the assignment removes the access
    await lead.put(`/api/cases/${caseId}/assignments`, { userIds: [owner.user.id] });
    expect((await dg.get(`/api/cases/${caseId}/beneficiaries`)).statusCode).toBe(403);
  });

  it('board and planning get aggregates only', async () => {
    for (const role of ['board', 'planning'] as const) {
      const u = await ctx.signInAs([role]);
      expect((await u.get('/api/cases')).statusCode).toBe(403);
      expect((await u.get(`/api/cases/${caseId}`)).statusCode).toBe(403);
      expect((await u.get(`/api/cases/${caseId}/beneficiaries`)).statusCode).toBe(403);
      expect((await u.get(`/api/cases?name=${encodeURIComponent(NAME)}`)).statusCode).toBe(403);
      expect((await u.get('/api/measure-actions/month?month=2024-01')).statusCode).toBe(403);
      const stats = await u.get('/api/cases/stats');
      expect(stats.statusCode).toBe(200);
      expect(stats.json().byKind.incorporation).toBeGreaterThanOrEqual(1);
      expect(stats.body).not.toContain(caseId);
    }
  });

  it('admin manages the catalogue but cannot read cases or identities', async () => {
    const admin = await ctx.signInAs(['admin']);
    expect((await admin.get('/api/cases')).statusCode).toBe(403);
    expect((await admin.get(`/api/cases/${caseId}`)).statusCode).toBe(403);
    expect((await admin.get(`/api/cases/${caseId}/beneficiaries`)).statusCode).toBe(403);
    expect((await admin.get('/api/measure-catalogue')).statusCode).toBe(200);
  });

  it('anonymous users get 401 everywhere', async () => {
    const anon = ctx.anonymous();
    for (const url of [
      '/api/cases',
      `/api/cases/${caseId}`,
      `/api/cases/${caseId}/beneficiaries`,
      '/api/cases/stats',
      '/api/measure-catalogue',
    ]) {
      expect((await anon.get(url)).statusCode).toBe(401);
    }
  });
});

describe('what the case page lets each person do (can)', () => {
  const canOf = async (client: TestClient) => (await client.get(`/api/cases/${caseId}`)).json().can;
  it('the assigned worker may edit, change status and records, but not assign; a lead may assign', async () => {
    expect(await canOf(owner)).toEqual({
      edit: true,
      changeStatus: true,
      close: true,
      assign: false,
      editRecords: true,
    });
    expect((await canOf(lead)).assign).toBe(true);
  });
  it('an unassigned worker and dg may do nothing, even when dg is assigned', async () => {
    const nothing = { edit: false, changeStatus: false, close: false, assign: false, editRecords: false };
    expect(await canOf(other)).toEqual(nothing);
    expect(await canOf(dg)).toEqual(nothing);
    await lead.put(`/api/cases/${caseId}/assignments`, { userIds: [owner.user.id, dg.user.id] });
    expect(await canOf(dg)).toEqual(nothing);
    await lead.put(`/api/cases/${caseId}/assignments`, { userIds: [owner.user.id] });
  });
});
