import { eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.js';
import { auditLog } from '../audit/audit.schema.js';
import { GOOD_PASSWORD, get, makeUser, post, signIn, sessionCookie, type Browser } from './auth.testkit.js';
import { totpCodeAt } from './totp.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

const auditActions = async (entityId: string) =>
  (await ctx.deps.db.select().from(auditLog).where(eq(auditLog.entityId, entityId))).map((r) => r.action);

/** Signs in a cdemp/admin person and enrols TOTP through the API, as the web does. */
async function enrolled(roles: ('cdemp' | 'admin')[]) {
  const user = await makeUser(ctx, roles);
  const { res, browser } = await signIn(ctx, user.username, user.password);
  expect(res.json().stage).toBe('enrolment_required');
  const start = await post(ctx, '/api/auth/totp/enrol/start', {}, browser);
  expect(start.statusCode).toBe(200);
  const { secret, qrDataUrl, otpauthUrl } = start.json();
  expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);
  expect(otpauthUrl).toContain(encodeURIComponent(user.username));
  const confirm = await post(ctx, '/api/auth/totp/enrol/confirm', { code: totpCodeAt(secret, Date.now()) }, browser);
  expect(confirm.statusCode).toBe(200);
  const full: Browser = { cookie: sessionCookie(confirm), csrf: confirm.json().csrfToken };
  return {
    user,
    secret: secret as string,
    recoveryCodes: confirm.json().recoveryCodes as string[],
    pending: browser,
    full,
  };
}

