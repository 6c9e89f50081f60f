// Public statistics, section by section (issue 15): the whole seed 003 with a person's name, a
// case folio and a request folio planted in the free text of every module (session topics,
// workshop titles and objectives, events, meetings, agreements, Gaceta titles, the CAF's
// activities, the Transparency Committee's agenda, a community programme), for the bimonthly
// report and the annual one. Every section of the internal version has something to leak (small
// counts about people, names, folios, text staff did not mark public, charts); no section of the
// public version prints any of it, and the public DOCX drafts through HTTP neither.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { administrationActivities } from '../administration/administration.schema.js';
import { preventionLiaisonActivities } from '../prevention/prevention.schema.js';
import { registry } from '../index.js';
import { importPackage } from '../interchange/import.service.js';
import { PUBLIC_INTRO, publicDocument, SMALL_CELL, SMALL_CELL_NOTE, tablePolicy } from './public.js';
import type { BuiltSection, ReportDocument } from './report.model.js';
import { buildReportDocument } from './report.document.js';
import { generateReport } from './report.service.js';
import { importSeed003, seed003Package } from './testing/seed003.full.js';
import { sha256 } from './issue.service.js';
import { issuedReports } from './reports.schema.js';
import { docxText } from './testing/zip.js';
import { roles } from '../../../common/roles.js';
import { rolesAllow } from '../../platform/access/policies.js';

const NAME = 'Ximena Quiroz Leal';
const CASE_FOLIO = 'MPI-2024-0777';
const REQUEST_FOLIO = '090171124000777';
const PLANT = `${NAME} (expediente ${CASE_FOLIO}, solicitud ${REQUEST_FOLIO})`;
/** Paragraphs staff marked public: fixed sentences without records' text. */
const MARKED = ['prevention.workshops.purpose', 'liaison.purpose', 'annual.extra.0'];

const BIMESTER = { from: '2024-01-01', to: '2024-02-29' };
const YEAR = { from: '2024-01-01', to: '2024-12-31' };

type Item = Record<string, unknown> & { id?: string; folio?: string };
const find = (pkg: Record<string, unknown>, array: string, id: string) =>
  (pkg[array] as Item[]).find((x) => (x.id ?? x.folio) === id)!;

/** Seed 003 with the name and folios in every free-text field the report prints. */
function plantedPackage(): Record<string, unknown> {
  const pkg = seed003Package();
  for (const id of ['JG-2024-E1', 'CC-2024-O1', 'CT-2024-E1', 'SAAPS-2024-O1']) {
    const s = find(pkg, 'bodySessions', id) as { agenda: Array<{ text: string }>; agreements: Array<{ text: string }> };
    s.agenda[0]!.text = `Caso de ${PLANT}.`;
    for (const a of s.agreements) a.text = `Acuerdo sobre ${PLANT}.`;
  }
  for (const id of ['PA-2024-000', 'PA-2024-001']) {
    const a = find(pkg, 'preventionActivities', id);
    a.title = `Taller con ${PLANT}`;
    a.objective = `Acompañar a ${PLANT}.`;
  }
  for (const a of pkg.liaisonActivities as Item[]) {
    a.title = `Encuentro con ${PLANT}`;
    if (a.kind === 'community') a.institution = `el programa “Escuela de ${NAME}” de la colonia de ${CASE_FOLIO}`;
  }
  for (const a of pkg.agreements as Array<{ actions: Array<{ description: string }> }>)
    for (const x of a.actions) x.description = `Reunión sobre ${PLANT}`;
  for (const g of pkg.gazettePublications as Item[]) g.title = `Aviso relativo a ${PLANT}.`;
  (pkg.cases as Item[]).push({
    folio: CASE_FOLIO,
    kind: 'attention',
    procedure: null,
    profile: 'journalist',
    identity: 'lgbttti',
    openedOn: '2024-02-02',
    closedOn: null,
    followUps: [],
  });
  (pkg.informationRequests as Item[]).push({
    folio: REQUEST_FOLIO,
    receivedOn: '2024-02-03',
    kind: 'arco',
    admissible: true,
  });
  return pkg;
}

