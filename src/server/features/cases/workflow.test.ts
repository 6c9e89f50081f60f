import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { auditLog } from '../../platform/audit/audit.schema.js';
import { catalogueId, createCase } from './cases.fixtures.js';
import { cases, measures } from '../../records/records.schema.js';

let ctx: TestContext;
let worker: TestClient;

beforeAll(async () => {
  ctx = await createTestContext();
  worker = await ctx.signInAs(['cdemp']);
});
afterAll(async () => ctx?.close());

describe('case creation and folios', () => {
  it('numbers folios per year with the configured pattern, after the highest folio already taken', async () => {
    await ctx.handle.db.insert(cases).values({
      folio: 'MPI-2023-002',
      kind: 'attention',
      profile: 'journalist',
      identity: 'man',
      openedOn: '2023-03-01',
    });
    const a = await createCase(worker, { openedOn: '2023-05-01' });
    const b = await createCase(worker, { openedOn: '2023-06-01' });
    const c = await createCase(worker, { openedOn: '2024-02-01' });
    expect([a.folio, b.folio, c.folio]).toEqual(['MPI-2023-003', 'MPI-2023-004', 'MPI-2024-001']);
  });

  it('gives distinct consecutive folios to concurrent creations', async () => {
    const made = await Promise.all(Array.from({ length: 8 }, () => createCase(worker, { openedOn: '2021-04-01' })));
    const folios = made.map((m) => m.folio).sort();
    expect(folios).toEqual(Array.from({ length: 8 }, (_, i) => `MPI-2021-${String(i + 1).padStart(3, '0')}`));
  });

  it('lets an admin change the pattern, with version check and validation', async () => {
    const admin = await ctx.signInAs(['admin']);
    const current = (await admin.get('/api/cases-settings/folio-pattern')).json();
    expect(
      (await admin.put('/api/cases-settings/folio-pattern', { pattern: 'CDEMP/{seq:4}', version: current.version }))
        .statusCode,
    ).toBe(400);
    const ok = await admin.put('/api/cases-settings/folio-pattern', {
      pattern: 'CDEMP/{year}/{seq:4}',
      version: current.version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(
      (await admin.put('/api/cases-settings/folio-pattern', { pattern: 'X-{year}-{seq}', version: current.version }))
        .statusCode,
    ).toBe(409);
    expect((await createCase(worker, { openedOn: '2025-01-03' })).folio).toBe('CDEMP/2025/0001');
    expect((await worker.get('/api/cases-settings/folio-pattern')).statusCode).toBe(403);
    await admin.put('/api/cases-settings/folio-pattern', { pattern: 'MPI-{year}-{seq:3}', version: ok.json().version });
  });

  it('rejects bad input with validation_failed', async () => {
    const bad = [
      { kind: 'incorporation', profile: 'defender', identity: 'woman', openedOn: '2024-01-01' }, // no procedure
      { kind: 'attention', procedure: 'ordinary', profile: 'defender', identity: 'woman', openedOn: '2024-01-01' },
      { kind: 'other', profile: 'defender', identity: 'woman', openedOn: '2024-01-01' },
      { kind: 'attention', profile: 'defender', identity: 'woman', openedOn: '2024-13-01' },
      { kind: 'attention', profile: 'defender', identity: 'woman', openedOn: '2024-01-01', location: 'x'.repeat(500) },
    ];
    for (const body of bad) {
      const res = await worker.post('/api/cases', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
    expect((await worker.get('/api/cases/not-a-uuid')).statusCode).toBe(400);
    expect((await worker.get('/api/cases?limit=0')).statusCode).toBe(400);
    expect((await worker.get('/api/cases?status=flying')).statusCode).toBe(400);
    expect((await worker.get(`/api/cases/${crypto.randomUUID()}`)).statusCode).toBe(404);
  });
});

describe('lifecycle and optimistic concurrency', () => {
  it('walks the lifecycle of an attention case, refusing invalid steps and stale versions', async () => {
    const { id } = await createCase(worker, { kind: 'attention', procedure: null });
    const step = (version: number, to: string, extra = {}) =>
      worker.post(`/api/cases/${id}/status`, { version, to, ...extra });
    expect((await step(1, 'attended')).statusCode).toBe(409); // skips analysis
    let res = await step(1, 'analysis');
    expect(res.statusCode, res.body).toBe(200);
    expect((await step(1, 'attended')).json().error.code).toBe('conflict'); // stale version
    expect((await step(2, 'incorporated')).json().error.code).toBe('invalid_transition'); // wrong kind
    res = await step(2, 'attended');
    expect(res.json().version).toBe(3);
    expect((await step(3, 'concluded')).json().error.code).toBe('case_closing_reason_required');
    res = await step(3, 'concluded', { closingReason: 'completed', closedOn: '2024-03-01' });
    expect(res.statusCode, res.body).toBe(200);
    const page = (await worker.get(`/api/cases/${id}`)).json();
    expect(page.case).toMatchObject({ status: 'concluded', closedOn: '2024-03-01', closingReason: 'completed' });
    expect(page.access.nextStatuses).toEqual([]);
    expect(
      page.timeline
        .filter((e: { kind: string }) => e.kind === 'status')
        .map((e: { data: { to: string } }) => e.data.to),
    ).toEqual(['concluded', 'attended', 'analysis', 'request_received']);
    // the opening date cannot move past the closing date (400, not a database error)
    const late = await worker.patch(`/api/cases/${id}`, { version: 4, openedOn: '2024-04-01' });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.details[0].path).toBe('openedOn');
    // a concluded case takes no new plan
    expect((await worker.post(`/api/cases/${id}/plans`, { validFrom: '2024-03-02' })).json().error.code).toBe(
      'case_concluded',
    );
  });

  it('edits a case with its version and answers 409 conflict to the second writer', async () => {
    const { id } = await createCase(worker);
    const first = await worker.patch(`/api/cases/${id}`, { version: 1, location: 'Iztapalapa', identity: 'lgbttti' });
    expect(first.statusCode, first.body).toBe(200);
    const second = await worker.patch(`/api/cases/${id}`, { version: 1, location: 'Tlalpan' });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('conflict');
    const page = (await worker.get(`/api/cases/${id}`)).json();
    expect(page.case).toMatchObject({ location: 'Iztapalapa', identity: 'lgbttti', version: 2 });
    expect((await worker.patch(`/api/cases/${id}`, { version: 2, procedure: 'sideways' })).statusCode).toBe(400);
  });

  it('updates a beneficiary with its version and rejects a stale one', async () => {
    const { id } = await createCase(worker);
    const b = (await worker.post(`/api/cases/${id}/beneficiaries`, { relation: 'principal', name: 'Ana Ruiz' })).json();
    const up = await worker.patch(`/api/cases/${id}/beneficiaries/${b.id}`, { version: 1, aliases: 'La Güera' });
    expect(up.json()).toEqual({ id: b.id, version: 2 }); // writes answer with ids only
    expect((await worker.get(`/api/cases/${id}/beneficiaries`)).json().beneficiaries[0]).toMatchObject({
      name: 'Ana Ruiz',
      aliases: 'La Güera',
      version: 2,
    });
    expect(
      (await worker.patch(`/api/cases/${id}/beneficiaries/${b.id}`, { version: 1, name: 'Otra' })).statusCode,
    ).toBe(409);
    expect((await worker.post(`/api/cases/${id}/beneficiaries`, { relation: 'cousin', name: 'X' })).statusCode).toBe(
      400,
    );
    expect((await worker.post(`/api/cases/${id}/beneficiaries`, { relation: 'relative', name: '' })).statusCode).toBe(
      400,
    );
    expect((await worker.del(`/api/cases/${id}/beneficiaries/${b.id}`)).statusCode).toBe(204);
    expect((await worker.get(`/api/cases/${id}/beneficiaries`)).json().beneficiaries).toHaveLength(0);
  });
});

describe('plans, measures and decisions', () => {
  it('versions plans, takes measure names from the catalogue and applies CEM decisions', async () => {
    const { id } = await createCase(worker);
    const p1 = (
      await worker.post(`/api/cases/${id}/plans`, { validFrom: '2024-01-15', summary: 'Plan inicial' })
    ).json();
    const p2 = (await worker.post(`/api/cases/${id}/plans`, { validFrom: '2024-02-15' })).json();
    expect([p1.number, p2.number]).toEqual([1, 2]);
    const cat = await catalogueId(worker, 'protection', 'Rondines bitacorados (Código águila)');
    const m = await worker.post(`/api/cases/${id}/measures`, {
      catalogueId: cat,
      planId: p2.id,
      responsibleInstitution: 'SSC',
    });
    expect(m.statusCode, m.body).toBe(201);
    expect(m.json().code).toMatch(/^M-\d{6}$/);
    const [stored] = await ctx.handle.db.select().from(measures).where(eq(measures.id, m.json().id));
    expect(stored).toMatchObject({ type: 'protection', name: 'Rondines bitacorados (Código águila)' });

    const suspend = await worker.post(`/api/measures/${m.json().id}/decisions`, {
      decision: 'suspend',
      decidedOn: '2024-02-20',
      sessionRef: 'CEM 2a ord.',
    });
    expect(suspend.statusCode).toBe(201);
    let page = (await worker.get(`/api/cases/${id}`)).json();
    expect(page.measures[0]).toMatchObject({
      status: 'suspended',
      responsibleInstitution: 'SSC',
      planId: p2.id,
      version: 2,
    });
    await worker.post(`/api/measures/${m.json().id}/decisions`, {
      decision: 'end',
      decidedOn: '2024-02-28',
      sessionRef: 'CEM 3a ord.',
    });
    page = (await worker.get(`/api/cases/${id}`)).json();
    expect(page.measures[0]).toMatchObject({ status: 'ended', endedOn: '2024-02-28' });
    expect(page.plans.map((p: { number: number }) => p.number)).toEqual([2, 1]);

    // PATCH with a stale version is a conflict; bad decision input is refused
    expect((await worker.patch(`/api/measures/${m.json().id}`, { version: 1, status: 'active' })).statusCode).toBe(409);
    expect(
      (
        await worker.post(`/api/measures/${m.json().id}/decisions`, {
          decision: 'cancel',
          decidedOn: '2024-02-28',
          sessionRef: 'x',
        })
      ).statusCode,
    ).toBe(400);
    expect((await worker.post(`/api/cases/${id}/measures`, { catalogueId: crypto.randomUUID() })).statusCode).toBe(400);
    const other = await createCase(worker);
    expect((await worker.post(`/api/cases/${other.id}/measures`, { catalogueId: cat, planId: p1.id })).statusCode).toBe(
      400,
    );
  });

  it('flags extraordinary cases without an urgent measure in place until one starts', async () => {
    const requested = new Date(Date.now() - 4 * 3_600_000).toISOString();
    const { id } = await createCase(worker, { procedure: 'extraordinary', requestReceivedAt: requested });
    let page = (await worker.get(`/api/cases/${id}`)).json();
    expect(page.urgency).toMatchObject({
      applies: true,
      missingUrgentMeasure: true,
      issueOverdue: true,
      implementationOverdue: false,
    });
    expect(page.urgency.hoursSinceRequest).toBeGreaterThanOrEqual(4);
    let listed = (await worker.get('/api/cases?mine=true&limit=200'))
      .json()
      .items.find((c: { id: string }) => c.id === id);
    expect(listed.urgentMissing).toBe(true);
    const cat = await catalogueId(worker, 'urgent_protection');
    await worker.post(`/api/cases/${id}/measures`, {
      catalogueId: cat,
      startedOn: new Date().toISOString().slice(0, 10),
    });
    page = (await worker.get(`/api/cases/${id}`)).json();
    expect(page.urgency.missingUrgentMeasure).toBe(false);
    listed = (await worker.get('/api/cases?mine=true&limit=200')).json().items.find((c: { id: string }) => c.id === id);
    expect(listed.urgentMissing).toBe(false);
  });
});

describe('case list', () => {
  it('filters by kind, profile, identity, status, period, folio and assignment, all in SQL', async () => {
    const mine = await ctx.signInAs(['cdemp']);
    const j = await createCase(mine, {
      kind: 'federal_collaboration',
      procedure: null,
      profile: 'journalist',
      identity: 'collective',
      openedOn: '2022-07-01',
    });
    const q = async (qs: string) =>
      ((await mine.get(`/api/cases?${qs}&limit=200`)).json().items as { id: string }[]).map((c) => c.id);
    expect(await q('kind=federal_collaboration')).toContain(j.id);
    expect(await q('kind=attention')).not.toContain(j.id);
    expect(await q('profile=journalist&identity=collective')).toContain(j.id);
    expect(await q('identity=woman')).not.toContain(j.id);
    expect(await q('status=request_received&mine=true')).toEqual([j.id]);
    expect(await q('status=analysis')).not.toContain(j.id);
    // period = open at some point of it: the 2022 case, and the still-open 2021 cases; nothing opened later
    const in2022 = (await (await mine.get('/api/cases?from=2022-01-01&to=2022-12-31&limit=200')).json()).items as {
      id: string;
      openedOn: string;
    }[];
    expect(in2022.map((c) => c.id)).toContain(j.id);
    expect(in2022.every((c) => c.openedOn <= '2022-12-31')).toBe(true);
    expect(in2022.some((c) => c.openedOn.startsWith('2021'))).toBe(true);
    expect(await q('from=2022-01-01&to=2022-12-31&mine=true')).toEqual([j.id]);
    expect(await q(`folio=${encodeURIComponent(j.folio.slice(-6))}`)).toContain(j.id);
    expect(await q('folio=%25')).toEqual([]);
    expect(
      (await worker.get('/api/cases?mine=true&limit=200')).json().items.map((c: { id: string }) => c.id),
    ).not.toContain(j.id);
  });

  it('audits every write in the same request', async () => {
    const { id } = await createCase(worker);
    await worker.post(`/api/cases/${id}/follow-ups`, { on: '2024-02-01', kind: 'visit', note: 'Visita domiciliaria' });
    const entries = await ctx.handle.db.select().from(auditLog).where(eq(auditLog.actorUserId, worker.user.id));
    expect(entries.some((e) => e.action === 'create' && e.entity === 'case' && e.entityId === id)).toBe(true);
    expect(entries.some((e) => e.action === 'create' && e.entity === 'case_follow_up')).toBe(true);
    expect(JSON.stringify(entries)).not.toContain('Visita domiciliaria');
  });
});

describe('catalogue and leads administration', () => {
  it('admins extend the catalogue and grant leads; cdemp cannot', async () => {
    const admin = await ctx.signInAs(['admin']);
    const added = await admin.post('/api/measure-catalogue', { type: 'social', name: 'Apoyo para traslado' });
    expect(added.statusCode, added.body).toBe(201);
    expect(
      (await admin.post('/api/measure-catalogue', { type: 'social', name: 'Apoyo para traslado' })).statusCode,
    ).toBe(409);
    expect((await admin.post('/api/measure-catalogue', { type: 'magic', name: 'x' })).statusCode).toBe(400);
    expect((await worker.post('/api/measure-catalogue', { type: 'social', name: 'Otra' })).statusCode).toBe(403);
    const off = await admin.patch(`/api/measure-catalogue/${added.json().id}`, { version: 1, active: false });
    expect(off.statusCode).toBe(200);
    expect(
      (await worker.get('/api/measure-catalogue'))
        .json()
        .entries.some((e: { name: string }) => e.name === 'Apoyo para traslado'),
    ).toBe(false);

    const lead = await ctx.signInAs(['cdemp']);
    expect((await admin.put('/api/case-leads', { userIds: [admin.user.id] })).statusCode).toBe(400); // not cdemp
    expect((await admin.put('/api/case-leads', { userIds: [lead.user.id] })).statusCode).toBe(200);
    expect((await worker.put('/api/case-leads', { userIds: [worker.user.id] })).statusCode).toBe(403);
    const { id } = await createCase(worker);
    expect((await lead.get(`/api/cases/${id}/beneficiaries`)).statusCode).toBe(200);
    expect((await lead.put(`/api/cases/${id}/assignments`, { userIds: [admin.user.id] })).json().error.code).toBe(
      'case_assignee_not_staff',
    );
    expect((await lead.put(`/api/cases/${id}/assignments`, { userIds: ['nope'] })).statusCode).toBe(400);
    expect((await lead.get('/api/cases/staff')).json().staff.length).toBeGreaterThan(0);
  });
});
