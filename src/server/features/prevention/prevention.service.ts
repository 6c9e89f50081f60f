// Use cases of prevention, training and liaison: each write in one transaction with its audit entry.
import { and, eq, sql } from 'drizzle-orm';
import { policies } from '../../../common/features.js';
import type { Database } from '../../db/client.js';
import type { Actor } from '../../platform/auth/session.js';
import { audit } from '../../platform/audit/audit.js';
import { AppError, conflict, notFound } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/deps.js';
import { measures } from '../../records/records.schema.js';
import type {
  Activity,
  ActivityInput,
  ActivityUpdate,
  Agreement,
  AgreementInput,
  Liaison,
  LiaisonInput,
} from '../../../common/features/prevention.contract.js';
import { agreementsWithDetails, findActivity, findLiaison, type ActivityRow } from './prevention.queries.js';
import {
  preventionActivities,
  preventionAgreementActions,
  preventionAgreements,
  preventionCommitments,
  preventionInstitutions,
  preventionLiaisonActivities,
  preventionPhotos,
  preventionSessions,
} from './prevention.schema.js';
import { cleanPhoto } from './photo.js';
import { countColumns, registeredCounts } from './prevention.registrations.js';

export interface Ctx {
  actor: Actor;
  ip: string;
}

const who = (ctx: Ctx) => ({ userId: ctx.actor.userId, username: ctx.actor.username });

/** The link of a workshop to a case measure is shown only to the roles that may see cases. */
export function canSeeCaseLink(actor: Pick<Actor, 'roles'>): boolean {
  return actor.roles.some((r) => policies['cases.read'].includes(r));
}

function activityOut(
  actor: Pick<Actor, 'roles'>,
  found: NonNullable<Awaited<ReturnType<typeof findActivity>>>,
  registered: number,
): Activity {
  const { row, sessions, photos } = found;
  return {
    id: row.id,
    code: row.code,
    kind: row.kind,
    format: row.format,
    modality: row.modality,
    title: row.title,
    objective: row.objective,
    partner: row.partner,
    thematicLine: row.thematicLine,
    audiences: row.audiences,
    status: row.status,
    targetLabel: row.targetLabel,
    forOfficials: row.forOfficials,
    ...(canSeeCaseLink(actor) ? { measureId: row.measureId } : {}),
    participants: { woman: row.women, man: row.men, lgbttti: row.lgbttti, preferNotToSay: row.preferNotToSay },
    registered,
    sessions: sessions.map((s) => ({ id: s.id, on: s.on, hours: Number(s.hours) })),
    photos,
    version: row.version,
  };
}

export async function getActivity(deps: AppDeps, ctx: Ctx, id: string): Promise<Activity> {
  const found = await findActivity(deps.db, id);
  if (!found) throw notFound();
  const counts = await registeredCounts(deps.db, id);
  return activityOut(ctx.actor, found, counts ? Object.values(counts).reduce((a, b) => a + b, 0) : 0);
}

async function nextCode(db: Database, table: 'activities' | 'liaison' | 'agreements', prefix: string, year: string) {
  const t =
    table === 'activities'
      ? preventionActivities
      : table === 'liaison'
        ? preventionLiaisonActivities
        : preventionAgreements;
  const like = `${prefix}-${year}-%`;
  const [row] = (await db
    .select({ n: sql<number>`count(*)::int` })
    .from(t)
    .where(sql`${t.code} like ${like}`)) as [{ n: number }];
  return `${prefix}-${year}-${String(Number(row.n) + 1).padStart(3, '0')}`;
}

async function checkMeasure(db: Database, ctx: Ctx, measureId: string | null) {
  if (measureId === null) return;
  if (!canSeeCaseLink(ctx.actor)) throw new AppError('prevention_measure_forbidden', 403);
  const [m] = await db.select({ id: measures.id }).from(measures).where(eq(measures.id, measureId)).limit(1);
  if (!m) throw new AppError('prevention_measure_not_found', 400);
}

