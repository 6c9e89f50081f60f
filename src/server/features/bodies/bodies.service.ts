// Use cases of the bodies module: (deps, ctx, input) functions, each write in one transaction
// with its audit entry.
import crypto from 'node:crypto';
import { and, eq, inArray, max, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../../db/client.js';
import type { AppDeps } from '../../platform/deps.js';
import { audit, auditNow } from '../../platform/audit/audit.js';
import { AppError, conflict, notFound } from '../../platform/http/errors.js';
import {
  auditActor,
  canSeeRestricted,
  canWrite,
  requireWrite,
  todayInMexicoCity,
  type BodiesContext,
} from './bodies.access.js';
import { agendaTextColumns, agendaTextOf } from './agenda-text.js';
import { BODY_PREFIX, type BodyCode } from '../../../common/features/bodies.codes.js';
import type {
  AgendaCreate,
  AgendaUpdate,
  AgreementCreate,
  AgreementListQuery,
  AgreementNoteCreate,
  AgreementUpdate,
  AttendanceBody,
  MarkHeld,
  MemberCreate,
  MemberUpdate,
  SessionCreate,
  SessionUpdate,
} from '../../../common/features/bodies.contract.js';
import { assignOrdinals, heldAllowed, inOffice, quorum, sessionDate, sessionYear } from './bodies.logic.js';
import {
  agendaOfSession,
  agreementsOfBody,
  agreementsOfSession,
  allBodies,
  bodyByCode,
  bodyCounters,
  documentsOfSession,
  listAgreementRows,
  membersOfBody,
  presentAgreements,
  presentSessionRow,
  sessionById,
  sessionsOfBody,
  type BodyRow,
  type MemberRow,
} from './bodies.queries.js';
import { decisionsOfSession } from './cem-decisions.queries.js';
import {
  bodyAgendaItems,
  bodyAgreementNotes,
  bodyAgreements,
  bodyAttendance,
  bodyMembers,
  bodySessions,
} from './bodies.schema.js';

type Deps = Pick<AppDeps, 'db' | 'crypto'>;

function presentMember(m: MemberRow) {
  return {
    id: m.id,
    name: m.name,
    post: m.post,
    institution: m.institution,
    role: m.role as z.infer<typeof MemberCreate>['role'],
    fromOn: m.fromOn,
    toOn: m.toOn,
    appointment: m.appointment as z.infer<typeof MemberCreate>['appointment'] & string,
    appointmentRef: m.appointmentRef,
    substitutesId: m.substitutesId,
    representsBody: m.representsBody as BodyCode | null,
    version: m.version,
  };
}

function presentBody(b: BodyRow, ctx: BodiesContext) {
  return {
    code: b.code as BodyCode,
    name: b.name,
    kind: b.kind,
    legalBasis: b.legalBasis,
    presidingRole: b.presidingRole,
    internalRules: b.internalRules,
    confidentialityAgreement: b.confidentialityAgreement,
    yearlyTarget: b.yearlyTarget,
    secretariatRoles: b.secretariatRoles,
    restrictedAgenda: b.restrictedAgenda,
    canWrite: canWrite(b, ctx.actor),
  };
}

export async function listBodies({ db }: Deps, ctx: BodiesContext) {
  const today = todayInMexicoCity();
  const year = Number(today.slice(0, 4));
  const [list, counters] = [await allBodies(db), await bodyCounters(db, year, today)];
  return {
    bodies: list.map((b) => {
      const held = (type: string) => Number(counters.held.find((h) => h.code === b.code && h.type === type)?.n ?? 0);
      const open = counters.open.find((o) => o.code === b.code);
      const next = counters.next.find((n) => n.code === b.code);
      return {
        ...presentBody(b, ctx),
        sessionsThisYear: { ordinary: held('ordinary'), extraordinary: held('extraordinary') },
        openAgreements: Number(open?.open ?? 0),
        overdueAgreements: Number(open?.overdue ?? 0),
        nextSession: next
          ? { id: next.id, type: next.type as 'ordinary' | 'extraordinary', ordinal: next.ordinal, on: next.on! }
          : null,
      };
    }),
  };
}

export async function getBodyPage(deps: Deps, ctx: BodiesContext, code: BodyCode, year?: number) {
  const today = todayInMexicoCity();
  const y = year ?? Number(today.slice(0, 4));
  const summary = (await listBodies(deps, ctx)).bodies.find((b) => b.code === code);
  if (!summary) throw notFound();
  const body = await bodyByCode(deps.db, code);
  const visible = await canSeeRestricted(deps.db, body, ctx.actor);
  return {
    ...summary,
    year: y,
    sessions: await sessionsOfBody(deps.db, code, y),
    members: (await membersOfBody(deps.db, code)).map(presentMember),
    agreements: visible ? await presentAgreements(deps.db, await agreementsOfBody(deps.db, code, y), today) : [],
  };
}

/** Members' contact data: personal, only for the policy's roles, every read audited. */
export async function listMemberContacts({ db, crypto: fc }: Deps, ctx: BodiesContext, code: BodyCode) {
  await bodyByCode(db, code);
  const rows = await membersOfBody(db, code);
  await auditNow(db, {
    actor: auditActor(ctx.actor),
    action: 'read_personal',
    entity: 'body_members',
    entityId: code,
    ip: ctx.ip,
    details: { fields: ['contact'], count: rows.length },
  });
  return { members: rows.map((m) => ({ ...presentMember(m), contact: fc.decryptNullable(m.contactEnc) })) };
}

export async function createMember(
  { db, crypto: fc }: Deps,
  ctx: BodiesContext,
  code: BodyCode,
  input: z.infer<typeof MemberCreate>,
) {
  const body = await bodyByCode(db, code);
  await requireWrite(db, ctx, body);
  if (input.substitutesId) {
    const [other] = await db.select().from(bodyMembers).where(eq(bodyMembers.id, input.substitutesId));
    if (!other || other.bodyCode !== code) throw new AppError('bodies_member_not_in_body', 400);
  }
  const { contact, ...fields } = input;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(bodyMembers)
      .values({ ...fields, bodyCode: code, contactEnc: fc.encryptNullable(contact || null) })
      .returning();
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'create',
      entity: 'body_member',
      entityId: row!.id,
      ip: ctx.ip,
      details: { body: code, role: input.role },
    });
    return { id: row!.id, version: row!.version };
  });
}

