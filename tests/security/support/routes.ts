import type { FastifyInstance, RouteOptions } from 'fastify';
import type { ZodType } from 'zod';
import type * as GuardModule from '../../../src/server/platform/access/guard.js';
import type { PolicyName } from '../../../src/server/platform/access/policies.js';

/**
 * Every API route the app registers, seen through the same `onRoute` event the access guard uses,
 * so the security suites follow whatever routes the features add — no hand-written list.
 * Use from a test file with:
 *   vi.mock('../../src/server/platform/access/guard.js', async (orig) =>
 *     (await import('./support/routes.js')).withRouteCollector(await orig()));
 */
export interface ApiRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  policy: PolicyName | undefined;
  schema: { params?: ZodType; querystring?: ZodType; body?: ZodType; response?: Record<string, ZodType> };
  /** Answers with a file, not JSON (config.fileResponse): the one way to go without a response schema. */
  fileResponse: boolean;
}

const collected = new Map<string, ApiRoute>();

export function withRouteCollector(original: typeof GuardModule): typeof GuardModule {
  return {
    ...original,
    registerAccessGuard(app: FastifyInstance, db: Parameters<typeof GuardModule.registerAccessGuard>[1]) {
      app.addHook('onRoute', (route: RouteOptions) => {
        if (!original.isApiUrl(route.url)) return;
        const methods = Array.isArray(route.method) ? route.method : [route.method];
        for (const m of methods) {
          if (m === 'HEAD' || m === 'OPTIONS') continue; // HEAD mirrors GET
          const schema = (route.schema ?? {}) as ApiRoute['schema'];
          collected.set(`${m} ${route.url}`, {
            method: m as ApiRoute['method'],
            url: route.url,
            policy: (route.config as { policy?: PolicyName } | undefined)?.policy,
            schema: {
              params: schema.params,
              querystring: schema.querystring,
              body: schema.body,
              response: schema.response,
            },
            fileResponse: (route.config as { fileResponse?: boolean } | undefined)?.fileResponse === true,
          });
        }
      });
      original.registerAccessGuard(app, db);
    },
  };
}

export function apiRoutes(): ApiRoute[] {
  return [...collected.values()].sort((a, b) => `${a.url} ${a.method}`.localeCompare(`${b.url} ${b.method}`));
}

/** The names of a route's path parameters (`:id`, `:subId`, a trailing `*`). */
export function paramNames(url: string): string[] {
  return [...url.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]!).concat(url.includes('*') ? ['*'] : []);
}

/** Fills a route pattern; values are URL-encoded. Regex constraints (`:id(^\\d+)`) are dropped. */
export function fillUrl(url: string, values: Record<string, string> | ((name: string) => string)): string {
  const get = typeof values === 'function' ? values : (n: string) => values[n] ?? 'x';
  const filled = url.replace(/:([A-Za-z0-9_]+)(\([^)]*\))?/g, (_, n: string) => encodeURIComponent(get(n)));
  return filled.includes('*') ? filled.replace('*', encodeURIComponent(get('*'))) : filled;
}

export const isUnsafe = (m: string) => m !== 'GET';

/** Error codes only the access guard produces: seeing one means the guard stopped the request. */
export const GUARD_CODES = ['unauthenticated', 'forbidden', 'second_factor_required', 'csrf_failed'];

export function errorCode(body: string): string | undefined {
  try {
    return (JSON.parse(body) as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
}
