import type { App, AppDeps } from '../deps.js';
import { authRoutes } from './auth.routes.js';
import { usersRoutes } from './users.routes.js';

/** Every /api route of platform/auth: sign-in and 2FA (/auth/...) and user administration (/admin/users...). */
export async function authPlatformRoutes(app: App, deps: AppDeps): Promise<void> {
  await authRoutes(app, deps);
  await usersRoutes(app, deps);
}