function activityValues(input: Omit<ActivityInput, 'code' | 'sessions'>) {
  return {
    kind: input.kind,
    format: input.format,
    modality: input.modality,
    title: input.title,
    objective: input.objective,
    partner: input.partner,
    thematicLine: input.thematicLine,
    audiences: input.audiences,
    status: input.status,
    targetLabel: input.targetLabel,
    forOfficials: input.forOfficials,
    // Only self-protection workshops carry out case measures.
    measureId: input.kind === 'self_protection_workshop' ? input.measureId : null,
    women: input.participants.woman,
    men: input.participants.man,
    lgbttti: input.participants.lgbttti,
    preferNotToSay: input.participants.preferNotToSay,
  };
}

export async function createActivity(deps: AppDeps, ctx: Ctx, input: ActivityInput): Promise<Activity> {
  const id = await deps.db.transaction(async (tx) => {
    await checkMeasure(tx, ctx, input.kind === 'self_protection_workshop' ? input.measureId : null);
    const year = (input.sessions[0]?.on ?? new Date().toISOString()).slice(0, 4);
    const code = input.code ?? (await nextCode(tx, 'activities', 'PA', year));
    const [taken] = await tx
      .select({ id: preventionActivities.id })
      .from(preventionActivities)
      .where(eq(preventionActivities.code, code));
    if (taken) throw new AppError('prevention_code_taken', 409);
    const [row] = await tx
      .insert(preventionActivities)
      .values({ code, ...activityValues(input) })
      .returning({ id: preventionActivities.id });
    if (input.sessions.length)
      await tx.insert(preventionSessions).values(input.sessions.map((s) => ({ activityId: row!.id, ...s })));
    await audit(tx, {
      actor: who(ctx),
      action: 'create',
      entity: 'prevention_activity',
      entityId: row!.id,
      ip: ctx.ip,
      details: { kind: input.kind, sessions: input.sessions.length },
    });
    return row!.id;
  });
  return getActivity(deps, ctx, id);
}

export async function updateActivity(deps: AppDeps, ctx: Ctx, id: string, input: ActivityUpdate): Promise<Activity> {
  await deps.db.transaction(async (tx) => {
    const [current] = await tx.select().from(preventionActivities).where(eq(preventionActivities.id, id)).for('update');
    if (!current) throw notFound();
    if (current.version !== input.version) throw conflict({ version: current.version });
    // A role that may not see cases keeps the link it cannot see.
    const measureId = canSeeCaseLink(ctx.actor) ? input.measureId : current.measureId;
    if (measureId !== current.measureId) await checkMeasure(tx, ctx, measureId);
    const [photo] = await tx
      .select({ id: preventionPhotos.id })
      .from(preventionPhotos)
      .where(eq(preventionPhotos.activityId, id))
      .limit(1);
    if (photo && measureId) throw new AppError('prevention_photo_not_allowed', 400);
    // With a registration list, the counts are the list's, whatever the form sent.
    const listed = await registeredCounts(tx, id);
    await tx
      .update(preventionActivities)
      .set({
        ...activityValues({ ...input, measureId }),
        ...(listed ? countColumns(listed) : {}),
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(preventionActivities.id, id));
    await tx.delete(preventionSessions).where(eq(preventionSessions.activityId, id));
    if (input.sessions.length)
      await tx.insert(preventionSessions).values(input.sessions.map((s) => ({ activityId: id, ...s })));
    await audit(tx, {
      actor: who(ctx),
      action: 'update',
      entity: 'prevention_activity',
      entityId: id,
      ip: ctx.ip,
      details: { sessions: input.sessions.length },
    });
  });
  return getActivity(deps, ctx, id);
}

export async function deleteActivity(deps: AppDeps, ctx: Ctx, id: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const rows = await tx
      .delete(preventionActivities)
      .where(eq(preventionActivities.id, id))
      .returning({ id: preventionActivities.id });
    if (rows.length === 0) throw notFound();
    await audit(tx, { actor: who(ctx), action: 'delete', entity: 'prevention_activity', entityId: id, ip: ctx.ip });
  });
}

// ---- institutions ----

