// Data access of the bodies module. Lists are filtered and paged in SQL.
import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  lt,
  lte,
  ne,
  notInArray,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { notFound } from '../../platform/http/errors.js';
import type { BodyCode } from '../../../common/features/bodies.codes.js';
import { isOverdue, ordinalWord } from './bodies.logic.js';
import {
  bodies,
  bodyAgendaItems,
  bodyAgreementNotes,
  bodyAgreements,
  bodyDocuments,
  bodyMembers,
  bodySessions,
} from './bodies.schema.js';

export type BodyRow = typeof bodies.$inferSelect;
export type SessionDbRow = typeof bodySessions.$inferSelect;
export type MemberRow = typeof bodyMembers.$inferSelect;
export type AgreementRow = typeof bodyAgreements.$inferSelect;

export async function allBodies(db: Database): Promise<BodyRow[]> {
  return db.select().from(bodies).orderBy(asc(bodies.position));
}

export async function bodyByCode(db: Database, code: string): Promise<BodyRow> {
  const [row] = await db.select().from(bodies).where(eq(bodies.code, code));
  if (!row) throw notFound();
  return row;
}

export async function sessionById(db: Database, id: string): Promise<SessionDbRow> {
  const [row] = await db.select().from(bodySessions).where(eq(bodySessions.id, id));
  if (!row) throw notFound();
  return row;
}

/** Sessions of a body in a year (by the date that decides the ordinal), with their item and agreement counts. */
export async function sessionsOfBody(db: Database, code: string, year: number) {
  const rows = await db
    .select({
      s: bodySessions,
      agendaItems: sql<number>`(select count(*) from body_agenda_items i where i.session_id = body_sessions.id)::int`,
      agreements: sql<number>`(select count(*) from body_agreements a where a.session_id = body_sessions.id)::int`,
    })
    .from(bodySessions)
    .where(and(eq(bodySessions.bodyCode, code), eq(bodySessions.year, year)))
    .orderBy(asc(sql`coalesce(${bodySessions.heldOn}, ${bodySessions.plannedOn})`), asc(bodySessions.createdAt));
  return rows.map((r) => presentSessionRow(r.s, Number(r.agendaItems), Number(r.agreements)));
}

export function presentSessionRow(s: SessionDbRow, agendaItems: number, agreements: number) {
  return {
    id: s.id,
    type: s.type as 'ordinary' | 'extraordinary',
    ordinal: s.ordinal,
    ordinalWord: ordinalWord(s.ordinal),
    year: s.year,
    status: s.status as 'planned' | 'held' | 'cancelled',
    plannedOn: s.plannedOn,
    heldOn: s.heldOn,
    place: s.place,
    modality: s.modality as 'in_person' | 'virtual' | 'hybrid' | null,
    agendaItems,
    agreements,
  };
}

export async function membersOfBody(db: Database, code: string): Promise<MemberRow[]> {
  return db
    .select()
    .from(bodyMembers)
    .where(eq(bodyMembers.bodyCode, code))
    .orderBy(asc(bodyMembers.fromOn), asc(bodyMembers.name));
}

/** Per body: sessions held this year by type, open and overdue agreements, next planned session. */
export async function bodyCounters(db: Database, year: number, today: string) {
  const held = await db
    .select({ code: bodySessions.bodyCode, type: bodySessions.type, n: count() })
    .from(bodySessions)
    .where(
      and(
        eq(bodySessions.status, 'held'),
        gte(bodySessions.heldOn, `${year}-01-01`),
        lte(bodySessions.heldOn, `${year}-12-31`),
      ),
    )
    .groupBy(bodySessions.bodyCode, bodySessions.type);
  const open = await db
    .select({
      code: bodyAgreements.bodyCode,
      open: count(),
      overdue: sql<number>`count(*) filter (where ${bodyAgreements.dueOn} < ${today})::int`,
    })
    .from(bodyAgreements)
    .where(ne(bodyAgreements.status, 'done'))
    .groupBy(bodyAgreements.bodyCode);
  const next = await db
    .selectDistinctOn([bodySessions.bodyCode], {
      code: bodySessions.bodyCode,
      id: bodySessions.id,
      type: bodySessions.type,
      ordinal: bodySessions.ordinal,
      on: bodySessions.plannedOn,
    })
    .from(bodySessions)
    .where(
      and(eq(bodySessions.status, 'planned'), isNotNull(bodySessions.plannedOn), gte(bodySessions.plannedOn, today)),
    )
    .orderBy(bodySessions.bodyCode, asc(bodySessions.plannedOn));
  return { held, open, next };
}

