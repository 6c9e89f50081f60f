// Information requests over HTTP. "Today" is fixed at 20 June 2025 (Mexico City) so the
// deadlines are the hand-counted dates of the comments (no published non-working days unless added).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { auditLog } from '../../platform/audit/audit.schema.js';
import { informationRequests } from '../../records/records.schema.js';
import { GENERAL_LAWS_2025 } from './rules.js';
import { informationRequestDetails } from './transparency.schema.js';

let ctx: TestContext;
let unit: TestClient;
let dg: TestClient;
let admin: TestClient;
let other: TestClient;

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-06-20T18:00:00Z'));
  ctx = await createTestContext();
  unit = await ctx.signInAs(['transparency']);
  dg = await ctx.signInAs(['dg']);
  admin = await ctx.signInAs(['admin']);
  other = await ctx.signInAs(['cdemp']);
  // These hand-counted dates are the general law's (20 + 10 days): the installation here chose it
  // as governing. Without that choice the city's shorter periods would give the earlier dates
  // (governance.routes.test.ts).
  const gov = await admin.post('/api/transparency/governing-rule-set', {
    ruleSetKey: 'leyes-generales-2025',
    effectiveFrom: '2025-03-21',
  });
  expect(gov.statusCode).toBe(201);
});
afterAll(async () => {
  await ctx.close();
  vi.useRealTimers();
});

const base = { kind: 'public', channel: 'platform', subject: 'Presupuesto 2025' };
const register = (client: TestClient, body: Record<string, unknown>) =>
  client.post('/api/transparency/requests', { ...base, ...body });
const step = (id: string, body: Record<string, unknown>) =>
  unit.post(`/api/transparency/requests/${id}/transitions`, body);

