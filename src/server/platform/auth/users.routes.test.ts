import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { auditLog } from '../audit/audit.schema.js';
import { get, makeUser, post, signIn } from './auth.testkit.js';

let ctx: TestContext;
let admin: TestClient;
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signInAs(['admin']);
});
afterAll(async () => ctx?.close());

const audited = async (action: string, entityId: string) =>
  ctx.deps.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));

describe('user administration is for admin only', () => {
  it('denies every user route to the other roles (and to anonymous people)', async () => {
    const target = await makeUser(ctx, ['board']);
    const routes: [string, string, object?][] = [
      ['GET', '/api/admin/users'],
      [
        'POST',
        '/api/admin/users',
        { username: 'otra.persona', displayName: 'Otra', roles: ['admin'], password: 'frase-larga-del-bosque' },
      ],
      ['PUT', `/api/admin/users/${target.id}/roles`, { roles: ['admin'] }],
      ['POST', `/api/admin/users/${target.id}/disable`],
      ['POST', `/api/admin/users/${target.id}/reset-password`, { password: 'frase-larga-del-bosque' }],
      ['POST', `/api/admin/users/${target.id}/reset-totp`],
    ];
    for (const role of ['dg', 'cdemp', 'legal', 'caf', 'transparency', 'planning', 'board'] as const) {
      const client = await ctx.signInAs([role]);
      for (const [method, url, body] of routes) {
        const res = await (method === 'GET'
          ? client.get(url)
          : method === 'PUT'
            ? client.put(url, body as never)
            : client.post(url, body as never));
        expect(res.statusCode, `${role} ${method} ${url}`).toBe(403);
        expect(res.json().error.code).toBe('forbidden');
      }
    }
    expect((await ctx.anonymous().get('/api/admin/users')).statusCode).toBe(401);
    // The target was not changed by any of those attempts.
    const list = (await admin.get('/api/admin/users')).json().items as {
      id: string;
      roles: string[];
      disabled: boolean;
    }[];
    expect(list.find((u) => u.id === target.id)).toMatchObject({ roles: ['board'], disabled: false });
  });
});

