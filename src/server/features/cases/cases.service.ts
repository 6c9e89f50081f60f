import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppDeps } from '../../platform/deps.js';
import { audit } from '../../platform/audit/audit.js';
import { users } from '../../platform/auth/auth.schema.js';
import { AppError, badRequest, conflict } from '../../platform/http/errors.js';
import { auditActor, deny, isLead, requireCaseAccess, todayInMexicoCity, type RequestContext } from './access.js';
import type {
  AssignmentsInput,
  CaseCreate,
  CaseUpdate,
  StatusChange,
} from '../../../common/features/cases.contract.js';
import { caseAssignments, caseDetails, caseStatusChanges } from './cases.schema.js';
import { cases } from '../../records/records.schema.js';
import { nextFolio } from './folio.service.js';
import { canTransition, type CaseStatus } from './lifecycle.js';

type Deps = Pick<AppDeps, 'db'>;

/** Status of a case; cases imported without details get one derived from the core columns. */
export const statusSql = sql<string>`coalesce(${caseDetails.status}, case when ${cases.closedOn} is not null then 'concluded' else 'follow_up' end)`;

export async function createCase({ db }: Deps, ctx: RequestContext, input: z.infer<typeof CaseCreate>) {
  return db.transaction(async (tx) => {
    const folio = await nextFolio(tx, Number(input.openedOn.slice(0, 4)));
    const [row] = await tx
      .insert(cases)
      .values({
        folio,
        kind: input.kind,
        procedure: input.procedure ?? null,
        profile: input.profile,
        identity: input.identity,
        openedOn: input.openedOn,
      })
      .returning();
    const id = row!.id;
    await tx.insert(caseDetails).values({
      caseId: id,
      status: 'request_received',
      location: input.location ?? null,
      requestReceivedAt: input.requestReceivedAt ? new Date(input.requestReceivedAt) : new Date(),
      createdBy: ctx.actor.userId,
    });
    await tx
      .insert(caseStatusChanges)
      .values({ caseId: id, fromStatus: null, toStatus: 'request_received', byUserId: ctx.actor.userId });
    // The person who registers a case works it: assigned from the start.
    await tx.insert(caseAssignments).values({ caseId: id, userId: ctx.actor.userId, assignedBy: ctx.actor.userId });
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'create',
      entity: 'case',
      entityId: id,
      ip: ctx.ip,
      details: { folio, kind: input.kind },
    });
    return { id, folio, version: row!.version };
  });
}

/** Bumps cases.version when it still equals `version`; 409 when someone else changed it first. */
export async function bumpCaseVersion(
  tx: Deps['db'],
  caseId: string,
  version: number,
  set: Partial<typeof cases.$inferInsert> = {},
) {
  const [row] = await tx
    .update(cases)
    .set({ ...set, version: sql`${cases.version} + 1`, updatedAt: new Date() })
    .where(and(eq(cases.id, caseId), eq(cases.version, version)))
    .returning({ version: cases.version });
  if (!row) throw conflict();
  return row.version;
}

export async function updateCase({ db }: Deps, ctx: RequestContext, caseId: string, input: z.infer<typeof CaseUpdate>) {
  const current = await requireCaseAccess(db, ctx, caseId);
  if (input.procedure && current.kind !== 'incorporation')
    throw badRequest('validation_failed', [
      { path: 'procedure', message: 'Sólo las incorporaciones tienen procedimiento.' },
    ]);
  if (input.openedOn && current.closedOn && input.openedOn > current.closedOn) {
    throw badRequest('validation_failed', [
      { path: 'openedOn', message: 'La fecha de apertura es posterior a la de conclusión.' },
    ]);
  }
  return db.transaction(async (tx) => {
    const { version: _v, location, ...core } = input;
    const version = await bumpCaseVersion(tx, caseId, input.version, core);
    if (location !== undefined) {
      await tx
        .insert(caseDetails)
        .values({ caseId, location })
        .onConflictDoUpdate({ target: caseDetails.caseId, set: { location, updatedAt: new Date() } });
    }
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'update',
      entity: 'case',
      entityId: caseId,
      ip: ctx.ip,
      details: { fields: Object.keys(input).filter((k) => k !== 'version') },
    });
    return { id: caseId, version };
  });
}

export async function changeStatus(
  { db }: Deps,
  ctx: RequestContext,
  caseId: string,
  input: z.infer<typeof StatusChange>,
) {
  const current = await requireCaseAccess(db, ctx, caseId);
  const [st] = await db
    .select({ status: statusSql })
    .from(cases)
    .leftJoin(caseDetails, eq(caseDetails.caseId, cases.id))
    .where(eq(cases.id, caseId));
  const from = st!.status as CaseStatus;
  if (!canTransition(current.kind, from, input.to))
    throw new AppError('invalid_transition', 409, { from, to: input.to });
  let closedOn: string | null = null;
  if (input.to === 'concluded') {
    if (!input.closingReason) throw badRequest('case_closing_reason_required');
    closedOn = input.closedOn ?? todayInMexicoCity();
    if (closedOn < current.openedOn)
      throw badRequest('validation_failed', [
        { path: 'closedOn', message: 'La fecha de conclusión es anterior a la apertura.' },
      ]);
  }
  return db.transaction(async (tx) => {
    const version = await bumpCaseVersion(tx, caseId, input.version, input.to === 'concluded' ? { closedOn } : {});
    const set = { status: input.to, closingReason: input.closingReason ?? null, updatedAt: new Date() };
    await tx
      .insert(caseDetails)
      .values({ caseId, ...set })
      .onConflictDoUpdate({ target: caseDetails.caseId, set });
    await tx
      .insert(caseStatusChanges)
      .values({ caseId, fromStatus: from, toStatus: input.to, byUserId: ctx.actor.userId });
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'status_change',
      entity: 'case',
      entityId: caseId,
      ip: ctx.ip,
      details: { from, to: input.to },
    });
    return { id: caseId, version, status: input.to };
  });
}

/** Leads decide who works a case; assignees must be protection staff (cdemp) or dg. */
export async function setAssignments(
  { db }: Deps,
  ctx: RequestContext,
  caseId: string,
  input: z.infer<typeof AssignmentsInput>,
) {
  if (!(await isLead(db, ctx.actor))) await deny(db, ctx, 'case_lead_required', caseId);
  await requireCaseAccess(db, ctx, caseId);
  const ids = [...new Set(input.userIds)];
  if (ids.length > 0) {
    const staff = await db
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          inArray(users.id, ids),
          sql`${users.disabledAt} is null`,
          sql`${users.roles} && array['cdemp','dg']::text[]`,
        ),
      );
    if (staff.length !== ids.length) throw badRequest('case_assignee_not_staff');
  }
  await db.transaction(async (tx) => {
    await tx.delete(caseAssignments).where(eq(caseAssignments.caseId, caseId));
    if (ids.length > 0)
      await tx.insert(caseAssignments).values(ids.map((userId) => ({ caseId, userId, assignedBy: ctx.actor.userId })));
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'assign',
      entity: 'case',
      entityId: caseId,
      ip: ctx.ip,
      details: { userIds: ids },
    });
  });
  return { userIds: ids };
}

/** Staff that can be assigned (for the picker): display names only, never personal case data. */
export async function listStaff({ db }: Deps) {
  return db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(and(sql`${users.disabledAt} is null`, sql`${users.roles} && array['cdemp','dg']::text[]`))
    .orderBy(users.displayName);
}
