// Quarterly statistics (JSON + XLSX), training coverage and the bimonthly report section.
// "Today" is fixed at 15 April 2024 (Mexico City).
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { DEFAULT_INSTITUTION } from '../reports/report.model.js';
import type { BimonthlyReport } from '../reports/report.contract.js';
import { featureManifests } from '../index.js';
import { buildInformationRequests } from '../reports/tables/informationRequests.js';
import { loadTransparencySection, periodWords, transparencySection } from './transparency.section.js';
import { GENERAL_LAWS_2025 } from './rules.js';

let ctx: TestContext;
let unit: TestClient;
let admin: TestClient;

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2024-04-15T18:00:00Z'));
  ctx = await createTestContext();
  unit = await ctx.signInAs(['transparency']);
  admin = await ctx.signInAs(['admin']);
  // 2024 predates the 2025 general laws: an admin loads the 2015 general law's periods (20 + 10),
  // records their verification and makes them govern, so the city's shorter periods do not apply.
  await admin.post('/api/transparency/rule-sets', {
    ...GENERAL_LAWS_2025,
    key: 'prueba-2016',
    name: 'Prueba 2016',
    effectiveFrom: '2016-05-07',
    verified: false,
    public: {
      ...GENERAL_LAWS_2025.public,
      answer: { days: 20, article: 'prueba' },
      extension: { days: 10, article: 'prueba' },
    },
  });
  await admin.post('/api/transparency/rule-sets/prueba-2016/verification', {
    verifiedBy: 'Persona de prueba',
    verifiedOn: '2024-01-02',
    source: 'Texto de prueba',
  });
  await admin.post('/api/transparency/governing-rule-set', { ruleSetKey: 'prueba-2016', effectiveFrom: '2016-05-07' });
  const reg = async (folio: string, receivedOn: string, extra: Record<string, unknown> = {}) =>
    (
      await unit.post('/api/transparency/requests', {
        folio,
        receivedOn,
        kind: 'public',
        channel: 'platform',
        subject: 'Tema',
        ...extra,
      })
    ).json();
  const step = (r: { id: string }, body: Record<string, unknown>) =>
    unit.post(`/api/transparency/requests/${r.id}/transitions`, body);
  // Received 9 Jan 2024: 20 working days -> due 7 Feb (5 Feb is a holiday). Answered 1 Feb: in time.
  const a = await reg('UT-2024-001', '2024-01-09');
  await step(a, { action: 'answer', on: '2024-02-01', version: 1 });
  // Received 10 Jan: due 8 Feb; answered 12 Feb: late.
  const b = await reg('UT-2024-002', '2024-01-10');
  await step(b, { action: 'answer', on: '2024-02-12', version: 1 });
  // Received 20 Feb, referred (orientación) on 22 Feb: improcedente.
  const c = await reg('UT-2024-003', '2024-02-20');
  await step(c, { action: 'refer', on: '2024-02-22', version: 1, referralKind: 'orientation', referredTo: 'SEDUVI' });
  await unit.put(`/api/transparency/requests/${c.id}/classification`, {
    version: 2,
    classification: 'confidential',
    session: '1a Extraordinaria',
    decidedOn: '2024-02-23',
    decision: 'confirmed',
  });
  // ARCO received 1 Mar, still open on 15 Apr: due 1 Apr (18 Mar holiday) -> overdue.
  await reg('UT-2024-004', '2024-03-01', { kind: 'arco', arcoRight: 'access' });
  await unit.post(`/api/transparency/requests/${a.id}/appeals`, {
    appealFolio: 'RR.IP.0001/2024',
    filedOn: '2024-02-20',
  });
});
afterAll(async () => {
  await ctx.close();
  vi.useRealTimers();
});

