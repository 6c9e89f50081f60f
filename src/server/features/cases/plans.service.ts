import { and, eq, max, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppDeps } from '../../platform/deps.js';
import { audit } from '../../platform/audit/audit.js';
import { AppError, conflict, notFound } from '../../platform/http/errors.js';
import { auditActor, requireCaseAccess, type RequestContext } from './access.js';
import type {
  AssessmentInput,
  AssessmentUpdate,
  FollowUpInput,
  FollowUpUpdate,
  PlanInput,
} from '../../../common/features/cases.contract.js';
import { measureDetails, protectionPlans, riskAssessments } from './cases.schema.js';
import { caseFollowUps } from '../../records/records.schema.js';

type Deps = Pick<AppDeps, 'db' | 'crypto'>;

/** Writes on a case need assignment (or lead) and an open case. */
export async function requireOpenCase(db: Deps['db'], ctx: RequestContext, caseId: string) {
  const row = await requireCaseAccess(db, ctx, caseId);
  if (row.closedOn !== null) throw new AppError('case_concluded', 409);
  return row;
}

export async function addAssessment(
  { db, crypto }: Deps,
  ctx: RequestContext,
  caseId: string,
  input: z.infer<typeof AssessmentInput>,
) {
  await requireOpenCase(db, ctx, caseId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(riskAssessments)
      .values({
        caseId,
        assessedOn: input.assessedOn,
        level: input.level,
        factors: input.factors,
        narrativeEnc: crypto.encryptNullable(input.narrative || null),
        authorId: ctx.actor.userId,
      })
      .returning({ id: riskAssessments.id, version: riskAssessments.version });
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'create',
      entity: 'risk_assessment',
      entityId: row!.id,
      ip: ctx.ip,
      details: { caseId, level: input.level },
    });
    return row!;
  });
}

export async function updateAssessment(
  { db, crypto }: Deps,
  ctx: RequestContext,
  caseId: string,
  id: string,
  input: z.infer<typeof AssessmentUpdate>,
) {
  await requireOpenCase(db, ctx, caseId);
  const { version, narrative, ...rest } = input;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(riskAssessments)
      .set({
        ...rest,
        ...(narrative !== undefined ? { narrativeEnc: crypto.encryptNullable(narrative || null) } : {}),
        version: sql`${riskAssessments.version} + 1`,
      })
      .where(and(eq(riskAssessments.id, id), eq(riskAssessments.caseId, caseId), eq(riskAssessments.version, version)))
      .returning({ id: riskAssessments.id, version: riskAssessments.version });
    if (!row) {
      const [exists] = await tx
        .select({ id: riskAssessments.id })
        .from(riskAssessments)
        .where(and(eq(riskAssessments.id, id), eq(riskAssessments.caseId, caseId)));
      throw exists ? conflict() : notFound();
    }
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'update',
      entity: 'risk_assessment',
      entityId: id,
      ip: ctx.ip,
      details: { caseId, fields: Object.keys(input).filter((k) => k !== 'version') },
    });
    return row;
  });
}

/** A new plan version: plans are never edited, each revision is a new numbered row. */
export async function addPlan(
  { db, crypto }: Deps,
  ctx: RequestContext,
  caseId: string,
  input: z.infer<typeof PlanInput>,
) {
  await requireOpenCase(db, ctx, caseId);
  return db.transaction(async (tx) => {
    // Lock the case row so two concurrent revisions do not both take the same number.
    await tx.execute(sql`select id from cases where id = ${caseId} for update`);
    const [last] = await tx
      .select({ n: max(protectionPlans.number) })
      .from(protectionPlans)
      .where(eq(protectionPlans.caseId, caseId));
    const number = (last?.n ?? 0) + 1;
    const [row] = await tx
      .insert(protectionPlans)
      .values({
        caseId,
        number,
        validFrom: input.validFrom,
        summaryEnc: crypto.encryptNullable(input.summary || null),
        createdBy: ctx.actor.userId,
      })
      .returning({ id: protectionPlans.id, number: protectionPlans.number });
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'create',
      entity: 'protection_plan',
      entityId: row!.id,
      ip: ctx.ip,
      details: { caseId, number },
    });
    return row!;
  });
}

