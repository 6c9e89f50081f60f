import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { registry as defaultRegistry } from './features/index.js';
import type { FeatureRegistry } from './features/manifest.js';
import { registerAccessGuard } from './platform/access/guard.js';
import type { Config } from './config.js';
import type { App, AppDeps } from './platform/deps.js';
import { registerAuditSealer } from './platform/audit/sealer.js';
import { registerErrorHandler } from './platform/http/error-handler.js';
import { logSerializers, registerHardening, trustProxyOption } from './platform/http/hardening.js';
import { registerNulGuard } from './platform/http/nul-guard.js';
import { registerResponseContractCheck } from './platform/http/response-contract.js';
import { registerWebApp } from './platform/http/web.js';
import { platformRoutes } from './platform/routes.js';
import { setValidationLanguage } from '../common/validation-messages.js';

// Validation messages of every route in plain Spanish (the product's language on the server).
setValidationLanguage('es');

export type { App, AppDeps };

export interface BuildOptions {
  /** The features to register; all of the product's by default. */
  registry?: FeatureRegistry;
  /** false in tests; a pino options object otherwise. */
  logger?: boolean | object;
}

/** Personal data never reaches the logs: request bodies are not logged, and these paths are redacted. */
export const logRedactPaths = [
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  '*.password',
  '*.name',
  '*.email',
  '*.phone',
];

export const loggerOptions = (config: Config) => ({
  level: config.logLevel,
  redact: { paths: logRedactPaths, censor: '[oculto]' },
  serializers: logSerializers,
});

export async function buildApp(deps: AppDeps, options: BuildOptions = {}): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? loggerOptions(deps.config),
    bodyLimit: 5 * 1024 * 1024,
    trustProxy: trustProxyOption(deps.config),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  registerNulGuard(app);
  registerHardening(app, deps);
  registerAuditSealer(app, deps);

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"], // Mantine injects style attributes
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: deps.config.https ? [] : null,
      },
    },
    hsts: deps.config.https ? { maxAge: 31536000, includeSubDomains: true } : false,
    frameguard: { action: 'deny' },
  });
  await app.register(rateLimit, {
    max: deps.config.rateLimitPerMinute,
    timeWindow: '1 minute',
    errorResponseBuilder: () => ({
      statusCode: 429,
      error: { code: 'rate_limited', message: 'Demasiadas solicitudes. Espere un momento e intente de nuevo.' },
    }),
  });

  // API docs are generated from the same zod schemas that validate requests.
  await app.register(swagger, {
    openapi: { info: { title: 'Salvaguarda API', version: '1' } },
    transform: jsonSchemaTransform,
  });
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs'))
      route.config = { ...(route.config ?? {}), policy: 'authenticated' } as typeof route.config;
  });
  registerAccessGuard(app, deps.db);
  registerResponseContractCheck(app);
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  await app.register(async (scope) => platformRoutes(scope as App, deps), { prefix: '/api' });
  const registry = options.registry ?? defaultRegistry;
  for (const feature of registry.manifests) {
    const routes = feature.routes;
    if (routes) await app.register(async (scope) => routes(scope as App, deps, registry), { prefix: '/api' });
  }
  await registerWebApp(app);
  return app;
}
