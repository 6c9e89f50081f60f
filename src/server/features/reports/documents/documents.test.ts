import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReportDocument } from '../report.document.js';
import { seed003Generated } from '../testing/seed003.document.js';
import { unzipEntry } from '../testing/zip.js';
import { writeDocument } from './index.js';

const doc = buildReportDocument(seed003Generated());

describe('report documents', () => {
  it('DOCX holds the captions and the Cuadro 3 totals', async () => {
    const docx = await writeDocument(doc, 'docx');
    const xml = unzipEntry(docx, 'word/document.xml');
    expect(xml).toContain('CUADRO 1. CASOS ATENDIDOS POR EL MPI CDMX, ENERO-FEBRERO DE 2024.');
    expect(xml).toContain('GRÁFICA 11. Medidas desglosadas por tipo');
    expect(xml).toContain('Seguimiento a colaboraciones con el Mecanismo de Protección Federal');
    expect(xml).toContain('Números de emergencia');
    expect(xml).toContain('*Corte con fecha al 29 de febrero de 2024.');
    expect(xml).toContain('<w:drawing>'); // charts embedded
    expect(unzipEntry(docx, 'word/header1.xml')).toContain('MECANISMO DE PROTECCIÓN INTEGRAL');
  });

  it('XLSX has one sheet per Cuadro with numbers stored as numbers', async () => {
    const xlsx = await writeDocument(doc, 'xlsx');
    const workbook = unzipEntry(xlsx, 'xl/workbook.xml');
    for (let n = 1; n <= 5; n++) expect(workbook).toContain(`name="Cuadro ${n}"`);
    const strings = unzipEntry(xlsx, 'xl/sharedStrings.xml');
    expect(strings).toContain('Rondines bitacorados (Código águila)');
    const sheet4 = unzipEntry(xlsx, 'xl/worksheets/sheet4.xml');
    expect(sheet4).toContain('<v>1890</v>');
    expect(sheet4).toContain('<v>3217</v>');
  });

  it('PDF is a PDF', async () => {
    const pdf = await writeDocument(doc, 'pdf');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});

const hasTool = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const tools = hasTool('soffice') && hasTool('pdftoppm') && hasTool('pdftotext');
if (!tools)
  console.warn(
    '[reports] soffice/pdftoppm/pdftotext not installed: skipping the conversion test (apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils)',
  );

describe.skipIf(!tools)('documents open in LibreOffice and render (needs soffice and poppler-utils)', () => {
  it('converts DOCX and XLSX headless and renders the PDF to PNG', { timeout: 120_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reports-'));
    try {
      for (const format of ['docx', 'xlsx', 'pdf'] as const)
        fs.writeFileSync(path.join(dir, `r.${format}`), await writeDocument(doc, format));
      const profile = `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`;
      execFileSync(
        'soffice',
        [
          profile,
          '--headless',
          '--convert-to',
          'txt:Text',
          '--outdir',
          path.join(dir, 'docx'),
          path.join(dir, 'r.docx'),
        ],
        { stdio: 'ignore', timeout: 100_000 },
      );
      const text = fs.readFileSync(path.join(dir, 'docx', 'r.txt'), 'utf8');
      expect(text).toContain('CUADRO 4. MEDIDAS OTORGADAS EN ENERO-FEBRERO DE 2024');
      expect(text).toContain('Rondines no bitacorados (Código sonoro)');
      execFileSync(
        'soffice',
        [profile, '--headless', '--convert-to', 'csv', '--outdir', path.join(dir, 'xlsx'), path.join(dir, 'r.xlsx')],
        { stdio: 'ignore', timeout: 100_000 },
      );
      const csv = fs.readFileSync(path.join(dir, 'xlsx', 'r.csv'), 'utf8'); // first sheet: Cuadro 1
      expect(csv).toContain('Seguimiento a casos incorporados');
      expect(csv).toMatch(/Totales,17,3,2,10,32,4,14,/);
      const pdfText = execFileSync('pdftotext', [path.join(dir, 'r.pdf'), '-']).toString('utf8');
      expect(pdfText).toContain('CUADRO 5. ESTADÍSTICA DE SOLICITUDES DE INFORMACIÓN.');
      execFileSync('pdftoppm', [
        '-r',
        '40',
        '-png',
        '-f',
        '1',
        '-l',
        '3',
        path.join(dir, 'r.pdf'),
        path.join(dir, 'page'),
      ]);
      const pages = fs.readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.png'));
      expect(pages).toHaveLength(3);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
