import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.js';
import { roles } from '../../../common/roles.js';
import { post, sessionCookie, signIn } from './auth.testkit.js';
import { authDemoSeeder, formatDemoCredentials, seedDemoUsers, type DemoCredential } from './demo.js';
import { totpCodeAt } from './totp.js';

let ctx: TestContext;
let creds: DemoCredential[];
beforeAll(async () => {
  ctx = await createTestContext();
  creds = await seedDemoUsers(ctx.deps);
});
afterAll(async () => ctx?.close());

describe('demo users', () => {
  it('creates one fictional user per role with a distinct random password', () => {
    expect(creds.map((c) => c.role).sort()).toEqual([...roles].sort());
    expect(creds.every((c) => c.username === `demo.${c.role}`)).toBe(true);
    expect(new Set(creds.map((c) => c.password)).size).toBe(roles.length);
  });

  it('lets a password-only role sign in with the printed password', async () => {
    const legal = creds.find((c) => c.role === 'legal')!;
    expect(legal.totpSecret).toBeUndefined();
    expect((await signIn(ctx, legal.username, legal.password)).res.json().stage).toBe('signed_in');
  });

  it('pre-enrols TOTP for cdemp: the printed secret and a printed recovery code both work', async () => {
    const cdemp = creds.find((c) => c.role === 'cdemp')!;
    const first = await signIn(ctx, cdemp.username, cdemp.password);
    expect(first.res.json().stage).toBe('totp_required');
    const ok = await post(
      ctx,
      '/api/auth/totp/verify',
      { code: totpCodeAt(cdemp.totpSecret!, Date.now()) },
      first.browser,
    );
    expect(ok.json().stage).toBe('signed_in');
    expect(sessionCookie(ok)).not.toBe('');
    const second = await signIn(ctx, cdemp.username, cdemp.password);
    expect(
      (await post(ctx, '/api/auth/totp/verify', { recoveryCode: cdemp.recoveryCodes![0]! }, second.browser)).statusCode,
    ).toBe(200);
  });

  it('prints every credential in the start-up lines', () => {
    const text = formatDemoCredentials(creds).join('\n');
    for (const c of creds) {
      expect(text).toContain(c.password);
      if (c.totpSecret) expect(text).toContain(c.totpSecret);
    }
    expect(authDemoSeeder.name).toMatch(/demostración/);
  });
});
