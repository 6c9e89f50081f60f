// Sign-in use cases: password, second factor (TOTP or recovery code), enrolment, sign-out.
// Routes only translate HTTP; every rule lives here.
import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { AuthStage } from '../../../common/auth.contract.js';
import { requiresSecondFactor, type Role } from '../../../common/roles.js';
import type { Database } from '../../db/client.js';
import { audit, auditNow } from '../audit/audit.js';
import type { FieldCrypto } from '../crypto/fields.js';
import { AppError } from '../http/errors.js';
import { sessions, users } from './auth.schema.js';
import { burnPasswordCheck, verifyPassword } from './password.js';
import {
  type Actor,
  type NewSession,
  SESSION_IDLE_MS,
  createSession,
  destroyAllSessions,
  destroySession,
  hashToken,
} from './session.js';
import { FailureAggregator, SignInThrottle, accountLockMs } from './throttle.js';
import { TotpVerifier, enrolmentMaterial, matchRecoveryCode, newRecoveryCodes, newTotpSecret } from './totp.js';

/** A session waiting for its second factor lives briefly: password alone opens nothing else. */
export const PENDING_SESSION_MS = 10 * 60 * 1000;

export interface Client {
  ip: string;
  userAgent?: string | null;
}
export interface SessionResult extends NewSession {
  stage: AuthStage;
}
type UserRow = typeof users.$inferSelect;

export function stageOf(user: Pick<UserRow, 'roles' | 'totpEnrolledAt'>, secondFactorVerified: boolean): AuthStage {
  if (secondFactorVerified || !requiresSecondFactor(user.roles as Role[])) return 'signed_in';
  return user.totpEnrolledAt ? 'totp_required' : 'enrolment_required';
}

const actorRef = (u: { id: string; username: string }) => ({ userId: u.id, username: u.username });

