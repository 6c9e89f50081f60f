// Legal routes end to end over the real database: contracts with documents, lawsuits with their
// history and the plaintiff's confidentiality, Gazette publications, reminders and exports.
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { auditLog } from '../../platform/audit/audit.schema.js';
import { addCalendarDays, mexicoCityDate } from '../transparency/calendar.js';
import { legalContractDocuments, legalLawsuits } from './legal.schema.js';

let ctx: TestContext;
let legal: TestClient;
let dg: TestClient;
let admin: TestClient;
let planning: TestClient;
let cdemp: TestClient;
const today = mexicoCityDate(new Date());

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('1 0 obj << >> endobj\n%%EOF\n')]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

const readsOf = async (userId: string, entity: string) =>
  ctx.handle.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.actorUserId, userId), eq(auditLog.action, 'read_personal'), eq(auditLog.entity, entity)));

beforeAll(async () => {
  ctx = await createTestContext();
  legal = await ctx.signInAs(['legal']);
  dg = await ctx.signInAs(['dg']);
  admin = await ctx.signInAs(['admin']);
  planning = await ctx.signInAs(['planning']);
  cdemp = await ctx.signInAs(['cdemp']);
});
afterAll(() => ctx.close());

const contract = (over: Record<string, unknown> = {}) => ({
  number: 'MPICDMX/CAF/CT/01/2024',
  kind: 'professional_services',
  counterpart: 'Persona Ficticia Uno',
  object: 'Asesoría en sistemas',
  amount: '120000.00',
  signedOn: '2024-01-02',
  startsOn: '2024-01-01',
  endsOn: '2024-09-30',
  ...over,
});

