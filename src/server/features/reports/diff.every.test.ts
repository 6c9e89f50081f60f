// The diff between versions covers every table (issue 15): over the whole seed 003, version 1 is
// issued, every module's records change (one thing per table, re-imported through the product's
// package import), version 2 is issued, and the diff of the two names a change in every Cuadro,
// bodies to administration, both as printed cells and as numbers of the report JSON. Then one cell
// of every table of the bimonthly and of the annual report is changed by hand and found, alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { registry } from '../index.js';
import { importPackage } from '../interchange/import.service.js';
import { diffTables, type CellChange, type NumberChange } from './diff.js';
import type { ReportDocument, TableBlock } from './report.model.js';
import { buildReportDocument } from './report.document.js';
import { generateReport } from './report.service.js';
import { importSeed003, seed003Package } from './testing/seed003.full.js';

let ctx: TestContext;
let planning: TestClient;
let diff: { changes: NumberChange[]; cells: CellChange[] };
let v2: ReportDocument;

type Item = Record<string, unknown> & { id?: string; folio?: string };
const find = (pkg: Record<string, unknown>, array: string, id: string) =>
  (pkg[array] as Item[]).find((x) => (x.id ?? x.folio) === id)!;

/** One change to the records behind every table (and every object of the report JSON). */
function changedPackage(): Record<string, unknown> {
  const pkg = seed003Package();
  // Cuadro 1 and 2: a topic of the Junta's session, an agenda item more for the Consejo's.
  const junta = find(pkg, 'bodySessions', 'JG-2024-E1') as { agenda: Array<{ text: string }> };
  junta.agenda[0]!.text = 'Tema corregido por la Dirección General.';
  const consejo = find(pkg, 'bodySessions', 'CC-2024-O1') as { agenda: Array<{ group: string; text: string }> };
  consejo.agenda.push({ group: 'information', text: 'El calendario de sesiones ordinarias.' });
  // Cuadros 3, 4 and 5: an incorporation in January 2024.
  (pkg.cases as Item[]).push({
    folio: 'MPI-2024-901',
    kind: 'incorporation',
    procedure: 'ordinary',
    profile: 'journalist',
    identity: 'man',
    openedOn: '2024-01-20',
    closedOn: null,
    followUps: [],
  });
  // Cuadro 6: one action more of a measure.
  const measure = find(pkg, 'measures', 'M-000001') as { actions: Array<{ on: string; count: number }> };
  measure.actions[0]!.count += 1;
  // Cuadros 7 and 8: one participant more in the workshop and in a training.
  (find(pkg, 'preventionActivities', 'PA-2024-000') as { participants: { woman: number } }).participants.woman += 1;
  (find(pkg, 'preventionActivities', 'PA-2024-001') as { participants: { man: number } }).participants.man += 1;
  // Liaison and the Gaceta (lists, no Cuadro): one event and one publication more.
  (pkg.liaisonActivities as Item[]).push({
    id: 'EV-2024-901',
    kind: 'event',
    on: '2024-02-21',
    institution: 'Secretaría de Gobierno de la Ciudad de México',
    title: 'Reunión de coordinación',
    international: false,
  });
  (pkg.gazettePublications as Item[]).push({
    ...find(pkg, 'gazettePublications', 'GO-2024-001'),
    id: 'GO-2024-901',
    publishedOn: '2024-02-27',
    title: 'Aviso por el que se da a conocer un nuevo trámite.',
  });
  // Cuadros 9 and 10: a contract's term.
  find(pkg, 'contracts', 'MPICDMX/CAF/CT/01/2024').endsOn = '2024-12-31';
  find(pkg, 'contracts', 'CDMX-MPI-CPS-H-001-2024').endsOn = '2024-06-30';
  // Cuadro 11: a report of February still in progress.
  const caf = find(pkg, 'deliverables', 'CAF-01') as { submissions: Array<{ month: string; status: string }> };
  caf.submissions.find((s) => s.month === '2024-02')!.status = 'in_progress';
  // Information requests: one more in January, not admitted.
  (pkg.informationRequests as Item[]).push({
    folio: '090171124000999',
    receivedOn: '2024-01-10',
    kind: 'public',
    admissible: false,
  });
  // Monitoring: one more finding in February, in Cuauhtémoc.
  (pkg.findings as Item[]).push({
    id: 'HZ-2024-0901',
    detectedOn: '2024-02-12',
    situation: 'at_risk',
    forms: ['verbal'],
    profile: 'defender',
    identity: 'woman',
    alcaldia: '09015',
    protest: false,
    sources: 1,
  });
  return pkg;
}

