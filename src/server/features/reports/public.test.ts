// The public version (issue 15) over the whole seed 003 report and the annual-summary tables:
// for every section, no count of 1 or 2 about people, no names, no case folios, no text that staff
// did not mark public, no charts; the tables the policy does not know are left out.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.js';
import type { DatabaseHandle } from '../../db/client.js';
import { registry } from '../index.js';
import { writeDocument } from './documents/index.js';
import {
  genericLabel,
  publicDocument,
  RECORD_HEADINGS,
  SMALL_CELL,
  SMALL_CELL_NOTE,
  suppressCell,
  tablePolicy,
} from './public.js';
import type { ReportDocument, TableBlock } from './report.model.js';
import { buildReportDocument } from './report.document.js';
import { generateReport } from './report.service.js';
import { importSeed003 } from './testing/seed003.full.js';
import { docxText } from './testing/zip.js';

const PERIOD = { from: '2024-01-01', to: '2024-02-29' };
let handle: DatabaseHandle;
let full: ReportDocument;
let pub: ReportDocument;
const MARKED = ['prevention.workshops.purpose', 'liaison.purpose'];

beforeAll(async () => {
  handle = await createTestDatabase();
  await importSeed003(handle.db);
  full = buildReportDocument(await generateReport(handle.db, PERIOD, registry.reportSections));
  pub = publicDocument(full, MARKED);
}, 240_000);
afterAll(async () => handle?.close());

const tablesOf = (d: ReportDocument) =>
  d.sections.flatMap((s) => s.blocks.filter((b): b is TableBlock => b.kind === 'table'));
const textOf = (d: ReportDocument) =>
  JSON.stringify(d.sections.map((s) => s.blocks.map((b) => (b.kind === 'chart' ? b.title : b))));

describe('suppressCell', () => {
  it('prints 1 and 2 as <3 and keeps zero, dashes and 3 or more', () => {
    expect(['0', '-', '1', '2', '3', '45', '1,890', '12'].map(suppressCell)).toEqual([
      '0',
      '-',
      SMALL_CELL,
      SMALL_CELL,
      '3',
      '45',
      '1,890',
      '12',
    ]);
  });
});

describe('public version of the seed 003 report', () => {
  it('the internal report does hold small counts, names and text (so the checks below can fail)', () => {
    const cells = tablesOf(full).flatMap((t) => (tablePolicy(t.id)?.people ? t.body.flatMap((r) => r.slice(1)) : []));
    expect(cells).toContain('1');
    expect(cells).toContain('2');
    expect(textOf(full)).toContain('Mansilla');
    expect(full.sections.flatMap((s) => s.blocks).some((b) => b.kind === 'paragraph')).toBe(true);
    expect(full.sections.flatMap((s) => s.blocks).some((b) => b.kind === 'chart')).toBe(true);
  });

  it('keeps every section and heading, in order, but headings taken from records', () => {
    expect(pub.sections.map((s) => s.title)).toEqual(full.sections.map((s) => s.title));
    const fromRecords = (id: string) => RECORD_HEADINGS.some((p) => id.startsWith(p));
    for (const [i, s] of pub.sections.entries())
      expect(s.blocks.filter((b) => b.kind === 'heading')).toEqual(
        full.sections[i]!.blocks.filter((b) => b.kind === 'heading' && !fromRecords(b.id)),
      );
    // The community programme's quoted name comes from the convening institution staff typed.
    expect(full.sections.flatMap((s) => s.blocks).some((b) => b.kind === 'heading' && fromRecords(b.id))).toBe(true);
    expect(pub.title).toMatch(/VERSIÓN PÚBLICA$/);
  });

  for (const title of [
    'ÓRGANOS DE GOBIERNO Y TOMA DE DECISIONES DEL MPI CDMX',
    'CASOS ATENDIDOS POR EL MPI CDMX',
    'CAPACITACIONES',
    'VINCULACIÓN INTERINSTITUCIONAL',
    'ASUNTOS JURÍDICOS',
    'COORDINACIÓN DE ADMINISTRACIÓN Y FINANZAS',
    'TRANSPARENCIA Y GOBIERNO ABIERTO',
    'ACTIVIDADES A LA COMUNIDAD',
    'MONITOREO DE AGRESIONES',
    'ANEXO FOTOGRÁFICO',
  ])
    it(`section «${title}»: no small counts about people, no unmarked text, no charts, masked free text`, () => {
      const section = pub.sections.find((s) => s.title === title)!;
      const original = full.sections.find((s) => s.title === title)!;
      for (const b of section.blocks) {
        expect(b.kind).not.toBe('chart');
        if (b.kind === 'paragraph') expect(MARKED).toContain(b.id);
        if (b.kind !== 'table') continue;
        const policy = tablePolicy(b.id)!;
        expect(policy, b.id).not.toBeNull();
        const before = original.blocks.find((x) => x.kind === 'table' && x.id === b.id) as TableBlock;
        b.body.forEach((row, i) =>
          row.forEach((cell, j) => {
            if (policy.mask?.includes(j)) expect(cell).toBe('—');
            else if (policy.labelOnly?.includes(j) && i < b.body.length - b.totalRows)
              expect(cell).toBe(genericLabel(before.body[i]![j]!));
            else if (policy.people && j > 0) {
              expect(cell, `${b.id}[${i}][${j}]`).not.toMatch(/^[12]$/);
              // Only small counts changed.
              expect(cell === before.body[i]![j] || /^[12]$/.test(before.body[i]![j]!)).toBe(true);
            } else expect(cell).toBe(before.body[i]![j]);
          }),
        );
        if (b.body.some((r) => r.includes(SMALL_CELL))) expect(b.notes).toContain(SMALL_CELL_NOTE);
      }
      // Marked paragraphs of this section are kept word for word.
      for (const id of MARKED) {
        const p = original.blocks.find((x) => x.kind === 'paragraph' && x.id === id);
        if (p) expect(section.blocks).toContainEqual(p);
      }
    });

  it('prints no case folio and no name of the records', () => {
    const pkg = JSON.parse(fs.readFileSync('tests/fixtures/seed003.package.json', 'utf8')) as {
      cases: Array<{ folio: string }>;
      informationRequests: Array<{ folio: string }>;
    };
    const text = textOf(pub);
    for (const c of pkg.cases) expect(text).not.toContain(c.folio);
    for (const r of pkg.informationRequests) expect(text).not.toContain(r.folio);
    for (const name of ['Mansilla', 'González Aguilera', 'Ernestina', 'Batres']) expect(text).not.toContain(name);
  });

  it('leaves out a table the policy does not know (deny by default)', () => {
    const doc = structuredClone(full);
    const t = structuredClone(tablesOf(full)[0]!);
    doc.sections[0]!.blocks.push({ ...t, id: 'someone.new' });
    expect(tablesOf(publicDocument(doc)).map((x) => x.id)).not.toContain('someone.new');
  });

  it('the DOCX of the public version has the rule and no small counts in Cuadro 3', async () => {
    const text = docxText(await writeDocument(pub, 'docx'));
    expect(text).toContain('VERSIÓN PÚBLICA');
    expect(text).toContain(SMALL_CELL_NOTE);
    expect(text).not.toContain('Mansilla');
  });
});
