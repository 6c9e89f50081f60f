// The one context every service receives: `service(ctx, input)`. Routes build it from the request;
// tests and commands build it directly. Services take what they need from it and nothing else.
import type { FastifyRequest } from 'fastify';
import type { Database } from '../db/client.js';
import { audit, type AuditEntry } from './audit/audit.js';
import type { Actor } from './auth/session.js';
import type { FieldCrypto } from './crypto/fields.js';
import type { AppDeps } from './deps.js';

export interface ServiceContext {
  db: Database;
  crypto: FieldCrypto;
  /** The signed-in person. */
  actor: Actor;
  ip: string | null;
  now(): Date;
  /** Appends an audit entry as this actor, inside the given transaction. */
  audit(tx: Database, entry: Omit<AuditEntry, 'actor' | 'ip'>): Promise<void>;
}

export function serviceContext(deps: Pick<AppDeps, 'db' | 'crypto'>, actor: Actor, ip: string | null): ServiceContext {
  return {
    db: deps.db,
    crypto: deps.crypto,
    actor,
    ip,
    now: () => new Date(),
    audit: (tx, entry) => audit(tx, { ...entry, actor: { userId: actor.userId, username: actor.username }, ip }),
  };
}

/** The context of an authenticated request (the access guard has set req.actor). */
export function requestContext(deps: Pick<AppDeps, 'db' | 'crypto'>, req: FastifyRequest): ServiceContext {
  if (!req.actor) throw new Error('requestContext on a route without an authenticated actor');
  return serviceContext(deps, req.actor, req.ip);
}
