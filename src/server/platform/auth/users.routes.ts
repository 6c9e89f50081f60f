// /api/admin/users: user administration for the `admin` role (policy users.admin). Every change audited.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  AdminUser,
  CreateUserBody,
  ResetPasswordBody,
  SetRolesBody,
  UserIdParams,
} from '../../../common/auth.contract.js';
import type { App, AppDeps } from '../deps.js';
import {
  createUser,
  listUsers,
  resetPassword,
  resetTotp,
  setDisabled,
  setRoles,
  type ChangeContext,
} from './users.service.js';

const ctx = (req: FastifyRequest): ChangeContext => ({
  actor: { userId: req.actor!.userId, username: req.actor!.username },
  ip: req.ip,
});
const one = { 200: AdminUser };

export async function usersRoutes(app: App, { db }: AppDeps): Promise<void> {
  const policy = { policy: 'users.admin' as const };

  app.get(
    '/admin/users',
    { config: policy, schema: { response: { 200: z.object({ items: z.array(AdminUser) }) } } },
    async () => ({ items: await listUsers(db) }),
  );

  app.post(
    '/admin/users',
    { config: policy, schema: { body: CreateUserBody, response: { 201: AdminUser } } },
    async (req, reply) => reply.status(201).send(await createUser(db, req.body, ctx(req))),
  );

  app.put(
    '/admin/users/:id/roles',
    { config: policy, schema: { params: UserIdParams, body: SetRolesBody, response: one } },
    async (req) => setRoles(db, req.params.id, req.body.roles, ctx(req)),
  );

  app.post(
    '/admin/users/:id/disable',
    { config: policy, schema: { params: UserIdParams, response: one } },
    async (req) => setDisabled(db, req.params.id, true, ctx(req)),
  );

  app.post(
    '/admin/users/:id/enable',
    { config: policy, schema: { params: UserIdParams, response: one } },
    async (req) => setDisabled(db, req.params.id, false, ctx(req)),
  );

  app.post(
    '/admin/users/:id/reset-password',
    { config: policy, schema: { params: UserIdParams, body: ResetPasswordBody, response: one } },
    async (req) => resetPassword(db, req.params.id, req.body.password, ctx(req)),
  );

  app.post(
    '/admin/users/:id/reset-totp',
    { config: policy, schema: { params: UserIdParams, response: one } },
    async (req) => resetTotp(db, req.params.id, ctx(req)),
  );
}
