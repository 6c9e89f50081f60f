// Agreements taken in sessions: numbered per body and year, their status and follow-up notes, the list.
import { and, eq, max, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { conflict, notFound } from '../../platform/http/errors.js';
import { auditActor, canSeeRestricted, requireWrite, todayInMexicoCity, type BodiesContext } from './bodies.access.js';
import type {
  AgreementCreate,
  AgreementListQuery,
  AgreementNoteCreate,
  AgreementUpdate,
} from '../../../common/features/bodies.contract.js';
import { allBodies, bodyByCode, listAgreementRows, presentAgreements } from './bodies.queries.js';
import { bodyAgreementNotes, bodyAgreements } from './bodies.schema.js';
import type { Deps } from './bodies.service.js';
import { sessionForWrite } from './sessions.service.js';

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
