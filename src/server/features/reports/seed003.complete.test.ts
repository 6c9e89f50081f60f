// Acceptance test (issue 15): the whole seed 003 (every module's fixture, imported through the
// product's package import) gives, for 2024-01-01..2024-02-29, the seed's report: its sections in
// order, its tables cell for cell (numbers as printed, Cuadros numbered in sequence, seed-modules.md
// §8 Q1), its lists item for item, and a DOCX whose text follows the seed's section by section.
// The expected values are read from the seed's own text (tests/fixtures/seed003.text.txt).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.js';
import type { DatabaseHandle } from '../../db/client.js';
import { registry } from '../index.js';
import { writeDocument } from './documents/index.js';
import type { ReportDocument, TableBlock } from './report.model.js';
import { buildReportDocument } from './report.document.js';
import { generateReport } from './report.service.js';
import { importSeed003 } from './testing/seed003.full.js';
import { seed003Text, seedBody, seedTables, splitSections } from './testing/seed003.text.js';
import { normalizeText, similarity } from './testing/similarity.js';
import { docxText } from './testing/zip.js';

const PERIOD = { from: '2024-01-01', to: '2024-02-29' };
const SEED = seed003Text();
let handle: DatabaseHandle;
let doc: ReportDocument;
let text: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  await importSeed003(handle.db);
  doc = buildReportDocument(await generateReport(handle.db, PERIOD, registry.reportSections));
  text = docxText(await writeDocument(doc, 'docx', { contentsPageNumbers: true }));
}, 240_000);
afterAll(async () => handle?.close());

const tables = () => doc.sections.flatMap((s) => s.blocks.filter((b): b is TableBlock => b.kind === 'table'));

/** The seed's Cuadros by stable key (its numbers skip 9 and repeat 11). */
const SEED_KEYS: Array<[key: string, seedNumber: number]> = [
  ['bodies.junta', 1],
  ['bodies.consejo', 2],
  ['casesByType', 3],
  ['incorporationsByMonth', 4],
  ['incorporationsByYear', 5],
  ['measures', 6],
  ['selfProtectionWorkshops', 7],
  ['preventionActions', 8],
  ['legal.contracts.professionalServices', 10],
  ['legal.contracts.fees', 11],
  ['administration.deliverables', 12],
  ['informationRequests', 11],
];

const isNumber = (c: string) => /^(-|\d[\d,]*)\*?$/.test(c.trim());
const numbers = (row: string[]) =>
  row
    .filter((c) => c.trim() !== '' && isNumber(c))
    .map((c) => (c.trim().startsWith('-') ? 0 : Number(c.replace(/[,*]/g, ''))));
/** The text cells of a row, or its first cell when it has none (the year of Cuadro 5). */
const label = (row: string[]) => {
  const cells = row.filter((c) => c.trim() !== '' && !isNumber(c));
  return (cells.length ? cells : row.filter((c) => c.trim() !== '').slice(0, 1)).join(' | ');
};

