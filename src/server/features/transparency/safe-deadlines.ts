// Deadlines on the safe side when more than one rule set may apply (the general laws and the
// city's own law). Each candidate set computes its own dates with its own interpretation
// switches; until a verified set governs the installation, the unit is shown, per date, the
// EARLIEST of the candidates' for its own duties (answer, extension, prevención, incompetence…)
// and the LATEST for the requester's periods (reply to a prevención, appeal filing): those gate
// acts against the requester (declaring a request not filed, treating an answer as firm), so the
// safe side there is to wait for every period that may apply. Pure: no database, no clock.
import type { BusinessCalendar, IsoDate } from './calendar.js';
import { computeDeadlines, type Deadlines, type RequestSteps } from './deadlines.js';
import type { RuleSet } from './rules.js';

/** Dates the unit must meet: the earliest candidate governs. */
export const UNIT_DUTIES = [
  'noticeOn',
  'clarificationRequestDueOn',
  'incompetenceDueOn',
  'alreadyPublicDueOn',
  'specificProcedureDueOn',
  'answerDueOn',
  'extendedDueOn',
  'dueOn',
  'makeEffectiveDueOn',
] as const;
/** Periods that belong to the requester: the latest candidate governs. */
export const REQUESTER_PERIODS = ['requesterReplyDueOn', 'appealFilingDueOn'] as const;
export type DeadlineField = (typeof UNIT_DUTIES)[number] | (typeof REQUESTER_PERIODS)[number];

export interface Candidate {
  set: RuleSet;
  /** Verified in code or by an admin's recorded check. */
  verified: boolean;
}

/**
 * Why the dates are what they are (shown on the request page):
 * - governing: a verified set governs requests received on that date;
 * - pinned: the request was closed; its dates stay as they were when it closed;
 * - no_governing: no governing set chosen; the safe date of every candidate;
 * - governing_unverified / governing_not_applicable: a set was chosen, but its version for this
 *   request is not verified or does not exist on the date of receipt; the safe date again.
 */
export type BasisReason = 'governing' | 'pinned' | 'no_governing' | 'governing_unverified' | 'governing_not_applicable';

export interface Basis {
  mode: 'governing' | 'earliest';
  reason: BasisReason;
  /** The set that governs (mode governing) or that gave the answer due date (mode earliest). */
  ruleSetKey: string | null;
}

export interface CandidateDeadlines {
  ruleSetKey: string;
  family: string;
  name: string;
  verified: boolean;
  deadlines: Deadlines;
}

export interface SafeDeadlines {
  effective: Deadlines;
  /** For each date, the key of the set it came from. */
  sources: Partial<Record<DeadlineField, string>>;
  candidates: CandidateDeadlines[];
  basis: Basis;
}

export interface GoverningInput {
  /** Family chosen for the installation (null = none: earliest). */
  family: string | null;
  /** Closed request: keep the basis recorded at closing (its mode, set verified then). */
  pinned?: boolean;
}

function pick(values: { key: string; date: IsoDate }[], latest: boolean) {
  let best: { key: string; date: IsoDate } | null = null;
  for (const v of values) if (!best || (latest ? v.date > best.date : v.date < best.date)) best = v;
  return best;
}

export function resolveDeadlines(
  calendar: BusinessCalendar,
  candidates: readonly Candidate[],
  governing: GoverningInput,
  steps: RequestSteps,
): SafeDeadlines | null {
  if (candidates.length === 0) return null;
  const computed: CandidateDeadlines[] = candidates.map((c) => ({
    ruleSetKey: c.set.key,
    family: c.set.family,
    name: c.set.name,
    verified: c.verified,
    deadlines: computeDeadlines(calendar, c.set, steps),
  }));

  let reason: BasisReason = 'no_governing';
  if (governing.family) {
    const chosen = computed.find((c) => c.family === governing.family);
    if (!chosen) reason = 'governing_not_applicable';
    else if (!chosen.verified && !governing.pinned) reason = 'governing_unverified';
    else {
      const sources = Object.fromEntries(
        [...UNIT_DUTIES, ...REQUESTER_PERIODS].map((f) => [f, chosen.ruleSetKey]),
      ) as SafeDeadlines['sources'];
      return {
        effective: chosen.deadlines,
        sources,
        candidates: computed,
        basis: { mode: 'governing', reason: governing.pinned ? 'pinned' : 'governing', ruleSetKey: chosen.ruleSetKey },
      };
    }
  }
  if (governing.pinned) reason = 'pinned';

  const sources: SafeDeadlines['sources'] = {};
  const choose = (field: DeadlineField, latest: boolean): IsoDate | null => {
    const values = computed.flatMap((c) => {
      const date = c.deadlines[field];
      return date ? [{ key: c.ruleSetKey, date }] : [];
    });
    const best = pick(values, latest);
    if (best) sources[field] = best.key;
    return best?.date ?? null;
  };
  const first = computed[0]!.deadlines;
  const answerDueOn = choose('answerDueOn', false);
  const dueOn = choose('dueOn', false);
  const clarificationRequestDueOn = choose('clarificationRequestDueOn', false)!;
  const fromDueSet = computed.find((c) => c.ruleSetKey === sources.dueOn)?.deadlines ?? first;
  const extensionOn = steps.extensionNotifiedOn ?? null;
  const requestedOn = steps.clarificationRequestedOn ?? null;
  const extensionLate = extensionOn !== null && answerDueOn !== null && extensionOn > answerDueOn;
  const effective: Deadlines = {
    ruleSetKey: sources.dueOn ?? first.ruleSetKey,
    noticeOn: choose('noticeOn', false)!,
    clarificationRequestDueOn,
    incompetenceDueOn: choose('incompetenceDueOn', false)!,
    alreadyPublicDueOn: choose('alreadyPublicDueOn', false),
    specificProcedureDueOn: choose('specificProcedureDueOn', false),
    clarificationLate: requestedOn !== null && requestedOn > clarificationRequestDueOn,
    requesterReplyDueOn: choose('requesterReplyDueOn', true),
    clockStopped: first.clockStopped,
    daysUsedBeforeClarification: fromDueSet.daysUsedBeforeClarification,
    answerDueOn,
    // Late under the earliest set, the extension extends nothing there: no extended date is shown.
    extendedDueOn: extensionLate ? null : choose('extendedDueOn', false),
    extensionLate,
    dueOn,
    makeEffectiveDueOn: choose('makeEffectiveDueOn', false),
    appealFilingDueOn: choose('appealFilingDueOn', true),
  };
  return {
    effective,
    sources,
    candidates: computed,
    basis: { mode: 'earliest', reason, ruleSetKey: effective.ruleSetKey },
  };
}
