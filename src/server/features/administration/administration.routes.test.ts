// The administration routes end to end on the test database: submissions (create, update with
// version, conflicts, rules), evidence (type from the bytes, size, SHA-256, download), the grid,
// reminders, the activity log and procurement, who may do what, and the audit trail.
import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { auditLog } from '../../platform/audit/audit.schema.js';
import { putSubmission, todayInMexicoCity } from './administration.service.js';
import { addMonths } from './deliverables.logic.js';

let ctx: TestContext;
let caf: TestClient;
let planning: TestClient;
let legal: TestClient;
const today = todayInMexicoCity();
const lastMonth = addMonths(today.slice(0, 7), -1);

beforeAll(async () => {
  ctx = await createTestContext();
  caf = await ctx.signInAs(['caf']);
  planning = await ctx.signInAs(['planning']);
  legal = await ctx.signInAs(['legal']);
});
afterAll(async () => ctx?.close());

const url = (id: string, month: string) => `/api/administration/deliverables/${id}/submissions/${month}`;

describe('submissions', () => {
  it('records a month, updates it with the version read and refuses a stale version', async () => {
    const created = await caf.put(url('CAF-01', '2024-01'), { status: 'delivered', deliveredOn: '2024-02-08' });
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({
      status: 'delivered',
      deliveredOn: '2024-02-08',
      version: 1,
      evidence: null,
    });
    const updated = await caf.put(url('CAF-01', '2024-01'), {
      status: 'delivered',
      deliveredOn: '2024-02-09',
      note: 'Oficio 12',
      version: 1,
    });
    expect(updated.json()).toMatchObject({ deliveredOn: '2024-02-09', note: 'Oficio 12', version: 2 });
    const stale = await caf.put(url('CAF-01', '2024-01'), { status: 'pending', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
    const blind = await caf.put(url('CAF-01', '2024-01'), { status: 'pending' });
    expect(blind.statusCode).toBe(409);
    expect((await caf.get(url('CAF-01', '2024-01'))).json()).toMatchObject({ deliveredOn: '2024-02-09', version: 2 });
  });

  it('refuses a future month, a delivery date outside the month..today, an unknown deliverable and bad input', async () => {
    const future = addMonths(today.slice(0, 7), 1);
    const r1 = await caf.put(url('CAF-02', future), { status: 'in_progress' });
    expect([r1.statusCode, r1.json().error.code]).toEqual([400, 'administration_month_future']);
    const r2 = await caf.put(url('CAF-02', '2024-01'), { status: 'delivered', deliveredOn: '2023-12-31' });
    expect([r2.statusCode, r2.json().error.code]).toEqual([400, 'administration_delivered_on_invalid']);
    expect(r2.json().error.message).toMatch(/fecha de entrega/);
    const r3 = await caf.put(url('CAF-99', '2024-01'), { status: 'delivered' });
    expect(r3.statusCode).toBe(404);
    const r4 = await caf.put(url('CAF-02', '2024-13'), { status: 'delivered' });
    expect([r4.statusCode, r4.json().error.code]).toEqual([400, 'validation_failed']);
    const r5 = await caf.put(url('CAF-02', '2024-01'), { status: 'lost' });
    expect(r5.statusCode).toBe(400);
    // Nothing was stored by the refused requests.
    expect((await caf.get(url('CAF-02', '2024-01'))).statusCode).toBe(404);
  });

  it('keeps a delivery date only on delivered reports', async () => {
    const r = await caf.put(url('CAF-03', '2024-01'), { status: 'in_progress', deliveredOn: '2024-02-01' });
    expect(r.json()).toMatchObject({ status: 'in_progress', deliveredOn: null });
  });

  it('audits every write inside its transaction', async () => {
    const rows = await ctx.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'administration_submission'), eq(auditLog.actorUserId, caf.user.id)));
    expect(rows.map((r) => r.action).sort()).toEqual(['create', 'create', 'update']);
  });
});

