// Staff edits survive regeneration on every paragraph of every section (issue 15): over the whole
// seed 003 (every module's fixture), for the bimonthly report and the annual one, every paragraph
// key the period's report generates is overridden through the API, the data change, the report is
// generated again, and every override is in the report JSON response and in the DOCX text; keys the
// period's report does not have are refused with a Spanish message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { cases } from '../../records/records.schema.js';
import type { ReportDocument } from './report.model.js';
import { importSeed003 } from './testing/seed003.full.js';
import { docxText } from './testing/zip.js';

let ctx: TestContext;
let planning: TestClient;

beforeAll(async () => {
  ctx = await createTestContext();
  await importSeed003(ctx.handle.db);
  planning = await ctx.signInAs(['planning']);
}, 240_000);
afterAll(async () => ctx?.close());

type Generated = { id: string; section: string; text: string };
type Response = {
  report: { casesByType: { total: { total: number } } };
  document: ReportDocument;
  paragraphs: Generated[];
  narrative: { version: number };
};

const BIMESTER = { from: '2024-01-01', to: '2024-02-29' };
const YEAR = { from: '2024-01-01', to: '2024-12-31' };
const qs = (p: { from: string; to: string }) => `from=${p.from}&to=${p.to}`;
const staffText = (i: number, id: string) => `Redacción del área número ${i + 1} para el párrafo ${id}.`;

async function report(p: { from: string; to: string }): Promise<Response> {
  const res = await planning.get(`/api/reports/bimonthly?${qs(p)}`);
  expect(res.statusCode).toBe(200);
  return res.json() as Response;
}

const paragraphsOf = (doc: ReportDocument) =>
  doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'paragraph' ? [{ section: s.id, ...b }] : [])));

