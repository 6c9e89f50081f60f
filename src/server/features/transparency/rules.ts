// Versioned legal rule sets for request deadlines.
//
// Laws change (LGTAIP and LGPDPPSO were replaced on 20-03-2025, the city's guarantor institute
// is being replaced in 2026), so every number lives in a dated rule set with the article next
// to it. A request follows the rule set in force on the day it was received. Admins add new
// rule sets as JSON validated by `ruleSetSchema`; no code change is needed.
import { z } from 'zod';
import { isIsoDate, type IsoDate } from './calendar.js';
import { dateRangeMessage, isSaneDate } from '../../../common/dates.js';

const period = z.object({
  days: z.number().int().min(0).max(365),
  /** Legal source of the number, e.g. "art. 134 LGTAIP 2025". */
  article: z.string().trim().min(1).max(200),
});
export type Period = z.infer<typeof period>;

const isoDate = z
  .string()
  .refine(isIsoDate, { message: 'Fecha inválida (AAAA-MM-DD)' })
  .refine(isSaneDate, { error: () => dateRangeMessage() });

export const ruleSetSchema = z.object({
  /** Stable key, e.g. "lgtaip-2025". */
  key: z.string().regex(/^[a-z0-9][a-z0-9._-]{1,60}$/),
  /**
   * The body of law the set belongs to ("general" for the general laws, "cdmx" for the city's).
   * Versions of one family replace each other by date; sets of different families are
   * alternatives that may all apply to a request (the safe date is the earliest of them).
   */
  family: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,40}$/)
    .default('general'),
  name: z.string().trim().min(1).max(200),
  effectiveFrom: isoDate,
  /** false = numbers not checked against the official text; shown as a warning, never a default. */
  verified: z.boolean(),
  notes: z.string().max(2000).default(''),
  /**
   * What a prevención does to the answer clock. 'pause' = days already used stay used
   * (legal.md: "the clock stops"); 'restart' = the full period counts again from the day after
   * the requester replies (wording of art. 128 LGTAIP 2015: "comenzará a computarse nuevamente").
   */
  clarificationEffect: z.enum(['pause', 'restart']),
  /**
   * A request received on a non-working day is taken as received on the next working day
   * (the unit cannot be notified while closed); counting then starts the day after that.
   */
  nonWorkingDayReceiptMovesToNextWorkingDay: z.boolean(),
  public: z.object({
    answer: period,
    extension: period,
    clarificationRequest: period,
    clarificationReply: period,
    alreadyPublic: period,
    incompetence: period,
    appealFiling: period,
  }),
  arco: z.object({
    answer: period,
    extension: period,
    makeEffective: period,
    clarificationRequest: period,
    clarificationReply: period,
    incompetence: period,
    specificProcedure: period,
    appealFiling: period,
  }),
});
export type RuleSet = z.infer<typeof ruleSetSchema>;
export type RuleSetInput = z.input<typeof ruleSetSchema>;

const LGTAIP = 'LGTAIP (DOF 20-03-2025)';
const LGPDPPSO = 'LGPDPPSO (DOF 20-03-2025)';

/**
 * Default: the general laws of 20-03-2025, which every state must follow (source: docs legal.md).
 * Effective from 21-03-2025, the day after publication in the DOF.
 */
export const GENERAL_LAWS_2025: RuleSet = ruleSetSchema.parse({
  key: 'leyes-generales-2025',
  family: 'general',
  name: 'Leyes generales de transparencia y de datos personales (DOF 20-03-2025)',
  effectiveFrom: '2025-03-21',
  verified: true,
  notes: 'Días hábiles contados a partir del día siguiente a la notificación (art. 128 LGTAIP).',
  clarificationEffect: 'pause',
  nonWorkingDayReceiptMovesToNextWorkingDay: true,
  public: {
    answer: { days: 20, article: `art. 134 ${LGTAIP}` },
    extension: { days: 10, article: `art. 134 ${LGTAIP} (resolución del Comité notificada antes del vencimiento)` },
    clarificationRequest: { days: 5, article: `art. 130 ${LGTAIP}` },
    clarificationReply: { days: 10, article: `art. 130 ${LGTAIP} (sin desahogo: no presentada)` },
    alreadyPublic: { days: 5, article: `art. 132 ${LGTAIP}` },
    incompetence: { days: 3, article: `art. 138 ${LGTAIP}` },
    appealFiling: { days: 15, article: `art. 144 ${LGTAIP}` },
  },
  arco: {
    answer: { days: 20, article: `art. 45 ${LGPDPPSO}` },
    extension: { days: 10, article: `art. 45 ${LGPDPPSO} (una sola vez, notificada dentro del plazo)` },
    makeEffective: { days: 15, article: `art. 45 ${LGPDPPSO}` },
    clarificationRequest: { days: 5, article: `art. 46 ${LGPDPPSO}` },
    clarificationReply: { days: 10, article: `art. 46 ${LGPDPPSO}` },
    incompetence: { days: 3, article: `art. 47 ${LGPDPPSO}` },
    specificProcedure: { days: 5, article: `art. 48 ${LGPDPPSO}` },
    appealFiling: { days: 15, article: `art. 95 ${LGPDPPSO}` },
  },
});

