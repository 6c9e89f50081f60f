import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { errorMessages, type ErrorBody, type ErrorCode } from '../../../common/errors.js';
import { AppError } from './errors.js';

function body(code: ErrorCode, details?: unknown, message?: string): ErrorBody {
  return {
    error: {
      code,
      message: message ?? errorMessages[code],
      ...(details === undefined ? {} : { details }),
    },
  };
}

/** SQLSTATE of a database error, whether raw (postgres.js, PGlite) or wrapped by Drizzle. */
function sqlState(err: unknown): string | undefined {
  for (
    let e = err as { code?: unknown; cause?: unknown } | undefined, i = 0;
    e && i < 4;
    e = e.cause as typeof e, i++
  ) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}

/**
 * A safety net under the zod schemas: values the database itself refuses (out-of-range numbers,
 * impossible dates, duplicates, violated checks) are the client's input, so they get a 4xx.
 */
function databaseErrorBody(state: string): { status: number; body: ErrorBody } | undefined {
  if (state === '23505') return { status: 409, body: body('already_exists') };
  if (state === '40001' || state === '40P01') return { status: 409, body: body('conflict') };
  if (state.startsWith('22') || state === '23514' || state === '23502' || state === '23503') {
    return { status: 400, body: body('validation_failed') };
  }
  return undefined;
}

/** Stable JSON errors with Spanish messages; never a stack trace, never a raw driver error. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      return reply.status(err.statusCode).send(body(err.code, err.details, err.message));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        path: `${err.validationContext ?? ''}${v.instancePath || ''}`.replace(/\//g, '.'),
        message: v.message ?? 'inválido',
      }));
      return reply.status(400).send(body('validation_failed', details));
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ err: { message: err.message, code: err.code } }, 'response did not match its schema');
      return reply.status(500).send(body('internal_error'));
    }
    const state = sqlState(err);
    const mapped = state ? databaseErrorBody(state) : undefined;
    if (mapped) return reply.status(mapped.status).send(mapped.body);
    const status = err.statusCode ?? 500;
    if (status === 413) return reply.status(413).send(body('payload_too_large'));
    if (status === 415) return reply.status(415).send(body('unsupported_media_type'));
    if (status === 429) return reply.status(429).send(body('rate_limited'));
    if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err instanceof SyntaxError) {
      return reply.status(400).send(body('invalid_json'));
    }
    if (status >= 400 && status < 500) return reply.status(status).send(body('bad_request'));
    // Log only the message and code: errors from the database may quote personal data in their detail.
    req.log.error({ err: { message: err.message, code: err.code, name: err.name } }, 'unhandled error');
    return reply.status(500).send(body('internal_error'));
  });

  app.setNotFoundHandler((req, reply) => reply.status(404).send(body('not_found')));
}
