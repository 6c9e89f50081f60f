// Writes on information requests: registration and procedure steps. Every write bumps the core
// row's version (optimistic concurrency, 409 when it moved) and commits with its audit entry.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { FieldCrypto } from '../../platform/crypto/fields.js';
import type { Actor } from '../../platform/auth/session.js';
import { audit } from '../../platform/audit/audit.js';
import { AppError, alreadyExists, conflict, notFound } from '../../platform/http/errors.js';
import { rolesAllow } from '../../platform/access/policies.js';
import type {
  RegisterRequestInput,
  RequestCanData,
  RequestDetail,
  TransitionInput,
  TransparencyCanData,
} from '../../../common/features/transparency.contract.js';
import type { Role } from '../../../common/roles.js';
import { informationRequests } from '../../records/records.schema.js';
import type { DeadlineEngine } from './engine.service.js';
import { loadRequest, summarise } from './requests.queries.js';
import {
  informationRequestAppeals,
  informationRequestAreas,
  informationRequestDetails,
  informationRequestEvents,
} from './transparency.schema.js';
import { admissibleFor, allowedActions, nextStatus, type RequestStatus } from './workflow.js';

/** Latest answer due date among the candidates (or the governing one alone). */
function latestAnswerDueOn(d: RequestDetail['deadlines']): string | null {
  if (d.basis?.mode === 'governing') return d.answerDueOn;
  const dates = d.candidates.flatMap((c) => (c.answerDueOn ? [c.answerDueOn] : []));
  return dates.length ? dates.reduce((a, b) => (b > a ? b : a)) : d.answerDueOn;
}

/** What the actor may do on a request's page: the one place the web's controls come from. */
export function requestCan(
  roles: readonly Role[],
  r: { allowedActions: readonly string[]; tracked: boolean; hasRequesterData: boolean },
): RequestCanData {
  const write = rolesAllow('transparency.write', roles);
  return {
    act: write && r.allowedActions.length > 0,
    track: write && r.tracked,
    resolveAppeal: write,
    seeRequester: write && r.hasRequesterData,
  };
}

/** What the actor may do on the unit's list pages (the web shows controls from these, not from roles). */
export function transparencyCan(roles: readonly Role[]): TransparencyCanData {
  return { write: rolesAllow('transparency.write', roles), admin: rolesAllow('transparency.admin', roles) };
}

export interface Ctx {
  db: Database;
  crypto: FieldCrypto;
  actor: Actor;
  ip?: string;
}

const who = (actor: Actor) => ({ userId: actor.userId, username: actor.username });

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } } | null;
  return e?.code === '23505' || e?.cause?.code === '23505';
}

export async function registerRequest(
  ctx: Ctx,
  engine: DeadlineEngine,
  input: RegisterRequestInput,
): Promise<RequestDetail> {
  if (input.receivedOn > engine.today) throw new AppError('transparency_date_out_of_range', 400);
  const { crypto } = ctx;
  const id = await ctx.db.transaction(async (tx) => {
    const [existing] = await tx.select().from(informationRequests).where(eq(informationRequests.folio, input.folio));
    let core: { id: string } | undefined;
    if (existing) {
      // A request that arrived through the interchange import, still undecided and with the same
      // date and kind, is adopted: the unit starts tracking it instead of getting a duplicate error.
      const [tracked] = await tx
        .select({ id: informationRequestDetails.requestId })
        .from(informationRequestDetails)
        .where(eq(informationRequestDetails.requestId, existing.id));
      const adoptable =
        !tracked &&
        existing.admissible === null &&
        existing.receivedOn === input.receivedOn &&
        existing.kind === input.kind;
      if (!adoptable) throw alreadyExists({ field: 'folio' });
      core = existing;
    } else {
      try {
        [core] = await tx
          .insert(informationRequests)
          .values({ folio: input.folio, receivedOn: input.receivedOn, kind: input.kind, admissible: null })
          .returning({ id: informationRequests.id });
      } catch (err) {
        if (isUniqueViolation(err)) throw alreadyExists({ field: 'folio' }); // registered concurrently
        throw err;
      }
    }
    const ruleSet = engine.ruleSetFor(null, input.receivedOn);
    await tx.insert(informationRequestDetails).values({
      requestId: core!.id,
      receivedAt: input.receivedAt ? new Date(input.receivedAt) : null,
      channel: input.channel,
      arcoRight: input.arcoRight ?? null,
      subject: input.subject,
      requestTextEnc: crypto.encryptNullable(input.requestText || null),
      requesterNameEnc: crypto.encryptNullable(input.requesterName || null),
      requesterContactEnc: crypto.encryptNullable(input.requesterContact || null),
      requesterNameIndex: input.requesterName ? crypto.blindIndex('transparency.requester', input.requesterName) : null,
      status: 'received',
      ruleSetKey: ruleSet?.key ?? null,
    });
    await tx.insert(informationRequestEvents).values({
      requestId: core!.id,
      on: input.receivedOn,
      action: 'register',
      fromStatus: null,
      toStatus: 'received',
      actorUserId: ctx.actor.userId,
    });
    await audit(tx, {
      actor: who(ctx.actor),
      action: 'create',
      entity: 'information_request',
      entityId: core!.id,
      ip: ctx.ip,
      details: { folio: input.folio, kind: input.kind, ruleSet: ruleSet?.key ?? null },
    });
    return core!.id;
  });
  return getRequest(ctx, engine, id);
}