let ctx: TestContext;
let planning: TestClient;
const docs: Record<'bimonthly' | 'annual', { full: ReportDocument; pub: ReportDocument }> = {} as never;
let caseFolios: string[];
let requestFolios: string[];

beforeAll(async () => {
  ctx = await createTestContext();
  await importSeed003(ctx.handle.db);
  const pkg = plantedPackage();
  const result = await importPackage(ctx.handle.db, pkg, {
    actor: { userId: null, username: 'public-test' },
    arrays: registry.packageArrays,
  });
  expect(result.ok, JSON.stringify(result.ok ? null : result.problems.slice(0, 3))).toBe(true);
  const [first] = await ctx.handle.db.select().from(administrationActivities).limit(1);
  await ctx.handle.db
    .update(administrationActivities)
    .set({ text: `Se atendió la queja de ${PLANT}` })
    .where(eq(administrationActivities.id, first!.id));
  // The long descriptions of events and meetings (typed on the activity, not in the package).
  await ctx.handle.db
    .update(preventionLiaisonActivities)
    .set({ description: `el Director General se reunió con ${PLANT}.` });
  caseFolios = (pkg.cases as Item[]).map((c) => c.folio!);
  requestFolios = (pkg.informationRequests as Item[]).map((r) => r.folio!);
  for (const [kind, period] of [
    ['bimonthly', BIMESTER],
    ['annual', YEAR],
  ] as const) {
    const full = buildReportDocument(await generateReport(ctx.handle.db, period, registry.reportSections), {
      overrides: { paragraphs: {}, extra: { annual: ['Texto del área marcado como público.'] }, public: MARKED },
    });
    docs[kind] = { full, pub: publicDocument(full, MARKED) };
  }
  planning = await ctx.signInAs(['planning']);
}, 300_000);
afterAll(async () => ctx?.close());

/** What a section of the internal version could leak: small counts, names, folios, unmarked text, charts. */
function leakable(s: BuiltSection) {
  const text = JSON.stringify(s.blocks);
  return {
    smallCells: s.blocks.flatMap((b) =>
      b.kind === 'table' && tablePolicy(b.id)?.people
        ? b.body.flatMap((r) => r.slice(1).filter((c) => /^[12]$/.test(c.trim())))
        : [],
    ).length,
    names: text.split(NAME).length - 1,
    folios: text.split(CASE_FOLIO).length - 1,
    unmarked: s.blocks.filter((b) => b.kind === 'paragraph' && !MARKED.includes(b.id)).length,
    charts: s.blocks.filter((b) => b.kind === 'chart' || b.kind === 'image').length,
  };
}

/** Everything the public version of a section must not print, as a list of findings (empty when clean). */
function leaks(pub: BuiltSection, full: BuiltSection): string[] {
  const found: string[] = [];
  const fullHeadings = new Set(full.blocks.filter((b) => b.kind === 'heading').map((b) => b.id));
  for (const b of pub.blocks) {
    if (b.kind === 'chart' || b.kind === 'image') found.push(`${b.kind} ${b.id}`);
    if (b.kind === 'paragraph' && !MARKED.includes(b.id)) found.push(`unmarked paragraph ${b.id}`);
    if (b.kind === 'heading' && !fullHeadings.has(b.id)) found.push(`heading ${b.id}`);
    if (b.kind !== 'table') continue;
    const policy = tablePolicy(b.id);
    if (!policy) found.push(`table without policy ${b.id}`);
    if (policy?.people)
      b.body.forEach((row, i) =>
        row.forEach((cell, j) => {
          if (j > 0 && /^[12]$/.test(cell.trim())) found.push(`small cell ${b.id}[${i}][${j}] = ${cell}`);
        }),
      );
    if (b.body.some((r) => r.includes(SMALL_CELL)) && !b.notes.includes(SMALL_CELL_NOTE))
      found.push(`no rule stated under ${b.id}`);
  }
  const text = JSON.stringify(pub.blocks.filter((b) => !(b.kind === 'paragraph' && MARKED.includes(b.id))));
  for (const probe of ['Ximena', 'Quiroz', CASE_FOLIO, REQUEST_FOLIO, ...caseFolios, ...requestFolios])
    if (text.includes(probe)) found.push(`prints «${probe}»`);
  return found;
}