describe('password sign-in', () => {
  it('refuses a wrong password and an unknown user alike, and audits both', async () => {
    const user = await makeUser(ctx, ['legal']);
    const wrong = await signIn(ctx, user.username, 'not-the-password-at-all');
    const unknown = await signIn(ctx, 'nadie.existe', 'not-the-password-at-all');
    for (const r of [wrong.res, unknown.res]) {
      expect(r.statusCode).toBe(401);
      expect(r.json().error).toMatchObject({
        code: 'invalid_credentials',
        message: 'Usuario o contraseña incorrectos.',
      });
      expect(sessionCookie(r)).toBe('');
    }
    expect(await auditActions(user.id)).toContain('sign_in_failed');
  });

  it('signs a person without 2FA role straight in, case-insensitively, and rotates the session', async () => {
    const user = await makeUser(ctx, ['legal']);
    const first = await signIn(ctx, user.username.toUpperCase(), user.password);
    expect(first.res.statusCode).toBe(200);
    expect(first.res.json().stage).toBe('signed_in');
    const cookieHeader = String(first.res.headers['set-cookie']);
    expect(cookieHeader).toMatch(/HttpOnly/);
    expect(cookieHeader).toMatch(/SameSite=Strict/);
    const me = await get(ctx, '/api/auth/me', first.browser);
    expect(me.json()).toMatchObject({
      stage: 'signed_in',
      totpRequired: false,
      user: { username: user.username, roles: ['legal'] },
    });
    // Signing in again from the same browser replaces the old session instead of keeping it.
    const second = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: user.username, password: user.password },
      headers: { cookie: first.browser.cookie },
    });
    expect(sessionCookie(second)).not.toBe(first.browser.cookie);
    expect((await get(ctx, '/api/auth/me', first.browser)).statusCode).toBe(401);
    expect(await auditActions(user.id)).toContain('sign_in');
  });

  it('slows a guesser down instead of locking: never 423, and the person still signs in', async () => {
    const user = await makeUser(ctx, ['caf']);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await signIn(ctx, user.username, `wrong-password-${i}`, '10.1.0.1')).res.statusCode);
    // Three free attempts, then a wait before the next one is even evaluated.
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    const slowed = await signIn(ctx, user.username, user.password, '10.1.0.1');
    expect(slowed.res.statusCode).toBe(429);
    expect(slowed.res.json().error.code).toBe('too_many_attempts');
    expect(slowed.res.json().error.details.retryAfterSeconds).toBeLessThanOrEqual(2);
    // The stranger's failures do not lock the person out: from their own address they sign in.
    expect((await signIn(ctx, user.username, user.password, '10.1.0.2')).res.statusCode).toBe(200);
    expect(await auditActions(user.id)).not.toContain('account_locked');
  });

  it('answers an unknown username exactly as a known one, attempt after attempt (no account discovery)', async () => {
    const user = await makeUser(ctx, ['caf']);
    const answers = async (username: string, ip: string) => {
      const out: string[] = [];
      for (let i = 0; i < 7; i++) {
        const { res } = await signIn(ctx, username, `wrong-password-${i}`, ip);
        const body = res.json();
        out.push(`${res.statusCode} ${body.error.code} ${body.error.details?.retryAfterSeconds ?? ''}`);
      }
      return out;
    };
    const known = await answers(user.username, '10.6.0.1');
    const unknown = await answers('nadie.existe.aqui', '10.6.0.2');
    expect(unknown).toEqual(known);
    expect(known.some((a) => a.startsWith('423'))).toBe(false);
  });

  it('takes about as long for an unknown username as for a wrong password (a dummy hash is checked)', async () => {
    const user = await makeUser(ctx, ['caf']);
    const median = async (username: string, base: number) => {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        await signIn(ctx, username, 'wrong-password', `10.7.${base}.${i}`);
        times.push(performance.now() - started);
      }
      return times.sort((a, b) => a - b)[2]!;
    };
    const known = await median(user.username, 1);
    const unknown = await median('nadie.tampoco', 2);
    // Without the dummy hash an unknown name answers in about 1 ms against tens of ms for a real check.
    expect(unknown).toBeGreaterThan(known * 0.4);
    expect(unknown).toBeLessThan(known * 2.5);
  });

  it('counts parallel wrong passwords one by one; none locks the account', async () => {
    const user = await makeUser(ctx, ['caf']);
    const results = await Promise.all(
      [0, 1, 2, 3, 4, 5].map((i) => signIn(ctx, user.username, `wrong-password-${i}`, '10.5.0.1')),
    );
    expect(results.map((r) => r.res.statusCode).filter((c) => c !== 401 && c !== 429)).toEqual([]);
    expect((await signIn(ctx, user.username, `wrong-password-x`, '10.5.0.1')).res.statusCode).toBe(429);
    expect((await signIn(ctx, user.username, user.password, '10.5.0.2')).res.statusCode).toBe(200);
  });

  it('slows an address down after 20 failures, whoever it targets, without touching other addresses', async () => {
    const user = await makeUser(ctx, ['planning']);
    for (let i = 0; i < 21; i++) await signIn(ctx, `nadie.${i}`, 'not-the-password-at-all', '10.2.0.1');
    const slowed = await signIn(ctx, user.username, user.password, '10.2.0.1');
    expect(slowed.res.statusCode).toBe(429);
    expect(slowed.res.json().error.code).toBe('too_many_attempts');
    expect(slowed.res.json().error.details.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect((await signIn(ctx, user.username, user.password, '10.2.0.2')).res.statusCode).toBe(200);
  });

  it('refuses a disabled account that knows its password', async () => {
    const admin = await ctx.signInAs(['admin']);
    const user = await makeUser(ctx, ['board']);
    expect((await admin.post(`/api/admin/users/${user.id}/disable`)).statusCode).toBe(200);
    const res = (await signIn(ctx, user.username, user.password)).res;
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('account_disabled');
  });
});

