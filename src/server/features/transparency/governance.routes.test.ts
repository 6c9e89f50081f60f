// Deadlines on the safe side over HTTP: the city's law and the general law both ship loaded; until
// a verified set governs, every alert and list uses the earlier date. "Today" is Tue 23 Sep 2025
// (Mexico City); 15 Sep 2025 is published as non-working and 16 Sep is a holiday. Dates counted by
// hand (the same counts as safe-deadlines.test.ts).
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { auditLog } from '../../platform/audit/audit.schema.js';
import { CDMX_LTAIPRC } from './rules.js';

let ctx: TestContext;
let unit: TestClient;
let dg: TestClient;
let admin: TestClient;
const ids: Record<string, string> = {};

const register = (folio: string, receivedOn: string, extra: Record<string, unknown> = {}) =>
  unit.post('/api/transparency/requests', {
    folio,
    receivedOn,
    kind: 'public',
    channel: 'platform',
    subject: 'Tema',
    ...extra,
  });
const step = (id: string, body: Record<string, unknown>) =>
  unit.post(`/api/transparency/requests/${id}/transitions`, body);
const get = async (key: string) => (await unit.get(`/api/transparency/requests/${ids[key]}`)).json();
const folios = (res: { json(): { items: { folio: string }[] } }) =>
  res
    .json()
    .items.map((i) => i.folio)
    .sort();

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-09-23T18:00:00Z'));
  ctx = await createTestContext();
  unit = await ctx.signInAs(['transparency']);
  dg = await ctx.signInAs(['dg']);
  admin = await ctx.signInAs(['admin']);
  await unit.post('/api/transparency/calendar/days', { day: '2025-09-15', description: 'Asueto publicado' });
  // A: Wed 10 Sep -> city 25 Sep, general 10 Oct. B: Fri 5 Sep -> city 22 Sep, general 7 Oct.
  ids.A = (await register('GOB-A', '2025-09-10')).json().id;
  ids.B = (await register('GOB-B', '2025-09-05')).json().id;
  // C: Mon 1 Sep -> city 12 Sep, general 29 Sep; answered 19 Sep (late under the city law).
  ids.C = (await register('GOB-C', '2025-09-01')).json().id;
  await step(ids.C!, { action: 'answer', on: '2025-09-19', version: 1 });
  // D: ARCO Mon 1 Sep, prevención Thu 4 Sep, reply Mon 8 Sep -> general (pause) 3 Oct, city (restart) 8 Oct.
  ids.D = (await register('GOB-D', '2025-09-01', { kind: 'arco', arcoRight: 'access' })).json().id;
  await step(ids.D!, { action: 'request_clarification', on: '2025-09-04', version: 1 });
  await step(ids.D!, { action: 'receive_clarification', on: '2025-09-08', version: 2 });
});
afterAll(async () => {
  await ctx.close();
  vi.useRealTimers();
});

describe('no governing set: the earliest date everywhere', () => {
  it('the request shows both sets and which one gave the date, and why', async () => {
    const a = await get('A');
    expect(a.deadlines).toMatchObject({
      dueOn: '2025-09-25',
      daysLeft: 2,
      overdue: false,
      ruleSetKey: 'cdmx-ltaiprc',
      ruleSetVerified: false,
      basis: { mode: 'earliest', reason: 'no_governing', ruleSetKey: 'cdmx-ltaiprc' },
      sources: { dueOn: 'cdmx-ltaiprc', appealFilingDueOn: 'leyes-generales-2025' },
    });
    expect(
      a.deadlines.candidates.map((c: { ruleSetKey: string; dueOn: string; verified: boolean }) => [
        c.ruleSetKey,
        c.dueOn,
        c.verified,
      ]),
    ).toEqual([
      ['cdmx-ltaiprc', '2025-09-25', false],
      ['leyes-generales-2025', '2025-10-10', true],
    ]);
  });

  it('overdue and due-soon lists, the dashboard and days left use the earlier date', async () => {
    expect(folios(await unit.get('/api/transparency/requests?attention=overdue'))).toEqual(['GOB-B']);
    expect(folios(await unit.get('/api/transparency/requests?attention=due_soon'))).toEqual(['GOB-A']);
    const d = (await dg.get('/api/transparency/dashboard')).json();
    expect(d).toMatchObject({ open: 3, overdue: 1, dueSoon: 1 });
    expect(d.next.map((n: { folio: string }) => n.folio)).toEqual(['GOB-B', 'GOB-A', 'GOB-D']);
    expect((await get('B')).deadlines).toMatchObject({ dueOn: '2025-09-22', daysLeft: -1, overdue: true });
    expect((await get('C')).deadlines).toMatchObject({ dueOn: '2025-09-12', answeredLate: true });
    expect((await get('D')).deadlines).toMatchObject({
      answerDueOn: '2025-10-03',
      sources: { answerDueOn: 'leyes-generales-2025' },
    });
  });

  it('statistics count the answer late against the earlier date', async () => {
    const s = (await unit.get('/api/transparency/statistics/quarterly?year=2025&quarter=3')).json();
    expect(s).toMatchObject({ closedLate: 1, closedInTime: 0, openOverdue: 1 });
  });
});

