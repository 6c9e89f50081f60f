// The annual report (issue 15): the report of a calendar year over the demo data, with the
// year's summary (totals, comparison with the year before, month by month) and the annual plan's
// indicators; DOCX, XLSX and PDF; the DOCX opens in LibreOffice and shows every section.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.js';
import { demoSeeders } from '../../demo/index.js';
import { registry } from '../index.js';
import { writeDocument } from './documents/index.js';
import type { ReportDocument, TableBlock } from './report.model.js';
import { buildReportDocument } from './report.document.js';
import { generateReport, type GeneratedReport } from './report.service.js';
import type { AnnualData } from './sections/annual.section.js';
import { unzipEntry } from './testing/zip.js';

const YEAR = { from: '2024-01-01', to: '2024-12-31' };
let ctx: TestContext;
let generated: GeneratedReport;
let doc: ReportDocument;

beforeAll(async () => {
  ctx = await createTestContext();
  for (const seeder of demoSeeders(registry)) await seeder.seed(ctx.deps);
  generated = await generateReport(ctx.handle.db, YEAR, registry.reportSections);
  doc = buildReportDocument(generated);
  if (process.env.REPORT_DUMP) fs.writeFileSync(process.env.REPORT_DUMP, JSON.stringify(doc));
}, 600_000);
afterAll(async () => ctx?.close());

const table = (id: string) =>
  doc.sections.flatMap((s) => s.blocks).find((b): b is TableBlock => b.kind === 'table' && b.id === id);

describe('annual report 2024 (demo data)', () => {
  it('is the annual kind: its cover, the summary first and the plan results before the annex', () => {
    expect(generated.kind).toBe('annual');
    expect(doc.title).toBe('INFORME ANUAL DE ACTIVIDADES 2024');
    expect(doc.intro).toMatch(/^Informe anual de actividades correspondiente al ejercicio 2024, que rinde/);
    const ids = doc.sections.map((s) => s.id);
    expect(ids[0]).toBe('annual');
    expect(ids).toContain('planning');
    expect(ids.indexOf('planning')).toBeLessThan(ids.indexOf('photos'));
    // The same sections as the bimonthly report, plus the two annual ones.
    const bimonthly = registry.reportSections.filter((s) => !s.kinds).map((s) => s.id);
    expect(ids.filter((id) => id !== 'annual' && id !== 'planning')).toEqual(bimonthly);
  });

  it("gives the year's totals month by month and against 2023, consistent with the year's Cuadros", async () => {
    const annual = generated.report.annual as AnnualData;
    expect(annual.current.months).toHaveLength(12);
    expect(annual.previous.year).toBe(2023);
    // The year's total of cases attended is Cuadro 3's total for the year.
    expect(annual.current.total.cases).toBe(generated.core.casesByType.total.total);
    expect(annual.current.total.requests).toBe(generated.core.informationRequests.total.received);
    expect(annual.current.total.actions).toBe(generated.core.measures.total.actions);
    // Requests are counted once: the months add up to the year.
    expect(annual.current.months.reduce((n, m) => n + m.requests, 0)).toBe(annual.current.total.requests);
    expect(annual.current.months.reduce((n, m) => n + m.actions, 0)).toBe(annual.current.total.actions);
    expect(annual.current.total.cases).toBeGreaterThan(0);
    // 2023 from its own report.
    const previous = await generateReport(ctx.handle.db, { from: '2023-01-01', to: '2023-12-31' }, []);
    expect(annual.previous.total.cases).toBe(previous.core.casesByType.total.total);
    const comparison = table('annual.comparison')!;
    expect(comparison.body[0]!.slice(0, 3)).toEqual([
      'Casos atendidos',
      previous.core.casesByType.total.total.toLocaleString('en-US'),
      generated.core.casesByType.total.total.toLocaleString('en-US'),
    ]);
    expect(table('annual.months')!.header[0]).toHaveLength(14);
    const charts = doc.sections[0]!.blocks.filter((b) => b.kind === 'chart');
    expect(charts.map((c) => c.id)).toEqual(['annual.cases', 'annual.actions', 'annual.requests']);
  });

  it("gives the annual plan's indicators as the planning module computes them", async () => {
    const { computeIndicators } = await import('../planning/planning.service.js');
    const plans = generated.report.planIndicators as Array<{ plan: string; indicators: Array<{ code: string }> }>;
    expect(plans.length).toBeGreaterThan(0);
    for (const p of plans) {
      const figures = await computeIndicators(ctx.handle.db, registry, p.plan, YEAR);
      expect(p.indicators).toEqual(
        figures.map(({ code, achieved, programmed, percent }) => ({ code, achieved, programmed, percent })),
      );
      expect(table(`planning.${p.plan}`)!.body.map((r) => r[0])).toEqual(figures.map((f) => f.code));
    }
  });

  it('writes DOCX, XLSX and PDF', { timeout: 300_000 }, async () => {
    const docx = await writeDocument(doc, 'docx');
    expect(unzipEntry(docx, 'word/document.xml')).toContain('INFORME ANUAL DE ACTIVIDADES 2024');
    const xlsx = await writeDocument(doc, 'xlsx');
    expect(unzipEntry(xlsx, 'xl/workbook.xml')).toContain('name="Cuadro 1"');
    expect(unzipEntry(xlsx, 'xl/sharedStrings.xml')).toContain('PRINCIPALES CIFRAS DEL EJERCICIO 2024');
    const pdf = await writeDocument(doc, 'pdf');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});

const hasTool = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const tools = hasTool('soffice') && hasTool('pdftotext');
if (!tools) console.warn('[reports] soffice/pdftotext not installed: skipping the annual report conversion test');

describe.skipIf(!tools)('annual report in LibreOffice', () => {
  it('the DOCX converts to PDF and every section heading is in its text', { timeout: 300_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annual-'));
    try {
      fs.writeFileSync(path.join(dir, 'anual.docx'), await writeDocument(doc, 'docx'));
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          path.join(dir, 'anual.docx'),
        ],
        { stdio: 'ignore', timeout: 280_000 },
      );
      const text = execFileSync('pdftotext', [path.join(dir, 'anual.pdf'), '-']).toString('utf8');
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('INFORME ANUAL DE ACTIVIDADES 2024');
      for (const s of doc.sections) expect(flat, s.title).toContain(`${s.number}. ${s.title}.`);
      for (const h of doc.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'heading'))
        expect(flat, h.text).toContain(`${h.number} ${h.text}`.replace(/\s+/g, ' '));
      // Our own PDF too (pdfmake): the same headings, with the contents page.
      fs.writeFileSync(path.join(dir, 'own.pdf'), await writeDocument(doc, 'pdf'));
      const own = execFileSync('pdftotext', [path.join(dir, 'own.pdf'), '-'])
        .toString('utf8')
        .replace(/\s+/g, ' ');
      expect(own).toContain('Contenido');
      for (const s of doc.sections) expect(own, s.title).toContain(`${s.number}. ${s.title}.`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