describe('second factor', () => {
  it('holds a cdemp person at enrolment: nothing else is reachable until TOTP is verified', async () => {
    const user = await makeUser(ctx, ['cdemp', 'admin']);
    const { browser } = await signIn(ctx, user.username, user.password);
    const denied = await get(ctx, '/api/admin/users', browser);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('second_factor_required');
    expect((await post(ctx, '/api/auth/sign-out-everywhere', {}, browser)).json().error.code).toBe(
      'second_factor_required',
    );
    expect((await get(ctx, '/api/auth/me', browser)).json()).toMatchObject({
      stage: 'enrolment_required',
      totpEnrolled: false,
      totpRequired: true,
    });
  });

  it('enrols with a QR secret, gives 10 recovery codes and a new, complete session', async () => {
    const e = await enrolled(['cdemp', 'admin']);
    expect(e.recoveryCodes).toHaveLength(10);
    expect((await get(ctx, '/api/auth/me', e.pending)).statusCode).toBe(401); // the pending session was replaced
    expect((await get(ctx, '/api/auth/me', e.full)).json()).toMatchObject({ stage: 'signed_in', totpEnrolled: true });
    expect((await get(ctx, '/api/admin/users', e.full)).statusCode).toBe(200);
    // Enrolment cannot be restarted over an existing one (a stolen password cannot replace the phone).
    expect((await post(ctx, '/api/auth/totp/enrol/start', {}, e.full)).statusCode).toBe(409);
    expect(await auditActions(e.user.id)).toContain('totp_enrolled');
  });

  it('asks enrolled people for a code at sign-in; a wrong code fails, the right one opens the session', async () => {
    const e = await enrolled(['cdemp']);
    const { res, browser } = await signIn(ctx, e.user.username, GOOD_PASSWORD);
    expect(res.json().stage).toBe('totp_required');
    const wrong = await post(
      ctx,
      '/api/auth/totp/verify',
      { code: '000000' === totpCodeAt(e.secret, Date.now() + 30_000) ? '111111' : '000000' },
      browser,
    );
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('invalid_second_factor');
    const ok = await post(ctx, '/api/auth/totp/verify', { code: totpCodeAt(e.secret, Date.now() + 30_000) }, browser);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().stage).toBe('signed_in');
    const full = { cookie: sessionCookie(ok), csrf: ok.json().csrfToken };
    expect((await get(ctx, '/api/auth/me', full)).json().stage).toBe('signed_in');
  });

  it('locks the second factor after 5 wrong codes and ends the pending session (no brute force of 6 digits)', async () => {
    const e = await enrolled(['cdemp']);
    const { browser } = await signIn(ctx, e.user.username, GOOD_PASSWORD, '10.3.0.1');
    const valid = new Set([-30_000, 0, 30_000].map((d) => totpCodeAt(e.secret, Date.now() + d)));
    const wrongCodes = ['000000', '111111', '222222', '333333', '444444', '555555', '666666']
      .filter((c) => !valid.has(c))
      .slice(0, 5);
    const statuses: number[] = [];
    for (const code of wrongCodes)
      statuses.push((await post(ctx, '/api/auth/totp/verify', { code }, browser, '10.3.0.1')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    expect((await get(ctx, '/api/auth/me', browser)).statusCode).toBe(401);
    // The password step reveals nothing (only the holder of the password reaches the code step)...
    const again = await signIn(ctx, e.user.username, GOOD_PASSWORD, '10.3.0.2');
    expect(again.res.json().stage).toBe('totp_required');
    // ...and the code step stays locked, even for the right code.
    const right = await post(
      ctx,
      '/api/auth/totp/verify',
      { code: totpCodeAt(e.secret, Date.now()) },
      again.browser,
      '10.3.0.2',
    );
    expect(right.statusCode).toBe(423);
  });

  it('does not reset the count of wrong codes when the password is entered again', async () => {
    const e = await enrolled(['cdemp']);
    const valid = new Set([-30_000, 0, 30_000].map((d) => totpCodeAt(e.secret, Date.now() + d)));
    const wrong = ['000000', '111111', '222222', '333333', '444444', '555555', '666666', '777777'].filter(
      (c) => !valid.has(c),
    );
    const statuses: number[] = [];
    for (const batch of [wrong.slice(0, 3), wrong.slice(3, 5)]) {
      const { browser } = await signIn(ctx, e.user.username, GOOD_PASSWORD, '10.4.0.1');
      for (const code of batch)
        statuses.push((await post(ctx, '/api/auth/totp/verify', { code }, browser, '10.4.0.1')).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
  });

  it('accepts a recovery code exactly once', async () => {
    const e = await enrolled(['cdemp']);
    const code = e.recoveryCodes[4]!;
    const first = await signIn(ctx, e.user.username, GOOD_PASSWORD);
    expect((await post(ctx, '/api/auth/totp/verify', { recoveryCode: code }, first.browser)).statusCode).toBe(200);
    const second = await signIn(ctx, e.user.username, GOOD_PASSWORD);
    const reuse = await post(ctx, '/api/auth/totp/verify', { recoveryCode: code }, second.browser);
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json().error.code).toBe('invalid_second_factor');
    expect(
      (await post(ctx, '/api/auth/totp/verify', { recoveryCode: e.recoveryCodes[5]! }, second.browser)).statusCode,
    ).toBe(200);
  });
});

describe('sessions and CSRF', () => {
  it('rejects a write without the CSRF header and accepts it with the header', async () => {
    const user = await makeUser(ctx, ['transparency']);
    const { browser } = await signIn(ctx, user.username, user.password);
    const noHeader = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie: browser.cookie },
    });
    expect(noHeader.statusCode).toBe(403);
    expect(noHeader.json().error.code).toBe('csrf_failed');
    const wrongHeader = await post(ctx, '/api/auth/sign-out', {}, { ...browser, csrf: 'x'.repeat(32) });
    expect(wrongHeader.json().error.code).toBe('csrf_failed');
    expect((await post(ctx, '/api/auth/sign-out', {}, browser)).statusCode).toBe(204);
    expect((await get(ctx, '/api/auth/me', browser)).statusCode).toBe(401);
  });

  it('signs out everywhere: every session of the person ends, others are untouched', async () => {
    const user = await makeUser(ctx, ['planning']);
    const other = await makeUser(ctx, ['planning']);
    const a = (await signIn(ctx, user.username, user.password)).browser;
    const b = (await signIn(ctx, user.username, user.password)).browser;
    const c = (await signIn(ctx, other.username, other.password)).browser;
    expect((await post(ctx, '/api/auth/sign-out-everywhere', {}, a)).statusCode).toBe(204);
    expect((await get(ctx, '/api/auth/me', a)).statusCode).toBe(401);
    expect((await get(ctx, '/api/auth/me', b)).statusCode).toBe(401);
    expect((await get(ctx, '/api/auth/me', c)).statusCode).toBe(200);
    expect(await auditActions(user.id)).toContain('sign_out_everywhere');
  });

  it('lets a person change their own password, ending their other sessions', async () => {
    const user = await makeUser(ctx, ['board']);
    const a = (await signIn(ctx, user.username, user.password)).browser;
    const b = (await signIn(ctx, user.username, user.password)).browser;
    const weak = await post(ctx, '/api/auth/password', { currentPassword: user.password, newPassword: 'short' }, a);
    expect(weak.json().error.code).toBe('weak_password');
    const res = await post(
      ctx,
      '/api/auth/password',
      { currentPassword: user.password, newPassword: 'otra-frase-larga-del-bosque' },
      a,
    );
    expect(res.statusCode).toBe(204);
    expect((await get(ctx, '/api/auth/me', a)).statusCode).toBe(200);
    expect((await get(ctx, '/api/auth/me', b)).statusCode).toBe(401);
    expect((await signIn(ctx, user.username, 'otra-frase-larga-del-bosque')).res.statusCode).toBe(200);
  });
});

