import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import type { Config } from '../../config.js';
import { AppError } from './errors.js';

/** Deepest JSON nesting any route accepts; real bodies stay under 10. */
export const MAX_JSON_DEPTH = 32;
/** Sign-in, second factor and password routes take a few short fields. */
export const AUTH_BODY_LIMIT = 16 * 1024;

/**
 * Depth of JSON text without parsing it: one linear pass, skipping strings. A 1 MB body of nested
 * arrays is refused in milliseconds, before JSON.parse builds millions of objects.
 */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > max) return true;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return false;
}

/** The URL as logged: path only. Query strings carry searches (names of people at risk). */
export function pathOnly(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

/** pino serializers: the request without its query string (Fastify's default logs `req.url` whole). */
export const logSerializers = {
  req(req: FastifyRequest) {
    return {
      method: req.method,
      url: pathOnly(req.url),
      host: req.host,
      remoteAddress: req.ip,
      remotePort: req.socket?.remotePort,
    };
  },
};

/** Fastify's `trustProxy`: only the configured proxies' X-Forwarded-For is believed; never `true`. */
export function trustProxyOption(config: Pick<Config, 'trustedProxies'>): string[] | false {
  return config.trustedProxies.length ? config.trustedProxies : false;
}

/**
 * Register before the routes: per-route body limits, a JSON parser that refuses deep nesting before
 * parsing, and `Cache-Control: no-store` on every API response (they hold personal data; a shared
 * computer or proxy must not keep them).
 */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function registerHardening(app: FastifyInstance, _deps: Pick<AppDeps, 'config'>): void {
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/auth/') && route.bodyLimit === undefined) route.bodyLimit = AUTH_BODY_LIMIT;
  });

  // Fastify's own JSON parser (empty-body and prototype-poisoning checks), behind a cheap depth check.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, raw, done) => {
    let body: string;
    try {
      body = strictUtf8.decode(raw as Buffer); // invalid bytes would otherwise become U+FFFD silently
    } catch {
      return done(
        new AppError('validation_failed', 400, [{ path: 'body', message: 'El contenido no es texto UTF-8 válido.' }]),
        undefined,
      );
    }
    if (jsonDepthExceeds(body, MAX_JSON_DEPTH)) {
      return done(
        new AppError('validation_failed', 400, [
          { path: 'body', message: `El contenido tiene más de ${MAX_JSON_DEPTH} niveles de anidación.` },
        ]),
        undefined,
      );
    }
    return parseJson(req, body, done);
  });

  app.addHook('onSend', async (req, reply) => {
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
}
