import { describe, expect, it } from 'vitest';
import { buildReportDocument } from './report.document.js';
import type { ChartBlock, HeadingBlock, ParagraphBlock, TableBlock } from './report.model.js';
import { applyOverrides, buildSections, renumberFootnotes, sectionContracts, type ReportSection } from './sections.js';
import { seed003Generated } from './testing/seed003.document.js';
import { SEED003_REPORT } from './testing/seed003.expected.js';

const blocks = <K extends string>(doc: Awaited<ReturnType<typeof buildReportDocument>>, kind: K) =>
  doc.sections.flatMap((s) => s.blocks).filter((b) => b.kind === kind);

describe('report document from seed 003 numbers', () => {
  it('numbers Cuadros and Gráficas sequentially and puts notes under each', async () => {
    const doc = buildReportDocument(seed003Generated());
    expect(doc.title).toBe('INFORME BIMESTRAL ENERO-FEBRERO 2024');
    const tables = blocks(doc, 'table') as TableBlock[];
    expect(tables.map((t) => `${t.number}:${t.id}`)).toEqual([
      '1:casesByType',
      '2:incorporationsByMonth',
      '3:incorporationsByYear',
      '4:measures',
      '5:informationRequests',
    ]);
    const charts = blocks(doc, 'chart') as ChartBlock[];
    // No incorporations in the period -> 5 case types with data x 2 charts, plus measures by type.
    expect(charts.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(charts.at(-1)!.id).toBe('measures.byType');
    for (const b of [...tables, ...charts]) {
      expect(b.notes.some((n) => n.startsWith('*'))).toBe(true);
      expect(b.notes).toContain('Fuente: Elaboración propia con información del MPI CDMX.');
    }
    expect(tables[0]!.notes[0]).toBe('*Corte con fecha al 29 de febrero de 2024.');
  });

  it('prints the Cuadro 3 totals line and the Cuadro 6 rows as the seed', async () => {
    const doc = buildReportDocument(seed003Generated());
    const tables = blocks(doc, 'table') as TableBlock[];
    expect(tables[0]!.body.at(-1)).toEqual(['Totales', '17', '3', '2', '10', '32', '4', '14', '-', '3', '21', '53']);
    expect(tables[0]!.body[1]).toEqual([
      'Seguimiento a casos incorporados',
      '1',
      '-',
      '-',
      '2',
      '3',
      '-',
      '1',
      '-',
      '-',
      '1',
      '4',
    ]);
    expect(tables[3]!.body[5]).toEqual(['Números de emergencia', 'Protección', '21', '1,890']);
    expect(tables[3]!.body.at(-1)).toEqual(['Totales', '', '127', '3,217']);
    expect(tables[4]!.body).toEqual([
      ['1', 'Enero', '8', '8', '0', '6', '2'],
      ['2', 'Febrero', '6', '6', '0', '4', '2'],
      ['', 'Totales', '14', '14', '0', '10', '4'],
    ]);
  });

  it('writes the seed narrative with references to its own charts', async () => {
    const doc = buildReportDocument(seed003Generated());
    const paragraphs = blocks(doc, 'paragraph') as ParagraphBlock[];
    const byId = new Map(paragraphs.map((p) => [p.id, p.text]));
    expect(byId.get('cases.incorporations')).toMatch(
      /^En el bimestre, no hubo incorporaciones al MPI CDMX\. En el Cuadro 2/,
    );
    expect(byId.get('cases.incorporationFollowUp')).toContain(
      'se dio seguimiento a cuatro casos; del total, tres casos corresponden a personas defensoras de derechos humanos y un caso a persona periodista o colaboradora, siendo una mujer, un hombre y dos casos colectivos. Gráficas 1 y 2.',
    );
    expect(byId.get('cases.attention')).toContain(
      'cinco casos; del total, cuatro casos corresponden a personas defensoras de derechos humanos y un caso a persona periodista o colaboradora, siendo tres mujeres y dos hombres. Gráficas 3 y 4.',
    );
    expect(byId.get('cases.measures')).toContain(
      '63 medidas preventivas, 53 medidas de protección y 11 medidas de carácter social',
    );
    const headings = blocks(doc, 'heading') as HeadingBlock[];
    expect(headings[0]!.number).toBe('1.1');
    expect(headings.at(-1)!.number).toBe('2.1');
  });
});

describe('sections', () => {
  const section = (id: string, order: number, text: string): ReportSection<string> => ({
    id,
    order,
    title: id.toUpperCase(),
    load: async () => text,
    contract: (data) => ({ [id]: data }),
    build: (data, ctx) => ({ blocks: [{ kind: 'paragraph', id: `${id}.p`, text: `${data} ${ctx.nextTable()}` }] }),
  });

  it('builds in the given order and shares the table counter', () => {
    const loaded = [section('a', 1, 'A'), section('b', 2, 'B')].map((s) => ({ section: s, data: s.id.toUpperCase() }));
    const built = buildSections(loaded, {
      period: SEED003_REPORT.period,
      core: SEED003_REPORT,
      institution: { headerLines: [], name: 'X', shortName: 'X' },
    });
    expect(built.map((s) => `${s.number}:${s.id}:${(s.blocks[0] as ParagraphBlock).text}`)).toEqual([
      '1:a:A 1',
      '2:b:B 2',
    ]);
  });

  it('merges the sections’ report objects and refuses one given twice', () => {
    const a = section('a', 1, 'A');
    expect(sectionContracts([{ section: a, data: 'x' }])).toEqual({ a: 'x' });
    expect(() =>
      sectionContracts([
        { section: a, data: 'x' },
        { section: { ...a, id: 'a2' }, data: 'y' },
      ]),
    ).toThrow(/two sections/);
  });

  it('applies overrides: replace, remove and append paragraphs', () => {
    const out = applyOverrides(
      's',
      [
        { kind: 'paragraph', id: 's.a', text: 'generated a' },
        { kind: 'paragraph', id: 's.b', text: 'generated b' },
      ],
      { paragraphs: { 's.a': 'staff a', 's.b': '' }, extra: { s: ['added'] } },
    );
    expect(out).toEqual([
      { kind: 'paragraph', id: 's.a', text: 'staff a', edited: true },
      { kind: 'paragraph', id: 's.extra.0', text: 'added', edited: true },
    ]);
  });

  it('numbers footnotes through the document: each section from where the one before ended', () => {
    const withNotes = (id: string, order: number, marks: string[]): ReportSection => ({
      id,
      order,
      title: id.toUpperCase(),
      load: async () => null,
      build: () => ({
        blocks: [
          ...marks.map((m, i) => ({ kind: 'paragraph' as const, id: `${id}.item.${i}`, text: `Punto ${i + 1}.${m}` })),
          ...marks.map((m, i) => ({ kind: 'paragraph' as const, id: `${id}.note.${i}`, text: `${m} Nota ${i + 1}.` })),
        ],
      }),
    });
    const built = buildSections(
      [
        { section: withNotes('a', 1, ['¹', '²']), data: null },
        { section: withNotes('b', 2, []), data: null },
        { section: withNotes('c', 3, ['¹', '²', '³']), data: null },
      ],
      {
        period: SEED003_REPORT.period,
        core: SEED003_REPORT,
        institution: buildReportDocument(seed003Generated()).institution,
      },
      { paragraphs: { 'c.note.2': 'Texto del área¹.' }, extra: {} },
    );
    const texts = built.flatMap((s) => s.blocks.map((b) => (b as ParagraphBlock).text));
    expect(texts).toEqual([
      'Punto 1.¹',
      'Punto 2.²',
      '¹ Nota 1.',
      '² Nota 2.',
      'Punto 1.³',
      'Punto 2.⁴',
      'Punto 3.⁵',
      '³ Nota 1.',
      '⁴ Nota 2.',
      // Staff's text is printed as written.
      'Texto del área¹.',
    ]);
    // Tables: header marks, cells and notes; two-digit marks.
    // A superscript that no note defines is not a footnote.
    expect(
      renumberFootnotes([{ kind: 'paragraph', id: 'x.a', text: 'Una sala de 40 m².' }], 5).blocks[0],
    ).toMatchObject({ text: 'Una sala de 40 m².' });
    const table: TableBlock = {
      kind: 'table',
      id: 't',
      number: 1,
      title: 'T',
      header: [[{ text: 'Colectivo¹' }]],
      body: [['1']],
      totalRows: 0,
      notes: ['¹ Se considera colectivo…'],
    };
    const shifted = renumberFootnotes([table], 9);
    expect(shifted.count).toBe(1);
    expect(shifted.blocks[0]).toMatchObject({
      header: [[{ text: 'Colectivo¹⁰' }]],
      body: [['1']],
      notes: ['¹⁰ Se considera colectivo…'],
    });
  });
});
