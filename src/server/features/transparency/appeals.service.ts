// Recursos de revisión, the committee's classification of the requested information, and the
// areas' responses to the unit's turn.
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { AppError, conflict, notFound } from '../../platform/http/errors.js';
import type { DeadlineEngine } from './engine.service.js';
import { loadRequest } from './requests.queries.js';
import { bumpVersion, getRequest, type Ctx } from './requests.service.js';
import type {
  AppealBody,
  AppealUpdateBody,
  ClassificationBody,
} from '../../../common/features/transparency.contract.js';
import {
  informationRequestAppeals,
  informationRequestAreas,
  informationRequestDetails,
  informationRequestEvents,
} from './transparency.schema.js';

const who = (ctx: Ctx) => ({ userId: ctx.actor.userId, username: ctx.actor.username });

export async function fileAppeal(ctx: Ctx, engine: DeadlineEngine, id: string, input: z.infer<typeof AppealBody>) {
  const row = await loadRequest(ctx.db, id);
  if (!row) throw notFound();
  if (input.filedOn < row.core.receivedOn || input.filedOn > engine.today)
    throw new AppError('transparency_date_out_of_range', 400);
  await ctx.db.transaction(async (tx) => {
    const [appeal] = await tx
      .insert(informationRequestAppeals)
      .values({
        requestId: id,
        appealFolio: input.appealFolio,
        filedOn: input.filedOn,
        notifiedOn: input.notifiedOn ?? null,
      })
      .returning({ id: informationRequestAppeals.id });
    if (row.details) {
      await tx.insert(informationRequestEvents).values({
        requestId: id,
        on: input.filedOn,
        action: 'appeal_filed',
        actorUserId: ctx.actor.userId,
      });
    }
    await audit(tx, {
      actor: who(ctx),
      action: 'create',
      entity: 'information_request_appeal',
      entityId: appeal!.id,
      ip: ctx.ip,
      details: { requestId: id },
    });
  });
  return getRequest(ctx, engine, id);
}

export async function updateAppeal(
  ctx: Ctx,
  engine: DeadlineEngine,
  appealId: string,
  input: z.infer<typeof AppealUpdateBody>,
) {
  const [appeal] = await ctx.db
    .select()
    .from(informationRequestAppeals)
    .where(eq(informationRequestAppeals.id, appealId));
  if (!appeal) throw notFound();
  const resolvedOn = input.resolvedOn === undefined ? appeal.resolvedOn : input.resolvedOn;
  if (resolvedOn && resolvedOn < appeal.filedOn) throw new AppError('transparency_date_out_of_range', 400);
  const { version, ...changes } = input;
  await ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(informationRequestAppeals)
      .set({ ...changes, version: sql`${informationRequestAppeals.version} + 1`, updatedAt: new Date() })
      .where(and(eq(informationRequestAppeals.id, appealId), eq(informationRequestAppeals.version, version)))
      .returning({ id: informationRequestAppeals.id });
    if (updated.length === 0) throw conflict();
    if (input.outcome && resolvedOn) {
      await tx.insert(informationRequestEvents).values({
        requestId: appeal.requestId,
        on: resolvedOn,
        action: `appeal_${input.outcome}`,
        actorUserId: ctx.actor.userId,
      });
    }
    await audit(tx, {
      actor: who(ctx),
      action: 'update',
      entity: 'information_request_appeal',
      entityId: appealId,
      ip: ctx.ip,
      details: { fields: Object.keys(changes) },
    });
  });
  return getRequest(ctx, engine, appeal.requestId);
}

export async function classify(
  ctx: Ctx,
  engine: DeadlineEngine,
  id: string,
  input: z.infer<typeof ClassificationBody>,
) {
  const row = await loadRequest(ctx.db, id);
  if (!row) throw notFound();
  if (!row.details) throw new AppError('transparency_not_tracked', 409);
  if (input.decidedOn && (input.decidedOn < row.core.receivedOn || input.decidedOn > engine.today)) {
    throw new AppError('transparency_date_out_of_range', 400);
  }
  await ctx.db.transaction(async (tx) => {
    await bumpVersion(tx, id, input.version);
    await tx
      .update(informationRequestDetails)
      .set({
        classification: input.classification,
        classificationSession: input.session ?? null,
        classificationDecidedOn: input.decidedOn ?? null,
        classificationDecision: input.decision ?? null,
        updatedAt: new Date(),
      })
      .where(eq(informationRequestDetails.requestId, id));
    await tx.insert(informationRequestEvents).values({
      requestId: id,
      on: input.decidedOn ?? engine.today,
      action: `classified_${input.classification}`,
      actorUserId: ctx.actor.userId,
    });
    await audit(tx, {
      actor: who(ctx),
      action: 'update',
      entity: 'information_request',
      entityId: id,
      ip: ctx.ip,
      details: { classification: input.classification },
    });
  });
  return getRequest(ctx, engine, id);
}

/** An area answered the unit's turn: recorded on the area row and in the timeline. */
export async function recordAreaResponse(
  ctx: Ctx,
  engine: DeadlineEngine,
  id: string,
  areaId: string,
  input: { respondedOn: string; version: number },
) {
  const row = await loadRequest(ctx.db, id);
  if (!row) throw notFound();
  const [area] = await ctx.db
    .select()
    .from(informationRequestAreas)
    .where(and(eq(informationRequestAreas.id, areaId), eq(informationRequestAreas.requestId, id)));
  if (!area) throw notFound();
  if (input.respondedOn < area.turnedOn || input.respondedOn > engine.today)
    throw new AppError('transparency_date_out_of_range', 400);
  await ctx.db.transaction(async (tx) => {
    await bumpVersion(tx, id, input.version);
    await tx
      .update(informationRequestAreas)
      .set({ respondedOn: input.respondedOn })
      .where(eq(informationRequestAreas.id, areaId));
    await tx.insert(informationRequestEvents).values({
      requestId: id,
      on: input.respondedOn,
      action: 'area_responded',
      noteEnc: ctx.crypto.encrypt(area.area),
      actorUserId: ctx.actor.userId,
    });
    await audit(tx, {
      actor: who(ctx),
      action: 'update',
      entity: 'information_request',
      entityId: id,
      ip: ctx.ip,
      details: { areaResponded: areaId },
    });
  });
  return getRequest(ctx, engine, id);
}