export async function updateMember(
  { db, crypto: fc }: Deps,
  ctx: BodiesContext,
  id: string,
  input: z.infer<typeof MemberUpdate>,
) {
  const [member] = await db.select().from(bodyMembers).where(eq(bodyMembers.id, id));
  if (!member) throw notFound();
  await requireWrite(db, ctx, await bodyByCode(db, member.bodyCode));
  const { version, contact, ...fields } = input;
  const changes: Partial<typeof bodyMembers.$inferInsert> = { ...fields };
  if (contact !== undefined) changes.contactEnc = fc.encryptNullable(contact || null);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(bodyMembers)
      .set({ ...changes, version: sql`${bodyMembers.version} + 1`, updatedAt: new Date() })
      .where(and(eq(bodyMembers.id, id), eq(bodyMembers.version, version)))
      .returning();
    if (!row) throw conflict();
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'update',
      entity: 'body_member',
      entityId: id,
      ip: ctx.ip,
      details: { fields: Object.keys(fields).concat(contact !== undefined ? ['contact'] : []) },
    });
    return { id: row.id, version: row.version };
  });
}

/** Recomputes the ordinals of a body's sessions in the given years (after a date changed). */
export async function renumber(tx: Database, code: string, years: number[]): Promise<void> {
  const rows = await tx
    .select()
    .from(bodySessions)
    .where(and(eq(bodySessions.bodyCode, code), inArray(bodySessions.year, [...new Set(years)])));
  const numbered = assignOrdinals(rows);
  for (const s of rows) {
    const n = numbered.get(s.id);
    if (n && (n.ordinal !== s.ordinal || n.year !== s.year))
      await tx.update(bodySessions).set({ ordinal: n.ordinal, year: n.year }).where(eq(bodySessions.id, s.id));
  }
}

