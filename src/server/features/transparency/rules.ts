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

/**
 * NOT A DEFAULT. The city's historical periods (LTAIPRC art. 212: 9 days + 7) are UNVERIFIED
 * (legal.md): this template exists so an admin can load it after checking the official text.
 * ARCO periods of the city law are unknown, so the general-law numbers are repeated and
 * flagged in the notes.
 */
export const CDMX_LTAIPRC_UNVERIFIED_TEMPLATE: RuleSet = ruleSetSchema.parse({
  ...GENERAL_LAWS_2025,
  key: 'cdmx-ltaiprc-sin-verificar',
  name: 'LTAIPRC Ciudad de México (SIN VERIFICAR)',
  effectiveFrom: '2016-05-07',
  verified: false,
  notes:
    'Plazos no verificados contra el texto oficial (art. 212: 9 días + 7; art. 236: recurso 15 días). ARCO: se repiten los de la ley general, sin verificar.',
  clarificationEffect: 'restart',
  public: {
    ...GENERAL_LAWS_2025.public,
    answer: { days: 9, article: 'art. 212 LTAIPRC (SIN VERIFICAR)' },
    extension: { days: 7, article: 'art. 212 LTAIPRC (SIN VERIFICAR)' },
    appealFiling: { days: 15, article: 'art. 236 LTAIPRC' },
  },
});

export const DEFAULT_RULE_SETS: readonly RuleSet[] = [GENERAL_LAWS_2025];

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
