// Record-level access of the bodies module, on top of the route policies.
import type { FastifyRequest } from 'fastify';
import { policies } from '../../../common/features.js';
import type { Database } from '../../db/client.js';
import type { Actor } from '../../platform/auth/session.js';
import { auditNow } from '../../platform/audit/audit.js';
import { AppError } from '../../platform/http/errors.js';
import type { BodyRow } from './bodies.queries.js';

export interface BodiesContext {
  actor: Actor;
  ip: string;
}

export const ctxOf = (req: FastifyRequest): BodiesContext => ({ actor: req.actor!, ip: req.ip });
export const auditActor = (actor: Actor) => ({ userId: actor.userId, username: actor.username });

/** The roles that may see cases (cdemp, dg) also see the CEM's agendas, agreements and documents. */
export const seesCases = (actor: Actor) => actor.roles.some((r) => policies['cases.read'].includes(r));

export const canSeeRestricted = (body: Pick<BodyRow, 'restrictedAgenda'>, actor: Actor) =>
  !body.restrictedAgenda || seesCases(actor);

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
  if (!canSeeRestricted(body, ctx.actor)) await refuse(db, ctx, 'bodies_restricted', entityId);
}

export function todayInMexicoCity(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Mexico_City',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
