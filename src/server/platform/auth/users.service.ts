// User administration: used by the admin routes, the `user` CLI command and the demo seeder.
// Every change is audited in the same transaction; changes that alter what a person may do
// (roles, disable, password, 2FA reset) end their sessions so nothing keeps older rights.
import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Role } from '../../../common/roles.js';
import type { Database } from '../../db/client.js';
import { type AuditActor, audit } from '../audit/audit.js';
import { AppError, alreadyExists, notFound } from '../http/errors.js';
import { sessions, users } from './auth.schema.js';
import { forgetSessions } from './session-cache.js';
import { hashPassword, passwordProblems, verifyPassword } from './password.js';
import type { Actor } from './session.js';

type UserRow = typeof users.$inferSelect;
export interface ChangeContext {
  /** null = the system (CLI, demo seeding). */
  actor: AuditActor | null;
  ip?: string | null;
}

export function presentUser(u: UserRow) {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    roles: u.roles as Role[],
    disabled: u.disabledAt !== null,
    totpEnrolled: u.totpEnrolledAt !== null,
    lockedUntil: u.lockedUntil?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  };
}

export function assertPasswordPolicy(password: string, username: string): void {
  const problems = passwordProblems(password, username);
  if (problems.length > 0) {
    throw new AppError(
      'weak_password',
      400,
      problems.map((message) => ({ path: 'password', message })),
    );
  }
}

export async function listUsers(db: Database) {
  return (await db.select().from(users).orderBy(asc(users.username))).map(presentUser);
}

export async function createUser(
  db: Database,
  input: { username: string; displayName: string; roles: Role[]; password: string },
  ctx: ChangeContext,
  // An admin chose this password, so the person replaces it at first sign-in. Only the demo and the
  // operator's own bootstrap account (`user create` at the console) pass false.
  opts: { mustChangePassword?: boolean } = {},
) {
  const username = input.username.trim().toLowerCase();
  assertPasswordPolicy(input.password, username);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username)).limit(1);
    if (existing) throw alreadyExists([{ path: 'username', message: 'Ese nombre de usuario ya existe.' }]);
    const [row] = await tx
      .insert(users)
      .values({
        username,
        displayName: input.displayName.trim(),
        passwordHash,
        roles: [...new Set(input.roles)],
        mustChangePassword: opts.mustChangePassword ?? true,
      })
      .returning();
    await audit(tx, {
      actor: ctx.actor,
      action: 'create',
      entity: 'user',
      entityId: row!.id,
      ip: ctx.ip,
      details: { roles: row!.roles },
    });
    return presentUser(row!);
  });
}

/** Refuses a change that would leave no enabled admin: nobody could administer the system any more. */
async function assertAnotherAdminRemains(tx: Database, exceptUserId: string): Promise<void> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(ne(users.id, exceptUserId), isNull(users.disabledAt), sql`'admin' = any(${users.roles})`));
  if ((row?.n ?? 0) === 0) throw new AppError('last_admin', 409);
}

async function change(
  db: Database,
  userId: string,
  ctx: ChangeContext,
  action: string,
  apply: (tx: Database, user: UserRow) => Promise<{ set: Partial<UserRow>; details?: Record<string, unknown> }>,
) {
  const changed = await db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).limit(1).for('update');
    if (!user) throw notFound();
    const { set, details } = await apply(tx, user);
    const [row] = await tx
      .update(users)
      .set({ ...set, version: user.version + 1 })
      .where(eq(users.id, userId))
      .returning();
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await audit(tx, {
      actor: ctx.actor,
      action,
      entity: 'user',
      entityId: userId,
      ip: ctx.ip,
      details: details ?? null,
    });
    return presentUser(row!);
  });
  forgetSessions(); // after the commit: the user's sessions were deleted, roles or state changed
  return changed;
}

export const setRoles = (db: Database, userId: string, roles: Role[], ctx: ChangeContext) =>
  change(db, userId, ctx, 'update_roles', async (tx, user) => {
    const next = [...new Set(roles)];
    if ((user.roles as Role[]).includes('admin') && !next.includes('admin'))
      await assertAnotherAdminRemains(tx, user.id);
    return { set: { roles: next }, details: { from: user.roles, to: next } };
  });

export const setDisabled = (db: Database, userId: string, disabled: boolean, ctx: ChangeContext) =>
  change(db, userId, ctx, disabled ? 'disable' : 'enable', async (tx, user) => {
    if (disabled && (user.roles as Role[]).includes('admin')) await assertAnotherAdminRemains(tx, user.id);
    return {
      set: disabled
        ? { disabledAt: user.disabledAt ?? new Date() }
        : { disabledAt: null, failedAttempts: 0, lockedUntil: null },
    };
  });

export async function resetPassword(db: Database, userId: string, password: string, ctx: ChangeContext) {
  const [user] = await db.select({ username: users.username }).from(users).where(eq(users.id, userId)).limit(1);
  if (!user) throw notFound();
  assertPasswordPolicy(password, user.username);
  const passwordHash = await hashPassword(password);
  // The person chooses their own password at next sign-in; a lock from failed attempts is lifted.
  return change(db, userId, ctx, 'reset_password', async () => ({
    set: { passwordHash, mustChangePassword: true, failedAttempts: 0, lockedUntil: null },
  }));
}

export const resetTotp = (db: Database, userId: string, ctx: ChangeContext) =>
  change(db, userId, ctx, 'reset_totp', async () => ({
    set: { totpSecret: null, totpEnrolledAt: null, recoveryCodes: [] },
  }));

export async function changeOwnPassword(
  db: Database,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  ip: string,
) {
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId)).limit(1);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('invalid_credentials', 400, [
      { path: 'currentPassword', message: 'La contraseña actual no es correcta.' },
    ]);
  }
  assertPasswordPolicy(input.newPassword, user.username);
  // Keeping the password an admin set (or any current one) is not a change.
  if (input.newPassword === input.currentPassword) {
    throw new AppError('validation_failed', 400, [
      { path: 'newPassword', message: 'La contraseña nueva debe ser distinta de la actual.' },
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, version: user.version + 1 })
      .where(eq(users.id, user.id));
    // Other sessions may belong to whoever knew the old password.
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), ne(sessions.id, actor.sessionId)));
    await audit(tx, {
      actor: { userId: user.id, username: user.username },
      action: 'change_password',
      entity: 'user',
      entityId: user.id,
      ip,
      details: null,
    });
  });
  forgetSessions(); // after the commit: no more forced password change, other sessions gone
}
