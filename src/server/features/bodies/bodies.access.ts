// Record-level access of the bodies module, on top of the route policies.
import type { FastifyRequest } from 'fastify';
import { policies } from '../../../common/features.js';
import type { Database } from '../../db/client.js';
import type { Actor } from '../../platform/auth/session.js';
import { auditNow } from '../../platform/audit/audit.js';
import { AppError } from '../../platform/http/errors.js';
import { isLead } from '../cases/access.js';
import type { BodyRow } from './bodies.queries.js';

export interface BodiesContext {
  actor: Actor;
  ip: string;
}

export const ctxOf = (req: FastifyRequest): BodiesContext => ({ actor: req.actor!, ip: req.ip });
export const auditActor = (actor: Actor) => ({ userId: actor.userId, username: actor.username });

/** The roles that may see cases (cdemp, dg). */
export const seesCases = (actor: Actor) => actor.roles.some((r) => policies['cases.read'].includes(r));

/**
 * A restricted agenda (the CEM's) names the people of many cases, so it is seen by those who answer
 * for every case: the Dirección General, which presides the council, and the case leads; other case
 * staff (who see only their assigned cases) get counts, like every other role.
 */
export async function canSeeRestricted(
  db: Database,
  body: Pick<BodyRow, 'restrictedAgenda'>,
  actor: Actor,
): Promise<boolean> {
  return !body.restrictedAgenda || (seesCases(actor) && (actor.roles.includes('dg') || (await isLead(db, actor))));
}

/** The Dirección General and the body's own technical secretariat write; the rest read. */
export const canWrite = (body: Pick<BodyRow, 'secretariatRoles'>, actor: Actor) =>
  actor.roles.some((r) => r === 'dg' || body.secretariatRoles.includes(r));

async function refuse(
  db: Database,
  ctx: BodiesContext,
  code: 'bodies_not_secretariat' | 'bodies_restricted',
  entityId: string,
) {
  await auditNow(db, {
    actor: auditActor(ctx.actor),
    action: 'access_denied',
    entity: 'body',
    entityId,
    ip: ctx.ip,
    details: { reason: code },
  });
  throw new AppError(code, 403);
}

export async function requireWrite(db: Database, ctx: BodiesContext, body: BodyRow): Promise<void> {
  if (!canWrite(body, ctx.actor)) await refuse(db, ctx, 'bodies_not_secretariat', body.code);
}

export async function requireRestrictedAccess(db: Database, ctx: BodiesContext, body: BodyRow, entityId: string) {
  if (!(await canSeeRestricted(db, body, ctx.actor))) await refuse(db, ctx, 'bodies_restricted', entityId);
}

export function todayInMexicoCity(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Mexico_City',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
