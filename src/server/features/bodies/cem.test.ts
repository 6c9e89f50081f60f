// The CEM in the bodies module: its agenda texts name beneficiaries (encrypted at rest, shown only
// to case roles, every read audited), and a case measure decision links to its CEM session.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { encryptedColumns } from '../../db/encrypted-columns.js';
import { auditLog } from '../../platform/audit/audit.schema.js';
import { catalogueId, createCase, makeLead } from '../cases/cases.fixtures.js';
import { measureDecisions } from '../cases/cases.schema.js';
import { sealRestrictedAgendas } from './agenda-text.js';
import { bodyAgendaItems, bodySessions } from './bodies.schema.js';

const ITEM = 'Medidas de protección para Josefina Pérez Ramírez';
let ctx: TestContext;
let cdemp: TestClient;
let board: TestClient;
let sessionId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  cdemp = await makeLead(ctx);
  board = await ctx.signInAs(['board']);
  const s = await cdemp.post('/api/bodies/cem/sessions', { type: 'ordinary', plannedOn: '2024-03-05' });
  expect(s.statusCode).toBe(201);
  sessionId = s.json().id;
  expect((await cdemp.post(`/api/bodies/sessions/${sessionId}/agenda`, { group: 'none', text: ITEM })).statusCode).toBe(
    201,
  );
}, 120_000);
afterAll(async () => ctx?.close());

describe('CEM agendas', () => {
  it('are stored encrypted, in a column key rotation covers', async () => {
    const [row] = await ctx.handle.db.select().from(bodyAgendaItems).where(eq(bodyAgendaItems.sessionId, sessionId));
    expect(row!.text).toBeNull();
    expect(row!.textEnc).toMatch(/^enc1\./);
    expect(row!.textEnc).not.toContain('Josefina');
    expect(encryptedColumns).toContainEqual({ table: 'body_agenda_items', idColumn: 'id', column: 'text_enc' });
  });

  it('are read by case roles (audited) and counted for the others', async () => {
    const mine = await cdemp.get(`/api/bodies/sessions/${sessionId}`);
    expect(mine.json().agenda.map((a: { text: string }) => a.text)).toEqual([ITEM]);
    const reads = await ctx.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, cdemp.user.id), eq(auditLog.action, 'read_personal')));
    expect(reads.some((r) => r.entityId === sessionId)).toBe(true);
    const theirs = await board.get(`/api/bodies/sessions/${sessionId}`);
    expect(theirs.statusCode).toBe(200);
    expect(theirs.body).not.toContain('Josefina');
    expect(theirs.json().agenda).toEqual([]);
    expect(theirs.json().agendaCounts.none).toBe(1);
  });

  it('seals plain texts written before the encryption (start-up step), and only those of restricted bodies', async () => {
    const db = ctx.handle.db;
    await db
      .insert(bodyAgendaItems)
      .values({ sessionId, position: 9, group: 'none', text: 'Caso antiguo de Juan Soto' });
    const junta = 'JG-T-1';
    await db.insert(bodySessions).values({
      id: junta,
      bodyCode: 'junta_gobierno',
      type: 'ordinary',
      year: 2024,
      ordinal: 1,
      plannedOn: '2024-03-06',
    });
    await db.insert(bodyAgendaItems).values({ sessionId: junta, position: 1, group: 'none', text: 'Informe' });
    expect(await sealRestrictedAgendas(db, ctx.deps.crypto)).toBe(1);
    expect(await sealRestrictedAgendas(db, ctx.deps.crypto)).toBe(0);
    const rows = await db.select().from(bodyAgendaItems).where(eq(bodyAgendaItems.sessionId, sessionId));
    expect(rows.every((r) => r.text === null && r.textEnc?.startsWith('enc1.'))).toBe(true);
    expect(ctx.deps.crypto.decrypt(rows.find((r) => r.position === 9)!.textEnc!)).toBe('Caso antiguo de Juan Soto');
    const [plain] = await db.select().from(bodyAgendaItems).where(eq(bodyAgendaItems.sessionId, junta));
    expect(plain!.text).toBe('Informe');
  });
});

describe('a CEM decision on a measure', () => {
  it('links to its CEM session; a session of another body is refused; the case page carries the link', async () => {
    const caseId = (await createCase(cdemp)).id as string;
    const measureId = (
      await cdemp.post(`/api/cases/${caseId}/measures`, { catalogueId: await catalogueId(cdemp, 'preventive') })
    ).json().id as string;
    const decide = (body: Record<string, unknown>) =>
      cdemp.post(`/api/measures/${measureId}/decisions`, {
        decision: 'approve',
        decidedOn: '2024-03-05',
        sessionRef: 'Primera Sesión Ordinaria 2024 del CEM',
        ...body,
      });
    await ctx.handle.db.insert(bodySessions).values({
      id: 'CC-T-1',
      bodyCode: 'consejo_consultivo',
      type: 'ordinary',
      year: 2024,
      ordinal: 1,
      plannedOn: '2024-03-01',
    });
    const refused = await decide({ sessionId: 'CC-T-1' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('case_decision_session_not_cem');
    expect((await decide({ sessionId })).statusCode).toBe(201);
    expect((await decide({ sessionRef: 'Sesión sin registrar' })).statusCode).toBe(201);
    const stored = await ctx.handle.db.select().from(measureDecisions).where(eq(measureDecisions.measureId, measureId));
    expect(stored.map((d) => d.sessionId).sort()).toEqual([sessionId, null].sort());
    const page = (await cdemp.get(`/api/cases/${caseId}`)).json();
    expect(
      page.decisions.map((d: { sessionRef: string; sessionId: string | null }) => [d.sessionRef, d.sessionId]),
    ).toEqual(
      expect.arrayContaining([
        ['Primera Sesión Ordinaria 2024 del CEM', sessionId],
        ['Sesión sin registrar', null],
      ]),
    );
    // The session page lists the decision taken in it, for case roles only.
    const folio = page.case.folio as string;
    const decisions = (await cdemp.get(`/api/bodies/sessions/${sessionId}`)).json().decisions;
    expect(decisions).toEqual([expect.objectContaining({ decision: 'approve', caseId, caseFolio: folio })]);
    expect((await board.get(`/api/bodies/sessions/${sessionId}`)).json().decisions).toEqual([]);
  });
});
