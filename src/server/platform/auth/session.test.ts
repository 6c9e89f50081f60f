// Session lifetime: idle timeout 30 min, absolute 12 h, pending (password only) 10 min.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.js';
import { users } from './auth.schema.js';
import { createAuthService } from './auth.service.js';
import { GOOD_PASSWORD, makeUser } from './auth.testkit.js';
import { SESSION_CACHE_MS, forgetSessions, recentSessions } from './session-cache.js';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, createSession, destroySession, loadSession } from './session.js';

let ctx: TestContext;
let userId: string;
beforeAll(async () => {
  ctx = await createTestContext();
  const [u] = await ctx.deps.db
    .insert(users)
    .values({ username: 'sesion.prueba', displayName: 'Sesión', passwordHash: '!', roles: ['planning'] })
    .returning();
  userId = u!.id;
});
afterAll(async () => ctx?.close());

const MIN = 60_000;

describe('session expiry', () => {
  it('ends a session idle for more than 30 minutes', async () => {
    const t0 = new Date();
    const { token } = await createSession(ctx.deps.db, userId, { secondFactorVerified: true, now: t0 });
    expect(await loadSession(ctx.deps.db, token, new Date(t0.getTime() + SESSION_IDLE_MS - MIN))).not.toBeNull();
    // Activity at 29 min moved the idle clock: 58 min after start is only 29 min idle.
    expect(
      await loadSession(ctx.deps.db, token, new Date(t0.getTime() + 2 * SESSION_IDLE_MS - 2 * MIN)),
    ).not.toBeNull();
    expect(await loadSession(ctx.deps.db, token, new Date(t0.getTime() + 3 * SESSION_IDLE_MS))).toBeNull();
    // Gone for good, even if asked again "earlier".
    expect(await loadSession(ctx.deps.db, token, t0)).toBeNull();
  });

  it('ends an active session 12 hours after sign-in', async () => {
    const t0 = new Date();
    const { token } = await createSession(ctx.deps.db, userId, { secondFactorVerified: true, now: t0 });
    let t = t0.getTime();
    while (t + 20 * MIN < t0.getTime() + SESSION_ABSOLUTE_MS) {
      t += 20 * MIN; // active every 20 minutes
      expect(await loadSession(ctx.deps.db, token, new Date(t))).not.toBeNull();
    }
    expect(await loadSession(ctx.deps.db, token, new Date(t0.getTime() + SESSION_ABSOLUTE_MS + MIN))).toBeNull();
  });

  it('gives a password-only session (second factor pending) 10 minutes', async () => {
    const user = await makeUser(ctx, ['cdemp']);
    const service = createAuthService(ctx.deps);
    const s = await service.signIn({ username: user.username, password: GOOD_PASSWORD }, { ip: '127.0.0.1' });
    expect(s.stage).toBe('enrolment_required');
    const now = Date.now();
    expect(s.expiresAt.getTime()).toBeLessThanOrEqual(now + 10 * MIN);
    expect(await loadSession(ctx.deps.db, s.token, new Date(now + 5 * MIN))).not.toBeNull();
    expect(await loadSession(ctx.deps.db, s.token, new Date(now + 11 * MIN))).toBeNull();
  });
});

describe('recently looked-up sessions (session-cache.ts)', () => {
  it('are reused for a short time, and forgotten at once by any change made in this process', async () => {
    const db = ctx.deps.db;
    const { token } = await createSession(db, userId, { secondFactorVerified: true });
    expect((await loadSession(db, token))?.roles).toEqual(['planning']);
    // A change the process does not know of (another process's) is not seen while the entry is fresh…
    await db
      .update(users)
      .set({ roles: ['admin'] })
      .where(eq(users.id, userId));
    expect((await loadSession(db, token))?.roles).toEqual(['planning']);
    // …and is seen once it is older than SESSION_CACHE_MS.
    const later = performance.now() + SESSION_CACHE_MS + 1;
    const spy = vi.spyOn(performance, 'now').mockReturnValue(later);
    try {
      expect((await loadSession(db, token))?.roles).toEqual(['admin']);
    } finally {
      spy.mockRestore();
    }
    // Sign-out in this process: refused on the very next request.
    const again = await loadSession(db, token);
    expect(again).not.toBeNull();
    await destroySession(db, again!.sessionId);
    expect(await loadSession(db, token)).toBeNull();
    await db
      .update(users)
      .set({ roles: ['planning'] })
      .where(eq(users.id, userId));
  });

  it('do not keep what a lookup read before a change that came while it waited', async () => {
    const db = ctx.deps.db;
    const { token } = await createSession(db, userId, { secondFactorVerified: true });
    const started = recentSessions.generation;
    forgetSessions(); // a change commits while a lookup is in flight
    recentSessions.put(db, 'stale', { read: 'before the change' }, started);
    expect(recentSessions.get(db, 'stale')).toBeUndefined();
    recentSessions.put(db, 'fresh', { read: 'after the change' }, recentSessions.generation);
    expect(recentSessions.get(db, 'fresh')).toEqual({ read: 'after the change' });
    expect(await loadSession(db, token)).not.toBeNull();
  });
});