describe('contracts', () => {
  let id: string;
  it('registers a contract; only legal writes; duplicates, reversed dates and bad amounts are refused', async () => {
    const res = await legal.post('/api/legal/contracts', contract());
    expect(res.statusCode).toBe(201);
    id = res.json().id;
    expect((await legal.post('/api/legal/contracts', contract())).statusCode).toBe(409);
    const reversed = await legal.post('/api/legal/contracts', contract({ number: 'X-2024-9', endsOn: '2023-12-31' }));
    expect(reversed.statusCode).toBe(400);
    expect(reversed.body).toContain('fecha de término');
    expect(
      (await legal.post('/api/legal/contracts', contract({ number: 'X-2024-8', amount: '12,5' }))).statusCode,
    ).toBe(400);
    expect((await dg.post('/api/legal/contracts', contract({ number: 'X-2024-7' }))).statusCode).toBe(403);
  });

  it('lists with filters; the counterpart reaches legal and dg (audited) but not admin', async () => {
    await legal.post(
      '/api/legal/contracts',
      contract({ number: 'CDMX-MPI-CPS-H-001-2024', kind: 'fees', counterpart: 'Otra Persona' }),
    );
    const all = (await admin.get('/api/legal/contracts')).json();
    expect(all.total).toBe(2);
    const fees = (await admin.get('/api/legal/contracts?kind=fees')).json();
    expect(fees.rows.map((r: { number: string }) => r.number)).toEqual(['CDMX-MPI-CPS-H-001-2024']);
    expect((await admin.get('/api/legal/contracts?q=CT/01')).json().total).toBe(1);
    expect(JSON.stringify(all)).not.toContain('Persona Ficticia');

    const asLegal = (await legal.get(`/api/legal/contracts/${id}`)).json();
    expect(asLegal.counterpart).toBe('Persona Ficticia Uno');
    expect(await readsOf(legal.user.id, 'legal_contract')).toHaveLength(1);
    const asAdmin = await admin.get(`/api/legal/contracts/${id}`);
    expect(asAdmin.json().counterpart).toBeNull();
    expect(asAdmin.body).not.toContain('Persona Ficticia');
    expect((await planning.get(`/api/legal/contracts/${id}`)).statusCode).toBe(403);
    expect((await cdemp.get('/api/legal/contracts')).statusCode).toBe(403);
  });

  it('stores a PDF document encrypted with its SHA-256; refuses other types; only legal/dg download', async () => {
    const up = await legal.post(`/api/legal/contracts/${id}/documents`, {
      fileName: 'contrato.pdf',
      contentBase64: PDF.toString('base64'),
    });
    expect(up.statusCode).toBe(201);
    const sha = (await import('node:crypto')).createHash('sha256').update(PDF).digest('hex');
    expect(up.json().sha256).toBe(sha);
    expect(up.json().mediaType).toBe('application/pdf');
    const [stored] = await ctx.handle.db.select().from(legalContractDocuments);
    expect(stored!.contentEnc.startsWith('enc1.')).toBe(true);
    expect(stored!.contentEnc).not.toContain(PDF.toString('base64'));

    const bad = await legal.post(`/api/legal/contracts/${id}/documents`, {
      fileName: 'foto.pdf',
      contentBase64: PNG.toString('base64'),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('legal_document_type');

    const down = await dg.get(`/api/legal/contracts/${id}/documents/${up.json().id}`);
    expect(down.statusCode).toBe(200);
    expect(Buffer.from(down.rawPayload).equals(PDF)).toBe(true);
    expect(await readsOf(dg.user.id, 'legal_contract_document')).toHaveLength(1);
    expect((await admin.get(`/api/legal/contracts/${id}/documents/${up.json().id}`)).statusCode).toBe(403);
    expect((await legal.get(`/api/legal/contracts/${id}`)).json().hasDocument).toBe(true);
    const listed = (await legal.get('/api/legal/contracts')).json().rows;
    expect(listed.map((r: { number: string; hasDocument: boolean }) => [r.number, r.hasDocument])).toEqual([
      ['MPICDMX/CAF/CT/01/2024', true],
      ['CDMX-MPI-CPS-H-001-2024', false],
    ]);
  });

  it('refuses a stale version with 409 and records renewals', async () => {
    const first = await legal.patch(`/api/legal/contracts/${id}`, { version: 1, object: 'Asesoría jurídica' });
    expect(first.statusCode).toBe(200);
    expect((await legal.patch(`/api/legal/contracts/${id}`, { version: 1, object: 'Otra' })).statusCode).toBe(409);
    const renewal = await legal.post(
      '/api/legal/contracts',
      contract({
        number: 'MPICDMX/CAF/CT/01/2024-R',
        signedOn: '2024-09-25',
        startsOn: '2024-10-01',
        endsOn: '2024-12-31',
        renewsId: id,
      }),
    );
    expect(renewal.statusCode).toBe(201);
    expect(
      (await legal.get(`/api/legal/contracts/${id}`)).json().renewals.map((r: { number: string }) => r.number),
    ).toEqual(['MPICDMX/CAF/CT/01/2024-R']);
  });

  it('lists contracts ending within 30 days for the dashboard, and exports XLSX', async () => {
    await legal.post(
      '/api/legal/contracts',
      contract({
        number: 'SOON-001',
        kind: 'services',
        signedOn: today,
        startsOn: today,
        endsOn: addCalendarDays(today, 10),
      }),
    );
    await legal.post(
      '/api/legal/contracts',
      contract({
        number: 'LATER-001',
        kind: 'goods',
        signedOn: today,
        startsOn: today,
        endsOn: addCalendarDays(today, 45),
      }),
    );
    const r = (await legal.get('/api/legal/reminders')).json();
    expect(r.contractsEnding.map((c: { number: string }) => c.number)).toEqual(['SOON-001']);
    expect(
      (await legal.get('/api/legal/contracts?endingWithin=30')).json().rows.map((c: { number: string }) => c.number),
    ).toEqual(['SOON-001']);
    const s = (await planning.get('/api/legal/summary')).json();
    expect(s.contracts.endingSoon).toBe(1);
    expect(s.contracts.total).toBe(5);

    const x = await legal.get('/api/legal/contracts?format=xlsx');
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Contratos')!;
    expect(ws.getRow(1).getCell(1).value).toBe('Número');
    expect(ws.rowCount).toBe(6);
    const vig = ws.getColumn(8).values.filter((v) => v === '01 de enero al 30 de septiembre 2024');
    expect(vig.length).toBeGreaterThanOrEqual(2);
  });
});

describe('lawsuits', () => {
  let id: string;
  it('registers a lawsuit in the open catalogue; unknown types are refused; new types can be added', async () => {
    const types = (await legal.get('/api/legal/lawsuit-types')).json().map((t: { code: string }) => t.code);
    expect(types).toEqual(expect.arrayContaining(['labour', 'administrative', 'amparo', 'other']));
    const base = {
      fileNumber: 'JCA-123/2024',
      typeCode: 'labour',
      court: 'Junta Local de Conciliación y Arbitraje',
      plaintiff: 'Demandante Ficticio, RFC XAXX010101000',
      claims: 'Reinstalación y salarios caídos',
      claimedAmount: '350000',
      projectedAmount: '180000.50',
      filedOn: '2024-03-04',
    };
    const res = await legal.post('/api/legal/lawsuits', base);
    expect(res.statusCode).toBe(201);
    id = res.json().id;
    expect(
      (await legal.post('/api/legal/lawsuits', { ...base, fileNumber: 'X/1', typeCode: 'fiscal' })).json().error.code,
    ).toBe('legal_unknown_lawsuit_type');
    expect((await legal.post('/api/legal/lawsuit-types', { code: 'fiscal', label: 'Fiscal' })).statusCode).toBe(201);
    expect(
      (await legal.post('/api/legal/lawsuits', { ...base, fileNumber: 'X/1', typeCode: 'fiscal' })).statusCode,
    ).toBe(201);
    const [row] = await ctx.handle.db.select().from(legalLawsuits).where(eq(legalLawsuits.id, id));
    expect(row!.plaintiffEnc).not.toContain('Demandante');
  });

  it('shows the plaintiff only to legal and dg, auditing each read; never in lists or exports', async () => {
    expect((await legal.get(`/api/legal/lawsuits/${id}`)).json().plaintiff).toContain('Demandante Ficticio');
    expect((await dg.get(`/api/legal/lawsuits/${id}`)).json().plaintiff).toContain('Demandante Ficticio');
    const asAdmin = await admin.get(`/api/legal/lawsuits/${id}`);
    expect(asAdmin.statusCode).toBe(200);
    expect(asAdmin.json().plaintiff).toBeNull();
    expect(asAdmin.body).not.toContain('Demandante');
    expect(await readsOf(dg.user.id, 'legal_lawsuit')).toHaveLength(1);
    expect(await readsOf(admin.user.id, 'legal_lawsuit')).toHaveLength(0);
    for (const c of [planning, cdemp]) expect((await c.get(`/api/legal/lawsuits/${id}`)).statusCode).toBe(403);
    const list = await legal.get('/api/legal/lawsuits');
    expect(list.body).not.toContain('Demandante');
    const x = await legal.get('/api/legal/lawsuits?format=xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const cells = JSON.stringify(wb.getWorksheet('Juicios')!.getSheetValues());
    expect(cells).toContain('JCA-123/2024');
    expect(cells).not.toContain('Demandante');
  });

  it('keeps the procedural history; open deadlines remind until done; stage changes are recorded', async () => {
    const soon = addCalendarDays(today, 3);
    const ev = await legal.post(`/api/legal/lawsuits/${id}/events`, {
      kind: 'deadline',
      on: soon,
      description: 'Contestar demanda',
    });
    expect(ev.statusCode).toBe(201);
    await legal.post(`/api/legal/lawsuits/${id}/events`, {
      kind: 'hearing',
      on: addCalendarDays(today, 40),
      description: 'Audiencia',
    });
    let r = (await legal.get('/api/legal/reminders')).json();
    expect(r.deadlines.map((d: { description: string }) => d.description)).toEqual(['Contestar demanda']);
    expect(
      (await legal.get('/api/legal/lawsuits?open=true')).json().rows.find((l: { id: string }) => l.id === id)
        .nextDeadline,
    ).toBe(soon);
    await legal.patch(`/api/legal/lawsuits/${id}/events/${ev.json().id}`, { done: true });
    r = (await legal.get('/api/legal/reminders')).json();
    expect(r.deadlines).toEqual([]);

    const up = await legal.patch(`/api/legal/lawsuits/${id}`, { version: 1, stage: 'answered' });
    expect(up.statusCode).toBe(200);
    expect((await legal.patch(`/api/legal/lawsuits/${id}`, { version: 1, stage: 'evidence' })).statusCode).toBe(409);
    const detail = (await legal.get(`/api/legal/lawsuits/${id}`)).json();
    expect(detail.stage).toBe('answered');
    expect(detail.events.map((e: { kind: string }) => e.kind)).toEqual([
      'filing',
      'stage_change',
      'deadline',
      'hearing',
    ]);
    expect((await legal.get('/api/legal/lawsuits?stage=answered')).json().total).toBe(1);
  });

  it('gives the bimonthly report schedule: five business days after each bimester', async () => {
    const s = (await admin.get('/api/legal/lawsuit-reports?year=2024')).json();
    expect(s.bimesters[0]).toMatchObject({ from: '2024-01-01', to: '2024-02-29', dueOn: '2024-03-07' });
  });
});

describe('gazette', () => {
  it('registers publications with their footnote; filters; duplicates refused', async () => {
    const body = {
      ref: 'GO-2024-001',
      publishedOn: '2024-01-31',
      title: 'Aviso por el cual se da a conocer los días inhábiles',
      kind: 'aviso',
      page: 96,
      url: 'https://data.consejeria.cdmx.gob.mx/portal_old/uploads/gacetas/e8a265f67df90f6e54e17dd58f7071fa.pdf',
    };
    expect((await legal.post('/api/legal/gazette', body)).statusCode).toBe(201);
    expect((await legal.post('/api/legal/gazette', body)).statusCode).toBe(409);
    expect(
      (await legal.post('/api/legal/gazette', { ...body, ref: 'GO-X', url: 'javascript:alert(1)' })).statusCode,
    ).toBe(400);
    const list = (await dg.get('/api/legal/gazette?year=2024')).json();
    expect(list.rows[0].footnote).toBe(
      'Gaceta Oficial de la Ciudad de México, 31 de enero de 2024, página 96, puede consultarse en: https://data.consejeria.cdmx.gob.mx/portal_old/uploads/gacetas/e8a265f67df90f6e54e17dd58f7071fa.pdf',
    );
    expect((await dg.get('/api/legal/gazette?year=2023')).json().total).toBe(0);
  });
});
