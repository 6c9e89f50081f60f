// Through the product's own pipelines: the seed 003 administration fixture imported as a data
// package (registry arrays), the bimonthly report JSON with its `deliverables` object, the printed
// document (§6 bullets and the deliverables table) and its XLSX, and the package export.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.js';
import type { DatabaseHandle } from '../../db/client.js';
import { registry } from '../index.js';
import { exportPackageText } from '../interchange/export.service.js';
import { importPackage } from '../interchange/import.service.js';
import { writeDocument } from '../reports/documents/index.js';
import { buildReportDocument } from '../reports/report.document.js';
import { generateReport } from '../reports/report.service.js';
import type { TableBlock } from '../reports/api.js';
import { SEED003_ACTIVITIES } from './administration.fixtures.js';
import { administrationActivities } from './administration.schema.js';

const FIXTURE = JSON.parse(fs.readFileSync('tests/fixtures/seed003.administration.json', 'utf8')) as {
  deliverables: unknown[];
};
const PERIOD = { from: '2024-01-01', to: '2024-02-29' };
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
  const result = await importPackage(handle.db, FIXTURE, {
    actor: { userId: null, username: 'prueba' },
    arrays: registry.packageArrays,
  });
  expect(result.ok).toBe(true);
  await handle.db.insert(administrationActivities).values(SEED003_ACTIVITIES.map((a) => ({ ...a })));
});
afterAll(async () => handle?.close());

describe('administration in the report and the package', () => {
  it('adds the deliverables object to the report JSON: 14 rows × 2 months, 28 delivered', async () => {
    const { report } = await generateReport(handle.db, PERIOD, registry.reportSections);
    const deliverables = report.deliverables as { months: string[]; rows: unknown[]; total: unknown };
    expect(deliverables.months).toEqual(['2024-01', '2024-02']);
    expect(deliverables.rows).toHaveLength(14);
    expect(deliverables.rows[0]).toEqual({ id: 'CAF-01', statuses: ['delivered', 'delivered'] });
    expect(deliverables.total).toEqual({ delivered: 28, in_progress: 0, pending: 0 });
  });

  it('prints the section with the nine bullets and the table, also in the XLSX', async () => {
    const generated = await generateReport(handle.db, PERIOD, registry.reportSections);
    const doc = buildReportDocument(generated);
    const section = doc.sections.find((s) => s.id === 'administration')!;
    expect(section.title).toBe('COORDINACIÓN DE ADMINISTRACIÓN Y FINANZAS');
    const bullets = section.blocks.filter((b) => b.kind === 'paragraph' && b.text.startsWith('• '));
    expect(bullets).toHaveLength(9);
    const table = section.blocks.find((b) => b.kind === 'table') as TableBlock;
    expect(table.body).toHaveLength(14);
    expect(table.body[13]).toEqual([
      'Entero de las obligaciones fiscales',
      'SAT y SAYF',
      '01 de enero de 2024',
      '31 de enero de 2024',
      'Entregado',
      '01 de febrero de 2024',
      '29 de febrero de 2024',
      'Entregado',
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeDocument(doc, 'xlsx')) as unknown as ArrayBuffer);
    const texts = wb.worksheets.flatMap((ws) => {
      const out: string[] = [];
      ws.eachRow((row) => row.eachCell((c) => out.push(String(c.value))));
      return out;
    });
    expect(texts).toContain('Informe a que refiere el art. 53 de la Ley de Adquisiciones para el Distrito Federal');
    expect(texts).toContain('OIC, SAYF y SGC');
  });

  it('exports the deliverables array exactly as the fixture', async () => {
    const pkg = JSON.parse(await exportPackageText(handle.db, registry.packageArrays)) as { deliverables: unknown[] };
    expect(pkg.deliverables).toEqual(FIXTURE.deliverables);
  });

  it('refuses a package with a repeated month, by JSON path', async () => {
    const bad = structuredClone(FIXTURE) as { deliverables: Array<{ submissions: unknown[] }> };
    bad.deliverables[2]!.submissions.push({ month: '2024-01', status: 'pending' });
    const r = await importPackage(handle.db, bad, {
      actor: { userId: null, username: 'prueba' },
      arrays: registry.packageArrays,
    });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['deliverables[2].submissions[2].month']);
  });
});