export async function createSession(
  { db }: Deps,
  ctx: BodiesContext,
  code: BodyCode,
  input: z.infer<typeof SessionCreate>,
) {
  const body = await bodyByCode(db, code);
  await requireWrite(db, ctx, body);
  const year = Number(input.plannedOn.slice(0, 4));
  const id = `${BODY_PREFIX[code]}-${year}-${crypto.randomUUID().slice(0, 8)}`;
  return db.transaction(async (tx) => {
    await tx.insert(bodySessions).values({
      id,
      bodyCode: code,
      type: input.type,
      year,
      ordinal: 1,
      plannedOn: input.plannedOn,
      place: input.place ?? null,
      modality: input.modality ?? null,
    });
    await renumber(tx, code, [year]);
    const [row] = await tx.select().from(bodySessions).where(eq(bodySessions.id, id));
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'create',
      entity: 'body_session',
      entityId: id,
      ip: ctx.ip,
      details: { body: code, type: input.type, ordinal: row!.ordinal },
    });
    return { id, version: row!.version, ordinal: row!.ordinal };
  });
}

async function sessionForWrite(db: Database, ctx: BodiesContext, id: string) {
  const session = await sessionById(db, id);
  const body = await bodyByCode(db, session.bodyCode);
  await requireWrite(db, ctx, body);
  return { session, body };
}

/** Bumps the session's version when its expected version matches, else 409. */
async function bumpSession(tx: Database, id: string, version: number, set: Partial<typeof bodySessions.$inferInsert>) {
  const [row] = await tx
    .update(bodySessions)
    .set({ ...set, version: sql`${bodySessions.version} + 1`, updatedAt: new Date() })
    .where(and(eq(bodySessions.id, id), eq(bodySessions.version, version)))
    .returning();
  if (!row) throw conflict();
  return row;
}

export async function updateSession(
  { db }: Deps,
  ctx: BodiesContext,
  id: string,
  input: z.infer<typeof SessionUpdate>,
) {
  const { session } = await sessionForWrite(db, ctx, id);
  const { version, ...fields } = input;
  if (session.status === 'held' && fields.status === 'cancelled') throw conflict({ reason: 'held' });
  return db.transaction(async (tx) => {
    const row = await bumpSession(tx, id, version, fields);
    const years = [session.year];
    if (row.status !== 'cancelled') years.push(sessionYear(row));
    await tx
      .update(bodySessions)
      .set({ year: sessionYear(row) })
      .where(eq(bodySessions.id, id));
    await renumber(tx, session.bodyCode, years);
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'update',
      entity: 'body_session',
      entityId: id,
      ip: ctx.ip,
      details: { fields: Object.keys(fields) },
    });
    return { id, version: row.version };
  });
}

async function presentIdsOf(db: Database, sessionId: string): Promise<Set<string>> {
  const rows = await db
    .select({ memberId: bodyAttendance.memberId })
    .from(bodyAttendance)
    .where(and(eq(bodyAttendance.sessionId, sessionId), eq(bodyAttendance.present, true)));
  return new Set(rows.map((r) => r.memberId));
}

/** The quorum rule: held with quorum, or without it only when the secretary records why. */
export async function markHeld({ db }: Deps, ctx: BodiesContext, id: string, input: z.infer<typeof MarkHeld>) {
  const { session } = await sessionForWrite(db, ctx, id);
  if (session.status === 'cancelled') throw conflict({ reason: 'cancelled' });
  const q = quorum(await membersOfBody(db, session.bodyCode), await presentIdsOf(db, id), input.heldOn);
  if (!heldAllowed(q, input.noQuorumReason)) throw new AppError('bodies_quorum_reason_required', 400, q);
  return db.transaction(async (tx) => {
    const row = await bumpSession(tx, id, input.version, {
      status: 'held',
      heldOn: input.heldOn,
      quorumReached: q.reached,
      noQuorumReason: q.reached ? null : input.noQuorumReason!.trim(),
      year: Number(input.heldOn.slice(0, 4)),
    });
    await renumber(tx, session.bodyCode, [session.year, row.year]);
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'update',
      entity: 'body_session',
      entityId: id,
      ip: ctx.ip,
      details: { held: input.heldOn, quorum: q },
    });
    return { id, version: row.version };
  });
}