export async function createInstitution(
  deps: AppDeps,
  ctx: Ctx,
  input: { name: string; acronym: string | null; level: (typeof preventionInstitutions.$inferInsert)['level'] },
) {
  return deps.db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: preventionInstitutions.id })
      .from(preventionInstitutions)
      .where(eq(preventionInstitutions.name, input.name));
    if (taken) throw new AppError('prevention_code_taken', 409);
    const [row] = await tx.insert(preventionInstitutions).values(input).returning();
    await audit(tx, {
      actor: who(ctx),
      action: 'create',
      entity: 'prevention_institution',
      entityId: row!.id,
      ip: ctx.ip,
    });
    return row!;
  });
}

// ---- agreements ----

/** An agreement is behind when a commitment past its due date (or, without one, past the agreement's
 *  end) has fewer actions than planned. */
export function isBehind(
  commitment: { plannedActions: number; dueOn: string | null },
  actions: number,
  endsOn: string | null,
  today: string,
): boolean {
  const due = commitment.dueOn ?? endsOn;
  return due !== null && due < today && actions < commitment.plannedActions;
}

export async function listAgreements(deps: AppDeps, today = new Date().toISOString().slice(0, 10)) {
  const rows = await agreementsWithDetails(deps.db);
  return rows.map((r) => agreementOut(r, today));
}

function agreementOut(r: Awaited<ReturnType<typeof agreementsWithDetails>>[number], today: string): Agreement {
  const commitments = r.commitments.map((c) => {
    const actions = r.actions.filter((a) => a.commitmentId === c.id).length;
    return {
      id: c.id,
      text: c.text,
      plannedActions: c.plannedActions,
      dueOn: c.dueOn,
      actions,
      behind: isBehind(c, actions, r.agreement.endsOn, today),
    };
  });
  const a = r.agreement;
  return {
    id: a.id,
    code: a.code,
    counterpart: a.counterpart,
    kind: a.kind,
    international: a.international,
    signedOn: a.signedOn,
    endsOn: a.endsOn,
    object: a.object,
    liaisonMpi: a.liaisonMpi,
    liaisonCounterpart: a.liaisonCounterpart,
    commitments,
    actions: r.actions.map((x) => ({ id: x.id, on: x.on, description: x.description, commitmentId: x.commitmentId })),
    behind: commitments.some((c) => c.behind),
    version: a.version,
  };
}

export async function getAgreement(deps: AppDeps, id: string): Promise<Agreement> {
  const [r] = await agreementsWithDetails(deps.db, [id]);
  if (!r) throw notFound();
  return agreementOut(r, new Date().toISOString().slice(0, 10));
}

export async function createAgreement(deps: AppDeps, ctx: Ctx, input: AgreementInput): Promise<Agreement> {
  const id = await deps.db.transaction(async (tx) => {
    const year = (input.signedOn ?? new Date().toISOString()).slice(0, 4);
    const code = input.code ?? (await nextCode(tx, 'agreements', 'CONV', year));
    const [taken] = await tx
      .select({ id: preventionAgreements.id })
      .from(preventionAgreements)
      .where(eq(preventionAgreements.code, code));
    if (taken) throw new AppError('prevention_code_taken', 409);
    const { code: _c, ...rest } = input;
    const [row] = await tx
      .insert(preventionAgreements)
      .values({ ...rest, code })
      .returning({ id: preventionAgreements.id });
    await audit(tx, {
      actor: who(ctx),
      action: 'create',
      entity: 'prevention_agreement',
      entityId: row!.id,
      ip: ctx.ip,
    });
    return row!.id;
  });
  return getAgreement(deps, id);
}

export async function updateAgreement(
  deps: AppDeps,
  ctx: Ctx,
  id: string,
  input: Omit<AgreementInput, 'code'> & { version: number },
): Promise<Agreement> {
  await deps.db.transaction(async (tx) => {
    const [current] = await tx.select().from(preventionAgreements).where(eq(preventionAgreements.id, id)).for('update');
    if (!current) throw notFound();
    if (current.version !== input.version) throw conflict({ version: current.version });
    const { version: _v, ...rest } = input;
    await tx
      .update(preventionAgreements)
      .set({ ...rest, version: current.version + 1, updatedAt: new Date() })
      .where(eq(preventionAgreements.id, id));
    await audit(tx, { actor: who(ctx), action: 'update', entity: 'prevention_agreement', entityId: id, ip: ctx.ip });
  });
  return getAgreement(deps, id);
}