export async function addFollowUp(
  { db, crypto }: Deps,
  ctx: RequestContext,
  caseId: string,
  input: z.infer<typeof FollowUpInput>,
) {
  const c = await requireCaseAccess(db, ctx, caseId);
  if (input.on < c.openedOn)
    throw new AppError('validation_failed', 400, [
      { path: 'on', message: 'La fecha es anterior a la apertura del caso.' },
    ]);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(caseFollowUps)
      .values({ caseId, on: input.on, kind: input.kind, note: crypto.encryptNullable(input.note || null) })
      .returning({ id: caseFollowUps.id });
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'create',
      entity: 'case_follow_up',
      entityId: row!.id,
      ip: ctx.ip,
      details: { caseId, kind: input.kind },
    });
    return row!;
  });
}

/** Edits date, kind and/or note (encrypted) of a follow-up, against the version the person read. */
export async function updateFollowUp(
  { db, crypto }: Deps,
  ctx: RequestContext,
  caseId: string,
  id: string,
  input: z.infer<typeof FollowUpUpdate>,
) {
  const c = await requireCaseAccess(db, ctx, caseId);
  if (input.on !== undefined && input.on < c.openedOn)
    throw new AppError('validation_failed', 400, [
      { path: 'on', message: 'La fecha es anterior a la apertura del caso.' },
    ]);
  const { version, note, ...rest } = input;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(caseFollowUps)
      .set({
        ...rest,
        ...(note !== undefined ? { note: crypto.encryptNullable(note || null) } : {}),
        version: sql`${caseFollowUps.version} + 1`,
      })
      .where(and(eq(caseFollowUps.id, id), eq(caseFollowUps.caseId, caseId), eq(caseFollowUps.version, version)))
      .returning({ id: caseFollowUps.id, version: caseFollowUps.version });
    if (!row) {
      const [exists] = await tx
        .select({ id: caseFollowUps.id })
        .from(caseFollowUps)
        .where(and(eq(caseFollowUps.id, id), eq(caseFollowUps.caseId, caseId)));
      throw exists ? conflict() : notFound();
    }
    // Field names only: the note may name people.
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'update',
      entity: 'case_follow_up',
      entityId: id,
      ip: ctx.ip,
      details: { caseId, fields: Object.keys(input).filter((k) => k !== 'version') },
    });
    return row;
  });
}

export async function deleteFollowUp({ db }: Pick<AppDeps, 'db'>, ctx: RequestContext, caseId: string, id: string) {
  await requireCaseAccess(db, ctx, caseId);
  await db.transaction(async (tx) => {
    const gone = await tx
      .delete(caseFollowUps)
      .where(and(eq(caseFollowUps.id, id), eq(caseFollowUps.caseId, caseId)))
      .returning({ id: caseFollowUps.id });
    if (gone.length === 0) throw notFound();
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'delete',
      entity: 'case_follow_up',
      entityId: id,
      ip: ctx.ip,
      details: { caseId },
    });
  });
}

export async function deleteAssessment({ db }: Pick<AppDeps, 'db'>, ctx: RequestContext, caseId: string, id: string) {
  await requireOpenCase(db, ctx, caseId);
  await db.transaction(async (tx) => {
    const gone = await tx
      .delete(riskAssessments)
      .where(and(eq(riskAssessments.id, id), eq(riskAssessments.caseId, caseId)))
      .returning({ id: riskAssessments.id });
    if (gone.length === 0) throw notFound();
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'delete',
      entity: 'risk_assessment',
      entityId: id,
      ip: ctx.ip,
      details: { caseId },
    });
  });
}

/** Only the latest plan version, and only while no measure points at it (a mistaken entry). */
export async function deletePlan({ db }: Pick<AppDeps, 'db'>, ctx: RequestContext, caseId: string, id: string) {
  await requireOpenCase(db, ctx, caseId);
  await db.transaction(async (tx) => {
    await tx.execute(sql`select id from cases where id = ${caseId} for update`);
    const [plan] = await tx
      .select()
      .from(protectionPlans)
      .where(and(eq(protectionPlans.id, id), eq(protectionPlans.caseId, caseId)));
    if (!plan) throw notFound();
    const [last] = await tx
      .select({ n: max(protectionPlans.number) })
      .from(protectionPlans)
      .where(eq(protectionPlans.caseId, caseId));
    const [used] = await tx
      .select({ id: measureDetails.measureId })
      .from(measureDetails)
      .where(eq(measureDetails.planId, id))
      .limit(1);
    if (plan.number !== last?.n || used) throw new AppError('case_record_in_use', 409);
    await tx.delete(protectionPlans).where(eq(protectionPlans.id, id));
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'delete',
      entity: 'protection_plan',
      entityId: id,
      ip: ctx.ip,
      details: { caseId, number: plan.number },
    });
  });
}
