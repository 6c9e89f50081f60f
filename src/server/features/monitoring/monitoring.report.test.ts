import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fixture from '../../../../tests/fixtures/seed003.monitoring.json' with { type: 'json' };
import { createTestDatabase } from '../../../../tests/support/database.js';
import type { DatabaseHandle } from '../../db/client.js';
import { registry } from '../index.js';
import { writeDocument } from '../reports/documents/index.js';
import { buildReportDocument } from '../reports/report.document.js';
import { buildBimonthlyReport, generateReport } from '../reports/report.service.js';
import type { TableBlock } from '../reports/api.js';
import { findingsSource, protestsSource } from './monitoring.indicators.js';
import { findingsArray, FindingItem, ProtestItem, protestMonitoringArray } from './monitoring.package.js';
import { monitoringSection, publicMonitoringSection } from './monitoring.section.js';

let handle: DatabaseHandle;
const PERIOD = { from: '2024-01-01', to: '2024-02-29' };
const findings = fixture.findings.map((f) => FindingItem.parse(f));
const protests = fixture.protestMonitoring.map((p) => ProtestItem.parse(p));

beforeAll(async () => {
  handle = await createTestDatabase();
  await handle.db.transaction(async (tx) => {
    const actor = { userId: null, username: 'test' };
    const crypto = undefined as never;
    expect(await findingsArray.import(tx, findings, { crypto, actor })).toEqual({ created: 9, updated: 0 });
    expect(await protestMonitoringArray.import(tx, protests, { crypto, actor })).toEqual({ created: 5, updated: 0 });
  });
});
afterAll(async () => handle?.close());

/** Worked by hand from tests/fixtures/seed003.monitoring.json for 2024-01-01..2024-02-29. */
const EXPECTED = {
  findings: {
    // January: HZ-2024-0001, -0002; a year earlier HZ-2023-0001. February: -0003, -0004 (29 Feb);
    // a year earlier HZ-2023-0002 (28 Feb, the shifted end). HZ-2022-0031, HZ-2023-0003, HZ-2024-0005 fall outside.
    byMonth: [
      { month: '2024-01', total: 2, previousYear: 1 },
      { month: '2024-02', total: 2, previousYear: 1 },
    ],
    bySituation: { at_risk: 1, attacked: 2, killed: 1 },
    // once per form: physical (0002, 0004), verbal (0002, 0003), digital (0001, 0003)
    byForm: { physical: 2, verbal: 2, digital: 2 },
    byAlcaldia: {
      '09002': 0,
      '09003': 0,
      '09004': 0,
      '09005': 0,
      '09006': 0,
      '09007': 1,
      '09008': 0,
      '09009': 0,
      '09010': 0,
      '09011': 0,
      '09012': 0,
      '09013': 0,
      '09014': 0,
      '09015': 1,
      '09016': 0,
      '09017': 0,
      outside: 1,
      unknown: 1,
    },
    // sources ≥ 2: 0001 (2), 0003 (3), 0004 (2)
    verified: 3,
    total: 4,
  },
  // BASE-2024-001 before, -002 during, -003 after; BASE-2023-001 and BASE-2024-004 fall outside
  protestMonitoring: { before: 1, during: 1, after: 1, total: 3 },
};

describe('package arrays', () => {
  it('round trip: export gives back the imported items, canonical; a second import changes nothing', async () => {
    const exported = await handle.db.transaction((tx) => findingsArray.export(tx));
    expect(exported).toEqual([...findings].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await handle.db.transaction((tx) => protestMonitoringArray.export(tx))).toEqual(protests);
    const again = await handle.db.transaction(async (tx) => [
      await findingsArray.import(tx, findings, { crypto: undefined as never, actor: { userId: null, username: 't' } }),
      await protestMonitoringArray.import(tx, protests, {
        crypto: undefined as never,
        actor: { userId: null, username: 't' },
      }),
    ]);
    expect(again).toEqual([
      { created: 0, updated: 0 },
      { created: 0, updated: 0 },
    ]);
  });

  it('refuses unknown fields and values (strict items)', () => {
    expect(FindingItem.safeParse({ ...findings[0], summary: 'x' }).success).toBe(false);
    expect(FindingItem.safeParse({ ...findings[0], alcaldia: '09001' }).success).toBe(false);
    expect(FindingItem.safeParse({ ...findings[0], forms: [] }).success).toBe(false);
    expect(ProtestItem.safeParse({ ...protests[0], phase: 'middle' }).success).toBe(false);
  });
});