describe('bad input', () => {
  it('answers 400 JSON with Spanish messages', async () => {
    const missing = await post(ctx, '/api/auth/sign-in', { username: 'x' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('validation_failed');
    const notJson = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: '{nope',
      headers: { 'content-type': 'application/json' },
    });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().error.code).toBe('invalid_json');
    const user = await makeUser(ctx, ['cdemp']);
    const { browser } = await signIn(ctx, user.username, user.password);
    const both = await post(ctx, '/api/auth/totp/verify', { code: '123456', recoveryCode: 'abcd-efgh-jkmn' }, browser);
    expect(both.statusCode).toBe(400);
    expect(both.json().error.details[0].message).toMatch(/solo uno/);
    const letters = await post(ctx, '/api/auth/totp/enrol/confirm', { code: '12ab56' }, browser);
    expect(letters.statusCode).toBe(400);
  });
});

describe('anonymous failures in the audit trail', () => {
  it('20 attempts on unknown names write one summary entry, not 20', { timeout: 180_000 }, async () => {
    const own = await createTestContext();
    try {
      for (let i = 0; i < 20; i++) await signIn(own, `nadie.${i}`, 'not-the-password-at-all', `10.8.0.${i % 4}`);
      const anonymous = () => own.deps.db.select().from(auditLog).where(isNull(auditLog.actorUsername));
      expect((await anonymous()).filter((r) => r.action.startsWith('sign_in_failed'))).toHaveLength(0);
      await own.app.close(); // flushes the summary (also written every minute)
      const entries = (await anonymous()).filter((r) => r.action.startsWith('sign_in_failed'));
      expect(entries).toHaveLength(1);
      expect(entries[0]!.action).toBe('sign_in_failed_summary');
      expect(entries[0]!.details).toMatchObject({ total: 20 });
      const byReason = entries[0]!.details!.byReason as Record<string, number>;
      expect((byReason.unknown_user ?? 0) + (byReason.slowed_down ?? 0)).toBe(20);
    } finally {
      await own.close();
    }
  });
});