export async function agreementNotes(db: Database, ids: string[]) {
  if (ids.length === 0) return new Map<string, { id: string; on: string; note: string }[]>();
  const rows = await db
    .select()
    .from(bodyAgreementNotes)
    .where(inArray(bodyAgreementNotes.agreementId, ids))
    .orderBy(asc(bodyAgreementNotes.on), asc(bodyAgreementNotes.createdAt));
  const out = new Map<string, { id: string; on: string; note: string }[]>();
  for (const r of rows)
    out.set(r.agreementId, [...(out.get(r.agreementId) ?? []), { id: r.id, on: r.on, note: r.note }]);
  return out;
}

export async function presentAgreements(db: Database, rows: AgreementRow[], today: string) {
  const notes = await agreementNotes(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((a) => ({
    id: a.id,
    sessionId: a.sessionId,
    bodyCode: a.bodyCode as BodyCode,
    label: `${String(a.number).padStart(2, '0')}/${a.year}`,
    year: a.year,
    number: a.number,
    text: a.text,
    responsible: a.responsible,
    dueOn: a.dueOn,
    status: a.status as 'pending' | 'in_progress' | 'done',
    doneOn: a.doneOn,
    overdue: isOverdue(a, today),
    version: a.version,
    notes: notes.get(a.id) ?? [],
  }));
}

export interface AgreementFilter {
  body?: BodyCode;
  status: 'open' | 'overdue' | 'done' | 'all';
  limit: number;
  offset: number;
  /** Bodies whose agreements the reader may not see (CEM for roles without cases). */
  hiddenBodies: string[];
  today: string;
}

export async function listAgreementRows(db: Database, f: AgreementFilter) {
  const where: SQL[] = [];
  if (f.body) where.push(eq(bodyAgreements.bodyCode, f.body));
  if (f.hiddenBodies.length) where.push(notInArray(bodyAgreements.bodyCode, f.hiddenBodies));
  if (f.status === 'open') where.push(ne(bodyAgreements.status, 'done'));
  if (f.status === 'done') where.push(eq(bodyAgreements.status, 'done'));
  if (f.status === 'overdue')
    where.push(
      and(ne(bodyAgreements.status, 'done'), isNotNull(bodyAgreements.dueOn), lt(bodyAgreements.dueOn, f.today))!,
    );
  const cond = where.length ? and(...where) : undefined;
  const [{ total }] = (await db.select({ total: count() }).from(bodyAgreements).where(cond)) as [{ total: number }];
  const rows = await db
    .select()
    .from(bodyAgreements)
    .where(cond)
    .orderBy(sql`${bodyAgreements.dueOn} asc nulls last`, desc(bodyAgreements.year), asc(bodyAgreements.number))
    .limit(f.limit)
    .offset(f.offset);
  return { rows, total: Number(total) };
}

export async function agreementsOfSession(db: Database, sessionId: string) {
  return db
    .select()
    .from(bodyAgreements)
    .where(eq(bodyAgreements.sessionId, sessionId))
    .orderBy(asc(bodyAgreements.position), asc(bodyAgreements.number));
}

export async function agreementsOfBody(db: Database, code: string, year: number) {
  return db
    .select()
    .from(bodyAgreements)
    .where(and(eq(bodyAgreements.bodyCode, code), or(eq(bodyAgreements.year, year), ne(bodyAgreements.status, 'done'))))
    .orderBy(desc(bodyAgreements.year), asc(bodyAgreements.number))
    .limit(200);
}

export async function agendaOfSession(db: Database, sessionId: string) {
  return db
    .select()
    .from(bodyAgendaItems)
    .where(eq(bodyAgendaItems.sessionId, sessionId))
    .orderBy(asc(bodyAgendaItems.position));
}

export async function documentsOfSession(db: Database, sessionId: string) {
  return db
    .select({
      id: bodyDocuments.id,
      kind: bodyDocuments.kind,
      filename: bodyDocuments.filename,
      mime: bodyDocuments.mime,
      size: bodyDocuments.size,
      sha256: bodyDocuments.sha256,
      createdAt: bodyDocuments.createdAt,
    })
    .from(bodyDocuments)
    .where(eq(bodyDocuments.sessionId, sessionId))
    .orderBy(asc(bodyDocuments.createdAt));
}

export { isOverdue };
