// The seed 003 report as people see it (issue 18): the PDF we write and the DOCX as LibreOffice lays
// it out, rendered to images; nothing may be drawn in the left and right margins (a table or chart
// wider than the page would be), every page must carry something, and every chart its figures.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReportDocument } from '../report.document.js';
import { seed003Generated } from '../testing/seed003.document.js';
import { writeDocument } from './index.js';

const DPI = 30;
/** 1.2 cm of each side must stay white (both writers use margins of 2 cm or more). */
const STRIP = Math.round((1.2 / 2.54) * DPI);

const hasTool = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const tools = hasTool('soffice') && hasTool('pdftoppm') && hasTool('pdftotext');

interface Page {
  width: number;
  height: number;
  pixels: Buffer;
}

/** A binary PGM (P5) as pdftoppm -gray writes it. */
function readPgm(file: string): Page {
  const bytes = fs.readFileSync(file);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 50).toString('latin1'))!;
  return { width: Number(header[1]), height: Number(header[2]), pixels: bytes.subarray(header[0].length) };
}

function inkInSideMargins(page: Page): number {
  let ink = 0;
  for (let y = 0; y < page.height; y++)
    for (const x0 of [0, page.width - STRIP])
      for (let x = x0; x < x0 + STRIP; x++) if (page.pixels[y * page.width + x]! < 200) ink++;
  return ink;
}

const inkOf = (page: Page) => page.pixels.filter((p) => p < 200).length;

function pages(pdf: string, prefix: string): Page[] {
  execFileSync('pdftoppm', ['-r', String(DPI), '-gray', pdf, prefix]);
  const dir = path.dirname(prefix);
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(path.basename(prefix)) && f.endsWith('.pgm'))
    .sort()
    .map((f) => readPgm(path.join(dir, f)));
}

describe.skipIf(!tools)('the report stays inside the page margins (soffice, pdftoppm)', () => {
  it('in the PDF and in the DOCX as LibreOffice lays it out', { timeout: 180_000 }, async () => {
    const doc = buildReportDocument(seed003Generated());
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-'));
    try {
      fs.writeFileSync(path.join(dir, 'r.pdf'), await writeDocument(doc, 'pdf'));
      fs.writeFileSync(path.join(dir, 'w.docx'), await writeDocument(doc, 'docx'));
      const profile = `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`;
      execFileSync(
        'soffice',
        [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'w.docx')],
        {
          stdio: 'ignore',
          timeout: 150_000,
        },
      );
      // Every chart of the PDF carries its figures as text (labels and legend), not only shapes.
      const text = execFileSync('pdftotext', [path.join(dir, 'r.pdf'), '-']).toString('utf8');
      const charts = text.split(/^GRÁFICA \d+\. .*$/m).slice(1);
      expect(charts.length).toBeGreaterThan(5);
      const unlabelled = charts
        .map((chunk, i) => [i + 1, chunk.split('*Corte')[0]!] as const)
        .filter(([, body]) => !/^\s*\d+(\s+\([\d.]+%\))?\s*$/m.test(body) || !/\p{L}{4,}/u.test(body))
        .map(([n]) => n);
      expect(unlabelled, 'charts without figures or legend in the PDF text').toEqual([]);
      for (const [name, file] of [
        ['pdf', 'r.pdf'],
        ['docx', 'w.pdf'],
      ] as const) {
        const rendered = pages(path.join(dir, file), path.join(dir, `${name}-page`));
        expect(rendered.length, name).toBeGreaterThan(5);
        const overflowing = rendered.map((p, i) => [i + 1, inkInSideMargins(p)]).filter(([, ink]) => ink! > 0);
        expect(overflowing, `${name}: pages with ink in the side margins [page, pixels]`).toEqual([]);
        const blank = rendered.map((p, i) => [i + 1, inkOf(p)]).filter(([, ink]) => ink! < 50);
        expect(blank, `${name}: blank pages`).toEqual([]);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
