// The request list's spreadsheet: the list's filters and deadline judgement, Spanish words, audited.
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { auditLog } from '../../platform/audit/audit.schema.js';
import { addCalendarDays, mexicoCityDate } from './calendar.js';

let ctx: TestContext;
let unit: TestClient;
const today = mexicoCityDate(new Date());

beforeAll(async () => {
  ctx = await createTestContext();
  unit = await ctx.signInAs(['transparency']);
  const base = { kind: 'public', channel: 'email', subject: 'Presupuesto' };
  for (const [folio, days] of [
    ['090171199000010', -120],
    ['090171199000011', 0],
  ] as const)
    expect(
      (await unit.post('/api/transparency/requests', { ...base, folio, receivedOn: addCalendarDays(today, days) }))
        .statusCode,
    ).toBe(201);
});
afterAll(() => ctx.close());

describe('GET /api/transparency/requests.xlsx', () => {
  it('exports the overdue requests the list shows, in words, and audits the download', async () => {
    const res = await unit.get('/api/transparency/requests.xlsx?attention=overdue');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows: string[][] = [];
    wb.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    expect(rows[0]!.slice(0, 3)).toEqual(['Folio', 'Recepción', 'Tipo']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['090171199000010']);
    expect(rows[1]!.slice(2, 4)).toEqual(['Acceso a información pública', 'Correo electrónico']);
    expect(rows[1]![8]).toBe('Sí');
    const audited = await ctx.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'export'), eq(auditLog.entity, 'information_request')));
    expect(audited.map((a) => a.details)).toEqual([
      expect.objectContaining({ rows: 1, filters: expect.objectContaining({ attention: 'overdue' }) }),
    ]);
  });

  it('is refused to roles without the list', async () => {
    const cdemp = await ctx.signInAs(['cdemp']);
    expect((await cdemp.get('/api/transparency/requests.xlsx')).statusCode).toBe(403);
  });
});