describe('quarterly statistics', () => {
  it('counts the first quarter of 2024', async () => {
    const res = await unit.get('/api/transparency/statistics/quarterly?year=2024&quarter=1');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      from: '2024-01-01',
      to: '2024-03-31',
      received: 4,
      byKind: { public: 3, arco: 1 },
      byArcoRight: { access: 1 },
      closed: 3,
      closedInTime: 2,
      closedLate: 1,
      open: 1,
      openOverdue: 1,
      appeals: 1,
      byStatus: { answered: 2, referred: 1, received: 1 },
    });
    // Working days from notice to closing, counted by hand: 17 (9 Jan-1 Feb), 22 (10 Jan-12 Feb, 5 Feb off), 2 -> 41/3
    expect(res.json().averageWorkingDaysToClose).toBe(13.7);
  });
  it('exports the quarter as XLSX with Spanish labels', async () => {
    const res = await unit.get('/api/transparency/statistics/quarterly?year=2024&quarter=1&format=xlsx');
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const rows = new Map<string, unknown>();
    ws.eachRow((row) => rows.set(String(row.getCell(1).value).trim(), row.getCell(2).value));
    expect(rows.get('Solicitudes recibidas')).toBe(4);
    expect(rows.get('Concluidas fuera de plazo')).toBe(1);
    expect(rows.get('Derechos ARCO')).toBe(1);
  });
  it('refuses a bad quarter and roles without access', async () => {
    expect((await unit.get('/api/transparency/statistics/quarterly?year=2024&quarter=5')).statusCode).toBe(400);
    const board = await ctx.signInAs(['board']);
    expect((await board.get('/api/transparency/statistics/quarterly?year=2024&quarter=1')).statusCode).toBe(403);
  });
});

describe('training', () => {
  it('records courses and computes the share of staff trained', async () => {
    const s1 = (
      await unit.post('/api/transparency/training/staff', { name: 'Persona Uno', area: 'UT', committeeMember: true })
    ).json();
    const s2 = (await unit.post('/api/transparency/training/staff', { name: 'Persona Dos', area: 'CAF' })).json();
    const intro = (
      await unit.post('/api/transparency/training/courses', {
        title: 'Introducción a la LTAIPRC',
        kind: 'introductory',
        required: true,
      })
    ).json();
    const taller = (
      await unit.post('/api/transparency/training/courses', { title: 'Taller Prueba de Daño', kind: 'specialised' })
    ).json();
    expect(
      (
        await unit.post('/api/transparency/training/courses', {
          title: 'Introducción a la LTAIPRC',
          kind: 'introductory',
        })
      ).statusCode,
    ).toBe(409);
    const rec = (staffId: string, courseId: string, completedOn: string) =>
      unit.post('/api/transparency/training/records', { staffId, courseId, completedOn, certificateRef: 'CONST-1' });
    expect((await rec(s1.id, intro.id, '2024-02-10')).statusCode).toBe(201);
    expect((await rec(s1.id, intro.id, '2024-02-10')).statusCode).toBe(409);
    expect((await rec(s1.id, taller.id, '2024-02-15')).statusCode).toBe(201);
    expect((await rec('00000000-0000-4000-8000-000000000000', intro.id, '2024-02-10')).statusCode).toBe(404);
    let t = (await unit.get('/api/transparency/training?year=2024')).json();
    expect(t.coverage).toMatchObject({
      staff: 2,
      trained: 1,
      percent: 50,
      fullyTrained: false,
      missing: [s2.id],
      committeeWithSpecialised: 1,
    });
    await rec(s2.id, intro.id, '2024-03-01');
    t = (await unit.get('/api/transparency/training?year=2024')).json();
    expect(t.coverage).toMatchObject({ trained: 2, percent: 100, fullyTrained: true });
    expect(
      (await unit.patch(`/api/transparency/training/staff/${s2.id}`, { version: 5, active: false })).statusCode,
    ).toBe(409);
  });
});

