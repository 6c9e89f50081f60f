import { and, eq, inArray, sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { CaseCanData } from '../../../common/features/cases.contract.js';
import type { Role } from '../../../common/roles.js';
import type { Database } from '../../db/client.js';
import { statementFor } from '../../db/statements.js';
import type { Actor } from '../../platform/auth/session.js';
import { auditNow } from '../../platform/audit/audit.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import { rolesAllow } from '../../platform/access/policies.js';
import { caseAssignments, caseDetails, caseLeads } from './cases.schema.js';
import { cases } from '../../records/records.schema.js';

/**
 * Record-level access to cases (on top of the route policies in policies.ts):
 * - identities (beneficiaries and every encrypted text) and writes: users assigned to the case,
 *   or cdemp leads (a `case_leads` row AND the cdemp role; admins grant it);
 * - everyone else the route policy lets in sees the case without identities.
 */
export interface RequestContext {
  actor: Actor;
  ip: string;
}

export const ctxOf = (req: FastifyRequest): RequestContext => ({ actor: req.actor!, ip: req.ip });

export const auditActor = (actor: Actor) => ({ userId: actor.userId, username: actor.username });

export async function isLead(db: Database, actor: Actor): Promise<boolean> {
  if (!actor.roles.includes('cdemp')) return false;
  const [row] = await db
    .select({ u: caseLeads.userId })
    .from(caseLeads)
    .where(eq(caseLeads.userId, actor.userId))
    .limit(1);
  return row !== undefined;
}

/**
 * What the actor may do on a case page: the route policies plus the record-level rules the services
 * enforce (writes need identity access; records of a concluded case are frozen; leads assign).
 * The one place the web's buttons come from.
 */
export function caseCan(
  roles: readonly Role[],
  c: { identities: boolean; lead: boolean; concluded: boolean; nextStatuses: readonly string[] },
): CaseCanData {
  const write = c.identities && rolesAllow('cases.write', roles);
  return {
    edit: write,
    changeStatus: write && c.nextStatuses.length > 0,
    close: write && c.nextStatuses.includes('concluded'),
    assign: write && c.lead && rolesAllow('cases.assign', roles),
    editRecords: write && !c.concluded,
  };
}

/** SQL condition "the user is assigned to cases.id"; the user may be a placeholder of a built statement. */
export function assignedSql(userId: string | Placeholder): SQL {
  return sql`exists (select 1 from ${caseAssignments} where ${caseAssignments.caseId} = ${cases.id} and ${caseAssignments.userId} = ${userId})`;
}

/** SQL condition "the actor may see identities of cases.id" to put in a where clause. */
export function identityScope(actor: Actor, lead: boolean): SQL {
  return lead ? sql`true` : assignedSql(actor.userId);
}

export async function isAssigned(db: Database, actor: Actor, caseId: string): Promise<boolean> {
  const [row] = await db
    .select({ u: caseAssignments.userId })
    .from(caseAssignments)
    .where(and(eq(caseAssignments.caseId, caseId), eq(caseAssignments.userId, actor.userId)))
    .limit(1);
  return row !== undefined;
}

export async function canSeeIdentities(db: Database, actor: Actor, caseId: string): Promise<boolean> {
  return (await isLead(db, actor)) || (await isAssigned(db, actor, caseId));
}

/**
 * The case, its details and the actor's access to its identities (lead or assigned), in one
 * statement: the case page's first round trip. Not found when the case does not exist.
 */
export async function caseWithAccess(db: Database, actor: Actor, caseId: string) {
  const asCdemp = actor.roles.includes('cdemp');
  const statement = statementFor(db, `case_with_access:${asCdemp}`, () => caseWithAccessStatement(db, asCdemp));
  const [row] = await statement.execute({ caseId, userId: actor.userId });
  if (!row) throw notFound();
  const lead = Boolean(row.lead);
  return { c: row.c, details: row.details, lead, identities: lead || Boolean(row.assigned) };
}

/** Only a cdemp user can be a lead (the role is part of the rule), so the lead check has two shapes. */
function caseWithAccessStatement(db: Database, asCdemp: boolean) {
  const userId = sql.placeholder('userId');
  const leadSql = asCdemp
    ? sql<boolean>`exists (select 1 from ${caseLeads} where ${caseLeads.userId} = ${userId})`
    : sql<boolean>`false`;
  return db
    .select({
      c: cases,
      details: caseDetails,
      lead: leadSql,
      assigned: assignedSql(userId), // the same condition the lists use
    })
    .from(cases)
    .leftJoin(caseDetails, eq(caseDetails.caseId, cases.id))
    .where(eq(cases.id, sql.placeholder('caseId')))
    .limit(1)
    .prepare('case_with_access');
}

export async function requireCaseExists(db: Database, caseId: string) {
  const [row] = await db.select().from(cases).where(eq(cases.id, caseId)).limit(1);
  if (!row) throw notFound();
  return row;
}

/** A record-level refusal: audited like the guard's policy refusals, then thrown. */
export async function deny(
  db: Database,
  ctx: RequestContext,
  code: 'case_not_assigned' | 'case_lead_required',
  entityId: string | null,
): Promise<never> {
  await auditNow(db, {
    actor: auditActor(ctx.actor),
    action: 'access_denied',
    entity: 'case',
    entityId,
    ip: ctx.ip,
    details: { reason: code },
  });
  throw new AppError(code, 403);
}

/** Identities and writes: the case must exist and the actor be assigned to it or a lead. */
export async function requireCaseAccess(db: Database, ctx: RequestContext, caseId: string) {
  const row = await requireCaseExists(db, caseId);
  if (!(await canSeeIdentities(db, ctx.actor, caseId))) await deny(db, ctx, 'case_not_assigned', caseId);
  return row;
}

/** Bulk check for many cases at once (quick action entry): throws unless all are accessible. */
export async function requireAccessToAll(db: Database, ctx: RequestContext, caseIds: string[]): Promise<void> {
  const { actor } = ctx;
  if (caseIds.length === 0 || (await isLead(db, actor))) return;
  const rows = await db
    .select({ caseId: caseAssignments.caseId })
    .from(caseAssignments)
    .where(and(eq(caseAssignments.userId, actor.userId), inArray(caseAssignments.caseId, caseIds)));
  const allowed = new Set(rows.map((r) => r.caseId));
  const refused = [...new Set(caseIds)].filter((id) => !allowed.has(id));
  if (refused.length > 0) await deny(db, ctx, 'case_not_assigned', refused.join(',').slice(0, 200));
}

export function todayInMexicoCity(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Mexico_City',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