export async function setAttendance(
  { db }: Deps,
  ctx: BodiesContext,
  id: string,
  input: z.infer<typeof AttendanceBody>,
) {
  const { session } = await sessionForWrite(db, ctx, id);
  const members = await membersOfBody(db, session.bodyCode);
  const known = new Set(members.map((m) => m.id));
  if (input.attendance.some((a) => !known.has(a.memberId))) throw new AppError('bodies_member_not_in_body', 400);
  return db.transaction(async (tx) => {
    const row = await bumpSession(tx, id, input.version, {});
    await tx.delete(bodyAttendance).where(eq(bodyAttendance.sessionId, id));
    if (input.attendance.length)
      await tx.insert(bodyAttendance).values(input.attendance.map((a) => ({ sessionId: id, ...a })));
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'update',
      entity: 'body_session',
      entityId: id,
      ip: ctx.ip,
      details: { attendance: input.attendance.length, present: input.attendance.filter((a) => a.present).length },
    });
    return { id, version: row.version };
  });
}

export async function getSessionPage({ db, crypto: fc }: Deps, ctx: BodiesContext, id: string) {
  const today = todayInMexicoCity();
  const session = await sessionById(db, id);
  const body = await bodyByCode(db, session.bodyCode);
  const visible = await canSeeRestricted(db, body, ctx.actor);
  const agenda = await agendaOfSession(db, id);
  const agreements = await agreementsOfSession(db, id);
  const documents = await documentsOfSession(db, id);
  const decisions = visible && body.code === 'cem' ? await decisionsOfSession(db, id) : [];
  const members = await membersOfBody(db, session.bodyCode);
  const attendanceRows = await db.select().from(bodyAttendance).where(eq(bodyAttendance.sessionId, id));
  const attended = new Map(attendanceRows.map((a) => [a.memberId, a.present]));
  const on = sessionDate(session);
  const listed = members.filter((m) => inOffice(m, on) || attended.has(m.id));
  if (visible && body.restrictedAgenda)
    await auditNow(db, {
      actor: auditActor(ctx.actor),
      action: 'read_personal',
      entity: 'body_session',
      entityId: id,
      ip: ctx.ip,
      details: { fields: ['agenda', 'agreements'], count: agenda.length },
    });
  const countGroup = (g: string) => agenda.filter((a) => a.group === g).length;
  return {
    session: {
      ...presentSessionRow(session, agenda.length, agreements.length),
      bodyCode: body.code as BodyCode,
      bodyName: body.name,
      quorumReached: session.quorumReached,
      noQuorumReason: session.noQuorumReason,
      version: session.version,
    },
    canWrite: canWrite(body, ctx.actor),
    agendaVisible: visible,
    agenda: visible
      ? agenda.map((a) => ({
          id: a.id,
          position: a.position,
          group: a.group as 'none' | 'approval' | 'information',
          text: agendaTextOf(a, fc),
          outcome: a.outcome as 'approved' | 'rejected' | 'noted' | 'deferred' | null,
          linkKind: a.linkKind as never,
          linkRef: a.linkRef,
          caseId: a.caseId,
          version: a.version,
        }))
      : [],
    agendaCounts: {
      none: countGroup('none'),
      approval: countGroup('approval'),
      information: countGroup('information'),
    },
    attendance: listed.map((m) => ({
      member: presentMember(m),
      bodyCode: m.bodyCode as BodyCode,
      present: attended.get(m.id) ?? null,
    })),
    quorum: quorum(members, new Set([...attended].filter(([, p]) => p).map(([k]) => k)), on),
    agreements: visible ? await presentAgreements(db, agreements, today) : [],
    documents: visible
      ? documents.map((d) => ({ ...d, kind: d.kind as 'acta', createdAt: d.createdAt.toISOString() }))
      : [],
    documentCount: documents.length,
    decisions: decisions.map((d) => ({ ...d, decision: d.decision as 'approve' })),
  };
}

