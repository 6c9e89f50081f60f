import crypto from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requiresSecondFactor } from '../../../common/roles.js';
import type { Database } from '../../db/client.js';
import { auditNow } from '../audit/audit.js';
import { AppError } from '../http/errors.js';
import { loadSession, SESSION_COOKIE, type Actor } from '../auth/session.js';
import { isPolicyName, rolesAllow, type PolicyName } from './policies.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: PolicyName;
    /** The route that lets a person whose password was reset choose a new one (see the guard). */
    passwordChange?: boolean;
  }
  interface FastifyRequest {
    actor?: Actor;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

export const isApiUrl = (url: string) => url === '/api' || url.startsWith('/api/');

/**
 * Deny by default: every /api route must declare a policy (checked when routes are registered),
 * and every request is authenticated and authorised before its input is even parsed.
 */
export function registerAccessGuard(app: FastifyInstance, db: Database): void {
  app.addHook('onRoute', (route) => {
    if (!isApiUrl(route.url)) return;
    const policy = (route.config as { policy?: unknown } | undefined)?.policy;
    if (!isPolicyName(policy)) {
      throw new Error(`La ruta ${route.method} ${route.url} no declara una política de acceso válida (config.policy).`);
    }
  });

  app.addHook('onRequest', async (req: FastifyRequest) => {
    const policy = req.routeOptions.config?.policy;
    if (!isApiUrl(req.routeOptions.url ?? '') || !policy) return; // static files and 404s
    const token = req.cookies?.[SESSION_COOKIE];
    if (token) req.actor = (await loadSession(db, token)) ?? undefined;
    if (policy === 'public') return;
    const actor = req.actor;
    if (!actor) throw new AppError('unauthenticated', 401);
    if (UNSAFE.has(req.method)) {
      const header = req.headers['x-csrf-token'];
      if (typeof header !== 'string' || !safeEqual(header, actor.csrfToken)) throw new AppError('csrf_failed', 403);
    }
    if (policy === 'auth.pending') return;
    if (requiresSecondFactor(actor.roles) && !actor.secondFactorVerified)
      throw new AppError('second_factor_required', 403);
    // After an admin reset, nothing but the password change until a new password is chosen.
    if (actor.mustChangePassword !== false && !req.routeOptions.config?.passwordChange) {
      throw new AppError('password_change_required', 403);
    }
    if (!rolesAllow(policy, actor.roles)) {
      await auditNow(db, {
        actor: { userId: actor.userId, username: actor.username },
        action: 'access_denied',
        entity: 'route',
        entityId: `${req.method} ${req.routeOptions.url}`,
        ip: req.ip,
        details: { policy },
      });
      throw new AppError('forbidden', 403);
    }
  });
}