describe.each(['bimonthly', 'annual'] as const)('public version of the %s report, section by section', (kind) => {
  it('has every section of the internal version, in order, and states the rule', () => {
    const { full, pub } = docs[kind];
    expect(pub.sections.map((s) => s.id)).toEqual(full.sections.map((s) => s.id));
    expect(pub.intro).toBe(PUBLIC_INTRO);
    expect(pub.intro).toContain('«<3»');
    const ids = full.sections.map((s) => s.id);
    for (const id of ['bodies', 'cases', 'prevention', 'liaison', 'legal', 'administration', 'transparency'])
      expect(ids).toContain(id);
    for (const id of ['community', 'monitoring', 'photos']) expect(ids).toContain(id);
    if (kind === 'annual') expect(ids).toEqual(expect.arrayContaining(['annual', 'planning']));
  });

  it('every section of the internal version has something to leak', () => {
    const { full } = docs[kind];
    const table: Record<string, ReturnType<typeof leakable>> = {};
    for (const s of full.sections) {
      const l = (table[s.id] = leakable(s));
      expect(l.smallCells + l.names + l.folios + l.unmarked + l.charts, s.id).toBeGreaterThan(0);
    }
    // The planted name is printed by every module that prints records' text.
    for (const id of ['bodies', 'prevention', 'liaison', 'legal', 'administration', 'transparency', 'community'])
      expect(table[id]!.names, id).toBeGreaterThan(0);
    // Small counts about people are there to suppress where people are counted.
    for (const id of ['cases', 'prevention', 'monitoring', ...(kind === 'annual' ? ['annual'] : [])])
      expect(table[id]!.smallCells, id).toBeGreaterThan(0);
    console.log(`[public ${kind}] what each section could leak\n${JSON.stringify(table)}`);
  });

  it('no section of the public version prints a small count, a name, a folio, unmarked text or a chart', () => {
    const { full, pub } = docs[kind];
    const found = Object.fromEntries(
      pub.sections
        .map((s, i): [string, string[]] => [s.id, leaks(s, full.sections[i]!)])
        .filter(([, l]) => l.length > 0),
    );
    expect(found).toEqual({});
    // What staff marked public is printed word for word.
    const marked = full.sections.flatMap((s) =>
      s.blocks.filter((b) => b.kind === 'paragraph' && MARKED.includes(b.id)),
    );
    expect(marked.length).toBeGreaterThan(0);
    for (const p of marked) expect(pub.sections.flatMap((s) => s.blocks)).toContainEqual(p);
  });

  it('keeps the counts: only 1 and 2 change, shown as <3; the workshops keep their generic label', () => {
    const { full, pub } = docs[kind];
    const tables = (d: ReportDocument) =>
      d.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? [b] : [])));
    for (const t of tables(pub)) {
      const before = tables(full).find((x) => x.id === t.id)!;
      const policy = tablePolicy(t.id)!;
      t.body.forEach((row, i) =>
        row.forEach((cell, j) => {
          const was = before.body[i]![j]!;
          if (cell === was || cell === '—') return;
          if (policy.people && /^[12]$/.test(was)) expect(cell).toBe(SMALL_CELL);
          else expect(policy.labelOnly, `${t.id}[${i}][${j}]`).toContain(j);
        }),
      );
    }
    const actions = tables(pub).find((t) => t.id === 'preventionActions')!;
    expect(actions.body[0]![0]).toBe('Taller virtual');
  });
});

describe('public DOCX drafts through HTTP', () => {
  it.each([
    [
      'bimonthly',
      `/api/reports/bimonthly/download?from=${BIMESTER.from}&to=${BIMESTER.to}&format=docx&audience=public`,
    ],
    ['annual', '/api/reports/annual/download?year=2024&format=docx&audience=public'],
  ])('%s: the rule, and no name, folio or unmarked text', async (_kind, url) => {
    const internal = docxText((await planning.get(url.replace('audience=public', 'audience=internal'))).rawPayload);
    expect(internal).toContain(NAME);
    const res = await planning.get(url);
    expect(res.statusCode).toBe(200);
    const text = docxText(res.rawPayload);
    expect(text).toContain('VERSIÓN PÚBLICA');
    expect(text).toContain(SMALL_CELL_NOTE);
    for (const probe of ['Ximena', 'Quiroz', CASE_FOLIO, REQUEST_FOLIO]) expect(text).not.toContain(probe);
  });
});