const LTAIPRC = 'LTAIPRC (Gaceta Oficial CDMX 06-05-2016, última reforma 29-11-2024)';

/**
 * The city's own law (Ley de Transparencia, Acceso a la Información Pública y Rendición de
 * Cuentas de la Ciudad de México). Loaded beside the general laws because the mechanism is a
 * city body and the city's periods are shorter: a unit that followed only the general law could
 * answer eleven working days late. The numbers are those of legal.md (art. 212: 9 days + 7;
 * art. 236: appeal 15 days; consistent with appeal RR.IP.0016/2019, where a request of
 * 9 Oct 2018 was extended on 22 Oct, the ninth working day). The other periods repeat the general
 * law's with its articles because no city figure is cited here; ARCO periods of the city law are
 * unknown, so they repeat the LGPDPPSO's. `verified: false` until an admin records who checked
 * it against the official text (table transparency_rule_set_verifications).
 */
export const CDMX_LTAIPRC: RuleSet = ruleSetSchema.parse({
  ...GENERAL_LAWS_2025,
  key: 'cdmx-ltaiprc',
  family: 'cdmx',
  name: 'Ley de Transparencia de la Ciudad de México (LTAIPRC)',
  effectiveFrom: '2016-05-07',
  verified: false,
  notes:
    'Cifras de docs legal.md: art. 212 (respuesta 9 días hábiles, ampliación 7) y art. 236 (recurso 15 días); coherentes con la resolución RR.IP.0016/2019. Prevención, información ya pública, incompetencia y ARCO repiten las cifras de las leyes generales (no hay cifra local citada). Compárese cada cifra con el texto oficial vigente antes de registrar la verificación.',
  // As the earlier template had it (to verify): after the prevención the full period runs again.
  clarificationEffect: 'restart',
  public: {
    ...GENERAL_LAWS_2025.public,
    answer: { days: 9, article: `art. 212 ${LTAIPRC}` },
    extension: { days: 7, article: `art. 212 ${LTAIPRC}` },
    appealFiling: { days: 15, article: `art. 236 ${LTAIPRC}` },
  },
});

/** Former name of the city set, kept for callers of the template era. */
export const CDMX_LTAIPRC_UNVERIFIED_TEMPLATE = CDMX_LTAIPRC;

/** Built-in sets: both ship loaded; an unverified one never governs, it only makes dates earlier. */
export const DEFAULT_RULE_SETS: readonly RuleSet[] = [GENERAL_LAWS_2025, CDMX_LTAIPRC];

/**
 * The rule set in force on `receivedOn`: the one with the latest `effectiveFrom` not after it.
 * Returns null when none was in force yet; the caller shows "no rule set" instead of guessing.
 */
export function ruleSetInForce(ruleSets: readonly RuleSet[], receivedOn: IsoDate): RuleSet | null {
  let best: RuleSet | null = null;
  for (const set of ruleSets) {
    if (set.effectiveFrom > receivedOn) continue;
    if (!best || set.effectiveFrom > best.effectiveFrom) best = set;
  }
  return best;
}

/**
 * Every rule set that may apply to a request received on `receivedOn`: per family, the version
 * in force that day. A key pinned on the request wins within its family (a version added later
 * with a past date never moves it). Ordered by family name for stable output.
 */
export function candidateRuleSets(
  ruleSets: readonly RuleSet[],
  receivedOn: IsoDate,
  pinnedKey: string | null = null,
): RuleSet[] {
  const pinned = pinnedKey ? ruleSets.find((s) => s.key === pinnedKey) : undefined;
  const families = [...new Set(ruleSets.map((s) => s.family))].sort();
  const out: RuleSet[] = [];
  for (const family of families) {
    if (pinned && pinned.family === family) {
      out.push(pinned);
      continue;
    }
    const set = ruleSetInForce(
      ruleSets.filter((s) => s.family === family),
      receivedOn,
    );
    if (set) out.push(set);
  }
  return out;
}
