// Helpers for the auth tests: real users (argon2 passwords) and real sign-ins through the API.
import type { Role } from '../../../common/roles.js';
import type { TestContext } from '../../../../tests/support/context.js';
import { createUser } from './users.service.js';

export const GOOD_PASSWORD = 'lámpara-río-verde-93';
let n = 0;

export async function makeUser(ctx: TestContext, roles: Role[], password = GOOD_PASSWORD) {
  const username = `persona.${roles.join('-')}.${++n}`;
  const user = await createUser(
    ctx.deps.db,
    { username, displayName: `Persona ficticia ${n}`, roles, password },
    { actor: null },
    { mustChangePassword: false }, // an existing account that already chose its password
  );
  return { ...user, password };
}

export interface Browser {
  cookie: string;
  csrf: string;
}

/** The session cookie set by a response (name=value), or '' when none. */
export function sessionCookie(res: { headers: Record<string, unknown> }): string {
  const raw = res.headers['set-cookie'];
  const list = Array.isArray(raw) ? raw : raw ? [String(raw)] : [];
  const found = list.map(String).find((c) => c.startsWith('sg_session=') && !c.startsWith('sg_session=;'));
  return found ? found.split(';')[0]! : '';
}

export function post(ctx: TestContext, url: string, body: unknown, b?: Browser, ip = '127.0.0.1') {
  return ctx.app.inject({
    method: 'POST',
    url,
    payload: body as object,
    remoteAddress: ip,
    headers: b ? { cookie: b.cookie, 'x-csrf-token': b.csrf } : {},
  });
}

export function get(ctx: TestContext, url: string, b?: Browser) {
  return ctx.app.inject({ method: 'GET', url, headers: b ? { cookie: b.cookie } : {} });
}

export async function signIn(ctx: TestContext, username: string, password: string, ip = '127.0.0.1') {
  const res = await post(ctx, '/api/auth/sign-in', { username, password }, undefined, ip);
  const browser: Browser = { cookie: sessionCookie(res), csrf: res.statusCode === 200 ? res.json().csrfToken : '' };
  return { res, browser };
}
