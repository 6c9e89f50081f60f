import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.js';

function findNul(value: unknown, path: string, depth = 0): string | null {
  if (depth > 64) return null;
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findNul(value[i], `${path}[${i}]`, depth + 1);
      if (hit) return hit;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const hit = findNul(k, `${path}.${k}`, depth + 1) ?? findNul(v, `${path}.${k}`, depth + 1);
      if (hit) return hit;
    }
  }
  return null;
}

/**
 * PostgreSQL text cannot hold NUL characters: a string with one would fail deep in the database.
 * Refuse it up front, for every route, with a clear validation error.
 */
export function registerNulGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    const hit = findNul(req.body, 'body') ?? findNul(req.query, 'querystring') ?? findNul(req.params, 'params');
    if (hit) {
      throw new AppError('validation_failed', 400, [
        { path: hit, message: 'El texto contiene caracteres no permitidos (NUL).' },
      ]);
    }
  });
}