export async function addCommitment(
  deps: AppDeps,
  ctx: Ctx,
  agreementId: string,
  input: { text: string; plannedActions: number; dueOn: string | null },
): Promise<Agreement> {
  await deps.db.transaction(async (tx) => {
    const [a] = await tx
      .select({ id: preventionAgreements.id })
      .from(preventionAgreements)
      .where(eq(preventionAgreements.id, agreementId));
    if (!a) throw notFound();
    const [row] = await tx
      .insert(preventionCommitments)
      .values({ agreementId, ...input })
      .returning({ id: preventionCommitments.id });
    await audit(tx, {
      actor: who(ctx),
      action: 'create',
      entity: 'prevention_commitment',
      entityId: row!.id,
      ip: ctx.ip,
      details: { agreementId },
    });
  });
  return getAgreement(deps, agreementId);
}

export async function addAgreementAction(
  deps: AppDeps,
  ctx: Ctx,
  agreementId: string,
  input: { on: string; description: string; commitmentId: string | null },
): Promise<Agreement> {
  await deps.db.transaction(async (tx) => {
    const [a] = await tx
      .select({ id: preventionAgreements.id })
      .from(preventionAgreements)
      .where(eq(preventionAgreements.id, agreementId));
    if (!a) throw notFound();
    if (input.commitmentId) {
      const [c] = await tx
        .select({ id: preventionCommitments.id })
        .from(preventionCommitments)
        .where(
          and(eq(preventionCommitments.id, input.commitmentId), eq(preventionCommitments.agreementId, agreementId)),
        );
      if (!c) throw notFound({ commitmentId: input.commitmentId });
    }
    const [row] = await tx
      .insert(preventionAgreementActions)
      .values({ agreementId, ...input })
      .returning({ id: preventionAgreementActions.id });
    await audit(tx, {
      actor: who(ctx),
      action: 'create',
      entity: 'prevention_agreement_action',
      entityId: row!.id,
      ip: ctx.ip,
      details: { agreementId },
    });
  });
  return getAgreement(deps, agreementId);
}

// ---- liaison activities ----

function liaisonOut(found: NonNullable<Awaited<ReturnType<typeof findLiaison>>>): Liaison {
  const r = found.row;
  return {
    id: r.id,
    code: r.code,
    kind: r.kind,
    on: r.on,
    institution: r.institution,
    title: r.title,
    international: r.international,
    description: r.description,
    agreementId: r.agreementId,
    photos: found.photos,
    version: r.version,
  };
}

export async function getLiaison(deps: AppDeps, id: string): Promise<Liaison> {
  const found = await findLiaison(deps.db, id);
  if (!found) throw notFound();
  return liaisonOut(found);
}

const LIAISON_PREFIX = { event: 'EV', meeting: 'RE', community: 'CO', international: 'INT' } as const;

export async function createLiaison(deps: AppDeps, ctx: Ctx, input: LiaisonInput): Promise<Liaison> {
  const id = await deps.db.transaction(async (tx) => {
    const code = input.code ?? (await nextCode(tx, 'liaison', LIAISON_PREFIX[input.kind], input.on.slice(0, 4)));
    const [taken] = await tx
      .select({ id: preventionLiaisonActivities.id })
      .from(preventionLiaisonActivities)
      .where(eq(preventionLiaisonActivities.code, code));
    if (taken) throw new AppError('prevention_code_taken', 409);
    const { code: _c, ...rest } = input;
    const [row] = await tx
      .insert(preventionLiaisonActivities)
      .values({ ...rest, code })
      .returning({ id: preventionLiaisonActivities.id });
    await audit(tx, {
      actor: who(ctx),
      action: 'create',
      entity: 'prevention_liaison',
      entityId: row!.id,
      ip: ctx.ip,
      details: { kind: input.kind },
    });
    return row!.id;
  });
  return getLiaison(deps, id);
}