describe('report: monitoring object and section', () => {
  it('gives the monitoring object of the report JSON as worked by hand', async () => {
    const report = await buildBimonthlyReport(handle.db, PERIOD, [monitoringSection]);
    expect(report.monitoring).toEqual(EXPECTED);
    // registered through the manifest
    expect(registry.reportSections.map((s) => s.id)).toContain('monitoring');
  });

  it('prints the month table with the year-earlier column, exact for staff and "<3" in the public version', async () => {
    const generated = await generateReport(handle.db, PERIOD, [monitoringSection]);
    const doc = buildReportDocument(generated);
    const blocks = doc.sections[0]!.blocks;
    const table = (id: string) => blocks.find((b): b is TableBlock => b.kind === 'table' && b.id === id)!;
    expect(doc.sections[0]!.title).toBe('MONITOREO DE AGRESIONES');
    expect(table('monitoring.byMonth').header[0]!.map((h) => h.text)).toEqual(['Mes', '2024', '2023']);
    expect(table('monitoring.byMonth').body).toEqual([
      ['Enero', '2', '1'],
      ['Febrero', '2', '1'],
      ['Total', '4', '2'],
    ]);
    expect(table('monitoring.bySituation').body).toContainEqual(['Agresión física', '2']);
    expect(table('monitoring.bySituation').body).toContainEqual(['Con dos o más fuentes independientes', '3']);
    expect(table('monitoring.byAlcaldia').body).toContainEqual(['Iztapalapa', '1']);
    expect(table('monitoring.byAlcaldia').body.at(-1)).toEqual(['Total', '4']);
    const text = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])).join(' ');
    expect(text).toContain(
      'se registraron cuatro hallazgos de información, frente a dos hallazgos en el mismo periodo de 2023',
    );
    expect(text).toContain('tres activaciones de la Base MPI CDMX');
    expect(blocks.filter((b) => b.kind === 'chart').map((b) => b.id)).toEqual([
      'monitoring.byMonthChart',
      'monitoring.map',
    ]);

    const pub = buildReportDocument({
      ...generated,
      loaded: [{ section: publicMonitoringSection, data: generated.loaded[0]!.data }],
    });
    const pubTable = pub.sections[0]!.blocks.find(
      (b): b is TableBlock => b.kind === 'table' && b.id === 'monitoring.byMonth',
    )!;
    expect(pubTable.body).toEqual([
      ['Enero', '<3', '<3'],
      ['Febrero', '<3', '<3'],
      ['Total', '4', '<3'],
    ]);
    const pubText = pub.sections[0]!.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])).join(' ');
    expect(pubText).toContain('frente a menos de tres hallazgos');
    const map = pub.sections[0]!.blocks.find((b) => b.kind === 'chart' && b.id === 'monitoring.map');
    expect(JSON.stringify(map)).toContain('Iztapalapa\\n<3');
    expect(JSON.stringify(map)).not.toMatch(/Iztapalapa\\n1"/);
  });
});

describe('indicator sources', () => {
  it('counts findings in the period, by situation and a year earlier, and protest records', async () => {
    expect(await findingsSource.measure(handle.db, PERIOD, {})).toBe(4);
    expect(await findingsSource.measure(handle.db, PERIOD, { situation: 'attacked' })).toBe(2);
    expect(await findingsSource.measure(handle.db, PERIOD, { previousYear: true })).toBe(2);
    expect(await protestsSource.measure(handle.db, PERIOD, {})).toBe(3);
    expect(await protestsSource.measure(handle.db, { from: '2024-03-01', to: '2024-03-31' }, { phase: 'during' })).toBe(
      1,
    );
  });
});

// ---- The map renders in the PDF and in the DOCX -------------------------------------------------

const hasTool = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const tools = hasTool('soffice') && hasTool('pdftoppm');

/** Pixels of a PPM (P6) image close to the given colour. */
function pixelsNear(ppm: Buffer, rgb: [number, number, number], tolerance = 12): number {
  // header: "P6\n<w> <h>\n<max>\n"
  let pos = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(ppm[pos]!))) pos++;
    let s = '';
    while (!/\s/.test(String.fromCharCode(ppm[pos]!))) s += String.fromCharCode(ppm[pos++]!);
    fields.push(s);
  }
  pos++;
  let n = 0;
  for (let i = pos; i + 2 < ppm.length; i += 3)
    if (
      Math.abs(ppm[i]! - rgb[0]) <= tolerance &&
      Math.abs(ppm[i + 1]! - rgb[1]) <= tolerance &&
      Math.abs(ppm[i + 2]! - rgb[2]) <= tolerance
    )
      n++;
  return n;
}

/** Renders every page and returns, per page, how many pixels have the map's zero and "1–2" colours. */
function mapPixels(pdf: string, dir: string, prefix: string) {
  execFileSync('pdftoppm', ['-r', '50', pdf, path.join(dir, prefix)]);
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.ppm'))
    .map((f) => {
      const ppm = fs.readFileSync(path.join(dir, f));
      return { zero: pixelsNear(ppm, [0xf4, 0xef, 0xe6], 4), low: pixelsNear(ppm, [0xdd, 0xc9, 0xa3], 6) };
    });
}

describe.skipIf(!tools)('the map renders in the PDF and the DOCX (pdftoppm, soffice)', () => {
  it('draws the alcaldías on a page of each document', { timeout: 180_000 }, async () => {
    const generated = await generateReport(handle.db, PERIOD, [monitoringSection]);
    const doc = buildReportDocument(generated);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'monitoring-map-'));
    try {
      fs.writeFileSync(path.join(dir, 'r.pdf'), await writeDocument(doc, 'pdf'));
      fs.writeFileSync(path.join(dir, 'r.docx'), await writeDocument(doc, 'docx'));
      const profile = `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`;
      execFileSync(
        'soffice',
        [profile, '--headless', '--convert-to', 'pdf', '--outdir', path.join(dir, 'docx'), path.join(dir, 'r.docx')],
        {
          stdio: 'ignore',
          timeout: 150_000,
        },
      );
      for (const [pdf, prefix] of [
        [path.join(dir, 'r.pdf'), 'pdf'],
        [path.join(dir, 'docx', 'r.pdf'), 'docx'],
      ] as const) {
        const pages = mapPixels(pdf, dir, prefix);
        // 14 alcaldías with no finding fill a large area in the zero colour; two in the "1–2" colour.
        const best = pages.reduce((a, b) => (b.zero > a.zero ? b : a));
        expect(best.zero, prefix).toBeGreaterThan(2000);
        expect(best.low, prefix).toBeGreaterThan(50);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
