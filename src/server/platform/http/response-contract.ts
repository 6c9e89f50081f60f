import type { FastifyInstance, RouteOptions } from 'fastify';
import { isApiUrl } from '../access/guard.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route answers with a file (CSV, XLSX, PDF, ZIP…), not JSON: there is nothing for a response
     * schema to strip. Declaring it is the only way for an /api route to go without `schema.response`.
     */
    fileResponse?: boolean;
  }
}

/** Why a route breaks the contract rule, or null when it keeps it. */
export function responseContractProblem(route: Pick<RouteOptions, 'url' | 'schema' | 'config'>): string | null {
  if (!isApiUrl(route.url) || route.url.startsWith('/api/docs')) return null;
  if ((route.config as { fileResponse?: boolean } | undefined)?.fileResponse === true) return null;
  const response = (route.schema as { response?: Record<string, unknown> } | undefined)?.response;
  if (!response || Object.keys(response).length === 0) return 'no declara schema.response';
  return null;
}

/**
 * Every /api route declares the shape of what it answers (schema.response, zod), so the serializer
 * strips whatever a service returns beyond it: a field added by mistake never reaches the client.
 * A route without one makes the app refuse to start, naming the route.
 */
export function registerResponseContractCheck(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const problem = responseContractProblem(route);
    if (!problem) return;
    const methods = Array.isArray(route.method) ? route.method.join(',') : route.method;
    throw new Error(`La ruta ${methods} ${route.url} ${problem} (o config.fileResponse si responde con un archivo).`);
  });
}
