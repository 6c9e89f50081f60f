// The registration list of an activity (who took part): personal data, encrypted at rest, every read
// audited as read_personal. The activity's participant counts are derived from the list whenever it
// has one, in the same transaction as the change.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { audit, auditNow } from '../../platform/audit/audit.js';
import type { AppDeps } from '../../platform/deps.js';
import { notFound } from '../../platform/http/errors.js';
import type { RegistrationInput } from '../../../common/features/prevention.contract.js';
import { participantCategories, preventionActivities, preventionRegistrations } from './prevention.schema.js';
import type { Ctx } from './prevention.service.js';

type Deps = Pick<AppDeps, 'db' | 'crypto'>;
type Counts = Record<(typeof participantCategories)[number], number>;
const who = (ctx: Ctx) => ({ userId: ctx.actor.userId, username: ctx.actor.username });
const noOne = (): Counts => ({ woman: 0, man: 0, lgbttti: 0, preferNotToSay: 0 });

/** Counts by category of an activity's list, or null when it has no list. */
export async function registeredCounts(db: Database, activityId: string): Promise<Counts | null> {
  const rows = await db
    .select({ category: preventionRegistrations.category, n: sql<number>`count(*)::int` })
    .from(preventionRegistrations)
    .where(eq(preventionRegistrations.activityId, activityId))
    .groupBy(preventionRegistrations.category);
  if (rows.length === 0) return null;
  const counts = noOne();
  for (const r of rows) counts[r.category] = Number(r.n);
  return counts;
}

/** The activity's columns for the given counts. */
export const countColumns = (c: Counts) => ({
  women: c.woman,
  men: c.man,
  lgbttti: c.lgbttti,
  preferNotToSay: c.preferNotToSay,
});

async function lockActivity(tx: Database, activityId: string) {
  const [row] = await tx
    .select({ id: preventionActivities.id })
    .from(preventionActivities)
    .where(eq(preventionActivities.id, activityId))
    .for('update');
  if (!row) throw notFound();
}

/** Derives the counts from the list after a change and bumps the activity's version. */
async function recount(tx: Database, activityId: string): Promise<{ participants: Counts; version: number }> {
  const participants = (await registeredCounts(tx, activityId)) ?? noOne();
  const [row] = await tx
    .update(preventionActivities)
    .set({
      ...countColumns(participants),
      version: sql`${preventionActivities.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(preventionActivities.id, activityId))
    .returning({ version: preventionActivities.version });
  return { participants, version: row!.version };
}

/** The list with names and contacts decrypted; the read is audited. */
export async function listRegistrations(deps: Deps, ctx: Ctx, activityId: string) {
  const [activity] = await deps.db
    .select({ version: preventionActivities.version })
    .from(preventionActivities)
    .where(eq(preventionActivities.id, activityId));
  if (!activity) throw notFound();
  const rows = await deps.db
    .select()
    .from(preventionRegistrations)
    .where(eq(preventionRegistrations.activityId, activityId))
    .orderBy(asc(preventionRegistrations.createdAt), asc(preventionRegistrations.id));
  if (rows.length > 0)
    await auditNow(deps.db, {
      actor: who(ctx),
      action: 'read_personal',
      entity: 'prevention_registrations',
      entityId: activityId,
      ip: ctx.ip,
      details: { fields: ['name', 'contact'], count: rows.length },
    });
  const participants = (await registeredCounts(deps.db, activityId)) ?? noOne();
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: deps.crypto.decrypt(r.name),
      contact: deps.crypto.decryptNullable(r.contact),
      category: r.category,
    })),
    participants,
    version: activity.version,
  };
}

export async function addRegistration(deps: Deps, ctx: Ctx, activityId: string, input: RegistrationInput) {
  await deps.db.transaction(async (tx) => {
    await lockActivity(tx, activityId);
    const [row] = await tx
      .insert(preventionRegistrations)
      .values({
        activityId,
        name: deps.crypto.encrypt(input.name),
        contact: deps.crypto.encryptNullable(input.contact),
        category: input.category,
      })
      .returning({ id: preventionRegistrations.id });
    await recount(tx, activityId);
    // No names in the audit details: only where the person was registered and the category.
    await audit(tx, {
      actor: who(ctx),
      action: 'create',
      entity: 'prevention_registration',
      entityId: row!.id,
      ip: ctx.ip,
      details: { activityId, category: input.category },
    });
  });
  return listRegistrations(deps, ctx, activityId);
}

export async function removeRegistration(deps: Deps, ctx: Ctx, activityId: string, registrationId: string) {
  await deps.db.transaction(async (tx) => {
    await lockActivity(tx, activityId);
    const gone = await tx
      .delete(preventionRegistrations)
      .where(and(eq(preventionRegistrations.id, registrationId), eq(preventionRegistrations.activityId, activityId)))
      .returning({ id: preventionRegistrations.id });
    if (gone.length === 0) throw notFound();
    await recount(tx, activityId);
    await audit(tx, {
      actor: who(ctx),
      action: 'delete',
      entity: 'prevention_registration',
      entityId: registrationId,
      ip: ctx.ip,
      details: { activityId },
    });
  });
}
