import crypto from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Role } from '../../../common/roles.js';
import type { Database } from '../../db/client.js';
import { statementFor } from '../../db/statements.js';
import { forgetSessions, recentSessions } from './session-cache.js';
import { sessions, users } from './auth.schema.js';

export const SESSION_COOKIE = 'sg_session';
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, so reads do not turn into writes. */
const TOUCH_EVERY_MS = 60 * 1000;

export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  roles: Role[];
  sessionId: string;
  secondFactorVerified: boolean;
  csrfToken: string;
  /**
   * Set after an admin reset the password: until the person chooses a new one, the access guard lets
   * this session reach only the sign-in-in-progress routes and the password change (loadSession always
   * sets it; optional only for actors built outside a request, e.g. demo seeders).
   */
  mustChangePassword?: boolean;
}

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(
  db: Database,
  userId: string,
  opts: { ip?: string | null; userAgent?: string | null; secondFactorVerified: boolean; now?: Date },
): Promise<NewSession> {
  const now = opts.now ?? new Date();
  const token = crypto.randomBytes(32).toString('base64url');
  const csrfToken = crypto.randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await db.insert(sessions).values({
    id: hashToken(token),
    userId,
    csrfToken,
    secondFactorVerified: opts.secondFactorVerified,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    ip: opts.ip ?? null,
    userAgent: opts.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken, expiresAt };
}

/** The actor behind a cookie token, or null when unknown, expired (idle or absolute) or disabled. */
export async function loadSession(db: Database, token: string, now = new Date()): Promise<Actor | null> {
  const id = hashToken(token);
  let row = recentSessions.get<SessionRow>(db, id);
  if (!row) {
    const generation = recentSessions.generation;
    [row] = await statementFor(db, 'load_session', sessionStatement).execute({ id });
    if (!row) return null;
    Object.freeze(row.u.roles); // shared by the requests that reuse this row
    recentSessions.put(db, id, row, generation);
  }
  // Expiry is judged on every request, cached row or not.
  const idleExpired = now.getTime() - row.s.lastSeenAt.getTime() > SESSION_IDLE_MS;
  if (idleExpired || row.s.expiresAt <= now || row.u.disabledAt) {
    await db.delete(sessions).where(eq(sessions.id, id));
    forgetSessions();
    return null;
  }
  if (now.getTime() - row.s.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
    row.s.lastSeenAt = now;
  }
  return {
    userId: row.u.id,
    username: row.u.username,
    displayName: row.u.displayName,
    roles: row.u.roles as Role[],
    sessionId: id,
    secondFactorVerified: row.s.secondFactorVerified,
    csrfToken: row.s.csrfToken,
    mustChangePassword: row.u.mustChangePassword,
  };
}

type SessionRow = Awaited<ReturnType<ReturnType<typeof sessionStatement>['execute']>>[number];

/** The session and its user by token hash: every authenticated request runs it. */
function sessionStatement(db: Database) {
  return db
    .select({
      s: sessions,
      u: {
        id: users.id,
        username: users.username,
        displayName: users.displayName,
        roles: users.roles,
        disabledAt: users.disabledAt,
        mustChangePassword: users.mustChangePassword,
      },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sql.placeholder('id')))
    .limit(1)
    .prepare('load_session');
}

export async function destroySession(db: Database, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
  forgetSessions();
}

export async function destroyAllSessions(db: Database, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
  forgetSessions();
}

export function sessionCookieOptions(https: boolean, expiresAt?: Date) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: https,
    ...(expiresAt ? { expires: expiresAt } : {}),
  };
}