describe('seed 003, the whole report (January–February 2024)', () => {
  it('has the seed sections in the seed order, then the monitoring section (Q8) and the photo annex', () => {
    expect(doc.sections.map((s) => s.title)).toEqual([
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
    ]);
    expect(doc.title).toBe('INFORME BIMESTRAL ENERO-FEBRERO 2024');
    expect(doc.intro).toBe(
      'Primer informe bimestral correspondiente a enero-febrero de 2024, que rinde la Dirección General del Mecanismo de Protección Integral de Personas Defensoras de Derechos Humanos y Periodistas de la Ciudad de México (MPI CDMX).',
    );
  });

  it('numbers the headings as the seed does (3.1.1, 4.1.2 …)', () => {
    const headings = doc.sections.flatMap((s) =>
      s.blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.number} ${b.text}`] : [])),
    );
    for (const h of [
      '1.1 Junta de Gobierno.',
      '1.2 Consejo Consultivo del MPI CDMX.',
      '2.8 Medidas otorgadas.',
      '3.1 Prevención para el ejercicio de la libertad de expresión y el derecho a defender derechos humanos.',
      '3.1.1 Talleres de autoprotección.',
      '3.1.2 Acciones de Prevención y Capacitación.',
      '4.1 Colaboración interinstitucional.',
      '4.1.1 Eventos.',
      '4.1.2 Reuniones',
      '5.1 Convenios e Instrumentos Jurídicos suscritos.',
      '5.2 Publicaciones en la Gaceta Oficial de la Ciudad de México',
      '6.1 Informes.',
      '8.1 “La Escuela es Nuestra. Mejor Escuela”',
    ])
      expect(headings).toContain(h);
  });

  it('numbers the Cuadros in sequence, in the seed order of its tables', () => {
    const all = tables();
    expect(all.map((t) => t.number)).toEqual(all.map((_, i) => i + 1));
    const order = all.map((t) => t.id).filter((id) => SEED_KEYS.some(([k]) => k === id));
    expect(order).toEqual(
      SEED_KEYS.map(([k]) => k)
        .filter((k) => k !== 'informationRequests')
        .concat('informationRequests')
        .sort((a, b) => order.indexOf(a) - order.indexOf(b)),
    );
    expect(order).toHaveLength(SEED_KEYS.length);
  });

  it('gives every table of the seed cell for cell (numbers as printed, labels as written)', () => {
    const seed = seedTables(SEED);
    expect(seed).toHaveLength(12);
    const report: string[] = [];
    SEED_KEYS.forEach(([key, number], i) => {
      const expected = seed[i]!;
      expect(expected.number).toBe(number);
      const table = tables().find((t) => t.id === key)!;
      expect(table, key).toBeDefined();
      // The seed's own captions vary ("EN EL MES DE ENERO-FEBRERO", a missing space): close, not equal.
      expect(similarity(table.title, expected.title), `${key} title`).toBeGreaterThan(0.5);
      for (const row of table.body) {
        if (row.every((c, j) => j === 0 || c === '')) continue; // group label rows of Cuadro 4
        const candidates = expected.rows.map((r) => ({ r, s: similarity(label(row), label(r)) }));
        const best = candidates.sort((a, b) => b.s - a.s)[0]!;
        const want = SEED_DEVIATIONS[key]?.(row, best.r) ?? numbers(best.r);
        expect(numbers(row), `${key}: ${label(row)}`).toEqual(want);
        expect(best.s, `${key}: ${label(row)} ~ ${label(best.r)}`).toBeGreaterThan(0.3);
        report.push(`${key}: ${best.s.toFixed(2)}`);
      }
    });
    console.log(`[seed003] row label similarity\n${report.join('\n')}`);
  });

  it('Cuadro 7: 3 sessions, 9 hours, 26 women, 19 men, total 45 (the sum; the seed prints 55, Q3)', () => {
    const t = tables().find((x) => x.id === 'selfProtectionWorkshops')!;
    expect(t.body[0]!.slice(2)).toEqual(['3', '9', '26', '19', '-', '45']);
  });

  it('holds every list of the seed: 11 events, 1 meeting, 3 Gaceta publications, 9 CAF activities, 4 schools', () => {
    const paragraphs = (section: string, prefix: string) =>
      doc.sections
        .find((s) => s.id === section)!
        .blocks.filter((b) => b.kind === 'paragraph' && b.id.startsWith(prefix) && !b.id.endsWith('.institution'))
        .map((b) => (b as { text: string }).text);
    const body = seedBody(SEED);
    const dates = (s: string) => [...s.matchAll(/El (\d\d de [a-z]+)/g)].map((m) => m[1]);
    const seedEvents = body.slice(body.indexOf('4.1.1 Eventos.'), body.indexOf('4.1.2 Reuniones'));
    expect(paragraphs('liaison', 'liaison.event.').map((p) => dates(p)[0])).toEqual(
      dates(seedEvents.replace(/\*\*/g, '')),
    );
    expect(paragraphs('liaison', 'liaison.meeting.')).toHaveLength(1);
    const seedGazette = [...body.matchAll(/^- (Aviso .*?)[⁴⁵⁶]$/gm)].map((m) => m[1]);
    const gazette = paragraphs('legal', 'legal.gazette.item.');
    expect(gazette.map((p) => p.replace(/^• /, '').replace(/[¹²³⁴⁵⁶⁷⁸⁹]$/, ''))).toEqual(seedGazette);
    // Footnotes are numbered through the document as the seed numbers them (seed-modules.md §1).
    expect(gazette.map((p) => p.at(-1))).toEqual(['⁴', '⁵', '⁶']);
    expect(paragraphs('legal', 'legal.gazette.note.').map((p) => p.slice(0, 2))).toEqual(['⁴ ', '⁵ ', '⁶ ']);
    const caf = body.slice(body.indexOf('En temas de administración'), body.indexOf('6.1 Informes.'));
    expect(paragraphs('administration', 'administration.activity.').map((p) => p.replace(/^• /, ''))).toEqual(
      [...caf.matchAll(/^- (.*)$/gm)].map((m) => m[1]!.trim()),
    );
    const schools = body.slice(body.indexOf('8.1.'), body.indexOf('9. ANEXO'));
    expect(paragraphs('community', 'community.CO-').map((p) => normalizeText(p))).toEqual(
      [...schools.matchAll(/^- (.*)$/gm)].map((m) => normalizeText(m[1]!)),
    );
  });

  it('puts the notes under each table: Corte where the seed has it, always the Fuente line', () => {
    for (const t of tables())
      expect(t.notes, t.id).toContain('Fuente: Elaboración propia con información del MPI CDMX.');
    const cut = '*Corte con fecha al 29 de febrero de 2024.';
    for (const id of [
      'casesByType',
      'incorporationsByMonth',
      'incorporationsByYear',
      'measures',
      'selfProtectionWorkshops',
    ])
      expect(tables().find((t) => t.id === id)!.notes, id).toContain(cut);
    for (const id of [
      'bodies.junta',
      'bodies.consejo',
      'preventionActions',
      'legal.contracts.fees',
      'administration.deliverables',
    ])
      expect(tables().find((t) => t.id === id)!.notes, id).not.toContain(cut);
    expect(tables().find((t) => t.id === 'informationRequests')!.notes).toContain(
      '*Información al 29 de febrero de 2024.',
    );
    expect(
      tables()
        .find((t) => t.id === 'casesByType')!
        .notes.join('\n'),
    ).toMatch(/¹ Se considera colectivo/);
  });

  it('numbers the footnotes through the document as the seed: ¹ ² Cuadro 3, ³ §2.8, ⁴ ⁵ ⁶ §5.2, ⁷ §6.1', () => {
    const marks = (t: string) => [...t.matchAll(/^([¹²³⁴⁵⁶⁷⁸⁹]) /gm)].map((m) => m[1]);
    const defined = doc.sections.flatMap((s) =>
      s.blocks.flatMap((b) =>
        b.kind === 'table' ? b.notes.flatMap(marks) : b.kind === 'paragraph' ? marks(b.text) : [],
      ),
    );
    expect(defined).toEqual(['¹', '²', '³', '⁴', '⁵', '⁶', '⁷']);
    const seedDefined = [...seedBody(SEED).matchAll(/^([¹²³⁴⁵⁶⁷]) /gm)].map((m) => m[1]);
    expect(seedDefined).toEqual(defined);
    // Each mark is also placed where the seed places it.
    expect(text).toMatch(/Colectivo ?¹/);
    expect(text).toMatch(/Colectivo ?²/);
    expect(text).toMatch(/medidas de carácter social\.³/);
    expect(text).toMatch(/Ejercicio 2024:⁷/);
    expect(text).toContain('⁷ Nota: Cabe señalar que los informes son publicados');
  });

  it('DOCX: a contents field with every heading and its page, then the body', () => {
    const contents = text.slice(text.indexOf('Contenido'), text.indexOf('Primer informe bimestral'));
    for (const s of doc.sections)
      expect(contents).toMatch(new RegExp(`${s.number}\\. ${s.title.replace(/[()]/g, '.')}\\.\\t\\d+`));
    expect(contents).toMatch(/3\.1\.1 Talleres de autoprotección\.\t\d+/);
  });

  it('DOCX text follows the seed text section by section (similarity reported, floor asserted)', () => {
    const seed = splitSections(seedBody(SEED));
    const ours = splitSections(text.slice(text.indexOf('Primer informe bimestral')));
    const scores = [...seed].map(([title, seedText]) => ({
      title,
      score: similarity(ours.get(title) ?? '', seedText),
    }));
    console.log(
      `[seed003] DOCX vs seed, word-bigram Dice by section\n${scores.map((s) => `${s.score.toFixed(2)}  ${s.title}`).join('\n')}`,
    );
    expect(scores.map((s) => s.title)).toEqual([...Object.keys(FLOORS), 'ANEXO FOTOGRÁFICO']);
    // The annex is photographs with captions; the fixture holds no photographs, so it is not compared.
    for (const { title, score } of scores.slice(0, -1)) expect(score, title).toBeGreaterThanOrEqual(FLOORS[title]!);
  });
});

/**
 * Where the seed's printed numbers are not what the records give, and why (asserted instead).
 * Cuadro 3's first row lost its cells in the seed's text extraction (it reads "2023" and 8 dashes).
 * Cuadro 7's total is the sum (45), not the printed 55 (seed-modules.md §8 Q3).
 */
const SEED_DEVIATIONS: Record<string, (row: string[], seedRow: string[]) => number[]> = {
  casesByType: (row, seedRow) =>
    row[0]!.startsWith('Incorporados') ? Array.from({ length: 11 }, () => 0) : numbers(seedRow),
  selfProtectionWorkshops: (_row, seedRow) => {
    const n = numbers(seedRow);
    return [...n.slice(0, -1), n[3]! + n[4]! + n[5]!];
  },
};

/**
 * Floors per section: measured on this build, set a little under so a regression fails. Sections
 * whose seed text has records the product does not keep (§7.1 portals, §7.4 Gobierno Abierto,
 * the photographs of §9) score lower by construction.
 */
const FLOORS: Record<string, number> = {
  'ÓRGANOS DE GOBIERNO Y TOMA DE DECISIONES DEL MPI CDMX': 0.9, // measured 0.98
  'CASOS ATENDIDOS POR EL MPI CDMX': 0.8, // 0.86 (0.81 before the seed's footnotes ² and ³)
  CAPACITACIONES: 0.9, // 0.96
  'VINCULACIÓN INTERINSTITUCIONAL': 0.95, // 1.00 with the fixture's §4 descriptions (0.57 without)
  'ASUNTOS JURÍDICOS': 0.9, // 0.98
  'COORDINACIÓN DE ADMINISTRACIÓN Y FINANZAS': 0.95, // 1.00
  'TRANSPARENCIA Y GOBIERNO ABIERTO': 0.4, // 0.44: no records for §7.1 portals and §7.4 Gobierno Abierto
  'ACTIVIDADES A LA COMUNIDAD': 0.75, // 0.82
};