export async function getRequest(ctx: Ctx, engine: DeadlineEngine, id: string): Promise<RequestDetail> {
  const row = await loadRequest(ctx.db, id);
  if (!row) throw notFound();
  const { core, details } = row;
  const summary = summarise(engine, core, details);
  const [areas, events, appeals] = await Promise.all([
    ctx.db
      .select()
      .from(informationRequestAreas)
      .where(eq(informationRequestAreas.requestId, id))
      .orderBy(asc(informationRequestAreas.turnedOn)),
    ctx.db
      .select()
      .from(informationRequestEvents)
      .where(eq(informationRequestEvents.requestId, id))
      .orderBy(asc(informationRequestEvents.createdAt)),
    ctx.db
      .select()
      .from(informationRequestAppeals)
      .where(eq(informationRequestAppeals.requestId, id))
      .orderBy(asc(informationRequestAppeals.filedOn)),
  ]);
  const actions = details ? allowedActions(summary.status) : [];
  const hasRequesterData = !!(details?.requesterNameEnc || details?.requesterContactEnc || details?.requestTextEnc);
  return {
    ...summary,
    receivedAt: details?.receivedAt?.toISOString() ?? null,
    allowedActions: actions,
    hasRequesterData,
    can: requestCan(ctx.actor.roles, { allowedActions: actions, tracked: summary.tracked, hasRequesterData }),
    clarificationRequestedOn: details?.clarificationRequestedOn ?? null,
    clarificationAnsweredOn: details?.clarificationAnsweredOn ?? null,
    extensionNotifiedOn: details?.extensionNotifiedOn ?? null,
    extensionResolution: details?.extensionResolution ?? null,
    referralKind: details?.referralKind ?? null,
    referredTo: details?.referredTo ?? null,
    classification: details?.classification ?? null,
    classificationSession: details?.classificationSession ?? null,
    classificationDecidedOn: details?.classificationDecidedOn ?? null,
    classificationDecision: details?.classificationDecision ?? null,
    areas: areas.map((a) => ({ id: a.id, area: a.area, turnedOn: a.turnedOn, respondedOn: a.respondedOn })),
    // Notes are staff text, not requester data; they are encrypted at rest because they may name people.
    events: events.map((e) => ({
      id: e.id,
      on: e.on,
      action: e.action,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      note: ctx.crypto.decryptNullable(e.noteEnc),
      at: e.createdAt.toISOString(),
    })),
    appeals: appeals.map((a) => ({
      id: a.id,
      appealFolio: a.appealFolio,
      filedOn: a.filedOn,
      notifiedOn: a.notifiedOn,
      resolvedOn: a.resolvedOn,
      outcome: a.outcome,
      complianceDueOn: a.complianceDueOn,
      compliedOn: a.compliedOn,
      version: a.version,
    })),
  };
}

/** Requester data is personal: decrypted only on this explicit read, which is audited. */
export async function readRequester(ctx: Ctx, id: string) {
  const row = await loadRequest(ctx.db, id);
  if (!row) throw notFound();
  const d = row.details;
  await ctx.db.transaction((tx) =>
    audit(tx, {
      actor: who(ctx.actor),
      action: 'read_personal',
      entity: 'information_request',
      entityId: id,
      ip: ctx.ip,
      details: { fields: ['requester'] },
    }),
  );
  return {
    requesterName: ctx.crypto.decryptNullable(d?.requesterNameEnc),
    requesterContact: ctx.crypto.decryptNullable(d?.requesterContactEnc),
    requestText: ctx.crypto.decryptNullable(d?.requestTextEnc),
  };
}

/** Bumps the core version or throws 409; returns nothing. Keeps `admissible` in step with the status. */
export async function bumpVersion(tx: Database, id: string, version: number, status?: RequestStatus): Promise<void> {
  const set: Record<string, unknown> = { version: sql`${informationRequests.version} + 1`, updatedAt: new Date() };
  if (status) set.admissible = admissibleFor(status);
  const updated = await tx
    .update(informationRequests)
    .set(set)
    .where(and(eq(informationRequests.id, id), eq(informationRequests.version, version)))
    .returning({ id: informationRequests.id });
  if (updated.length === 0) throw conflict();
}

