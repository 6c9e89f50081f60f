// Loads what the deadline engine needs from the database: the published non-working days and
// the rule sets (built-in defaults plus the ones admins added). Both tables are tiny, so they
// are read per request: a newly published day moves every open deadline at once.
import { asc } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { createCalendar, mexicoCityDate, type BusinessCalendar, type IsoDate } from './calendar.js';
import { DEFAULT_RULE_SETS, ruleSetInForce, ruleSetSchema, type RuleSet } from './rules.js';
import { transparencyNonWorkingDays, transparencyRuleSets } from './transparency.schema.js';

export interface DeadlineEngine {
  calendar: BusinessCalendar;
  ruleSets: RuleSet[];
  /** A pinned key wins; otherwise the set in force on the day of receipt. */
  ruleSetFor(key: string | null, receivedOn: IsoDate): RuleSet | null;
  today: IsoDate;
}

export async function loadStoredRuleSets(db: Database): Promise<RuleSet[]> {
  const rows = await db.select().from(transparencyRuleSets).orderBy(asc(transparencyRuleSets.effectiveFrom));
  // Stored JSON was validated on the way in; parse again so a hand-edited row cannot break deadlines silently.
  return rows.flatMap((r) => {
    const parsed = ruleSetSchema.safeParse(r.definition);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function loadEngine(db: Database, now: Date = new Date()): Promise<DeadlineEngine> {
  const days = await db.select({ day: transparencyNonWorkingDays.day }).from(transparencyNonWorkingDays);
  const ruleSets = [...DEFAULT_RULE_SETS, ...(await loadStoredRuleSets(db))];
  return {
    calendar: createCalendar(days.map((d) => d.day)),
    ruleSets,
    ruleSetFor(key, receivedOn) {
      return (key && ruleSets.find((s) => s.key === key)) || ruleSetInForce(ruleSets, receivedOn);
    },
    today: mexicoCityDate(now),
  };
}
