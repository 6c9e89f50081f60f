import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';

const pkg = {
  format: 'salvaguarda/v1',
  cases: [
    {
      folio: 'MPI-2019-007',
      kind: 'incorporation',
      procedure: 'ordinary',
      profile: 'defender',
      identity: 'woman',
      openedOn: '2019-05-14',
      closedOn: null,
      followUps: ['2024-01-10'],
    },
  ],
  measures: [
    {
      id: 'M-000123',
      caseFolio: 'MPI-2019-007',
      type: 'protection',
      name: 'Números de emergencia',
      startedOn: '2023-11-02',
      endedOn: null,
      actions: [{ on: '2024-01-03', count: 30 }],
    },
  ],
  informationRequests: [{ folio: '090171124000001', receivedOn: '2024-01-09', kind: 'public', admissible: true }],
};

async function workbook(rows: Record<string, unknown[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [title, data] of Object.entries(rows)) {
    const ws = wb.addWorksheet(title);
    for (const r of data) ws.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

describe('interchange HTTP routes', () => {
  let ctx: TestContext;
  let admin: TestClient;
  beforeAll(async () => {
    ctx = await createTestContext();
    admin = await ctx.signInAs(['admin']);
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('only administrators may import or export', async () => {
    const cdemp = await ctx.signInAs(['cdemp']);
    expect((await cdemp.post('/api/interchange/import', pkg)).statusCode).toBe(403);
    expect((await cdemp.get('/api/interchange/export')).statusCode).toBe(403);
    expect((await ctx.anonymous().get('/api/interchange/export')).statusCode).toBe(401);
  });

  it('refuses an invalid package with every problem by JSON path', async () => {
    const res = await admin.post('/api/interchange/import', {
      ...pkg,
      cases: [{ ...pkg.cases[0], identity: 'x' }],
      extra: [],
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('invalid_package');
    expect(body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['cases[0].identity', 'extra']);
    // …and in words, naming the case by its folio and the field by its Spanish name.
    const identity = body.error.details.find((d: { path: string }) => d.path === 'cases[0].identity');
    expect(identity.text).toMatch(
      new RegExp(`^Caso n\\.º 1 \\(folio «${pkg.cases[0]!.folio}»\\), campo «identidad» \\(identity\\): `),
    );
  });

  it('previews with dryRun (nothing stored), then imports and exports', async () => {
    const preview = await admin.post('/api/interchange/import?dryRun=true', pkg);
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ dryRun: true, counts: { cases: { inserted: 1 } } });
    const empty = await admin.get('/api/interchange/export');
    expect(JSON.parse(empty.body).cases).toEqual([]);

    const done = await admin.post('/api/interchange/import', pkg);
    expect(done.json()).toMatchObject({ dryRun: false, counts: { cases: { inserted: 1 }, actions: { inserted: 1 } } });
    const exported = await admin.get('/api/interchange/export');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toMatch(/attachment; filename="salvaguarda-/);
    const whole = JSON.parse(exported.body) as Record<string, unknown>;
    expect(Object.fromEntries(Object.keys(pkg).map((k) => [k, whole[k]]))).toEqual(pkg);
    // Every array of interchange.md is written, empty or not (catalogues such as deliverables ship filled).
    for (const name of ['bodySessions', 'preventionActivities', 'agreements', 'liaisonActivities', 'contracts'])
      expect(Array.isArray(whole[name]), name).toBe(true);
    expect((await admin.get('/api/interchange/export?includePersonalData=true')).json().error.code).toBe(
      'personal_data_not_exported',
    );
  });

  it('previews a spreadsheet with problems by sheet, row and column, and stores nothing', async () => {
    const contentBase64 = await workbook({
      Casos: [
        [
          'Folio',
          'Tipo',
          'Procedimiento',
          'Perfil',
          'Identidad',
          'Fecha de apertura',
          'Fecha de cierre',
          'Fechas de seguimiento',
        ],
        [
          'AT-2023-001',
          'Atención o canalización',
          '',
          'Periodista',
          'Mujer',
          '15/03/2023',
          '',
          '2023-04-01; 2024-01-10',
        ],
        ['MPI-2020-001', 'Incorporación', '', 'Defensora', 'Persona marciana', '2020-02-30', '', ''],
      ],
      Medidas: [
        ['ID de medida', 'Folio del caso', 'Tipo de medida', 'Medida'],
        ['M-1', 'AT-2023-001', 'Social', 'Atención psicológica'],
      ],
      Acciones: [
        ['ID de medida', 'Fecha', 'Número de acciones'],
        ['M-1', new Date(Date.UTC(2024, 0, 5)), 2],
        ['M-9', '2024-01-06', 1],
      ],
    });
    const res = await admin.post('/api/interchange/spreadsheet', {
      fileName: 'historico.xlsx',
      contentBase64,
      dryRun: true,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.ok).toBe(false);
    const where = body.problems.map(
      (p: { sheet: string; row: number; column: string }) => `${p.sheet}!${p.column}${p.row}`,
    );
    expect(where).toEqual(['Acciones!A3', 'Casos!C3', 'Casos!E3', 'Casos!F3']);
    expect(body.problems[1].message).toMatch(/obligatorio para incorporaciones/);
    const exported = JSON.parse((await admin.get('/api/interchange/export')).body);
    expect(exported.cases.map((c: { folio: string }) => c.folio)).toEqual(['MPI-2019-007']);
  });

  it('imports a CSV of the Spanish headers and values, mapped to the codes', async () => {
    const csv =
      'Folio;Fecha de recepción;Tipo de solicitud;Procedente\n090171124000002;10/01/2024;Pública;Sí\n090171124000003;2024-01-11;ARCO;\n';
    const contentBase64 = Buffer.from(csv, 'utf8').toString('base64');
    const preview = (await admin.post('/api/interchange/spreadsheet', { fileName: 's.csv', contentBase64 })).json();
    expect(preview).toMatchObject({
      ok: true,
      dryRun: true,
      summary: { informationRequests: 2 },
      counts: { informationRequests: { inserted: 2 } },
    });
    const commit = await admin.post('/api/interchange/spreadsheet', {
      fileName: 's.csv',
      contentBase64,
      dryRun: false,
    });
    expect(commit.json()).toMatchObject({ ok: true, dryRun: false });
    const exported = JSON.parse((await admin.get('/api/interchange/export')).body);
    expect(exported.informationRequests.slice(1)).toEqual([
      { folio: '090171124000002', receivedOn: '2024-01-10', kind: 'public', admissible: true },
      { folio: '090171124000003', receivedOn: '2024-01-11', kind: 'arco', admissible: null },
    ]);
  });

  it('accepts the template filled in, and refuses a commit with problems (400, nothing stored)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await admin.get('/api/interchange/spreadsheet/template')).rawPayload as unknown as ArrayBuffer);
    wb.getWorksheet('Casos')!.addRow([
      'CF-2024-001',
      'Colaboración con el Mecanismo Federal',
      '',
      'Periodista',
      'Hombre',
      new Date(Date.UTC(2024, 1, 2)),
      '',
      '2024-02-10;2024-02-20',
    ]);
    wb.getWorksheet('Medidas')!.addRow([
      'M-CF-1',
      'CF-2024-001',
      'Protección',
      'Números de emergencia',
      '2024-02-02',
      '',
    ]);
    wb.getWorksheet('Acciones')!.addRow(['M-CF-1', '2024-02-03', 30]);
    const filled = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const ok = await admin.post('/api/interchange/spreadsheet', {
      fileName: 'plantilla.xlsx',
      contentBase64: filled,
      dryRun: false,
    });
    expect(ok.json()).toMatchObject({
      ok: true,
      dryRun: false,
      summary: { cases: 1, measures: 1, actions: 1 },
      counts: { cases: { inserted: 1 } },
    });
    const exported = JSON.parse((await admin.get('/api/interchange/export')).body);
    expect(exported.cases.find((c: { folio: string }) => c.folio === 'CF-2024-001')).toEqual({
      folio: 'CF-2024-001',
      kind: 'federal_collaboration',
      procedure: null,
      profile: 'journalist',
      identity: 'man',
      openedOn: '2024-02-02',
      closedOn: null,
      followUps: ['2024-02-10', '2024-02-20'],
    });

    wb.getWorksheet('Acciones')!.addRow(['M-CF-1', '2024-02-04', 0]);
    const bad = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const refused = await admin.post('/api/interchange/spreadsheet', {
      fileName: 'plantilla.xlsx',
      contentBase64: bad,
      dryRun: false,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({
      code: 'invalid_spreadsheet',
      details: [{ sheet: 'Acciones', row: 3, column: 'C' }],
    });
    const after = JSON.parse((await admin.get('/api/interchange/export')).body);
    expect(after.measures.find((m: { id: string }) => m.id === 'M-CF-1').actions).toEqual([
      { on: '2024-02-03', count: 30 },
    ]);
  });

  it('serves a template whose sheets carry the expected headers', async () => {
    const res = await admin.get('/api/interchange/spreadsheet/template');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Instrucciones', 'Casos', 'Medidas', 'Acciones', 'Solicitudes']);
    expect((wb.getWorksheet('Casos')!.getRow(1).values as unknown[]).slice(1, 6)).toEqual([
      'Folio',
      'Tipo',
      'Procedimiento',
      'Perfil',
      'Identidad',
    ]);
  });
});
