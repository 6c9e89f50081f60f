// Calendar of published non-working days and versioned rule sets.
import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { ServiceContext } from '../../platform/context.js';
import { users } from '../../platform/auth/auth.schema.js';
import { alreadyExists, notFound } from '../../platform/http/errors.js';
import { expandRange, federalHolidays } from './calendar.js';
import { loadStoredRuleSets } from './engine.service.js';
import { DEFAULT_RULE_SETS, type RuleSet } from './rules.js';
import type { DayInput, DayPatchInput, ImportInput, RuleSetItem } from './settings.contract.js';
import {
  transparencyNonWorkingDays,
  transparencyRuleSets,
  transparencyRuleSetVerifications,
} from './transparency.schema.js';

type Reader = Pick<ServiceContext, 'db'>;

/** The year's federal holidays (computed) and the non-working days the unit published. */
export async function calendarOf({ db }: Reader, year: number) {
  const published = await db
    .select()
    .from(transparencyNonWorkingDays)
    .where(
      and(gte(transparencyNonWorkingDays.day, `${year}-01-01`), lte(transparencyNonWorkingDays.day, `${year}-12-31`)),
    )
    .orderBy(asc(transparencyNonWorkingDays.day));
  return { year, holidays: federalHolidays(year), published };
}

export async function addDay(ctx: ServiceContext, input: DayInput) {
  return ctx.db.transaction(async (tx) => {
    const [exists] = await tx
      .select({ id: transparencyNonWorkingDays.id })
      .from(transparencyNonWorkingDays)
      .where(eq(transparencyNonWorkingDays.day, input.day));
    if (exists) throw alreadyExists({ field: 'day' });
    const [created] = await tx.insert(transparencyNonWorkingDays).values(input).returning();
    await ctx.audit(tx, {
      action: 'create',
      entity: 'transparency_non_working_day',
      entityId: created!.id,
      details: { day: input.day },
    });
    return created!;
  });
}

/** Adds every day of the ranges that is not yet published; days already there are skipped. */
export async function importDays(ctx: ServiceContext, input: ImportInput) {
  const wanted = new Map<string, string>();
  for (const e of input.entries) for (const day of expandRange(e.from, e.to ?? e.from)) wanted.set(day, e.description);
  return ctx.db.transaction(async (tx) => {
    const days = [...wanted.keys()];
    const existing = new Set(
      (
        await tx
          .select({ day: transparencyNonWorkingDays.day })
          .from(transparencyNonWorkingDays)
          .where(inArray(transparencyNonWorkingDays.day, days))
      ).map((r) => r.day),
    );
    const fresh = days.filter((d) => !existing.has(d));
    if (fresh.length > 0) {
      await tx
        .insert(transparencyNonWorkingDays)
        .values(fresh.map((day) => ({ day, description: wanted.get(day)!, source: input.source })));
    }
    await ctx.audit(tx, {
      action: 'import',
      entity: 'transparency_non_working_day',
      details: { added: fresh.length, skipped: existing.size },
    });
    return { added: fresh.length, skipped: existing.size };
  });
}

export async function updateDay(ctx: ServiceContext, id: string, input: DayPatchInput) {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(transparencyNonWorkingDays)
      .set(input)
      .where(eq(transparencyNonWorkingDays.id, id))
      .returning();
    if (!row) throw notFound();
    await ctx.audit(tx, {
      action: 'update',
      entity: 'transparency_non_working_day',
      entityId: row.id,
      details: { fields: Object.keys(input) },
    });
    return row;
  });
}

export async function deleteDay(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [gone] = await tx.delete(transparencyNonWorkingDays).where(eq(transparencyNonWorkingDays.id, id)).returning();
    if (!gone) throw notFound();
    await ctx.audit(tx, {
      action: 'delete',
      entity: 'transparency_non_working_day',
      entityId: gone.id,
      details: { day: gone.day },
    });
  });
}

/** Built-in and stored rule sets, each with its recorded verification (if any). */
export async function listRuleSets({ db }: Reader): Promise<{ items: RuleSetItem[] }> {
  const rows = await db
    .select({ v: transparencyRuleSetVerifications, username: users.username })
    .from(transparencyRuleSetVerifications)
    .leftJoin(users, eq(users.id, transparencyRuleSetVerifications.recordedBy));
  const byKey = new Map(rows.map((r) => [r.v.ruleSetKey, r]));
  const item = (builtIn: boolean) => (ruleSet: RuleSet) => {
    const r = byKey.get(ruleSet.key);
    return {
      builtIn,
      ruleSet,
      verified: (builtIn && ruleSet.verified) || !!r,
      verification: r
        ? {
            verifiedBy: r.v.verifiedBy,
            verifiedOn: r.v.verifiedOn,
            source: r.v.source,
            notes: r.v.notes,
            recordedBy: r.username ?? null,
            recordedAt: r.v.createdAt.toISOString(),
          }
        : null,
    };
  };
  return { items: [...DEFAULT_RULE_SETS.map(item(true)), ...(await loadStoredRuleSets(db)).map(item(false))] };
}

/** Rule sets are versions: never edited, a change is a new set with a later effective date. */
export async function addRuleSet(ctx: ServiceContext, set: RuleSet): Promise<RuleSetItem> {
  if (DEFAULT_RULE_SETS.some((d) => d.key === set.key)) throw alreadyExists({ field: 'key' });
  await ctx.db.transaction(async (tx) => {
    const [exists] = await tx
      .select({ id: transparencyRuleSets.id })
      .from(transparencyRuleSets)
      .where(eq(transparencyRuleSets.key, set.key));
    if (exists) throw alreadyExists({ field: 'key' });
    const [row] = await tx
      .insert(transparencyRuleSets)
      .values({ key: set.key, effectiveFrom: set.effectiveFrom, definition: set, createdBy: ctx.actor.userId })
      .returning();
    await ctx.audit(tx, {
      action: 'create',
      entity: 'transparency_rule_set',
      entityId: row!.id,
      details: { key: set.key, effectiveFrom: set.effectiveFrom, verified: set.verified },
    });
  });
  return { builtIn: false, ruleSet: set, verified: false, verification: null };
}
