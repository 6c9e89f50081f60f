import { z } from 'zod';
import type { App, AppDeps } from './deps.js';
import { auditRoutes } from './audit/audit.routes.js';
import { authPlatformRoutes } from './auth/index.js';

/** Platform routes that are not a domain feature. Auth routes are registered by platform/auth. */
export async function platformRoutes(app: App, deps: AppDeps): Promise<void> {
  app.get(
    '/health',
    {
      config: { policy: 'public' },
      schema: { response: { 200: z.object({ status: z.literal('ok'), engine: z.string() }) } },
    },
    async () => ({ status: 'ok' as const, engine: deps.engine }),
  );
  await auditRoutes(app, deps);
  await authPlatformRoutes(app, deps);
}
