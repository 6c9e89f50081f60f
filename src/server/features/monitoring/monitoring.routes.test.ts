import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { auditLog } from '../../platform/audit/audit.schema.js';
import { roles } from '../../../common/roles.js';
import { rolesAllow } from '../../platform/access/policies.js';
import { cases } from '../../records/records.schema.js';
import { createActivation, getFinding, listFindings, protestList } from './monitoring.service.js';
import { monitoringFindings, monitoringSources } from './monitoring.schema.js';

let ctx: TestContext;
let staff: TestClient;
let dg: TestClient;
let board: TestClient;
let planning: TestClient;

beforeAll(async () => {
  ctx = await createTestContext();
  staff = await ctx.signInAs(['cdemp']);
  dg = await ctx.signInAs(['dg']);
  board = await ctx.signInAs(['board']);
  planning = await ctx.signInAs(['planning']);
});
afterAll(async () => ctx?.close());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(40, 1)]);

const finding = (over: Record<string, unknown> = {}) => ({
  detectedOn: '2024-01-10',
  factsOn: '2024-01-09',
  situation: 'attacked',
  forms: ['physical', 'digital'],
  types: ['physical_attack', 'threat'],
  perpetrator: 'unknown',
  profile: 'journalist',
  identity: 'woman',
  alcaldia: '09015',
  protest: false,
  summary: 'Reportera agredida a golpes durante la cobertura de un desalojo en la colonia Centro',
  people: 'Periodista ficticia Ana Ejemplo, medio Diario Prueba',
  ...over,
});