export function createAuthService(
  deps: { db: Database; crypto: FieldCrypto },
  throttle = new SignInThrottle(),
  anonymousFailures = new FailureAggregator(),
) {
  const { db, crypto } = deps;
  const totp = new TotpVerifier();

  async function loadUser(id: string): Promise<UserRow> {
    const [u] = await db.select().from(users).where(eq(users.id, id)).limit(1);
    if (!u) throw new AppError('unauthenticated', 401);
    return u;
  }

  async function openSession(
    user: UserRow,
    verified: boolean,
    client: Client,
    replacing?: string,
  ): Promise<SessionResult> {
    if (replacing) await destroySession(db, replacing); // rotation: never keep a pre-sign-in id
    const now = new Date();
    const session = await createSession(db, user.id, {
      ip: client.ip,
      userAgent: client.userAgent,
      secondFactorVerified: verified,
      now,
    });
    const stage = stageOf(user, verified);
    if (stage !== 'signed_in') {
      session.expiresAt = new Date(now.getTime() + PENDING_SESSION_MS);
      await db
        .update(sessions)
        .set({ expiresAt: session.expiresAt })
        .where(eq(sessions.id, hashToken(session.token)));
    }
    return { ...session, stage };
  }

  /**
   * Counts a wrong second-factor code; locks the account past the limit (only someone who holds the
   * password can get here, so this lock is not a stranger's weapon). Returns whether it locked.
   */
  async function recordSecondFactorFailure(user: UserRow, client: Client): Promise<boolean> {
    const lockMs = await db.transaction(async (tx) => {
      // Incremented in SQL: parallel wrong attempts each count, none is lost to a stale read.
      const [row] = await tx
        .update(users)
        .set({ failedAttempts: sql`${users.failedAttempts} + 1` })
        .where(eq(users.id, user.id))
        .returning({ failures: users.failedAttempts });
      const failures = row?.failures ?? user.failedAttempts + 1;
      const ms = accountLockMs(failures);
      if (ms)
        await tx
          .update(users)
          .set({ lockedUntil: new Date(Date.now() + ms) })
          .where(eq(users.id, user.id));
      await audit(tx, {
        actor: actorRef(user),
        action: 'sign_in_failed',
        entity: 'user',
        entityId: user.id,
        ip: client.ip,
        details: { reason: 'bad_second_factor', failures },
      });
      if (ms)
        await audit(tx, {
          actor: actorRef(user),
          action: 'account_locked',
          entity: 'user',
          entityId: user.id,
          ip: client.ip,
          details: { minutes: ms / 60_000 },
        });
      return ms;
    });
    if (lockMs) await destroyAllSessions(db, user.id);
    return lockMs > 0;
  }

  function lockedError(user: UserRow) {
    const seconds = Math.ceil(((user.lockedUntil?.getTime() ?? Date.now()) - Date.now()) / 1000);
    return new AppError('account_locked', 423, { retryAfterSeconds: Math.max(seconds, 1) });
  }

  return {
    /** Writes the anonymous failures counted since the last call as one audit entry (if any). */
    async flushAnonymousFailures(): Promise<void> {
      const summary = anonymousFailures.take();
      if (!summary) return;
      await auditNow(db, { actor: null, action: 'sign_in_failed_summary', entity: 'user', details: summary });
    },

    async signIn(
      input: { username: string; password: string },
      client: Client,
      currentSessionId?: string,
    ): Promise<SessionResult> {
      const username = input.username.trim().toLowerCase();
      // Slowed down (never locked): checked before looking the name up, identical for unknown names.
      const waitMs = throttle.retryAfterMs(username, client.ip);
      if (waitMs > 0) {
        anonymousFailures.add('slowed_down', client.ip);
        throw new AppError('too_many_attempts', 429, { retryAfterSeconds: Math.ceil(waitMs / 1000) });
      }
      const [user] = await db.select().from(users).where(eq(users.username, username)).limit(1);
      if (!user) {
        // Same work as a real check (timing), same answer, same slowdown; counted, not one entry each.
        // The attempted name is not recorded: people type passwords into the username field.
        await burnPasswordCheck(input.password);
        throttle.recordFailure(username, client.ip);
        anonymousFailures.add('unknown_user', client.ip);
        throw new AppError('invalid_credentials', 401);
      }
      if (!(await verifyPassword(user.passwordHash, input.password))) {
        throttle.recordFailure(username, client.ip);
        await auditNow(db, {
          actor: actorRef(user),
          action: 'sign_in_failed',
          entity: 'user',
          entityId: user.id,
          ip: client.ip,
          details: { reason: 'bad_password' },
        });
        throw new AppError('invalid_credentials', 401);
      }
      throttle.recordSuccess(username, client.ip);
      if (user.disabledAt) {
        await auditNow(db, {
          actor: actorRef(user),
          action: 'sign_in_failed',
          entity: 'user',
          entityId: user.id,
          ip: client.ip,
          details: { reason: 'disabled' },
        });
        throw new AppError('account_disabled', 403);
      }
      const needsSecondFactor = requiresSecondFactor(user.roles as Role[]);
      const result = await openSession(user, !needsSecondFactor, client, currentSessionId);
      await db.transaction(async (tx) => {
        // The failure count is cleared only by a complete sign-in: otherwise someone who knows the
        // password could sign in again every 4 wrong codes and guess TOTP codes without ever locking.
        if (result.stage === 'signed_in')
          await tx.update(users).set({ failedAttempts: 0, lockedUntil: null }).where(eq(users.id, user.id));
        await audit(tx, {
          actor: actorRef(user),
          action: 'sign_in',
          entity: 'user',
          entityId: user.id,
          ip: client.ip,
          details: { stage: result.stage },
        });
      });
      // Housekeeping: expired sessions are useless rows; drop them now and then.
      const idleCutoff = new Date(Date.now() - SESSION_IDLE_MS);
      await db.delete(sessions).where(or(lt(sessions.expiresAt, new Date()), lt(sessions.lastSeenAt, idleCutoff)));
      return result;
    },

    async verifySecondFactor(
      actor: Actor,
      input: { code?: string; recoveryCode?: string },
      client: Client,
    ): Promise<SessionResult> {
      const user = await loadUser(actor.userId);
      if (!user.totpEnrolledAt || !user.totpSecret) throw new AppError('enrolment_not_started', 409);
      if (user.lockedUntil && user.lockedUntil > new Date()) throw lockedError(user);
      let method: 'totp' | 'recovery_code' = 'totp';
      let remaining = user.recoveryCodes.length;
      let ok = false;
      if (input.code) {
        ok = totp.verify(user.id, crypto.decrypt(user.totpSecret), input.code);
      } else if (input.recoveryCode) {
        method = 'recovery_code';
        const index = await matchRecoveryCode(user.recoveryCodes, input.recoveryCode);
        if (index >= 0) {
          const left = user.recoveryCodes.filter((_, i) => i !== index);
          // The version check makes the code single-use even when two requests race with it.
          const updated = await db
            .update(users)
            .set({ recoveryCodes: left, version: user.version + 1 })
            .where(and(eq(users.id, user.id), eq(users.version, user.version)))
            .returning({ id: users.id });
          ok = updated.length === 1;
          remaining = left.length;
        }
      }
      if (!ok) {
        const locked = await recordSecondFactorFailure(user, client);
        if (locked) throw lockedError(await loadUser(user.id));
        throw new AppError('invalid_second_factor', 401);
      }
      const result = await openSession(user, true, client, actor.sessionId);
      await db.transaction(async (tx) => {
        await tx.update(users).set({ failedAttempts: 0, lockedUntil: null }).where(eq(users.id, user.id));
        await audit(tx, {
          actor: actorRef(user),
          action: 'sign_in_second_factor',
          entity: 'user',
          entityId: user.id,
          ip: client.ip,
          details: { method, remainingRecoveryCodes: remaining },
        });
      });
      return result;
    },

    async startEnrolment(actor: Actor) {
      const user = await loadUser(actor.userId);
      if (!requiresSecondFactor(user.roles as Role[])) throw new AppError('second_factor_not_required', 400);
      if (user.totpEnrolledAt) throw new AppError('conflict', 409);
      const secret = newTotpSecret();
      await db
        .update(users)
        .set({ totpSecret: crypto.encrypt(secret) })
        .where(eq(users.id, user.id));
      return enrolmentMaterial(user.username, secret);
    },

    async confirmEnrolment(
      actor: Actor,
      code: string,
      client: Client,
    ): Promise<SessionResult & { recoveryCodes: string[] }> {
      const user = await loadUser(actor.userId);
      if (user.totpEnrolledAt) throw new AppError('conflict', 409);
      if (!user.totpSecret) throw new AppError('enrolment_not_started', 409);
      if (!totp.verify(user.id, crypto.decrypt(user.totpSecret), code))
        throw new AppError('invalid_second_factor', 401);
      const { codes, hashes } = await newRecoveryCodes();
      await db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({ totpEnrolledAt: new Date(), recoveryCodes: hashes, version: user.version + 1 })
          .where(eq(users.id, user.id));
        await audit(tx, {
          actor: actorRef(user),
          action: 'totp_enrolled',
          entity: 'user',
          entityId: user.id,
          ip: client.ip,
          details: { recoveryCodes: codes.length },
        });
      });
      const enrolled = { ...user, totpEnrolledAt: new Date() };
      return { ...(await openSession(enrolled, true, client, actor.sessionId)), recoveryCodes: codes };
    },

    async me(actor: Actor) {
      const user = await loadUser(actor.userId);
      return {
        user: { id: user.id, username: user.username, displayName: user.displayName, roles: user.roles as Role[] },
        stage: stageOf(user, actor.secondFactorVerified),
        totpEnrolled: user.totpEnrolledAt !== null,
        totpRequired: requiresSecondFactor(user.roles as Role[]),
        mustChangePassword: user.mustChangePassword,
        csrfToken: actor.csrfToken,
      };
    },

    async signOut(actor: Actor, client: Client, everywhere: boolean): Promise<void> {
      if (everywhere) await destroyAllSessions(db, actor.userId);
      else await destroySession(db, actor.sessionId);
      await auditNow(db, {
        actor: actorRef({ id: actor.userId, username: actor.username }),
        action: everywhere ? 'sign_out_everywhere' : 'sign_out',
        entity: 'user',
        entityId: actor.userId,
        ip: client.ip,
      });
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