describe('the public version for every role', () => {
  it('is the same document whoever asks for it; roles without reports.read get none', async () => {
    const url = `/api/reports/bimonthly/download?from=${BIMESTER.from}&to=${BIMESTER.to}&format=docx&audience=public`;
    const reference = docxText((await planning.get(url)).rawPayload);
    for (const role of roles) {
      const client = await ctx.signInAs([role]);
      const res = await client.get(url);
      if (!rolesAllow('reports.read', [role])) {
        expect(res.statusCode, role).toBe(403);
        continue;
      }
      expect(res.statusCode, role).toBe(200);
      const text = docxText(res.rawPayload);
      expect(text, role).toBe(reference);
      for (const probe of ['Ximena', CASE_FOLIO, REQUEST_FOLIO]) expect(text, role).not.toContain(probe);
    }
  }, 300_000);
});

describe('the issued public version', () => {
  it('is frozen and hashed with the version, downloadable in the three formats, and leaks nothing', async () => {
    const saved = await planning.put('/api/reports/bimonthly/narrative', {
      ...BIMESTER,
      overrides: { paragraphs: {}, extra: {}, public: ['prevention.workshops.purpose'] },
      version: 0,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const issued = await planning.post('/api/reports/bimonthly/issue', BIMESTER);
    expect(issued.statusCode, issued.body).toBe(201);
    const summary = issued.json() as {
      id: string;
      docxSha256: string;
      public: { docxSha256: string; xlsxSha256: string; pdfSha256: string } | null;
    };
    expect(summary.public).not.toBeNull();
    expect(summary.public!.docxSha256).not.toBe(summary.docxSha256);
    const files: Record<string, Buffer> = {};
    for (const format of ['docx', 'xlsx', 'pdf'] as const) {
      const res = await planning.get(`/api/reports/issued/${summary.id}/${format}?audience=public`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toContain(`version-publica-v1.${format}`);
      expect(sha256(res.rawPayload)).toBe(summary.public![`${format}Sha256`]);
      files[format] = res.rawPayload;
    }
    const text = docxText(files.docx!);
    expect(text).toContain('VERSIÓN PÚBLICA');
    expect(text).toContain(SMALL_CELL_NOTE);
    for (const probe of ['Ximena', 'Quiroz', CASE_FOLIO, REQUEST_FOLIO]) expect(text).not.toContain(probe);
    // The whole version is still the staff's, with the name.
    const internal = await planning.get(`/api/reports/issued/${summary.id}/docx`);
    expect(sha256(internal.rawPayload)).toBe(summary.docxSha256);
    expect(docxText(internal.rawPayload)).toContain(NAME);

    // Frozen: the data change, the same bytes come back.
    await ctx.handle.db.update(administrationActivities).set({ text: 'Otro texto.' });
    const again = await planning.get(`/api/reports/issued/${summary.id}/docx?audience=public`);
    expect(sha256(again.rawPayload)).toBe(summary.public!.docxSha256);
    const list = (await planning.get('/api/reports/issued')).json() as {
      items: Array<{ id: string; public: unknown }>;
    };
    expect(list.items.find((i) => i.id === summary.id)!.public).toEqual(summary.public);
    expect((await planning.get(`/api/reports/issued/${summary.id}/docx?audience=todos`)).statusCode).toBe(400);

    // A version issued before public versions existed has none to download.
    await ctx.handle.db
      .update(issuedReports)
      .set({ publicDocx: null, publicDocxSha256: null })
      .where(eq(issuedReports.id, summary.id));
    expect((await planning.get(`/api/reports/issued/${summary.id}/docx?audience=public`)).statusCode).toBe(404);
    const old = (await planning.get(`/api/reports/issued/${summary.id}`)).json() as { summary: { public: unknown } };
    expect(old.summary.public).toBeNull();
  }, 120_000);
});