describe('evidence', () => {
  it('stores an XLSX with its SHA-256 and gives the same bytes back', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Acuse').addRow(['Entregado', '2024-02-09']);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await caf.put(`${url('CAF-01', '2024-01')}/evidence`, {
      fileName: 'acuse enero.xlsx',
      contentBase64: bytes.toString('base64'),
    });
    expect(res.statusCode).toBe(200);
    const sha = crypto.createHash('sha256').update(bytes).digest('hex');
    expect(res.json().evidence).toEqual({
      fileName: 'acuse enero.xlsx',
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      size: bytes.length,
      sha256: sha,
    });
    const dl = await caf.get(`${url('CAF-01', '2024-01')}/evidence`);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toContain('spreadsheetml');
    expect(crypto.createHash('sha256').update(dl.rawPayload).digest('hex')).toBe(sha);
  });

  it('refuses a file whose bytes are not PDF, XLSX or DOCX, whatever its name, and one above the size limit', async () => {
    const exe = await caf.put(`${url('CAF-01', '2024-01')}/evidence`, {
      fileName: 'acuse.pdf',
      contentBase64: Buffer.from('MZ\x90\x00 not a pdf at all').toString('base64'),
    });
    expect([exe.statusCode, exe.json().error.code]).toEqual([415, 'administration_evidence_type']);
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3 * 1024 * 1024)]);
    const tooBig = await caf.put(`${url('CAF-01', '2024-01')}/evidence`, {
      fileName: 'grande.pdf',
      contentBase64: big.toString('base64'),
    });
    expect([tooBig.statusCode, tooBig.json().error.code]).toEqual([413, 'administration_evidence_too_large']);
    // The earlier evidence is untouched.
    expect((await caf.get(url('CAF-01', '2024-01'))).json().evidence.fileName).toBe('acuse enero.xlsx');
  });

  it('needs a recorded submission first', async () => {
    const res = await caf.put(`${url('CAF-05', '2024-01')}/evidence`, {
      fileName: 'a.pdf',
      contentBase64: Buffer.from('%PDF-1.4 x').toString('base64'),
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('grid and reminders', () => {
  it('shows every deliverable per month with pending where nothing was recorded, filtered by recipient and status', async () => {
    const grid = (await planning.get('/api/administration/deliverables/grid?from=2024-01&to=2024-02')).json();
    expect(grid.months).toEqual(['2024-01', '2024-02']);
    expect(grid.rows).toHaveLength(14);
    expect(grid.rows[0].cells[0]).toMatchObject({
      status: 'delivered',
      dueOn: '2024-02-10',
      hasEvidence: true,
      version: 3,
    });
    expect(grid.rows[0].cells[1]).toMatchObject({ status: 'pending', version: null });
    expect(grid.total).toEqual({ delivered: 1, in_progress: 1, pending: 26 });
    const sat = (
      await planning.get('/api/administration/deliverables/grid?from=2024-01&to=2024-02&recipient=SAT')
    ).json();
    expect(sat.rows.map((r: { id: string }) => r.id)).toEqual(['CAF-14']);
    const inProgress = (
      await planning.get('/api/administration/deliverables/grid?from=2024-01&to=2024-02&status=in_progress')
    ).json();
    expect(inProgress.rows.map((r: { id: string }) => r.id)).toEqual(['CAF-03']);
    const tooLong = await planning.get('/api/administration/deliverables/grid?from=2020-01&to=2024-02');
    expect(tooLong.statusCode).toBe(400);
  });

  it('exports the grid, the log and the procedures to XLSX with the filters', async () => {
    const res = await planning.get('/api/administration/deliverables/grid.xlsx?from=2024-01&to=2024-02');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Informes')!;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      'Clave',
      'Informe',
      'Dependencia a la que se entrega',
      '2024-01 Estatus',
      '2024-01 Fecha de entrega',
      '2024-01 Fecha límite',
      '2024-02 Estatus',
      '2024-02 Fecha de entrega',
      '2024-02 Fecha límite',
    ]);
    expect(ws.getRow(2).getCell(4).value).toBe('Entregado');
    expect(ws.getRow(2).getCell(5).value).toBe('2024-02-09');
    expect(ws.getRow(2).getCell(7).value).toBe('Pendiente');
    expect(ws.rowCount).toBe(15);
    expect((await planning.get('/api/administration/activities.xlsx')).statusCode).toBe(403);
    expect((await caf.get('/api/administration/procurements.xlsx?year=2024')).statusCode).toBe(200);
  });

  it('lists overdue reports and reminders before the due day', async () => {
    const r = (
      await planning.get('/api/administration/deliverables/reminders?today=2024-03-08&leadDays=3&since=2024-01')
    ).json();
    // January: 14 due on 10 February, CAF-01 delivered -> 13 overdue; February: due 10 March (2 days) -> 14 reminders.
    expect(r.overdue).toHaveLength(13);
    expect(
      r.overdue.every((x: { month: string; daysLeft: number }) => x.month === '2024-01' && x.daysLeft === -27),
    ).toBe(true);
    expect(r.dueSoon).toHaveLength(14);
    expect(r.dueSoon[0]).toMatchObject({ deliverableId: 'CAF-01', month: '2024-02', dueOn: '2024-03-10', daysLeft: 2 });
  });

  it('lets the CAF change a due day (versioned)', async () => {
    const list = (await caf.get('/api/administration/deliverables')).json().items;
    const r = await caf.patch('/api/administration/deliverables/CAF-14', { dueDay: 17, version: list[13].version });
    expect(r.json()).toMatchObject({ id: 'CAF-14', dueDay: 17, version: list[13].version + 1 });
    const grid = (await caf.get('/api/administration/deliverables/grid?from=2024-01&to=2024-01&recipient=SAT')).json();
    expect(grid.rows[0].cells[0].dueOn).toBe('2024-02-17');
    expect((await caf.patch('/api/administration/deliverables/CAF-14', { dueDay: 40, version: 2 })).statusCode).toBe(
      400,
    );
  });
});

describe('activity log and procurement', () => {
  it('records, filters, edits and deletes activity entries', async () => {
    const a = await caf.post('/api/administration/activities', {
      on: '2024-02-12',
      text: 'Se inició la Auditoría 2024.',
      area: 'Auditoría',
    });
    expect(a.statusCode).toBe(201);
    await caf.post('/api/administration/activities', {
      on: '2023-05-02',
      text: 'Inventario de almacén.',
      area: 'Almacén',
      public: false,
    });
    const y2024 = (await caf.get('/api/administration/activities?from=2024-01-01&to=2024-12-31')).json();
    expect(y2024.items.map((i: { text: string }) => i.text)).toEqual(['Se inició la Auditoría 2024.']);
    expect(y2024.areas).toEqual(['Almacén', 'Auditoría']);
    expect((await caf.get('/api/administration/activities?public=false')).json().total).toBe(1);
    expect((await caf.get('/api/administration/activities?q=auditor%C3%ADa')).json().total).toBe(1);
    const id = a.json().id;
    const edited = await caf.patch(`/api/administration/activities/${id}`, { public: false, version: 1 });
    expect(edited.json()).toMatchObject({ public: false, version: 2 });
    expect((await caf.patch(`/api/administration/activities/${id}`, { public: true, version: 1 })).statusCode).toBe(
      409,
    );
    expect((await caf.del(`/api/administration/activities/${id}`)).statusCode).toBe(204);
    expect((await caf.get('/api/administration/activities')).json().total).toBe(1);
  });

  it('records procurement procedures with a unique number and filters them', async () => {
    const body = {
      number: 'MPI CDMX/IR/01/2024',
      type: 'restricted_invitation',
      object: 'Servicio de Limpieza para las instalaciones del MPI CDMX',
      minimumBidders: 3,
      startedOn: '2024-02-05',
    };
    const r = await caf.post('/api/administration/procurements', body);
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ status: 'planned', minimumBidders: 3 });
    expect((await caf.post('/api/administration/procurements', body)).statusCode).toBe(409);
    expect(
      (await caf.post('/api/administration/procurements', { ...body, number: 'X', minimumBidders: 0 })).statusCode,
    ).toBe(400);
    const p = await caf.patch(`/api/administration/procurements/${r.json().id}`, { status: 'awarded', version: 1 });
    expect(p.json()).toMatchObject({ status: 'awarded', version: 2 });
    expect((await caf.get('/api/administration/procurements?year=2024&status=awarded')).json().total).toBe(1);
    expect((await caf.get('/api/administration/procurements?year=2023')).json().total).toBe(0);
    expect((await caf.get('/api/administration/procurements?q=limpieza')).json().total).toBe(1);
  });
});

