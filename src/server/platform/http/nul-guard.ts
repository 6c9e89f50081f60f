import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.js';

/** A NUL, or half of a UTF-16 surrogate pair without its other half (JSON allows `"\ud800"`). */
// eslint-disable-next-line no-control-regex -- NUL is exactly what is looked for
const BAD_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function findNul(value: unknown, path: string, depth = 0): string | null {
  if (depth > 64) return null;
  if (typeof value === 'string') return BAD_TEXT.test(value) ? path : null;
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
 * PostgreSQL text cannot hold NUL characters, and a lone surrogate would be stored silently as
 * U+FFFD: either way what was sent is not what is kept. Refuse both up front, for every route, with
 * a clear validation error.
 */
export function registerNulGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    const hit = findNul(req.body, 'body') ?? findNul(req.query, 'querystring') ?? findNul(req.params, 'params');
    if (hit) {
      throw new AppError('validation_failed', 400, [
        { path: hit, message: 'El texto contiene caracteres no permitidos (NUL o un carácter Unicode incompleto).' },
      ]);
    }
  });
}
