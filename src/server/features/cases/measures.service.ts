import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppDeps } from '../../platform/deps.js';
import { audit } from '../../platform/audit/audit.js';
import { AppError, badRequest, conflict, notFound } from '../../platform/http/errors.js';
import { auditActor, type RequestContext } from './access.js';
import type { DecisionInput, MeasureInput, MeasureUpdate } from '../../../common/features/cases.contract.js';
import { measureCatalogue, measureDecisions, measureDetails, protectionPlans } from './cases.schema.js';
import { measureActions, measures } from '../../records/records.schema.js';
import { bodySessions } from '../bodies/bodies.schema.js';
import { nextMeasureCode } from './folio.service.js';
import { requireOpenCase } from './plans.service.js';

type Deps = Pick<AppDeps, 'db' | 'crypto'>;

async function requirePlanOfCase(db: Deps['db'], caseId: string, planId: string | null | undefined) {
  if (!planId) return;
  const [plan] = await db
    .select({ id: protectionPlans.id })
    .from(protectionPlans)
    .where(and(eq(protectionPlans.id, planId), eq(protectionPlans.caseId, caseId)));
  if (!plan) throw badRequest('validation_failed', [{ path: 'planId', message: 'El plan no pertenece al caso.' }]);
}

/** A measure takes type and name from the catalogue, so reports group them as Cuadro 6 does. */
export async function addMeasure(
  { db }: Deps,
  ctx: RequestContext,
  caseId: string,
  input: z.infer<typeof MeasureInput>,
) {
  await requireOpenCase(db, ctx, caseId);
  const [entry] = await db
    .select()
    .from(measureCatalogue)
    .where(and(eq(measureCatalogue.id, input.catalogueId), eq(measureCatalogue.active, true)));
  if (!entry)
    throw badRequest('validation_failed', [
      { path: 'catalogueId', message: 'La medida no está en el catálogo vigente.' },
    ]);
  await requirePlanOfCase(db, caseId, input.planId);
  return db.transaction(async (tx) => {
    const code = await nextMeasureCode(tx);
    const [row] = await tx
      .insert(measures)
      .values({
        code,
        caseId,
        type: entry.type as (typeof measures.$inferInsert)['type'],
        name: entry.name,
        startedOn: input.startedOn ?? null,
      })
      .returning({ id: measures.id, code: measures.code, version: measures.version });
    await tx.insert(measureDetails).values({
      measureId: row!.id,
      planId: input.planId ?? null,
      catalogueId: entry.id,
      status: input.startedOn ? 'active' : 'proposed',
      responsibleInstitution: input.responsibleInstitution ?? null,
    });
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'create',
      entity: 'measure',
      entityId: row!.id,
      ip: ctx.ip,
      details: { caseId, code, type: entry.type },
    });
    return row!;
  });
}

async function measureOf(db: Deps['db'], id: string) {
  const [m] = await db.select().from(measures).where(eq(measures.id, id));
  if (!m) throw notFound();
  return m;
}

export async function updateMeasure(
  { db }: Deps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof MeasureUpdate>,
) {
  const m = await measureOf(db, id);
  await requireOpenCase(db, ctx, m.caseId);
  await requirePlanOfCase(db, m.caseId, input.planId);
  const { version, status, responsibleInstitution, planId, ...dates } = input;
  const startedOn = dates.startedOn === undefined ? m.startedOn : dates.startedOn;
  const endedOn = dates.endedOn === undefined ? m.endedOn : dates.endedOn;
  if (startedOn && endedOn && endedOn < startedOn)
    throw badRequest('validation_failed', [{ path: 'endedOn', message: 'La fecha de término es anterior al inicio.' }]);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(measures)
      .set({ ...dates, version: sql`${measures.version} + 1`, updatedAt: new Date() })
      .where(and(eq(measures.id, id), eq(measures.version, version)))
      .returning({ id: measures.id, version: measures.version });
    if (!row) throw conflict();
    const set = {
      ...(status !== undefined ? { status } : {}),
      ...(responsibleInstitution !== undefined ? { responsibleInstitution } : {}),
      ...(planId !== undefined ? { planId } : {}),
    };
    await tx
      .insert(measureDetails)
      .values({ measureId: id, ...set })
      .onConflictDoUpdate({ target: measureDetails.measureId, set: Object.keys(set).length ? set : { measureId: id } });
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'update',
      entity: 'measure',
      entityId: id,
      ip: ctx.ip,
      details: { caseId: m.caseId, fields: Object.keys(input).filter((k) => k !== 'version') },
    });
    return row;
  });
}

const statusAfter = { approve: 'active', suspend: 'suspended', end: 'ended', modify: null } as const;

/** A measures council (CEM) decision; it moves the measure's status and bumps its version. */
export async function addDecision(
  { db, crypto }: Deps,
  ctx: RequestContext,
  measureId: string,
  input: z.infer<typeof DecisionInput>,
) {
  const m = await measureOf(db, measureId);
  await requireOpenCase(db, ctx, m.caseId);
  if (input.sessionId) {
    const [session] = await db
      .select({ bodyCode: bodySessions.bodyCode })
      .from(bodySessions)
      .where(eq(bodySessions.id, input.sessionId));
    if (session?.bodyCode !== 'cem') throw new AppError('case_decision_session_not_cem', 400);
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(measureDecisions)
      .values({
        measureId,
        decision: input.decision,
        decidedOn: input.decidedOn,
        sessionRef: input.sessionRef,
        sessionId: input.sessionId ?? null,
        noteEnc: crypto.encryptNullable(input.note || null),
        createdBy: ctx.actor.userId,
      })
      .returning({ id: measureDecisions.id });
    const status = statusAfter[input.decision];
    if (status)
      await tx
        .insert(measureDetails)
        .values({ measureId, status })
        .onConflictDoUpdate({ target: measureDetails.measureId, set: { status } });
    const endedOn =
      input.decision === 'end' && !m.endedOn && (!m.startedOn || m.startedOn <= input.decidedOn)
        ? input.decidedOn
        : m.endedOn;
    const [v] = await tx
      .update(measures)
      .set({ endedOn, version: sql`${measures.version} + 1`, updatedAt: new Date() })
      .where(eq(measures.id, measureId))
      .returning({ version: measures.version });
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'create',
      entity: 'measure_decision',
      entityId: row!.id,
      ip: ctx.ip,
      details: {
        measureId,
        decision: input.decision,
        sessionRef: input.sessionRef,
        sessionId: input.sessionId ?? null,
      },
    });
    return { id: row!.id, measureVersion: v!.version };
  });
}

/** A measure recorded by mistake: only while it has no actions and no council decisions. */
export async function deleteMeasure({ db }: Pick<AppDeps, 'db'>, ctx: RequestContext, id: string) {
  const m = await measureOf(db, id);
  await requireOpenCase(db, ctx, m.caseId);
  await db.transaction(async (tx) => {
    const [action] = await tx
      .select({ id: measureActions.id })
      .from(measureActions)
      .where(eq(measureActions.measureId, id))
      .limit(1);
    const [decision] = await tx
      .select({ id: measureDecisions.id })
      .from(measureDecisions)
      .where(eq(measureDecisions.measureId, id))
      .limit(1);
    if (action || decision) throw new AppError('case_record_in_use', 409);
    await tx.delete(measures).where(eq(measures.id, id));
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'delete',
      entity: 'measure',
      entityId: id,
      ip: ctx.ip,
      details: { caseId: m.caseId, code: m.code },
    });
  });
}