describe('verification and the governing setting (admin only, audited)', () => {
  it('an unverified set cannot govern; only admins decide', async () => {
    const body = { ruleSetKey: 'cdmx-ltaiprc', effectiveFrom: '2025-01-01' };
    expect((await unit.post('/api/transparency/governing-rule-set', body)).statusCode).toBe(403);
    const refused = await admin.post('/api/transparency/governing-rule-set', body);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('verificado');
    expect(
      (await admin.post('/api/transparency/governing-rule-set', { ...body, ruleSetKey: 'no-existe' })).statusCode,
    ).toBe(404);
    const verify = {
      verifiedBy: 'Lic. Revisora, Unidad Jurídica',
      verifiedOn: '2025-09-22',
      source: 'Gaceta Oficial CDMX 29-11-2024',
    };
    expect((await dg.post('/api/transparency/rule-sets/cdmx-ltaiprc/verification', verify)).statusCode).toBe(403);
    expect(
      (
        await admin.post('/api/transparency/rule-sets/cdmx-ltaiprc/verification', {
          ...verify,
          verifiedOn: '2025-09-30',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (await admin.post('/api/transparency/rule-sets/cdmx-ltaiprc/verification', { ...verify, source: '' })).statusCode,
    ).toBe(400);
    // A stored set that claims `verified: true` in its JSON is not verified until the check is on record.
    const claimed = await admin.post('/api/transparency/rule-sets', {
      ...CDMX_LTAIPRC,
      key: 'cdmx-reforma-prueba',
      effectiveFrom: '2026-01-01',
      verified: true,
    });
    expect(claimed.json()).toMatchObject({ verified: false, verification: null });
    expect(
      (
        await admin.post('/api/transparency/governing-rule-set', {
          ruleSetKey: 'cdmx-reforma-prueba',
          effectiveFrom: '2026-01-01',
        })
      ).statusCode,
    ).toBe(400);
    expect((await admin.post('/api/transparency/rule-sets/leyes-generales-2025/verification', verify)).statusCode).toBe(
      409,
    );
  });

  it('records who verified the city set and when; shown to readers; still the earliest date until chosen', async () => {
    const res = await admin.post('/api/transparency/rule-sets/cdmx-ltaiprc/verification', {
      verifiedBy: 'Lic. Revisora, Unidad Jurídica',
      verifiedOn: '2025-09-22',
      source: 'Gaceta Oficial CDMX 29-11-2024',
    });
    expect(res.statusCode).toBe(201);
    expect(
      (
        await admin.post('/api/transparency/rule-sets/cdmx-ltaiprc/verification', {
          verifiedBy: 'Otra persona',
          verifiedOn: '2025-09-22',
          source: 'x x x',
        })
      ).statusCode,
    ).toBe(409);
    const sets = (await dg.get('/api/transparency/rule-sets')).json().items;
    const city = sets.find((s: { ruleSet: { key: string } }) => s.ruleSet.key === 'cdmx-ltaiprc');
    expect(city).toMatchObject({
      builtIn: true,
      verified: true,
      verification: {
        verifiedBy: 'Lic. Revisora, Unidad Jurídica',
        verifiedOn: '2025-09-22',
        recordedBy: admin.user.username,
      },
    });
    const audits = await ctx.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'transparency_rule_set'), eq(auditLog.action, 'update')));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.actorUserId).toBe(admin.user.id);
    expect((await get('D')).deadlines).toMatchObject({ answerDueOn: '2025-10-03', basis: { mode: 'earliest' } });
  });

  it('once the city set governs, the dates follow it (ARCO after a prevención: restart, 8 Oct)', async () => {
    const res = await admin.post('/api/transparency/governing-rule-set', {
      ruleSetKey: 'cdmx-ltaiprc',
      effectiveFrom: '2025-01-01',
      note: 'Dictamen jurídico de prueba',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().current).toMatchObject({
      family: 'cdmx',
      ruleSetKey: 'cdmx-ltaiprc',
      decidedBy: admin.user.username,
    });
    expect((await get('D')).deadlines).toMatchObject({
      answerDueOn: '2025-10-08',
      ruleSetKey: 'cdmx-ltaiprc',
      ruleSetVerified: true,
      basis: { mode: 'governing', reason: 'governing', ruleSetKey: 'cdmx-ltaiprc' },
    });
    expect((await get('A')).deadlines).toMatchObject({ dueOn: '2025-09-25', basis: { mode: 'governing' } });
    // E is answered while the city set governs.
    ids.E = (await register('GOB-E', '2025-09-10')).json().id;
    await step(ids.E!, { action: 'answer', on: '2025-09-23', version: 1 });
    const audits = await ctx.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entity, 'transparency_governing_rule_set'));
    expect(audits.map((a) => (a.details as { ruleSetKey: string }).ruleSetKey)).toEqual(['cdmx-ltaiprc']);
  });

  it('changing the governing set moves open requests, never answered ones', async () => {
    const res = await admin.post('/api/transparency/governing-rule-set', {
      ruleSetKey: 'leyes-generales-2025',
      effectiveFrom: '2025-09-01',
    });
    expect(res.json().history.map((h: { ruleSetKey: string }) => h.ruleSetKey)).toEqual([
      'leyes-generales-2025',
      'cdmx-ltaiprc',
    ]);
    // Open requests received from 1 Sep follow the general law now.
    expect((await get('A')).deadlines).toMatchObject({
      dueOn: '2025-10-10',
      daysLeft: 13,
      basis: { mode: 'governing' },
    });
    expect((await get('B')).deadlines).toMatchObject({ dueOn: '2025-10-07', overdue: false });
    expect((await get('D')).deadlines.answerDueOn).toBe('2025-10-03');
    expect(folios(await unit.get('/api/transparency/requests?attention=overdue'))).toEqual([]);
    // C was answered under the earliest date and stays late; E was answered under the city set and keeps it.
    expect((await get('C')).deadlines).toMatchObject({
      dueOn: '2025-09-12',
      answeredLate: true,
      basis: { mode: 'earliest', reason: 'pinned' },
    });
    expect((await get('E')).deadlines).toMatchObject({
      dueOn: '2025-09-25',
      basis: { mode: 'governing', reason: 'pinned', ruleSetKey: 'cdmx-ltaiprc' },
    });
  });

  it('an extension late only under the earlier set is recorded and flagged; late under every set, refused', async () => {
    // Back to no governing set for requests received from 20 Sep.
    await admin.post('/api/transparency/governing-rule-set', { ruleSetKey: null, effectiveFrom: '2025-09-20' });
    // F and G: received Mon 22 Sep -> city due 3 Oct, general 20 Oct.
    const f = (await register('GOB-F', '2025-09-22')).json();
    const g = (await register('GOB-G', '2025-09-22')).json();
    expect(f.deadlines).toMatchObject({ dueOn: '2025-10-03', basis: { mode: 'earliest', reason: 'no_governing' } });
    await step(f.id, { action: 'turn_to_area', on: '2025-09-23', version: 1, areas: ['CAF'] });
    await step(g.id, { action: 'turn_to_area', on: '2025-09-23', version: 1, areas: ['CAF'] });
    vi.setSystemTime(new Date('2025-10-08T18:00:00Z'));
    unit = await ctx.signInAs(['transparency']); // the earlier session expired meanwhile
    const ext = await step(f.id, { action: 'extend', on: '2025-10-08', version: 2, extensionResolution: 'CT/1' });
    expect(ext.statusCode).toBe(200);
    // Late under the city law: nothing extended there, the request is overdue since 3 Oct.
    expect(ext.json().deadlines).toMatchObject({
      extensionLate: true,
      extendedDueOn: null,
      dueOn: '2025-10-03',
      overdue: true,
    });
    // The general law's extension (10 days after 20 Oct: 3 Nov) is shown in its own column.
    expect(ext.json().deadlines.candidates[1]).toMatchObject({
      ruleSetKey: 'leyes-generales-2025',
      dueOn: '2025-11-03',
    });
    vi.setSystemTime(new Date('2025-10-22T18:00:00Z'));
    unit = await ctx.signInAs(['transparency']);
    const late = await step(g.id, { action: 'extend', on: '2025-10-22', version: 2, extensionResolution: 'CT/2' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('transparency_extension_late');
  });
});