describe('admin changes users, each change audited', () => {
  it('creates a user who can then sign in, and refuses weak passwords, bad names and duplicates', async () => {
    const body = {
      username: 'Nueva.Persona',
      displayName: 'Nueva Persona',
      roles: ['planning'],
      password: 'el-cielo-de-xochimilco',
    };
    const res = await admin.post('/api/admin/users', body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      username: 'nueva.persona',
      roles: ['planning'],
      disabled: false,
      totpEnrolled: false,
    });
    expect(JSON.stringify(res.json())).not.toMatch(/argon2|passwordHash/);
    expect(await audited('create', res.json().id)).toHaveLength(1);
    const first = await signIn(ctx, 'nueva.persona', body.password);
    expect(first.res.statusCode).toBe(200);
    // The admin chose this password: the person must replace it before anything else.
    expect((await get(ctx, '/api/auth/me', first.browser)).json().mustChangePassword).toBe(true);
    expect((await get(ctx, '/api/cases/stats', first.browser)).json().error.code).toBe('password_change_required');
    const same = await post(
      ctx,
      '/api/auth/password',
      { currentPassword: body.password, newPassword: body.password },
      first.browser,
    );
    expect(same.statusCode).toBe(400);
    expect(same.json().error.details[0]).toMatchObject({
      path: 'newPassword',
      message: expect.stringMatching(/distinta/),
    });
    const own = { currentPassword: body.password, newPassword: 'mi-propia-frase-del-bosque' };
    expect((await post(ctx, '/api/auth/password', own, first.browser)).statusCode).toBe(204);
    expect((await get(ctx, '/api/cases/stats', first.browser)).statusCode).toBe(200);

    const dup = await admin.post('/api/admin/users', body);
    expect(dup.statusCode).toBe(409);
    const weak = await admin.post('/api/admin/users', {
      ...body,
      username: 'otra.persona',
      password: 'otra.persona.123',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe('weak_password');
    expect(weak.json().error.details[0].message).toMatch(/nombre de usuario/);
    const badName = await admin.post('/api/admin/users', { ...body, username: 'con espacios' });
    expect(badName.statusCode).toBe(400);
    expect(badName.json().error.code).toBe('validation_failed');
    const badRole = await admin.post('/api/admin/users', { ...body, username: 'rol.malo', roles: ['root'] });
    expect(badRole.statusCode).toBe(400);
  });

  it("changing roles ends the person's sessions so new rights start from a fresh sign-in", async () => {
    const user = await makeUser(ctx, ['legal']);
    const { browser } = await signIn(ctx, user.username, user.password);
    const res = await admin.put(`/api/admin/users/${user.id}/roles`, { roles: ['legal', 'cdemp'] });
    expect(res.statusCode).toBe(200);
    expect(res.json().roles).toEqual(['legal', 'cdemp']);
    expect((await get(ctx, '/api/auth/me', browser)).statusCode).toBe(401);
    // Now a cdemp, they must enrol TOTP.
    expect((await signIn(ctx, user.username, user.password)).res.json().stage).toBe('enrolment_required');
    const [entry] = await audited('update_roles', user.id);
    expect(entry?.details).toEqual({ from: ['legal'], to: ['legal', 'cdemp'] });
  });

  it('disables and enables; resets the password (old one stops working) and the 2FA', async () => {
    const user = await makeUser(ctx, ['dg']);
    expect((await admin.post(`/api/admin/users/${user.id}/disable`)).json().disabled).toBe(true);
    expect((await signIn(ctx, user.username, user.password)).res.statusCode).toBe(403);
    expect((await admin.post(`/api/admin/users/${user.id}/enable`)).json().disabled).toBe(false);
    const reset = await admin.post(`/api/admin/users/${user.id}/reset-password`, {
      password: 'tres-volcanes-y-un-lago',
    });
    expect(reset.statusCode).toBe(200);
    expect((await signIn(ctx, user.username, user.password)).res.statusCode).toBe(401);
    expect((await signIn(ctx, user.username, 'tres-volcanes-y-un-lago')).res.statusCode).toBe(200);
    expect((await admin.post(`/api/admin/users/${user.id}/reset-totp`)).json().totpEnrolled).toBe(false);
    for (const action of ['disable', 'enable', 'reset_password', 'reset_totp']) {
      expect(await audited(action, user.id), action).toHaveLength(1);
    }
  });

  it('never removes the last enabled admin', async () => {
    const solo = await createTestContext();
    try {
      const only = await solo.signInAs(['admin']);
      const res = await only.put(`/api/admin/users/${only.user.id}/roles`, { roles: ['dg'] });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('last_admin');
      expect((await only.post(`/api/admin/users/${only.user.id}/disable`)).json().error.code).toBe('last_admin');
    } finally {
      await solo.close();
    }
  });

  it('answers 400/404 JSON for bad ids and bodies', async () => {
    expect((await admin.post('/api/admin/users/not-a-uuid/disable')).statusCode).toBe(400);
    const missing = await admin.post('/api/admin/users/00000000-0000-4000-8000-000000000000/disable');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
    const empty = await admin.put(`/api/admin/users/${admin.user.id}/roles`, { roles: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details[0].message).toBe('Asigne al menos un rol.');
  });
});

describe('a password reset by an admin must be changed before anything else', () => {
  it('answers 403 password_change_required until the person chooses a new password, then lets them through', async () => {
    const user = await makeUser(ctx, ['board']);
    const before = await signIn(ctx, user.username, user.password);
    expect((await get(ctx, '/api/cases/stats', before.browser)).statusCode).toBe(200);
    const temporary = 'tres-volcanes-y-un-lago';
    expect((await admin.post(`/api/admin/users/${user.id}/reset-password`, { password: temporary })).statusCode).toBe(
      200,
    );

    const { browser } = await signIn(ctx, user.username, temporary);
    // Reads and writes alike are refused, and the refusal names the reason.
    for (const res of [
      await get(ctx, '/api/cases/stats', browser),
      await post(ctx, '/api/auth/sign-out-everywhere', {}, browser),
    ]) {
      expect(res.statusCode).toBe(403);
      expect(res.json().error).toMatchObject({
        code: 'password_change_required',
        message: 'Debe cambiar su contraseña antes de continuar.',
      });
    }
    // What a sign-in in progress may reach still works.
    const me = await get(ctx, '/api/auth/me', browser);
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ stage: 'signed_in', mustChangePassword: true });

    // Keeping the password the admin set is refused (it used to be accepted).
    const kept = await post(ctx, '/api/auth/password', { currentPassword: temporary, newPassword: temporary }, browser);
    expect(kept.statusCode).toBe(400);
    expect((await get(ctx, '/api/auth/me', browser)).json().mustChangePassword).toBe(true);
    // The password change itself is reachable, with the usual checks (current password, CSRF).
    expect(
      (
        await post(
          ctx,
          '/api/auth/password',
          { currentPassword: 'no-es-la-contraseña', newPassword: 'otra-frase-larga-del-mar' },
          browser,
        )
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await post(
          ctx,
          '/api/auth/password',
          { currentPassword: temporary, newPassword: 'otra-frase-larga-del-mar' },
          { ...browser, csrf: 'x' },
        )
      ).statusCode,
    ).toBe(403);
    const changed = await post(
      ctx,
      '/api/auth/password',
      { currentPassword: temporary, newPassword: 'otra-frase-larga-del-mar' },
      browser,
    );
    expect(changed.statusCode).toBe(204);

    // Same session, now through.
    expect((await get(ctx, '/api/cases/stats', browser)).statusCode).toBe(200);
    expect((await get(ctx, '/api/auth/me', browser)).json().mustChangePassword).toBe(false);
  });

  it('still asks a role that needs it for the second factor first', async () => {
    const user = await makeUser(ctx, ['dg']);
    const temporary = 'cuatro-volcanes-y-un-lago';
    expect((await admin.post(`/api/admin/users/${user.id}/reset-password`, { password: temporary })).statusCode).toBe(
      200,
    );
    const { browser } = await signIn(ctx, user.username, temporary);
    const res = await post(
      ctx,
      '/api/auth/password',
      { currentPassword: temporary, newPassword: 'otra-frase-larga-del-mar' },
      browser,
    );
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('second_factor_required');
    expect((await get(ctx, '/api/auth/me', browser)).statusCode).toBe(200);
  });
});
