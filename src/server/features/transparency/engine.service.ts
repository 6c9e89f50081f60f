// Loads what the deadline engine needs from the database: the published non-working days, the
// rule sets (built-in plus the ones admins added), their recorded verifications and the
// installation's governing rule set history. All tables are tiny, so they are read per request:
// a newly published day or a governing decision moves every open deadline at once.
import { asc } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { createCalendar, mexicoCityDate, type BusinessCalendar, type IsoDate } from './calendar.js';
import { candidateRuleSets, DEFAULT_RULE_SETS, ruleSetInForce, ruleSetSchema, type RuleSet } from './rules.js';
import {
  transparencyGoverningRuleSets,
  transparencyNonWorkingDays,
  transparencyRuleSets,
  transparencyRuleSetVerifications,
} from './transparency.schema.js';

export type Verification = typeof transparencyRuleSetVerifications.$inferSelect;
export type GoverningDecision = typeof transparencyGoverningRuleSets.$inferSelect;

export interface DeadlineEngine {
  calendar: BusinessCalendar;
  ruleSets: RuleSet[];
  verifications: Map<string, Verification>;
  /** Governing decisions, oldest first. */
  governing: GoverningDecision[];
  /** A pinned key wins; otherwise the set in force on the day of receipt. */
  ruleSetFor(key: string | null, receivedOn: IsoDate): RuleSet | null;
  /** Every set that may apply to a request received on that day (one per family). */
  candidatesFor(pinnedKey: string | null, receivedOn: IsoDate): RuleSet[];
  isVerified(set: RuleSet): boolean;
  /** The governing decision in force for requests received on that day (null = none). */
  governingOn(receivedOn: IsoDate): GoverningDecision | null;
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

/** The decision in force on `date`: latest effective date not after it; among equal dates, the latest recorded. */
export function governingOn(decisions: readonly GoverningDecision[], date: IsoDate): GoverningDecision | null {
  let best: GoverningDecision | null = null;
  for (const d of decisions) {
    if (d.effectiveFrom > date) continue;
    if (
      !best ||
      d.effectiveFrom > best.effectiveFrom ||
      (d.effectiveFrom === best.effectiveFrom && d.createdAt >= best.createdAt)
    )
      best = d;
  }
  return best;
}

export async function loadEngine(db: Database, now: Date = new Date()): Promise<DeadlineEngine> {
  const [days, stored, verifications, governing] = await Promise.all([
    db.select({ day: transparencyNonWorkingDays.day }).from(transparencyNonWorkingDays),
    loadStoredRuleSets(db),
    db.select().from(transparencyRuleSetVerifications),
    db
      .select()
      .from(transparencyGoverningRuleSets)
      .orderBy(asc(transparencyGoverningRuleSets.effectiveFrom), asc(transparencyGoverningRuleSets.createdAt)),
  ]);
  const ruleSets = [...DEFAULT_RULE_SETS, ...stored];
  const verified = new Map(verifications.map((v) => [v.ruleSetKey, v]));
  return {
    calendar: createCalendar(days.map((d) => d.day)),
    ruleSets,
    verifications: verified,
    governing,
    ruleSetFor(key, receivedOn) {
      return (key && ruleSets.find((s) => s.key === key)) || ruleSetInForce(ruleSets, receivedOn);
    },
    candidatesFor: (pinnedKey, receivedOn) => candidateRuleSets(ruleSets, receivedOn, pinnedKey),
    // A stored set's own `verified: true` is only a claim: it counts once someone is on record
    // as having checked it. Built-in sets are verified in code (with their sources in docs).
    isVerified: (set) => (set.verified && DEFAULT_RULE_SETS.includes(set)) || verified.has(set.key),
    governingOn: (receivedOn) => governingOn(governing, receivedOn),
    today: mexicoCityDate(now),
  };
}