describe('committee sessions', () => {
  it('reads the Comité de Transparencia of the bodies module and computes the yearly indicator (held / programmed ordinary sessions)', async () => {
    const schedule = async (type: string, plannedOn: string) =>
      (await unit.post('/api/bodies/comite_transparencia/sessions', { type, plannedOn })).json() as {
        id: string;
        version: number;
      };
    const held = async (s: { id: string; version: number }, heldOn: string) =>
      unit.post(`/api/bodies/sessions/${s.id}/held`, {
        version: s.version,
        heldOn,
        noQuorumReason: 'Sesión registrada a posteriori (prueba)',
      });
    expect(
      (await admin.post('/api/bodies/comite_transparencia/sessions', { type: 'ordinary', plannedOn: '2024-03-13' }))
        .statusCode,
    ).toBe(403);
    const e1 = await schedule('extraordinary', '2024-01-31');
    const item = await unit.post(`/api/bodies/sessions/${e1.id}/agenda`, {
      group: 'none',
      text: 'Presentación, votación y aprobación de los nuevos integrantes del Comité.',
    });
    expect(item.statusCode).toBe(201);
    expect((await held({ ...e1, version: e1.version }, '2024-01-31')).statusCode).toBe(200);
    const o1 = await schedule('ordinary', '2024-03-13');
    await schedule('ordinary', '2024-06-12');
    expect((await held(o1, '2024-03-13')).statusCode).toBe(200);
    const c = (await unit.get('/api/transparency/committee?year=2024')).json();
    expect(c.indicator).toEqual({ year: 2024, programmed: 2, held: 1, extraordinaryHeld: 1, percent: 50 });
    expect(
      c.sessions.map((x: { heldOn: string | null; scheduledOn: string | null }) => x.heldOn ?? x.scheduledOn),
    ).toEqual(['2024-01-31', '2024-03-13', '2024-06-12']);
    expect(c.sessions[0]).toMatchObject({
      id: e1.id,
      kind: 'extraordinary',
      ordinal: 1,
      topics: 'Presentación, votación y aprobación de los nuevos integrantes del Comité.',
    });
    // The write routes of the unit's former register are gone: the bodies module is the one place.
    expect((await unit.post('/api/transparency/committee/sessions', { kind: 'ordinary', ordinal: 1 })).statusCode).toBe(
      404,
    );
  });
});

describe('bimonthly report section', () => {
  it('is the transparency manifest’s section and adds the unit data for January-February 2024', async () => {
    const manifest = featureManifests.find((m) => m.name === 'transparency');
    expect(manifest?.reportSections).toContain(transparencySection);
    const period = { from: '2024-01-01', to: '2024-02-29' };
    const informationRequests = buildInformationRequests(period, [
      { month: '2024-01', kind: 'public', admissible: true, n: 2 },
      { month: '2024-02', kind: 'public', admissible: false, n: 1 },
    ]);
    let n = 0;
    const data = await loadTransparencySection(ctx.handle.db, period.from, period.to);
    const content = transparencySection.build(data, {
      period,
      core: { period, informationRequests } as unknown as BimonthlyReport,
      institution: DEFAULT_INSTITUTION,
      nextTable: () => ++n + 10,
      nextChart: () => 0,
    });
    const texts = content.blocks.map((b) => ('text' in b ? b.text : `[${b.kind}:${b.id}]`));
    expect(texts).toContain(
      'El 31 de enero del 2024, se llevó a cabo la Primera Sesión Extraordinaria del Comité de Transparencia. En dicha sesión se abordaron los siguientes temas:',
    );
    expect(texts).toContain('• Presentación, votación y aprobación de los nuevos integrantes del Comité.');
    expect(texts.some((t) => t.includes('13 de marzo'))).toBe(false); // outside the period
    expect(texts).toContain(
      'El Comité de Transparencia resolvió la clasificación de la información de una solicitud: una como confidencial.',
    );
    expect(texts).toContain(
      'De las solicitudes concluidas, dos se atendieron dentro del plazo legal y una fuera de él.',
    );
    expect(texts.some((t) => t.startsWith('Al 29 de febrero de 2024, una persona servidora pública concluyó'))).toBe(
      true,
    );
    expect(texts).toContain('[table:informationRequests]');
  });
  it('without the unit’s records it prints only the statistics', async () => {
    const period = { from: '2024-01-01', to: '2024-02-29' };
    const informationRequests = buildInformationRequests(period, [
      { month: '2024-01', kind: 'public', admissible: true, n: 1 },
    ]);
    const empty = {
      portal: [],
      sipot: null,
      sessions: [],
      committee: null,
      committeeSteps: [],
      deadlines: null,
      training: null,
      openGovernment: [],
    };
    const content = transparencySection.build(empty, {
      period,
      core: { period, informationRequests } as unknown as BimonthlyReport,
      institution: DEFAULT_INSTITUTION,
      nextTable: () => 11,
      nextChart: () => 0,
    });
    expect(content.blocks.map((b) => `${b.kind}:${b.id}`)).toEqual([
      'heading:transparency.requests',
      'paragraph:transparency.requests',
      'table:informationRequests',
    ]);
  });
  it('words SIPOT periods', () => {
    expect(periodWords('2023-Q4')).toBe('cuarto trimestre de 2023');
    expect(periodWords('2024-H1')).toBe('primer semestre de 2024');
  });
});