async function create(over: Record<string, unknown> = {}) {
  const res = await staff.post('/api/monitoring/findings', finding(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; code: string; version: number };
}

const source = (outlet: string, file?: Buffer, name = 'nota.pdf') => ({
  kind: 'media',
  outlet,
  url: 'https://example.org/nota',
  capturedAt: '2024-01-10T15:00:00-06:00',
  file: file ? { name, contentBase64: file.toString('base64') } : null,
});

describe('findings', () => {
  it('creates findings with yearly codes and validates input in Spanish', async () => {
    const a = await create();
    const b = await create();
    expect(a.code).toMatch(/^HZ-2024-\d{4}$/);
    expect(Number(b.code.slice(-4))).toBe(Number(a.code.slice(-4)) + 1);
    const bad = await staff.post('/api/monitoring/findings', finding({ forms: [], factsOn: '2024-02-01' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
    expect(JSON.stringify(bad.json().error.details)).toContain('al menos una forma');
    const late = await staff.post('/api/monitoring/findings', finding({ factsOn: '2024-02-01' }));
    expect(late.statusCode).toBe(400);
    expect(JSON.stringify(late.json())).toContain('posterior a la de detección');
  });

  it('stores summary and people encrypted and shows people only with an audited read', async () => {
    const { id } = await create();
    const [row] = await ctx.handle.db.select().from(monitoringFindings).where(eq(monitoringFindings.id, id));
    expect(row!.people).not.toContain('Ana Ejemplo');
    expect(row!.summary).not.toContain('Reportera');
    const detail = await dg.get(`/api/monitoring/findings/${id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().people).toContain('Ana Ejemplo');
    const reads = await ctx.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'read_personal')));
    expect(reads.length).toBe(1);
    expect(reads[0]!.actorUserId).toBe(dg.user.id);
    for (const outsider of [board, planning]) {
      expect((await outsider.get(`/api/monitoring/findings/${id}`)).statusCode).toBe(403);
      expect((await outsider.get('/api/monitoring/findings')).statusCode).toBe(403);
    }
    expect((await dg.post('/api/monitoring/findings', finding())).statusCode).toBe(403);
  });

  it('counts independent sources (distinct outlets): verified at two, the list flags the rest', async () => {
    const { id } = await create({ detectedOn: '2023-05-02', factsOn: null, alcaldia: '09007' });
    const add = (outlet: string) => staff.post(`/api/monitoring/findings/${id}/sources`, source(outlet));
    expect((await add('Diario Uno')).statusCode).toBe(201);
    expect((await add('diario uno ')).statusCode).toBe(201);
    let detail = (await staff.get(`/api/monitoring/findings/${id}`)).json();
    expect(detail.sourceList).toHaveLength(2);
    expect(detail.sources).toBe(1);
    expect(detail.verified).toBe(false);
    const unverified = (
      await staff.get('/api/monitoring/findings?unverified=true&from=2023-05-01&to=2023-05-31')
    ).json();
    expect(unverified.items.map((i: { id: string }) => i.id)).toContain(id);
    expect((await add('Red social X')).statusCode).toBe(201);
    detail = (await staff.get(`/api/monitoring/findings/${id}`)).json();
    expect(detail.sources).toBe(2);
    expect(detail.verified).toBe(true);
    const after = (await staff.get('/api/monitoring/findings?unverified=true&from=2023-05-01&to=2023-05-31')).json();
    expect(after.items.map((i: { id: string }) => i.id)).not.toContain(id);
  });

  it('optimistic concurrency: a stale version gets 409', async () => {
    const { id, version } = await create();
    expect((await staff.patch(`/api/monitoring/findings/${id}`, { version, situation: 'at_risk' })).statusCode).toBe(
      200,
    );
    const stale = await staff.patch(`/api/monitoring/findings/${id}`, { version, situation: 'killed' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
  });
});

describe('preserved copies', () => {
  it('checks type by magic bytes and the size, stores the SHA-256 and re-checks it on download', async () => {
    const { id } = await create();
    const fake = await staff.post(
      `/api/monitoring/findings/${id}/sources`,
      source('Diario', Buffer.from('MZ not a pdf at all'), 'nota.pdf'),
    );
    expect(fake.statusCode).toBe(400);
    expect(fake.json().error.code).toBe('monitoring_file_type');
    const big = Buffer.concat([PDF, Buffer.alloc(3 * 1024 * 1024)]);
    const tooBig = await staff.post(`/api/monitoring/findings/${id}/sources`, source('Diario', big));
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().error.code).toBe('monitoring_file_too_large');

    const ok = await staff.post(`/api/monitoring/findings/${id}/sources`, source('Diario', PDF));
    expect(ok.statusCode).toBe(201);
    const { id: sourceId, sha256 } = ok.json();
    expect(sha256).toBe(createHash('sha256').update(PDF).digest('hex'));
    const [stored] = await ctx.handle.db.select().from(monitoringSources).where(eq(monitoringSources.id, sourceId));
    expect(stored!.mediaType).toBe('application/pdf');
    expect(stored!.content).not.toContain(PDF.toString('base64'));

    const down = await staff.get(`/api/monitoring/sources/${sourceId}/file`);
    expect(down.statusCode).toBe(200);
    expect(down.headers['content-type']).toBe('application/pdf');
    expect(down.rawPayload.equals(PDF)).toBe(true);
    expect(down.headers['x-content-sha256']).toBe(sha256);

    // Someone swaps the stored copy (validly encrypted, other bytes): the download reports it.
    await ctx.handle.db
      .update(monitoringSources)
      .set({ content: ctx.deps.crypto.encrypt(PNG.toString('base64')) })
      .where(eq(monitoringSources.id, sourceId));
    const tampered = await staff.get(`/api/monitoring/sources/${sourceId}/file`);
    expect(tampered.statusCode).toBe(409);
    expect(tampered.json().error.code).toBe('monitoring_source_tampered');
    const alarms = await ctx.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, sourceId), eq(auditLog.action, 'integrity_failure')));
    expect(alarms).toHaveLength(1);
  });
});

describe('duplicate warning', () => {
  it('warns of a finding with near date, same alcaldía and profile and a similar summary', async () => {
    const original = await create({
      detectedOn: '2022-03-03',
      factsOn: '2022-03-02',
      alcaldia: '09012',
      summary: 'Amenazas de muerte por redes sociales contra defensora ambiental del Ajusco',
      profile: 'defender',
    });
    await create({
      detectedOn: '2022-03-04',
      factsOn: null,
      alcaldia: '09012',
      summary: 'Robo de equipo a un fotógrafo en el mercado',
      profile: 'defender',
    });
    const q = {
      detectedOn: '2022-03-05',
      factsOn: '2022-03-03',
      alcaldia: '09012',
      profile: 'defender',
      summary: 'Defensora ambiental del Ajusco recibe amenazas de muerte en redes sociales',
    };
    const res = await staff.post('/api/monitoring/findings/duplicates', q);
    expect(res.statusCode).toBe(200);
    const ids = res.json().candidates.map((c: { id: string }) => c.id);
    expect(ids).toEqual([original.id]);
    for (const other of [
      { alcaldia: '09013' },
      { profile: 'journalist' },
      { detectedOn: '2022-04-20', factsOn: null },
    ]) {
      const none = await staff.post('/api/monitoring/findings/duplicates', { ...q, ...other });
      expect(none.json().candidates).toEqual([]);
    }
    const excluded = await staff.post('/api/monitoring/findings/duplicates', { ...q, excludeId: original.id });
    expect(excluded.json().candidates).toEqual([]);
  });
});

describe('open a case from a finding', () => {
  it('creates an attention case request linked to the finding, once', async () => {
    const { id, version } = await create({ alcaldia: '09016', identity: 'collective', profile: 'defender' });
    const res = await staff.post(`/api/monitoring/findings/${id}/case`, { version });
    expect(res.statusCode, res.body).toBe(201);
    const { caseId, folio } = res.json();
    const [c] = await ctx.handle.db.select().from(cases).where(eq(cases.id, caseId));
    expect(c).toMatchObject({ kind: 'attention', profile: 'defender', identity: 'collective', folio });
    const detail = (await staff.get(`/api/monitoring/findings/${id}`)).json();
    expect(detail.caseId).toBe(caseId);
    expect(detail.caseFolio).toBe(folio);
    const again = await staff.post(`/api/monitoring/findings/${id}/case`, { version: detail.version });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('monitoring_case_already_linked');
    // the case feature sees it as its own request
    const page = await staff.get(`/api/cases/${caseId}`);
    expect(page.statusCode).toBe(200);
    // A monitoring reader without `cases.read` (no such role today) would learn that a case exists, not its folio.
    const deps = { db: ctx.handle.db, crypto: ctx.deps.crypto };
    const reader = { actor: { userId: null, username: 't', roles: ['planning'] }, ip: '127.0.0.1' };
    const seen = await getFinding(deps as never, reader as never, id);
    expect(seen).toMatchObject({ caseId, caseFolio: null });
    const listed = await listFindings(deps as never, reader as never, { limit: 100, offset: 0 } as never);
    const item = listed.items.find((i) => i.id === id);
    expect(item).toMatchObject({ caseId, caseFolio: null });
  });
});

describe('protest monitoring', () => {
  it('records mobilisations, base activations by phase with cases attended, and lists them', async () => {
    const mob = await staff.post('/api/monitoring/mobilizations', {
      on: '2024-03-08',
      cause: 'Marcha 8M',
      alcaldias: ['09015', '09014'],
    });
    expect(mob.statusCode).toBe(201);
    const caseId = (await ctx.handle.db.select({ id: cases.id }).from(cases).limit(1))[0]!.id;
    const act = await staff.post('/api/monitoring/activations', {
      mobilizationId: mob.json().id,
      on: '2024-03-08',
      phase: 'during',
      staffOnDuty: 6,
      caseIds: [caseId],
    });
    expect(act.statusCode, act.body).toBe(201);
    expect(act.json().code).toBe('BASE-2024-001');
    await create({ detectedOn: '2024-03-08', factsOn: null, protest: true, activationId: act.json().id });
    const list = (await staff.get('/api/monitoring/protests?from=2024-03-01&to=2024-03-31')).json();
    expect(list.mobilizations).toHaveLength(1);
    expect(list.mobilizations[0].activations[0]).toMatchObject({
      phase: 'during',
      staffOnDuty: 6,
      findings: 1,
      cases: 1,
    });
    const [linked] = await ctx.handle.db.select({ folio: cases.folio }).from(cases).where(eq(cases.id, caseId));
    expect(list.mobilizations[0].activations[0].caseList).toEqual([{ id: caseId, folio: linked!.folio }]);
    const bad = await staff.post('/api/monitoring/activations', { on: '2024-03-08', phase: 'middle' });
    expect(bad.statusCode).toBe(400);
    const ghost = await staff.post('/api/monitoring/activations', {
      on: '2024-03-08',
      phase: 'after',
      caseIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(ghost.statusCode).toBe(400);
  });

  it('the case link never reaches a role that may not see cases (route × role matrix)', async () => {
    const url = '/api/monitoring/protests?from=2024-03-01&to=2024-03-31';
    for (const role of roles) {
      const client = await ctx.signInAs([role]);
      const res = await client.get(url);
      if (!rolesAllow('monitoring.read', [role])) {
        expect(res.statusCode, role).toBe(403);
        expect(res.body).not.toContain('caseList');
        continue;
      }
      expect(res.statusCode, role).toBe(200);
      const acts = res.json().mobilizations.flatMap((m: { activations: unknown[] }) => m.activations);
      for (const a of acts) expect('caseList' in a, role).toBe(rolesAllow('cases.read', [role]));
    }
    // Below the routes, for a policy set where a monitoring role may not see cases.
    const caseId = (await ctx.handle.db.select({ id: cases.id }).from(cases).limit(1))[0]!.id;
    const noCases = { actor: { userId: null, username: 't', roles: ['planning'] }, ip: '127.0.0.1' } as never;
    const deps = { db: ctx.handle.db, crypto: undefined as never };
    await expect(
      createActivation(deps, noCases, { on: '2024-03-09', phase: 'after', caseIds: [caseId] }),
    ).rejects.toMatchObject({ code: 'monitoring_cases_forbidden', statusCode: 403 });
    const hidden = await protestList(deps, noCases, { from: '2024-03-01', to: '2024-03-31' });
    const all = [...hidden.mobilizations.flatMap((m) => m.activations), ...hidden.unlinked];
    expect(all.length).toBeGreaterThan(0);
    for (const a of all) expect(a).not.toHaveProperty('caseList');
  });
});

describe('statistics', () => {
  it('gives staff exact counts and the public variant (and the board) "<3" for small cells', async () => {
    const q = 'from=2021-06-01&to=2021-06-30';
    await create({
      detectedOn: '2021-06-10',
      factsOn: null,
      alcaldia: '09005',
      situation: 'killed',
      forms: ['physical'],
    });
    for (let i = 0; i < 3; i++)
      await create({
        detectedOn: '2021-06-11',
        factsOn: null,
        alcaldia: '09002',
        situation: 'at_risk',
        forms: ['verbal'],
      });
    const exact = (await staff.get(`/api/monitoring/stats?${q}`)).json();
    expect(exact.public).toBe(false);
    expect(exact.findings.total).toBe(4);
    expect(exact.findings.byAlcaldia['09005']).toBe(1);
    expect(exact.findings.byAlcaldia['09002']).toBe(3);
    expect(exact.findings.bySituation.killed).toBe(1);
    expect(exact.findings.byType.physical_attack).toBe(4);
    const pub = (await staff.get(`/api/monitoring/stats?${q}&public=true`)).json();
    expect(pub.public).toBe(true);
    expect(pub.findings.byAlcaldia['09005']).toBe('<3');
    expect(pub.findings.byAlcaldia['09002']).toBe(3);
    expect(pub.findings.byAlcaldia['09003']).toBe(0);
    expect(pub.findings.bySituation.killed).toBe('<3');
    for (const reader of [board, planning]) {
      const forced = (await reader.get(`/api/monitoring/stats?${q}`)).json();
      expect(forced.public).toBe(true);
      expect(forced.findings.byAlcaldia['09005']).toBe('<3');
    }
  });
});

describe('report section switch (report settings)', () => {
  const period = 'from=2024-01-01&to=2024-02-29';
  const sectionIds = async () =>
    (
      (await planning.get(`/api/reports/bimonthly?${period}`)).json() as { document: { sections: { id: string }[] } }
    ).document.sections.map((s) => s.id);

  it('is on by default, can be switched off and on again; only switchable sections', async () => {
    const settings = (await planning.get('/api/reports/settings')).json();
    expect(settings.sections).toEqual([{ id: 'monitoring', enabled: true }]);
    const before = (await planning.get(`/api/reports/bimonthly?${period}`)).json();
    expect(before.report.monitoring).toBeDefined();
    expect(await sectionIds()).toContain('monitoring');

    const { institution } = settings;
    const bad = await planning.put('/api/reports/settings', { institution, disabledSections: ['cases'], version: 0 });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('no se puede desactivar');
    const byBoard = await board.put('/api/reports/settings', {
      institution,
      disabledSections: ['monitoring'],
      version: 0,
    });
    expect(byBoard.statusCode).toBe(403);

    const off = await planning.put('/api/reports/settings', {
      institution,
      disabledSections: ['monitoring'],
      version: 0,
    });
    expect(off.statusCode, off.body).toBe(200);
    expect((await planning.get('/api/reports/settings')).json().sections).toEqual([
      { id: 'monitoring', enabled: false },
    ]);
    const without = (await planning.get(`/api/reports/bimonthly?${period}`)).json();
    expect(without.report.monitoring).toBeUndefined();
    expect(await sectionIds()).not.toContain('monitoring');
    // The other sections stay.
    expect((await sectionIds()).length).toBe(before.document.sections.length - 1);

    // Saving the texts without the field leaves the switches as they are.
    const kept = await planning.put('/api/reports/settings', { institution, version: off.json().version });
    expect(kept.statusCode).toBe(200);
    expect(await sectionIds()).not.toContain('monitoring');

    const on = await planning.put('/api/reports/settings', {
      institution,
      disabledSections: [],
      version: kept.json().version,
    });
    expect(on.statusCode).toBe(200);
    expect((await planning.get(`/api/reports/bimonthly?${period}`)).json().report.monitoring).toBeDefined();
  });
});