const PERIOD = { from: '2024-01-01', to: '2024-02-29' };

beforeAll(async () => {
  ctx = await createTestContext();
  await importSeed003(ctx.handle.db);
  planning = await ctx.signInAs(['planning']);
  const first = await planning.post('/api/reports/bimonthly/issue', PERIOD);
  expect(first.statusCode, first.body).toBe(201);
  const result = await importPackage(ctx.handle.db, changedPackage(), {
    actor: { userId: null, username: 'diff-test' },
    arrays: registry.packageArrays,
  });
  expect(result.ok, JSON.stringify(result.ok ? null : result.problems.slice(0, 3))).toBe(true);
  const second = await planning.post('/api/reports/bimonthly/issue', PERIOD);
  expect(second.statusCode, second.body).toBe(201);
  const res = await planning.get(`/api/reports/issued/diff?a=${first.json().id}&b=${second.json().id}`);
  expect(res.statusCode).toBe(200);
  diff = res.json();
  v2 = (await planning.get(`/api/reports/issued/${second.json().id}`)).json().document;
}, 300_000);
afterAll(async () => ctx?.close());

const tablesOf = (doc: ReportDocument) =>
  doc.sections.flatMap((s) => s.blocks.filter((b): b is TableBlock => b.kind === 'table'));
const cellsOf = (table: string) => diff.cells.filter((c) => c.table === table);

