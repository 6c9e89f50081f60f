// Legal opinions (dates, checked and hashed documents, who downloads them) and regulations in force
// with versions linked to the Junta session that approved them and to their Gazette publication.
import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { auditLog } from '../../platform/audit/audit.schema.js';
import { bodySessions } from '../bodies/bodies.schema.js';
import { versionInForce } from './legal.logic.js';
import { legalOpinionDocuments } from './legal.schema.js';

let ctx: TestContext;
let legal: TestClient;
let dg: TestClient;
let admin: TestClient;
let planning: TestClient;

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), crypto.randomBytes(512), Buffer.from('\n%%EOF\n')]);
const HTML = Buffer.from('<html><body>%PDF-</body></html>');

const entries = (action: string, entity: string) =>
  ctx.handle.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entity, entity)));

beforeAll(async () => {
  ctx = await createTestContext();
  legal = await ctx.signInAs(['legal']);
  dg = await ctx.signInAs(['dg']);
  admin = await ctx.signInAs(['admin']);
  planning = await ctx.signInAs(['planning']);
  await ctx.handle.db.insert(bodySessions).values([
    {
      id: 'JG-2023-O4',
      bodyCode: 'junta_gobierno',
      type: 'ordinary',
      year: 2023,
      ordinal: 4,
      status: 'held',
      heldOn: '2023-12-15',
    },
    {
      id: 'CEM-2024-O1',
      bodyCode: 'cem',
      type: 'ordinary',
      year: 2024,
      ordinal: 1,
      status: 'held',
      heldOn: '2024-01-10',
    },
  ]);
});
afterAll(() => ctx.close());

describe('legal opinions', () => {
  let id: string;
  it('registers an opinion; only legal writes; an answer before the request is refused', async () => {
    const body = {
      requestedBy: 'Dirección General',
      subjectKind: 'cdhcm_recommendation',
      subject: 'Atención a la recomendación 05/2024 de la CDHCM',
      requestedOn: '2024-02-05',
    };
    const res = await legal.post('/api/legal/opinions', body);
    expect(res.statusCode).toBe(201);
    id = res.json().id;
    expect((await dg.post('/api/legal/opinions', body)).statusCode).toBe(403);
    const bad = await legal.post('/api/legal/opinions', { ...body, answeredOn: '2024-02-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('fecha de respuesta');
    expect((await legal.patch(`/api/legal/opinions/${id}`, { version: 1, answeredOn: '2024-01-01' })).statusCode).toBe(
      400,
    );
    expect(await entries('create', 'legal_opinion')).toHaveLength(1);
  });

  it('filters pending and answered opinions; a stale version is refused', async () => {
    expect((await admin.get('/api/legal/opinions?pending=true')).json().total).toBe(1);
    const ok = await legal.patch(`/api/legal/opinions/${id}`, { version: 1, answeredOn: '2024-02-12' });
    expect(ok.statusCode).toBe(200);
    expect((await legal.patch(`/api/legal/opinions/${id}`, { version: 1, subject: 'x' })).statusCode).toBe(409);
    expect((await admin.get('/api/legal/opinions?pending=true')).json().total).toBe(0);
    expect((await admin.get('/api/legal/opinions?year=2024&q=CDHCM')).json().rows[0].answeredOn).toBe('2024-02-12');
    expect((await planning.get('/api/legal/opinions')).statusCode).toBe(403);
  });

  it('stores the document checked, hashed and encrypted; only legal and dg download it (audited)', async () => {
    const up = await legal.post(`/api/legal/opinions/${id}/documents`, {
      fileName: 'opinion.pdf',
      contentBase64: PDF.toString('base64'),
    });
    expect(up.statusCode).toBe(201);
    expect(up.json().sha256).toBe(crypto.createHash('sha256').update(PDF).digest('hex'));
    const [stored] = await ctx.handle.db.select().from(legalOpinionDocuments);
    expect(stored!.contentEnc).not.toContain(PDF.toString('base64').slice(0, 40));
    const html = await legal.post(`/api/legal/opinions/${id}/documents`, {
      fileName: 'opinion.pdf',
      contentBase64: HTML.toString('base64'),
    });
    expect(html.json().error.code).toBe('legal_document_type');
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3 * 1024 * 1024)]);
    const tooBig = await legal.post(`/api/legal/opinions/${id}/documents`, {
      fileName: 'grande.pdf',
      contentBase64: big.toString('base64'),
    });
    expect(tooBig.statusCode).toBe(400);

    const detail = (await admin.get(`/api/legal/opinions/${id}`)).json();
    expect(detail.documents).toBe(1);
    expect(detail.documentList[0].fileName).toBe('opinion.pdf');
    const path = `/api/legal/opinions/${id}/documents/${up.json().id}`;
    const down = await dg.get(path);
    expect(Buffer.from(down.rawPayload).equals(PDF)).toBe(true);
    expect((await admin.get(path)).statusCode).toBe(403);
    expect((await entries('read_personal', 'legal_opinion_document')).map((e) => e.actorUserId)).toEqual([dg.user.id]);
  });
});

