// The case list's spreadsheet: the list's filters and rows, Spanish words, audited, policy enforced.
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { auditLog } from '../../platform/audit/audit.schema.js';

let ctx: TestContext;
let cdemp: TestClient;

beforeAll(async () => {
  ctx = await createTestContext();
  cdemp = await ctx.signInAs(['cdemp']);
  for (const profile of ['defender', 'journalist', 'journalist'])
    expect(
      (await cdemp.post('/api/cases', { kind: 'attention', profile, identity: 'woman', openedOn: '2024-03-01' }))
        .statusCode,
    ).toBe(201);
});
afterAll(() => ctx.close());

async function sheetOf(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

describe('GET /api/cases.xlsx', () => {
  it('exports the filtered list, the same rows as the list, in words, and audits it', async () => {
    const res = await cdemp.get('/api/cases.xlsx?profile=journalist&sort=folio_asc');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const rows = await sheetOf(res.rawPayload);
    const list = (await cdemp.get('/api/cases?profile=journalist&sort=folio_asc')).json() as {
      items: { folio: string }[];
    };
    expect(rows[0]![0]).toBe('Folio');
    expect(rows.slice(1).map((r) => r[0])).toEqual(list.items.map((i) => i.folio));
    expect(rows.slice(1).map((r) => r[3])).toEqual([
      'Persona periodista o colaboradora',
      'Persona periodista o colaboradora',
    ]);
    const audited = await ctx.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'export'), eq(auditLog.entity, 'case'), eq(auditLog.actorUserId, cdemp.user.id)));
    expect(audited).toHaveLength(1);
    expect(audited[0]!.details).toMatchObject({ format: 'xlsx', rows: 2, filters: { profile: 'journalist' } });
  });

  it('is refused to roles without the list', async () => {
    const board = await ctx.signInAs(['board']);
    expect((await board.get('/api/cases.xlsx')).statusCode).toBe(403);
  });
});
