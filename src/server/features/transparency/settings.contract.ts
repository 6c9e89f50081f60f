// Request and response shapes of /api/transparency/calendar and /api/transparency/rule-sets.
import { z } from 'zod';
import { ruleSetSchema } from './rules.js';
import { isoDate } from '../../../common/features/transparency.contract.js';

export const DayOut = z.object({ id: z.string(), day: z.string(), description: z.string(), source: z.string() });
export const DayBody = z.object({
  day: isoDate,
  description: z.string().trim().max(200).default(''),
  source: z.string().trim().max(300).default(''),
});
export const ImportBody = z.object({
  source: z.string().trim().max(300).default(''),
  entries: z
    .array(
      z
        .object({ from: isoDate, to: isoDate.optional(), description: z.string().trim().max(200).default('') })
        .refine((e) => !e.to || e.to >= e.from, { message: 'El fin del rango es anterior a su inicio', path: ['to'] })
        .refine((e) => !e.to || e.to <= `${Number(e.from.slice(0, 4)) + 1}${e.from.slice(4)}`, {
          message: 'Rango mayor a un año',
          path: ['to'],
        }),
    )
    .min(1)
    .max(200),
});

export const DayPatch = DayBody.omit({ day: true }).partial();
export const YearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const CalendarOut = z.object({
  year: z.number(),
  holidays: z.array(z.object({ date: z.string(), reason: z.string() })),
  published: z.array(DayOut),
});
export const ImportOut = z.object({ added: z.number(), skipped: z.number() });

export const VerificationOut = z.object({
  verifiedBy: z.string(),
  verifiedOn: z.string(),
  source: z.string(),
  notes: z.string(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
});
export const RuleSetOut = z.object({
  builtIn: z.boolean(),
  ruleSet: ruleSetSchema,
  /** Verified in code or by a recorded check; false = "por verificar". */
  verified: z.boolean(),
  verification: VerificationOut.nullable(),
});

export type DayInput = z.infer<typeof DayBody>;
export type DayPatchInput = z.infer<typeof DayPatch>;
export type ImportInput = z.infer<typeof ImportBody>;
export type RuleSetItem = z.infer<typeof RuleSetOut>;