describe('regulations in force', () => {
  let regId: string;
  let gazetteId: string;
  it('records the Lineamientos de Acción Social with yearly versions linked to the Junta and the Gazette', async () => {
    const g = await legal.post('/api/legal/gazette', {
      ref: 'GO-2024-003',
      publishedOn: '2024-02-21',
      title: 'Aviso por el que se dan a conocer los Lineamientos de Acción Social 2024',
      kind: 'aviso',
    });
    gazetteId = g.json().id;
    const r = await legal.post('/api/legal/regulations', { name: 'Lineamientos de Acción Social' });
    expect(r.statusCode).toBe(201);
    regId = r.json().id;
    expect((await legal.post('/api/legal/regulations', { name: 'Lineamientos de Acción Social' })).statusCode).toBe(
      409,
    );
    const v2023 = await legal.post(`/api/legal/regulations/${regId}/versions`, {
      label: '2023',
      inForceFrom: '2023-01-01',
    });
    expect(v2023.statusCode).toBe(201);
    const v2024 = await legal.post(`/api/legal/regulations/${regId}/versions`, {
      label: '2024',
      approvedOn: '2023-12-15',
      approvalSessionId: 'JG-2023-O4',
      gazettePublicationId: gazetteId,
      inForceFrom: '2024-02-22',
    });
    expect(v2024.statusCode).toBe(201);
    expect(await entries('create', 'legal_regulation_version')).toHaveLength(2);
  });

  it('refuses a session of another body, an unknown session or publication, and reversed dates', async () => {
    const post = (over: Record<string, unknown>) =>
      legal.post(`/api/legal/regulations/${regId}/versions`, { label: 'X', inForceFrom: '2025-01-01', ...over });
    expect((await post({ approvalSessionId: 'CEM-2024-O1' })).json().error.code).toBe('legal_unknown_session');
    expect((await post({ approvalSessionId: 'JG-1999-O1' })).json().error.code).toBe('legal_unknown_session');
    expect((await post({ gazettePublicationId: crypto.randomUUID() })).json().error.code).toBe(
      'legal_unknown_publication',
    );
    expect((await post({ inForceTo: '2024-12-31' })).statusCode).toBe(400);
    expect(
      (await dg.post(`/api/legal/regulations/${regId}/versions`, { label: 'Y', inForceFrom: '2025-01-01' })).statusCode,
    ).toBe(403);
  });

  it('tells which version is in force on a day, with its session and publication', async () => {
    const on = async (day: string) => (await admin.get(`/api/legal/regulations?on=${day}`)).json().rows[0];
    expect((await on('2024-01-15')).inForce).toBe('2023');
    const feb = await on('2024-02-22');
    expect(feb.inForce).toBe('2024');
    const v = feb.versions.find((x: { label: string }) => x.label === '2024');
    expect(v.approvalSession).toMatchObject({ id: 'JG-2023-O4', ordinal: 4, heldOn: '2023-12-15' });
    expect(v.gazette).toMatchObject({ ref: 'GO-2024-003', publishedOn: '2024-02-21' });
    expect((await on('2022-06-01')).inForce).toBeNull();
    // Ending the 2024 version does not bring the 2023 one back: it was replaced.
    await legal.patch(`/api/legal/regulations/${regId}/versions/${v.id}`, { version: 1, inForceTo: '2024-12-31' });
    expect((await on('2024-12-31')).inForce).toBe('2024');
    expect((await on('2025-01-02')).inForce).toBeNull();
    expect((await planning.get('/api/legal/regulations')).statusCode).toBe(403);
  });

  it('picks the latest started version, none once it ended (pure rule)', () => {
    const vs = [
      { label: 'a', inForceFrom: '2023-01-01', inForceTo: null },
      { label: 'b', inForceFrom: '2024-01-01', inForceTo: '2024-06-30' },
    ];
    expect(versionInForce(vs, '2024-03-01')?.label).toBe('b');
    expect(versionInForce(vs, '2024-07-01')).toBeNull();
    expect(versionInForce(vs, '2023-12-31')?.label).toBe('a');
    expect(versionInForce(vs, '2022-07-01')).toBeNull();
  });
});