describe('register and follow a request', () => {
  let id: string;
  it('registers a request with its legal deadlines and days left', async () => {
    const res = await register(unit, {
      folio: '090171125000001',
      receivedOn: '2025-06-02',
      requesterName: 'Ana Pérez',
      requesterContact: 'ana@example.org',
    });
    expect(res.statusCode).toBe(201);
    const r = res.json();
    id = r.id;
    expect(r).toMatchObject({ status: 'received', version: 1, tracked: true, hasRequesterData: true });
    expect(r.deadlines).toMatchObject({
      ruleSetKey: 'leyes-generales-2025',
      answerDueOn: '2025-06-30',
      daysLeft: 6,
      overdue: false,
    });
    expect(r.allowedActions).toEqual(expect.arrayContaining(['turn_to_area', 'request_clarification', 'answer']));
    expect(r.events).toHaveLength(1);
    expect(r.can).toEqual({ act: true, track: true, resolveAppeal: true, seeRequester: true });
  });

  it('tells dg, who only reads, that nothing can be done on the page', async () => {
    const res = await dg.get(`/api/transparency/requests/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().can).toEqual({ act: false, track: false, resolveAppeal: false, seeRequester: false });
  });

  it('stores the requester encrypted and audits the explicit read', async () => {
    const [row] = await ctx.handle.db
      .select()
      .from(informationRequestDetails)
      .where(eq(informationRequestDetails.requestId, id));
    expect(row!.requesterNameEnc).toMatch(/^enc1\./);
    expect(row!.requesterNameEnc).not.toContain('Ana');
    const res = await unit.get(`/api/transparency/requests/${id}/requester`);
    expect(res.json()).toMatchObject({ requesterName: 'Ana Pérez', requesterContact: 'ana@example.org' });
    const audits = await ctx.handle.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audits.map((a) => a.action)).toEqual(expect.arrayContaining(['create', 'read_personal']));
    expect(JSON.stringify(audits)).not.toContain('Ana');
  });

  it('refuses a stale version (409) and an invalid transition', async () => {
    expect((await step(id, { action: 'turn_to_area', on: '2025-06-03', version: 7, areas: ['CAF'] })).statusCode).toBe(
      409,
    );
    const turned = await step(id, {
      action: 'turn_to_area',
      on: '2025-06-03',
      version: 1,
      areas: ['CAF', 'CDEMP'],
      note: 'Turno',
    });
    expect(turned.statusCode).toBe(200);
    expect(turned.json()).toMatchObject({ status: 'in_process', version: 2 });
    expect(turned.json().areas.map((a: { area: string }) => a.area)).toEqual(['CAF', 'CDEMP']);
    const bad = await step(id, { action: 'receive_clarification', on: '2025-06-04', version: 2 });
    expect(bad.statusCode).toBe(409);
    expect(bad.json().error.code).toBe('invalid_transition');
  });

  it('extension adds 10 working days; a second one is refused', async () => {
    const res = await step(id, {
      action: 'extend',
      on: '2025-06-20',
      version: 2,
      extensionResolution: 'CT/EXT/01/2025',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().deadlines).toMatchObject({ extendedDueOn: '2025-07-14', dueOn: '2025-07-14', daysLeft: 16 });
    const twice = await step(id, { action: 'extend', on: '2025-06-20', version: 3, extensionResolution: 'otra' });
    expect(twice.json().error.code).toBe('invalid_transition');
  });

  it('answering closes the request and sets admissible in the core table', async () => {
    const res = await step(id, { action: 'answer', on: '2025-06-20', version: 3 });
    expect(res.json()).toMatchObject({
      status: 'answered',
      admissible: true,
      closedOn: '2025-06-20',
      allowedActions: [],
    });
    expect(res.json().deadlines.daysLeft).toBeNull();
    const [core] = await ctx.handle.db.select().from(informationRequests).where(eq(informationRequests.id, id));
    expect(core!.admissible).toBe(true);
    expect(res.json().events.map((e: { action: string }) => e.action)).toEqual([
      'register',
      'turn_to_area',
      'extend',
      'answer',
    ]);
  });

  it('prevención stops the clock and resumes with the days left', async () => {
    const r = (await register(unit, { folio: 'UT-2025-0002', receivedOn: '2025-06-16' })).json();
    const stopped = (await step(r.id, { action: 'request_clarification', on: '2025-06-17', version: 1 })).json();
    expect(stopped.deadlines).toMatchObject({ clockStopped: true, daysLeft: null, requesterReplyDueOn: '2025-07-01' });
    expect((await step(r.id, { action: 'lapse_clarification', on: '2025-06-20', version: 2 })).json().error.code).toBe(
      'transparency_clarification_not_lapsed',
    );
    const resumed = (await step(r.id, { action: 'receive_clarification', on: '2025-06-19', version: 2 })).json();
    expect(resumed.status).toBe('received');
    expect(resumed.deadlines).toMatchObject({ clockStopped: false, answerDueOn: '2025-07-16' });
    const again = await step(r.id, { action: 'request_clarification', on: '2025-06-20', version: 3 });
    expect(again.json().error.code).toBe('transparency_clarification_once');
  });

  it('a prevención issued after turning to an area returns the request to the area', async () => {
    const r = (await register(unit, { folio: 'UT-2025-0006', receivedOn: '2025-06-16' })).json();
    await step(r.id, { action: 'turn_to_area', on: '2025-06-16', version: 1, areas: ['CDEMP'] });
    expect((await step(r.id, { action: 'request_clarification', on: '2025-06-17', version: 2 })).json().status).toBe(
      'clarification_requested',
    );
    const back = (await step(r.id, { action: 'receive_clarification', on: '2025-06-19', version: 3 })).json();
    expect(back.status).toBe('in_process');
    expect(back.deadlines.answerDueOn).toBe('2025-07-16');
  });

  it('a published non-working day moves open deadlines', async () => {
    const r = (await register(unit, { folio: 'UT-2025-0003', receivedOn: '2025-06-02' })).json();
    expect(r.deadlines.answerDueOn).toBe('2025-06-30');
    const imp = await unit.post('/api/transparency/calendar/import', {
      source: 'Gaceta de prueba',
      entries: [{ from: '2025-06-23', to: '2025-06-24', description: 'Asueto' }],
    });
    expect(imp.json()).toEqual({ added: 2, skipped: 0 });
    expect(
      (await unit.post('/api/transparency/calendar/import', { entries: [{ from: '2025-06-24' }] })).json(),
    ).toEqual({ added: 0, skipped: 1 });
    const after = (await unit.get(`/api/transparency/requests/${r.id}`)).json();
    expect(after.deadlines.answerDueOn).toBe('2025-07-02');
    const cal = (await dg.get('/api/transparency/calendar?year=2025')).json();
    expect(cal.published.map((d: { day: string }) => d.day)).toEqual(['2025-06-23', '2025-06-24']);
    expect(cal.holidays.map((h: { date: string }) => h.date)).toContain('2025-03-17');
    const single = await unit.post('/api/transparency/calendar/days', { day: '2025-06-25', description: 'x' });
    expect(single.statusCode).toBe(201);
    expect((await unit.post('/api/transparency/calendar/days', { day: '2025-06-25' })).statusCode).toBe(409);
    expect(
      (await unit.patch(`/api/transparency/calendar/days/${single.json().id}`, { description: 'Asueto local' })).json()
        .description,
    ).toBe('Asueto local');
    expect((await dg.del(`/api/transparency/calendar/days/${single.json().id}`)).statusCode).toBe(403);
    expect((await unit.del(`/api/transparency/calendar/days/${single.json().id}`)).statusCode).toBe(204);
    expect((await unit.get(`/api/transparency/requests/${r.id}`)).json().deadlines.answerDueOn).toBe('2025-07-02');
  });
});

describe('access and validation', () => {
  it('dg reads but cannot write; other roles and anonymous are refused', async () => {
    expect((await dg.get('/api/transparency/requests')).statusCode).toBe(200);
    expect((await register(dg, { folio: 'X-0001', receivedOn: '2025-06-02' })).statusCode).toBe(403);
    expect((await other.get('/api/transparency/requests')).statusCode).toBe(403);
    expect((await ctx.anonymous().get('/api/transparency/requests')).statusCode).toBe(401);
    expect((await unit.post('/api/transparency/rule-sets', GENERAL_LAWS_2025)).statusCode).toBe(403);
  });
  it('adopts an undecided imported request with the same folio, date and kind', async () => {
    const [core] = await ctx.handle.db
      .insert(informationRequests)
      .values({ folio: 'IMP-0001', receivedOn: '2025-06-02', kind: 'public' })
      .returning();
    const listed = (await unit.get('/api/transparency/requests?folio=IMP-0001')).json().items[0];
    expect(listed).toMatchObject({ tracked: false, status: 'received', subject: null });
    expect((await step(core!.id, { action: 'answer', on: '2025-06-03', version: 1 })).json().error.code).toBe(
      'transparency_not_tracked',
    );
    expect((await register(unit, { folio: 'IMP-0001', receivedOn: '2025-06-03' })).statusCode).toBe(409);
    const adopted = await register(unit, { folio: 'IMP-0001', receivedOn: '2025-06-02' });
    expect(adopted.statusCode).toBe(201);
    expect(adopted.json()).toMatchObject({ id: core!.id, tracked: true, subject: 'Presupuesto 2025' });
  });

  it('audits reading a timeline with notes', async () => {
    const r = (await register(unit, { folio: 'UT-2025-0008', receivedOn: '2025-06-16' })).json();
    await step(r.id, {
      action: 'turn_to_area',
      on: '2025-06-17',
      version: 1,
      areas: ['CAF'],
      note: 'Llamó la persona solicitante',
    });
    expect((await dg.get(`/api/transparency/requests/${r.id}`)).json().events[1].note).toBe(
      'Llamó la persona solicitante',
    );
    const reads = (await ctx.handle.db.select().from(auditLog).where(eq(auditLog.entityId, r.id))).filter(
      (a) => a.action === 'read_personal',
    );
    expect(reads).toHaveLength(1);
    expect(reads[0]!.actorUserId).toBe(dg.user.id);
  });

  it('rejects bad input with validation_failed or a Spanish domain error', async () => {
    const arco = await register(unit, { folio: 'X-0002', receivedOn: '2025-06-02', kind: 'arco' });
    expect(arco.statusCode).toBe(400);
    expect(arco.json().error.code).toBe('validation_failed');
    expect((await register(unit, { folio: 'X-0003', receivedOn: '2025-02-30' })).statusCode).toBe(400);
    expect((await register(unit, { folio: 'X 0004 ;drop', receivedOn: '2025-06-02' })).statusCode).toBe(400);
    const future = await register(unit, { folio: 'X-0005', receivedOn: '2025-06-21' });
    expect(future.json().error).toMatchObject({
      code: 'transparency_date_out_of_range',
      message: expect.stringContaining('fecha'),
    });
    expect((await register(unit, { folio: '090171125000001', receivedOn: '2025-06-02' })).statusCode).toBe(409);
  });
});

describe('rule sets and dashboard', () => {
  it('admins add a versioned rule set; later requests follow it, earlier ones keep theirs', async () => {
    const set = {
      ...GENERAL_LAWS_2025,
      key: 'prueba-2025-06',
      name: 'Prueba',
      effectiveFrom: '2025-06-10',
      public: { ...GENERAL_LAWS_2025.public, answer: { days: 15, article: 'art. X' } },
    };
    expect((await admin.post('/api/transparency/rule-sets', { ...set, effectiveFrom: 'mañana' })).statusCode).toBe(400);
    expect((await admin.post('/api/transparency/rule-sets', set)).statusCode).toBe(201);
    expect((await admin.post('/api/transparency/rule-sets', set)).statusCode).toBe(409);
    // A stored set counts as verified (and so may govern) once someone is on record as having checked it.
    expect(
      (
        await admin.post('/api/transparency/rule-sets/prueba-2025-06/verification', {
          verifiedBy: 'Persona de prueba',
          verifiedOn: '2025-06-10',
          source: 'Texto de prueba',
        })
      ).statusCode,
    ).toBe(201);
    const r = (await register(unit, { folio: 'UT-2025-0004', receivedOn: '2025-06-16' })).json();
    // 15 working days after 16 Jun, skipping the 23-24 Jun published above.
    expect(r.deadlines).toMatchObject({ ruleSetKey: 'prueba-2025-06', answerDueOn: '2025-07-09' });
    const listed = (await unit.get('/api/transparency/requests?folio=UT-2025-0002')).json();
    expect(listed.items[0].deadlines.ruleSetKey).toBe('leyes-generales-2025');
  });
  it('summarises open, due soon and overdue requests', async () => {
    await register(unit, { folio: 'UT-2025-0005', receivedOn: '2025-05-02' }); // due 2025-06-02: overdue
    const d = (await dg.get('/api/transparency/dashboard')).json();
    expect(d.today).toBe('2025-06-20');
    expect(d.overdue).toBe(1);
    expect(d.open).toBe(7);
    expect(d.next[0].folio).toBe('UT-2025-0005');
    const overdue = (await unit.get('/api/transparency/requests?attention=overdue')).json();
    expect(overdue.items.map((i: { folio: string }) => i.folio)).toEqual(['UT-2025-0005']);
  });
});

describe('areas, classification and appeals', () => {
  it('records an area response, a committee classification and an appeal with its outcome', async () => {
    const r = (await register(unit, { folio: 'UT-2025-0007', receivedOn: '2025-06-09' })).json();
    const turned = (await step(r.id, { action: 'turn_to_area', on: '2025-06-10', version: 1, areas: ['CAF'] })).json();
    const areaId = turned.areas[0].id;
    expect(
      (
        await unit.patch(`/api/transparency/requests/${r.id}/areas/${areaId}`, {
          respondedOn: '2025-06-09',
          version: 2,
        })
      ).statusCode,
    ).toBe(400);
    const responded = (
      await unit.patch(`/api/transparency/requests/${r.id}/areas/${areaId}`, { respondedOn: '2025-06-12', version: 2 })
    ).json();
    expect(responded.areas[0].respondedOn).toBe('2025-06-12');
    // Reserved information needs the committee's decision.
    expect(
      (await unit.put(`/api/transparency/requests/${r.id}/classification`, { version: 3, classification: 'reserved' }))
        .statusCode,
    ).toBe(400);
    const classified = await unit.put(`/api/transparency/requests/${r.id}/classification`, {
      version: 3,
      classification: 'reserved',
      session: '2a Ordinaria',
      decidedOn: '2025-06-13',
      decision: 'confirmed',
    });
    expect(classified.json()).toMatchObject({
      classification: 'reserved',
      classificationDecision: 'confirmed',
      version: 4,
    });
    const answered = (await step(r.id, { action: 'answer', on: '2025-06-16', version: 4 })).json();
    // 15 working days after 16 Jun, skipping 23-24 Jun published earlier in this file.
    expect(answered.deadlines.appealFilingDueOn).toBe('2025-07-09');
    const appealed = (
      await unit.post(`/api/transparency/requests/${r.id}/appeals`, {
        appealFolio: 'RR.IP.1234/2025',
        filedOn: '2025-06-18',
      })
    ).json();
    const appeal = appealed.appeals[0];
    expect(
      (
        await unit.patch(`/api/transparency/appeals/${appeal.id}`, {
          version: 1,
          resolvedOn: '2025-06-17',
          outcome: 'revoked',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await unit.patch(`/api/transparency/appeals/${appeal.id}`, {
          version: 9,
          resolvedOn: '2025-06-19',
          outcome: 'revoked',
        })
      ).statusCode,
    ).toBe(409);
    const resolved = (
      await unit.patch(`/api/transparency/appeals/${appeal.id}`, {
        version: 1,
        resolvedOn: '2025-06-19',
        outcome: 'revoked',
      })
    ).json();
    expect(resolved.appeals[0]).toMatchObject({ outcome: 'revoked', version: 2 });
    expect(resolved.events.map((e: { action: string }) => e.action)).toEqual([
      'register',
      'turn_to_area',
      'area_responded',
      'classified_reserved',
      'answer',
      'appeal_filed',
      'appeal_revoked',
    ]);
  });
});

describe('notorious incompetence', () => {
  it('is late after 3 working days, not after the answer period', async () => {
    const late = (await register(unit, { folio: 'UT-2025-0009', receivedOn: '2025-06-16' })).json();
    expect(late.deadlines.incompetenceDueOn).toBe('2025-06-19');
    const r1 = (
      await step(late.id, {
        action: 'refer',
        on: '2025-06-20',
        version: 1,
        referralKind: 'incompetence',
        referredTo: 'INE',
      })
    ).json();
    expect(r1).toMatchObject({ status: 'referred', admissible: false });
    expect(r1.deadlines.answeredLate).toBe(true);
    const orientation = (await register(unit, { folio: 'UT-2025-0010', receivedOn: '2025-06-16' })).json();
    const r2 = (
      await step(orientation.id, { action: 'refer', on: '2025-06-20', version: 1, referralKind: 'orientation' })
    ).json();
    expect(r2.deadlines.answeredLate).toBe(false);
  });
});
