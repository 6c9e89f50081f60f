import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { auditLog } from '../../platform/audit/audit.schema.js';
import { cases, informationRequests } from '../../records/records.schema.js';
import { sha256 } from './issue.service.js';

let ctx: TestContext;
let planning: TestClient;
let board: TestClient;
const period = 'from=2024-01-01&to=2024-02-29';

beforeAll(async () => {
  ctx = await createTestContext();
  planning = await ctx.signInAs(['planning']);
  board = await ctx.signInAs(['board']);
  await ctx.handle.db.insert(cases).values([
    { folio: 'A-1', kind: 'attention', profile: 'defender', identity: 'woman', openedOn: '2024-01-10' },
    { folio: 'A-2', kind: 'attention', profile: 'journalist', identity: 'man', openedOn: '2024-02-10' },
  ]);
  await ctx.handle.db
    .insert(informationRequests)
    .values({ folio: 'R-1', receivedOn: '2024-01-09', kind: 'public', admissible: true });
});

afterAll(async () => {
  await ctx?.close();
});

describe('reports routes', () => {
  it('GET returns the contract JSON, the printable model and chart options', async () => {
    const res = await board.get(`/api/reports/bimonthly?${period}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.report.casesByType.rows.attention.total).toBe(2);
    // The web shows the issuing tabs from this flag, decided by the policy catalogue (reports.issue).
    expect(body.can).toEqual({ issue: false });
    expect((await planning.get(`/api/reports/bimonthly?${period}`)).json().can).toEqual({ issue: true });
    expect(Object.keys(body.report).slice(0, 6)).toEqual([
      'period',
      'casesByType',
      'incorporationsByMonth',
      'incorporationsByYear',
      'measures',
      'informationRequests',
    ]);
    // Every module's object follows, present even when its records are empty.
    expect(Object.keys(body.report).slice(6).sort()).toEqual([
      'bodySessions',
      'contracts',
      'deliverables',
      'gazettePublications',
      'liaison',
      'monitoring',
      'preventionActions',
      'selfProtectionWorkshops',
    ]);
    const blocks = body.document.sections.flatMap((s: { blocks: unknown[] }) => s.blocks);
    expect(
      blocks.some((b: { kind: string; option?: { series?: unknown } }) => b.kind === 'chart' && b.option?.series),
    ).toBe(true);
    expect(body.narrative).toEqual({ overrides: { paragraphs: {}, extra: {} }, version: 0 });
  });

  it('refuses roles without the policy and anonymous requests', async () => {
    const legal = await ctx.signInAs(['legal']);
    expect((await legal.get(`/api/reports/bimonthly?${period}`)).statusCode).toBe(403);
    expect((await ctx.anonymous().get(`/api/reports/bimonthly?${period}`)).statusCode).toBe(401);
    expect(
      (await board.post('/api/reports/bimonthly/issue', { from: '2024-01-01', to: '2024-02-29' })).statusCode,
    ).toBe(403);
    expect(
      (
        await board.put('/api/reports/bimonthly/narrative', {
          from: '2024-01-01',
          to: '2024-02-29',
          overrides: { paragraphs: {}, extra: {} },
          version: 0,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('refuses bad periods and bad bodies with validation_failed', async () => {
    for (const q of [
      'from=2024-03-01&to=2024-02-01',
      'from=2024-02-30&to=2024-03-01',
      'from=2020-01-01&to=2024-01-01',
      'from=x&to=y',
      'to=2024-01-01',
    ]) {
      const res = await planning.get(`/api/reports/bimonthly?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
    const bad = await planning.put('/api/reports/bimonthly/narrative', {
      from: '2024-01-01',
      to: '2024-02-29',
      overrides: { paragraphs: { 'bad key!': 'x' }, extra: {} },
      version: 0,
    });
    expect(bad.statusCode).toBe(400);
    const reversed = await planning.post('/api/reports/bimonthly/issue', { from: '2024-03-01', to: '2024-01-01' });
    expect(reversed.statusCode).toBe(400);
    expect((await planning.get('/api/reports/issued/not-a-uuid')).statusCode).toBe(400);
    expect((await planning.get('/api/reports/issued/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('saves narrative overrides with optimistic versions and applies them', async () => {
    const overrides = {
      paragraphs: { 'cases.attention': 'Texto redactado por el área.' },
      extra: { cases: ['Párrafo adicional.'] },
    };
    const first = await planning.put('/api/reports/bimonthly/narrative', {
      from: '2024-01-01',
      to: '2024-02-29',
      overrides,
      version: 0,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(1);
    const stale = await planning.put('/api/reports/bimonthly/narrative', {
      from: '2024-01-01',
      to: '2024-02-29',
      overrides,
      version: 0,
    });
    expect(stale.statusCode).toBe(409);
    const body = (await board.get(`/api/reports/bimonthly?${period}`)).json();
    const cases = body.document.sections.find((s: { id: string }) => s.id === 'cases');
    const paragraphs = cases.blocks.filter((b: { kind: string }) => b.kind === 'paragraph');
    expect(paragraphs.find((p: { id: string }) => p.id === 'cases.attention').text).toBe(
      'Texto redactado por el área.',
    );
    expect(paragraphs.at(-1).text).toBe('Párrafo adicional.');
  });

  it('issues frozen versions, lists them, diffs them and serves the exact documents', async () => {
    const v1 = await planning.post('/api/reports/bimonthly/issue', {
      from: '2024-01-01',
      to: '2024-02-29',
      note: 'Para la Junta',
    });
    expect(v1.statusCode).toBe(201);
    const s1 = v1.json();
    expect(s1.version).toBe(1);

    // Data edited after issuing: version 1 must not change.
    await ctx.handle.db
      .insert(cases)
      .values({ folio: 'A-3', kind: 'attention', profile: 'defender', identity: 'collective', openedOn: '2024-02-20' });
    const frozen = (await board.get(`/api/reports/issued/${s1.id}`)).json();
    expect(frozen.report.casesByType.rows.attention.total).toBe(2);
    expect(sha256(JSON.stringify(frozen.report))).toBe(s1.dataSha256);

    const s2 = (await planning.post('/api/reports/bimonthly/issue', { from: '2024-01-01', to: '2024-02-29' })).json();
    expect(s2.version).toBe(2);
    const diff = (await board.get(`/api/reports/issued/diff?a=${s1.id}&b=${s2.id}`)).json();
    expect(diff.changes).toContainEqual({
      path: 'casesByType.rows.attention.defender.collective',
      before: 0,
      after: 1,
    });

    const list = (await board.get('/api/reports/issued')).json().items;
    expect(list.map((i: { version: number }) => i.version)).toEqual([1, 2]);

    for (const format of ['docx', 'xlsx', 'pdf'] as const) {
      const res = await board.get(`/api/reports/issued/${s1.id}/${format}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toContain(`v1.${format}`);
      expect(sha256(res.rawPayload)).toBe(s1[`${format}Sha256`]);
    }

    const audits = await ctx.handle.db.select().from(auditLog);
    expect(audits.filter((a) => a.action === 'issue' && a.entity === 'issued_report')).toHaveLength(2);
    expect(audits.some((a) => a.entity === 'report_narrative')).toBe(true);
  });

  it('downloads a draft document of the live data', async () => {
    const res = await board.get(`/api/reports/bimonthly/download?${period}&format=pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await board.get(`/api/reports/bimonthly/download?${period}&format=odt`)).statusCode).toBe(400);
  });

  it('institution settings: read by readers, saved by issuers with versions', async () => {
    const current = (await board.get('/api/reports/settings')).json();
    expect(current.version).toBe(0);
    const institution = {
      headerLines: ['GOBIERNO DEL ESTADO', 'INSTITUTO DE PROTECCIÓN'],
      name: 'Instituto de Protección',
      shortName: 'IP',
    };
    expect((await board.put('/api/reports/settings', { institution, version: 0 })).statusCode).toBe(403);
    expect((await planning.put('/api/reports/settings', { institution, version: 0 })).json().version).toBe(1);
    expect((await planning.put('/api/reports/settings', { institution, version: 0 })).statusCode).toBe(409);
    const doc = (await board.get(`/api/reports/bimonthly?${period}`)).json().document;
    expect(doc.institution.shortName).toBe('IP');
  });
});
