// Sessions of a body: dates and ordinals, holding with quorum, attendance, the session page.
import crypto from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../../db/client.js';
import { audit, auditNow } from '../../platform/audit/audit.js';
import { AppError, conflict } from '../../platform/http/errors.js';
import {
  auditActor,
  canSeeRestricted,
  canWrite,
  requireWrite,
  todayInMexicoCity,
  type BodiesContext,
} from './bodies.access.js';
import { agendaTextOf } from './agenda-text.js';
import { BODY_PREFIX, type BodyCode } from '../../../common/features/bodies.codes.js';
import type {
  AttendanceBody,
  MarkHeld,
  SessionCreate,
  SessionUpdate,
} from '../../../common/features/bodies.contract.js';
import { assignOrdinals, heldAllowed, inOffice, quorum, sessionDate, sessionYear } from './bodies.logic.js';
import {
  agendaOfSession,
  agreementsOfSession,
  bodyByCode,
  documentsOfSession,
  membersOfBody,
  presentAgreements,
  presentSessionRow,
  sessionById,
} from './bodies.queries.js';
import { decisionsOfSession } from './cem-decisions.queries.js';
import { bodyAttendance, bodySessions } from './bodies.schema.js';
import { presentMember, type Deps } from './bodies.service.js';

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

export async function sessionForWrite(db: Database, ctx: BodiesContext, id: string) {
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