export async function addAgendaItem(
  { db, crypto: fc }: Deps,
  ctx: BodiesContext,
  id: string,
  input: z.infer<typeof AgendaCreate>,
) {
  const { body } = await sessionForWrite(db, ctx, id);
  return db.transaction(async (tx) => {
    const [{ last }] = (await tx
      .select({ last: max(bodyAgendaItems.position) })
      .from(bodyAgendaItems)
      .where(eq(bodyAgendaItems.sessionId, id))) as [{ last: number | null }];
    const [row] = await tx
      .insert(bodyAgendaItems)
      .values({
        sessionId: id,
        position: (last ?? 0) + 1,
        group: input.group,
        ...agendaTextColumns(body.restrictedAgenda, input.text, fc),
        linkKind: input.linkKind ?? null,
        linkRef: input.linkRef ?? null,
        caseId: input.caseId ?? null,
      })
      .returning();
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'create',
      entity: 'body_agenda_item',
      entityId: row!.id,
      ip: ctx.ip,
      details: { session: id, group: input.group },
    });
    return { id: row!.id, version: row!.version };
  });
}

async function agendaItemForWrite(db: Database, ctx: BodiesContext, itemId: string) {
  const [item] = await db.select().from(bodyAgendaItems).where(eq(bodyAgendaItems.id, itemId));
  if (!item) throw notFound();
  const { body } = await sessionForWrite(db, ctx, item.sessionId);
  return { item, body };
}

export async function updateAgendaItem(
  { db, crypto: fc }: Deps,
  ctx: BodiesContext,
  itemId: string,
  input: z.infer<typeof AgendaUpdate>,
) {
  const { body } = await agendaItemForWrite(db, ctx, itemId);
  const { version, text, ...fields } = input;
  const textColumns = text === undefined ? {} : agendaTextColumns(body.restrictedAgenda, text, fc);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(bodyAgendaItems)
      .set({ ...fields, ...textColumns, version: sql`${bodyAgendaItems.version} + 1` })
      .where(and(eq(bodyAgendaItems.id, itemId), eq(bodyAgendaItems.version, version)))
      .returning();
    if (!row) throw conflict();
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'update',
      entity: 'body_agenda_item',
      entityId: itemId,
      ip: ctx.ip,
      details: { fields: Object.keys(fields).concat(text !== undefined ? ['text'] : []) },
    });
    return { id: row.id, version: row.version };
  });
}

export async function deleteAgendaItem({ db }: Deps, ctx: BodiesContext, itemId: string, version: number) {
  const { item } = await agendaItemForWrite(db, ctx, itemId);
  await db.transaction(async (tx) => {
    const gone = await tx
      .delete(bodyAgendaItems)
      .where(and(eq(bodyAgendaItems.id, itemId), eq(bodyAgendaItems.version, version)))
      .returning({ id: bodyAgendaItems.id });
    if (gone.length === 0) throw conflict();
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'delete',
      entity: 'body_agenda_item',
      entityId: itemId,
      ip: ctx.ip,
      details: { session: item.sessionId },
    });
  });
  return { id: itemId, version };
}