export async function transition(
  ctx: Ctx,
  engine: DeadlineEngine,
  id: string,
  input: TransitionInput,
): Promise<RequestDetail> {
  const row = await loadRequest(ctx.db, id);
  if (!row) throw notFound();
  const { core, details } = row;
  if (!details) throw new AppError('transparency_not_tracked', 409);
  if (core.version !== input.version) throw conflict();
  const from = details.status as RequestStatus;
  let to = nextStatus(from, input.action);
  if (!to) throw new AppError('invalid_transition', 409, { from, action: input.action });
  if (to === 'received' && input.action === 'receive_clarification') {
    // Back to the area(s) already working on it, if any.
    const [turned] = await ctx.db
      .select({ id: informationRequestAreas.id })
      .from(informationRequestAreas)
      .where(eq(informationRequestAreas.requestId, id))
      .limit(1);
    if (turned) to = 'in_process';
  }
  if (input.on < core.receivedOn || input.on > engine.today) throw new AppError('transparency_date_out_of_range', 400);

  const patch: Partial<typeof informationRequestDetails.$inferInsert> = { status: to, updatedAt: new Date() };
  const before = summarise(engine, core, details).deadlines;
  const CLOSING: TransitionInput['action'][] = ['answer', 'refer', 'declare_not_admissible', 'lapse_clarification'];
  if (CLOSING.includes(input.action) && before.basis) {
    // The dates that governed at closing stay with the request: a later governing decision or
    // rule set version never moves an answered request (nor makes it late after the fact).
    patch.deadlineBasis =
      before.basis.mode === 'governing' && before.basis.ruleSetKey
        ? { mode: 'governing', keys: [before.basis.ruleSetKey] }
        : { mode: 'earliest', keys: before.candidates.map((c) => c.ruleSetKey) };
  }
  switch (input.action) {
    case 'request_clarification':
      // Art. 130 LGTAIP / 46 LGPDPPSO: the requester may be asked to clarify only once.
      if (details.clarificationRequestedOn) throw new AppError('transparency_clarification_once', 409);
      patch.clarificationRequestedOn = input.on;
      break;
    case 'receive_clarification':
      if (input.on < details.clarificationRequestedOn!) throw new AppError('transparency_date_out_of_range', 400);
      patch.clarificationAnsweredOn = input.on;
      break;
    case 'extend':
      if (details.extensionNotifiedOn) throw new AppError('transparency_extension_once', 409);
      // The extension is valid only if notified before the answer period expires (art. 134 / 45).
      // Refused once it is late under every set that may apply; late only under the earliest one,
      // it is recorded (what happened is never lost) and flagged `extensionLate`, and the due
      // date stays the earliest unextended one.
      if (latestAnswerDueOn(before) && input.on > latestAnswerDueOn(before)!)
        throw new AppError('transparency_extension_late', 409);
      patch.extensionNotifiedOn = input.on;
      patch.extensionResolution = input.extensionResolution ?? null;
      break;
    case 'refer':
      patch.referralKind = input.referralKind ?? null;
      patch.referredTo = input.referredTo ?? null;
      patch.closedOn = input.on;
      break;
    case 'lapse_clarification':
      // Deemed not filed only once the requester's period has run out (art. 130 / 46).
      if (before.requesterReplyDueOn && input.on <= before.requesterReplyDueOn)
        throw new AppError('transparency_clarification_not_lapsed', 409);
      patch.closedOn = input.on;
      break;
    case 'answer':
    case 'declare_not_admissible':
      patch.closedOn = input.on;
      break;
    default:
      break;
  }

  await ctx.db.transaction(async (tx) => {
    await bumpVersion(tx, id, input.version, to);
    await tx.update(informationRequestDetails).set(patch).where(eq(informationRequestDetails.requestId, id));
    if (input.action === 'turn_to_area') {
      await tx
        .insert(informationRequestAreas)
        .values(input.areas!.map((area) => ({ requestId: id, area, turnedOn: input.on })));
    }
    await tx.insert(informationRequestEvents).values({
      requestId: id,
      on: input.on,
      action: input.action,
      fromStatus: from,
      toStatus: to,
      noteEnc: ctx.crypto.encryptNullable(input.note || null),
      actorUserId: ctx.actor.userId,
    });
    await audit(tx, {
      actor: who(ctx.actor),
      action: 'update',
      entity: 'information_request',
      entityId: id,
      ip: ctx.ip,
      details: { action: input.action, from, to, on: input.on },
    });
  });
  return getRequest(ctx, engine, id);
}