export async function updateLiaison(
  deps: AppDeps,
  ctx: Ctx,
  id: string,
  input: Omit<LiaisonInput, 'code'> & { version: number },
): Promise<Liaison> {
  await deps.db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(preventionLiaisonActivities)
      .where(eq(preventionLiaisonActivities.id, id))
      .for('update');
    if (!current) throw notFound();
    if (current.version !== input.version) throw conflict({ version: current.version });
    const { version: _v, ...rest } = input;
    await tx
      .update(preventionLiaisonActivities)
      .set({ ...rest, version: current.version + 1, updatedAt: new Date() })
      .where(eq(preventionLiaisonActivities.id, id));
    await audit(tx, { actor: who(ctx), action: 'update', entity: 'prevention_liaison', entityId: id, ip: ctx.ip });
  });
  return getLiaison(deps, id);
}

export async function deleteLiaison(deps: AppDeps, ctx: Ctx, id: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const rows = await tx
      .delete(preventionLiaisonActivities)
      .where(eq(preventionLiaisonActivities.id, id))
      .returning({ id: preventionLiaisonActivities.id });
    if (rows.length === 0) throw notFound();
    await audit(tx, { actor: who(ctx), action: 'delete', entity: 'prevention_liaison', entityId: id, ip: ctx.ip });
  });
}

// ---- photos ----

export type PhotoOwner = { activityId: string } | { liaisonId: string };

/** Stores a cleaned photo on a public activity; refuses activities linked to a case measure. */
export async function addPhoto(deps: AppDeps, ctx: Ctx, owner: PhotoOwner, caption: string, raw: Buffer) {
  const clean = cleanPhoto(raw);
  if (!clean) throw new AppError('prevention_photo_invalid', 400);
  return deps.db.transaction(async (tx) => {
    if ('activityId' in owner) {
      const [a] = await tx
        .select({ measureId: preventionActivities.measureId })
        .from(preventionActivities)
        .where(eq(preventionActivities.id, owner.activityId))
        .for('update');
      if (!a) throw notFound();
      if (a.measureId) throw new AppError('prevention_photo_not_allowed', 400);
    } else {
      const [l] = await tx
        .select({ id: preventionLiaisonActivities.id })
        .from(preventionLiaisonActivities)
        .where(eq(preventionLiaisonActivities.id, owner.liaisonId));
      if (!l) throw notFound();
    }
    const [row] = await tx
      .insert(preventionPhotos)
      .values({
        ...('activityId' in owner ? { activityId: owner.activityId } : { liaisonId: owner.liaisonId }),
        caption,
        mime: clean.mime,
        size: clean.bytes.length,
        sha256: clean.sha256,
        bytes: clean.bytes,
      })
      .returning({ id: preventionPhotos.id });
    await audit(tx, {
      actor: who(ctx),
      action: 'create',
      entity: 'prevention_photo',
      entityId: row!.id,
      ip: ctx.ip,
      details: { ...owner, size: clean.bytes.length, sha256: clean.sha256 },
    });
    return { id: row!.id, caption, mime: clean.mime, size: clean.bytes.length, sha256: clean.sha256 };
  });
}

export async function getPhoto(deps: AppDeps, id: string) {
  const [row] = await deps.db.select().from(preventionPhotos).where(eq(preventionPhotos.id, id)).limit(1);
  if (!row) throw notFound();
  return row;
}

export async function deletePhoto(deps: AppDeps, ctx: Ctx, id: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const rows = await tx
      .delete(preventionPhotos)
      .where(eq(preventionPhotos.id, id))
      .returning({ id: preventionPhotos.id });
    if (rows.length === 0) throw notFound();
    await audit(tx, { actor: who(ctx), action: 'delete', entity: 'prevention_photo', entityId: id, ip: ctx.ip });
  });
}

export type { ActivityRow };