/** Agreements are numbered per body and calendar year of their session, in the order they are taken. */
export async function addAgreement(
  { db }: Deps,
  ctx: BodiesContext,
  sessionId: string,
  input: z.infer<typeof AgreementCreate>,
) {
  const { session } = await sessionForWrite(db, ctx, sessionId);
  return db.transaction(async (tx) => {
    // Serialises numbering per body: two agreements taken at once must not get the same number.
    await tx.execute(sql`select pg_advisory_xact_lock(7345100, hashtext(${session.bodyCode}))`);
    const [{ last }] = (await tx
      .select({ last: max(bodyAgreements.number) })
      .from(bodyAgreements)
      .where(and(eq(bodyAgreements.bodyCode, session.bodyCode), eq(bodyAgreements.year, session.year)))) as [
      { last: number | null },
    ];
    const [{ pos }] = (await tx
      .select({ pos: max(bodyAgreements.position) })
      .from(bodyAgreements)
      .where(eq(bodyAgreements.sessionId, sessionId))) as [{ pos: number | null }];
    const position = (pos ?? 0) + 1;
    const id = `${sessionId}-A${position}`;
    const [row] = await tx
      .insert(bodyAgreements)
      .values({
        id,
        sessionId,
        bodyCode: session.bodyCode,
        year: session.year,
        number: (last ?? 0) + 1,
        position,
        text: input.text,
        responsible: input.responsible ?? null,
        dueOn: input.dueOn ?? null,
      })
      .returning();
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'create',
      entity: 'body_agreement',
      entityId: id,
      ip: ctx.ip,
      details: { session: sessionId, number: row!.number },
    });
    return { id, version: row!.version, number: row!.number };
  });
}

async function agreementForWrite(db: Database, ctx: BodiesContext, id: string) {
  const [a] = await db.select().from(bodyAgreements).where(eq(bodyAgreements.id, id));
  if (!a) throw notFound();
  await requireWrite(db, ctx, await bodyByCode(db, a.bodyCode));
  return a;
}

const doneOnFor = (status: string | undefined, current: string | null, on: string) =>
  status === undefined ? undefined : status === 'done' ? (current ?? on) : null;

export async function updateAgreement(
  { db }: Deps,
  ctx: BodiesContext,
  id: string,
  input: z.infer<typeof AgreementUpdate>,
) {
  const a = await agreementForWrite(db, ctx, id);
  const { version, ...fields } = input;
  const doneOn = doneOnFor(fields.status, a.doneOn, todayInMexicoCity());
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(bodyAgreements)
      .set({
        ...fields,
        ...(doneOn !== undefined ? { doneOn } : {}),
        version: sql`${bodyAgreements.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(bodyAgreements.id, id), eq(bodyAgreements.version, version)))
      .returning();
    if (!row) throw conflict();
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'update',
      entity: 'body_agreement',
      entityId: id,
      ip: ctx.ip,
      details: { fields: Object.keys(fields), status: fields.status },
    });
    return { id, version: row.version };
  });
}

/** A follow-up note, optionally moving the agreement's status (pending → in progress → done). */
export async function addAgreementNote(
  { db }: Deps,
  ctx: BodiesContext,
  id: string,
  input: z.infer<typeof AgreementNoteCreate>,
) {
  const a = await agreementForWrite(db, ctx, id);
  const doneOn = doneOnFor(input.status, a.doneOn, input.on);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(bodyAgreements)
      .set({
        ...(input.status ? { status: input.status } : {}),
        ...(doneOn !== undefined ? { doneOn } : {}),
        version: sql`${bodyAgreements.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(bodyAgreements.id, id), eq(bodyAgreements.version, input.version)))
      .returning();
    if (!row) throw conflict();
    await tx
      .insert(bodyAgreementNotes)
      .values({ agreementId: id, on: input.on, note: input.note, byUserId: ctx.actor.userId });
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'update',
      entity: 'body_agreement',
      entityId: id,
      ip: ctx.ip,
      details: { note: true, status: input.status },
    });
    return { id, version: row.version };
  });
}

export async function listAgreements({ db }: Deps, ctx: BodiesContext, query: z.infer<typeof AgreementListQuery>) {
  const today = todayInMexicoCity();
  const hidden: string[] = [];
  for (const b of await allBodies(db)) if (!(await canSeeRestricted(db, b, ctx.actor))) hidden.push(b.code);
  const { rows, total } = await listAgreementRows(db, { ...query, hiddenBodies: hidden, today });
  return { agreements: await presentAgreements(db, rows, today), total };
}
