// /api/auth: sign-in, second factor, enrolment, sign-out, me. Thin: rules live in auth.service.ts.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  ChangePasswordBody,
  EnrolmentConfirmBody,
  EnrolmentConfirmResponse,
  EnrolmentStartResponse,
  MeResponse,
  SecondFactorBody,
  SignInBody,
  SignInResponse,
} from '../../../common/auth.contract.js';
import type { App, AppDeps } from '../deps.js';
import { createAuthService, type SessionResult } from './auth.service.js';
import { SESSION_COOKIE, sessionCookieOptions } from './session.js';
import { changeOwnPassword } from './users.service.js';

export async function authRoutes(app: App, deps: AppDeps): Promise<void> {
  const service = createAuthService(deps);
  // Anonymous sign-in failures go to the trail as one summary a minute, not one entry each.
  const flush = () => service.flushAnonymousFailures().catch(() => undefined);
  const timer = setInterval(flush, 60_000);
  timer.unref();
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await flush();
  });
  const client = (req: FastifyRequest) => ({ ip: req.ip, userAgent: req.headers['user-agent'] ?? null });
  const setSession = (reply: FastifyReply, s: SessionResult) =>
    reply.setCookie(SESSION_COOKIE, s.token, sessionCookieOptions(deps.config.https, s.expiresAt));
  const clearSession = (reply: FastifyReply) =>
    reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(deps.config.https));

  app.post(
    '/auth/sign-in',
    {
      config: { policy: 'public' },
      schema: { body: SignInBody, response: { 200: SignInResponse } },
    },
    async (req, reply) => {
      const s = await service.signIn(req.body, client(req), req.actor?.sessionId);
      setSession(reply, s);
      return { stage: s.stage, csrfToken: s.csrfToken };
    },
  );

  app.post(
    '/auth/totp/verify',
    {
      config: { policy: 'auth.pending' },
      schema: { body: SecondFactorBody, response: { 200: SignInResponse } },
    },
    async (req, reply) => {
      const s = await service.verifySecondFactor(req.actor!, req.body, client(req));
      setSession(reply, s);
      return { stage: s.stage, csrfToken: s.csrfToken };
    },
  );

  app.post(
    '/auth/totp/enrol/start',
    {
      config: { policy: 'auth.pending' },
      schema: { response: { 200: EnrolmentStartResponse } },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store'); // carries the secret
      return service.startEnrolment(req.actor!);
    },
  );

  app.post(
    '/auth/totp/enrol/confirm',
    {
      config: { policy: 'auth.pending' },
      schema: { body: EnrolmentConfirmBody, response: { 200: EnrolmentConfirmResponse } },
    },
    async (req, reply) => {
      const s = await service.confirmEnrolment(req.actor!, req.body.code, client(req));
      setSession(reply, s);
      reply.header('cache-control', 'no-store');
      return { recoveryCodes: s.recoveryCodes, csrfToken: s.csrfToken };
    },
  );

  app.get(
    '/auth/me',
    {
      config: { policy: 'auth.pending' },
      schema: { response: { 200: MeResponse } },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return service.me(req.actor!);
    },
  );

  app.post(
    '/auth/sign-out',
    { config: { policy: 'auth.pending' }, schema: { response: { 204: z.null() } } },
    async (req, reply) => {
      await service.signOut(req.actor!, client(req), false);
      clearSession(reply);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/sign-out-everywhere',
    { config: { policy: 'authenticated' }, schema: { response: { 204: z.null() } } },
    async (req, reply) => {
      await service.signOut(req.actor!, client(req), true);
      clearSession(reply);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/password',
    {
      // Reachable while the password must be changed (after an admin reset); still needs the second factor.
      config: { policy: 'authenticated', passwordChange: true },
      schema: { body: ChangePasswordBody, response: { 204: z.null() } },
    },
    async (req, reply) => {
      await changeOwnPassword(deps.db, req.actor!, req.body, req.ip);
      return reply.status(204).send(null);
    },
  );
}