describe.each([
  ['bimonthly', BIMESTER, `/api/reports/bimonthly/download?${qs(BIMESTER)}&format=docx`],
  ['annual', YEAR, '/api/reports/annual/download?year=2024&format=docx'],
])('%s report: every paragraph of every section', (_kind, period, download) => {
  let before: Response;
  let after: Response;
  let overrides: { paragraphs: Record<string, string>; extra: Record<string, string[]>; public: string[] };

  beforeAll(async () => {
    before = await report(period);
    overrides = {
      paragraphs: Object.fromEntries(before.paragraphs.map((p, i) => [p.id, staffText(i, p.id)])),
      extra: Object.fromEntries(before.document.sections.map((s) => [s.id, [`Párrafo añadido a la sección ${s.id}.`]])),
      public: before.paragraphs.map((p) => p.id),
    };
    const saved = await planning.put('/api/reports/bimonthly/narrative', {
      ...period,
      overrides,
      version: before.narrative.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    // The data change after the edits: the report is generated again from the new data.
    await ctx.handle.db.insert(cases).values({
      folio: `MPI-EDIT-${period.to}`,
      kind: 'attention',
      profile: 'journalist',
      identity: 'woman',
      openedOn: '2024-02-20',
    });
    after = await report(period);
  }, 240_000);

  it('lists every paragraph of every section, each key once and inside its section', () => {
    const generated = paragraphsOf(before.document);
    expect(before.paragraphs.map((p) => p.id)).toEqual(generated.map((p) => p.id));
    expect(new Set(before.paragraphs.map((p) => p.id)).size).toBe(before.paragraphs.length);
    for (const p of before.paragraphs) expect(p.id.startsWith(`${p.section}.`), p.id).toBe(true);
    // Every section of the report has paragraphs staff can edit (bodies … annex, annual ones too).
    const withParagraphs = new Set(before.paragraphs.map((p) => p.section));
    for (const s of before.document.sections) expect(withParagraphs.has(s.id), s.id).toBe(true);
    const ids = before.document.sections.map((s) => s.id);
    for (const id of ['bodies', 'cases', 'prevention', 'liaison', 'legal', 'administration', 'transparency'])
      expect(ids).toContain(id);
    expect(ids).toContain('monitoring');
    if (period === YEAR) expect(ids).toEqual(expect.arrayContaining(['annual', 'planning']));
  });

  it('the regenerated report JSON carries every override and every added paragraph', () => {
    // The data did change (the new case is counted), so the report was generated again.
    expect(after.report.casesByType.total.total).toBe(before.report.casesByType.total.total + 1);
    expect(after.paragraphs.map((p) => p.id)).toEqual(before.paragraphs.map((p) => p.id));
    const printed = new Map(paragraphsOf(after.document).map((p) => [p.id, p]));
    for (const [id, text] of Object.entries(overrides.paragraphs)) {
      expect(printed.get(id)?.text, id).toBe(text);
      expect(printed.get(id)?.edited, id).toBe(true);
    }
    for (const s of after.document.sections) {
      const last = s.blocks.at(-1)!;
      expect(last, s.id).toMatchObject({ kind: 'paragraph', id: `${s.id}.extra.0`, edited: true });
    }
  });

  it('the regenerated DOCX prints every override and every added paragraph', async () => {
    const res = await planning.get(download);
    expect(res.statusCode).toBe(200);
    const text = docxText(res.rawPayload);
    const missing = Object.values(overrides.paragraphs).filter((t) => !text.includes(t));
    expect(missing).toEqual([]);
    for (const [section, [extra]] of Object.entries(overrides.extra)) expect(text, section).toContain(extra);
    // No generated text of an overridden paragraph is left (spot check on texts long enough to be unique).
    for (const p of before.paragraphs.filter((x) => x.text.length > 80 && !x.id.includes('.note.')))
      expect(text, p.id).not.toContain(p.text);
  });

  it('a removed paragraph stays listed for the editor and can be restored', async () => {
    const current = await report(period);
    const [first] = current.paragraphs;
    const removed = await planning.put('/api/reports/bimonthly/narrative', {
      ...period,
      overrides: { ...overrides, paragraphs: { ...overrides.paragraphs, [first!.id]: '' } },
      version: current.narrative.version,
    });
    expect(removed.statusCode, removed.body).toBe(200);
    const again = await report(period);
    expect(paragraphsOf(again.document).map((p) => p.id)).not.toContain(first!.id);
    expect(again.paragraphs.map((p) => p.id)).toContain(first!.id);
  });
});

describe('keys the period does not have', () => {
  async function put(period: { from: string; to: string }, overrides: Record<string, unknown>) {
    const { narrative } = await report(period);
    return planning.put('/api/reports/bimonthly/narrative', {
      ...period,
      overrides: { paragraphs: {}, extra: {}, ...overrides },
      version: narrative.version,
    });
  }
  const messages = (res: { json(): unknown }) =>
    (res.json() as { error: { details: Array<{ path: string; message: string }> } }).error.details;

  it('refuses an unknown paragraph key with a Spanish message naming it', async () => {
    const res = await put(BIMESTER, { paragraphs: { 'cases.noExiste': 'Texto.' } });
    expect(res.statusCode).toBe(400);
    expect((res.json() as { error: { code: string } }).error.code).toBe('validation_failed');
    expect(messages(res)).toEqual([
      {
        path: 'overrides.paragraphs.cases.noExiste',
        message: 'El párrafo «cases.noExiste» no existe en el informe de este periodo.',
      },
    ]);
  });

  it("refuses a key of another period's report (the annual summary in a bimester)", async () => {
    const annualKey = (await report(YEAR)).paragraphs.find((p) => p.section === 'annual')!.id;
    expect((await report(BIMESTER)).paragraphs.map((p) => p.id)).not.toContain(annualKey);
    const res = await put(BIMESTER, { paragraphs: { [annualKey]: 'Texto.' } });
    expect(res.statusCode).toBe(400);
    expect(messages(res)[0]!.message).toBe(`El párrafo «${annualKey}» no existe en el informe de este periodo.`);
    // The same key is accepted for the year.
    expect((await put(YEAR, { paragraphs: { [annualKey]: 'Texto.' } })).statusCode).toBe(200);
  });

  it('refuses an unknown section for added paragraphs and an unknown public mark', async () => {
    const res = await put(BIMESTER, { extra: { nada: ['Texto.'] }, public: ['cases.overview', 'cases.extra.0'] });
    expect(res.statusCode).toBe(400);
    expect(messages(res)).toEqual([
      { path: 'overrides.extra.nada', message: 'La sección «nada» no existe en el informe de este periodo.' },
      {
        path: 'overrides.public.1',
        message: 'El párrafo «cases.extra.0» marcado como público no existe en el informe de este periodo.',
      },
    ]);
  });
});