describe('diff of two issued versions of the seed 003 report', () => {
  it('names a changed cell in every Cuadro, bodies to monitoring', () => {
    const ids = tablesOf(v2).map((t) => t.id);
    expect(ids).toHaveLength(15);
    const without = ids.filter((id) => cellsOf(id).length === 0);
    expect(without).toEqual([]);
    // Each change carries the table's Cuadro number and caption of the newer version.
    for (const t of tablesOf(v2))
      for (const c of cellsOf(t.id)) expect([c.number, c.title]).toEqual([t.number, t.title]);
  });

  it('gives each change by row and column as printed, with the text before and after', () => {
    expect(cellsOf('bodies.junta')).toEqual([
      expect.objectContaining({
        row: 'Primera',
        column: 'Temas abordados',
        after: expect.stringContaining('Tema corregido por la Dirección General.'),
      }),
    ]);
    expect(cellsOf('bodies.consejo')[0]!.after).toContain('El calendario de sesiones ordinarias.');
    expect(cellsOf('administration.deliverables')).toEqual([
      expect.objectContaining({
        row: 'Información actualización de plazas ocupadas personal',
        column: 'Estatus (columna 8)',
        before: 'Entregado',
        after: 'En proceso',
      }),
    ]);
    expect(cellsOf('legal.contracts.professionalServices')).toEqual([
      expect.objectContaining({
        row: '1 MPICDMX/CAF/CT/01/2024',
        column: 'Vigencia',
        after: expect.stringMatching(/31 de diciembre/),
      }),
    ]);
    expect(cellsOf('legal.contracts.fees')).toHaveLength(1);
    expect(cellsOf('selfProtectionWorkshops')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ column: 'Personas participantes / Mujeres', before: '26', after: '27' }),
        expect.objectContaining({ column: 'Personas participantes / Total', before: '45', after: '46' }),
      ]),
    );
    expect(cellsOf('informationRequests')).toContainEqual(
      expect.objectContaining({ row: '1 Enero', column: 'Número de solicitudes por mes', before: '8', after: '9' }),
    );
    expect(cellsOf('monitoring.byAlcaldia')).toContainEqual(
      expect.objectContaining({ row: 'Cuauhtémoc', before: '1', after: '2' }),
    );
    expect(cellsOf('incorporationsByYear')).toContainEqual(
      expect.objectContaining({ row: '2024', column: 'Total', before: '-', after: '1' }),
    );
  });

  it('names changed numbers of every object of the report JSON', () => {
    const paths = diff.changes.map((c) => c.path);
    for (const key of [
      'casesByType',
      'incorporationsByMonth',
      'incorporationsByYear',
      'measures',
      'informationRequests',
      'bodySessions',
      'selfProtectionWorkshops',
      'preventionActions',
      'liaison',
      'gazettePublications',
      'deliverables',
      'monitoring',
    ])
      expect(
        paths.some((p) => p.startsWith(key)),
        key,
      ).toBe(true);
    expect(diff.changes).toContainEqual({ path: 'bodySessions.rows[CC-2024-O1].agendaItems', before: 5, after: 6 });
    expect(diff.changes).toContainEqual({
      path: 'selfProtectionWorkshops.rows[PA-2024-000].woman',
      before: 26,
      after: 27,
    });
    expect(diff.changes).toContainEqual({ path: 'preventionActions.total.man', before: 60, after: 61 });
    expect(diff.changes).toContainEqual({ path: 'liaison.events', before: 11, after: 12 });
    expect(diff.changes).toContainEqual({ path: 'gazettePublications.total', before: 3, after: 4 });
    expect(diff.changes).toContainEqual({ path: 'deliverables.total.in_progress', before: 0, after: 1 });
    expect(diff.changes).toContainEqual({ path: 'monitoring.findings.byAlcaldia.09015', before: 1, after: 2 });
    expect(diff.changes).toContainEqual({ path: 'monitoring.findings.byMonth[2024-02].total', before: 2, after: 3 });
  });
});

/** A copy of `doc` with one cell of table `index` changed; the change the diff must report alone. */
function withOneCellChanged(doc: ReportDocument, index: number): { doc: ReportDocument; row: number; col: number } {
  const copy = structuredClone(doc);
  const table = tablesOf(copy)[index]!;
  // The last cell of the middle row: a count, a status or a term, whatever the table prints.
  const row = Math.floor((table.body.length - 1) / 2);
  const col = table.body[row]!.length - 1;
  table.body[row]![col] = `${table.body[row]![col]}·cambio`;
  return { doc: copy, row, col };
}

describe.each([
  ['bimonthly', PERIOD],
  ['annual', { from: '2024-01-01', to: '2024-12-31' }],
])('one cell changed in each table of the %s report', (_kind, period) => {
  let doc: ReportDocument;
  beforeAll(async () => {
    doc = buildReportDocument(await generateReport(ctx.handle.db, period, registry.reportSections));
  }, 120_000);

  it('is found alone, in its table, row and column', () => {
    const tables = tablesOf(doc);
    expect(tables.length).toBeGreaterThanOrEqual(15);
    expect(tables.filter((t) => t.body.length > 0).map((t) => t.id)).toEqual(tables.map((t) => t.id));
    tables.forEach((t, i) => {
      const { doc: changed, row, col } = withOneCellChanged(doc, i);
      const found = diffTables(doc, changed);
      expect(found, t.id).toHaveLength(1);
      expect(found[0]).toMatchObject({
        table: t.id,
        number: t.number,
        before: t.body[row]![col],
        after: `${t.body[row]![col]}·cambio`,
      });
    });
    expect(diffTables(doc, structuredClone(doc))).toEqual([]);
  });
});