describe('who may do what', () => {
  it('lets planning see the grid but not the log, the submissions or write; other areas see nothing', async () => {
    expect((await planning.get('/api/administration/deliverables/grid?from=2024-01&to=2024-02')).statusCode).toBe(200);
    expect((await planning.get('/api/administration/activities')).statusCode).toBe(403);
    expect((await planning.get(url('CAF-01', '2024-01'))).statusCode).toBe(403);
    expect((await planning.get(`${url('CAF-01', '2024-01')}/evidence`)).statusCode).toBe(403);
    expect((await planning.put(url('CAF-01', '2024-02'), { status: 'delivered' })).statusCode).toBe(403);
    expect((await legal.get('/api/administration/deliverables/grid?from=2024-01&to=2024-02')).statusCode).toBe(403);
    const dg = await ctx.signInAs(['dg']);
    expect((await dg.get('/api/administration/activities')).statusCode).toBe(200);
    expect(
      (await dg.post('/api/administration/activities', { on: '2024-01-01', text: 'x', area: 'y' })).statusCode,
    ).toBe(403);
  });

  it('service refuses a date after today even when called directly', async () => {
    await expect(
      putSubmission(ctx.deps, { actor: caf.user as never, ip: '127.0.0.1' }, 'CAF-04', lastMonth, {
        status: 'delivered',
        deliveredOn: addMonths(today.slice(0, 7), 2) + '-01',
      }),
    ).rejects.toMatchObject({ code: 'administration_delivered_on_invalid' });
  });
});
