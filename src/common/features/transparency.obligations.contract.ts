// Request and response shapes of /api/transparency/obligations (SIPOT and the local platform).
import { z } from 'zod';
import { isoDate } from './transparency.contract.js';
import { OBLIGATION_STATUSES, PERIODICITIES } from './transparency.js';

export const ObligationOut = z.object({
  id: z.string(),
  fraction: z.string(),
  title: z.string(),
  responsibleArea: z.string(),
  periodicity: z.enum(PERIODICITIES),
  active: z.boolean(),
  version: z.number(),
});
export const ObligationBody = z.object({
  fraction: z.string().trim().min(1).max(40),
  title: z.string().trim().min(1).max(300),
  responsibleArea: z.string().trim().min(1).max(200),
  periodicity: z.enum(PERIODICITIES),
});
export const ObligationPatch = ObligationBody.partial().extend({
  version: z.number().int().positive(),
  active: z.boolean().optional(),
});
// Years 2000-2099 only: periods are real reporting periods, not arbitrary dates.
export const PeriodParams = z.object({ id: z.uuid(), period: z.string().regex(/^20\d{2}(-Q[1-4]|-H[12])?$/) });
export const PeriodBody = z
  .object({
    /** 0 when the period has no record yet. */
    version: z.number().int().min(0),
    status: z.enum(OBLIGATION_STATUSES),
    updatedOn: isoDate.nullable().optional(),
    validatedOn: isoDate.nullable().optional(),
    evidenceRef: z.string().trim().max(500).nullable().optional(),
    notes: z.string().trim().max(2000).nullable().optional(),
  })
  .refine((b) => b.status === 'pending' || !!b.updatedOn, {
    message: 'Indique la fecha de actualización',
    path: ['updatedOn'],
  })
  .refine((b) => b.status !== 'validated' || !!b.validatedOn, {
    message: 'Indique la fecha de validación',
    path: ['validatedOn'],
  });
export const QuarterQuery = z.object({ quarter: z.string().regex(/^20\d{2}-Q[1-4]$/) });
export const ComplianceRow = z.object({
  obligation: ObligationOut,
  period: z.string(),
  status: z.enum(OBLIGATION_STATUSES),
  updatedOn: z.string().nullable(),
  validatedOn: z.string().nullable(),
  evidenceRef: z.string().nullable(),
  notes: z.string().nullable(),
  version: z.number(),
});
export const ComplianceOut = z.object({
  quarter: z.string(),
  rows: z.array(ComplianceRow),
  compliance: z.object({
    required: z.number(),
    uploaded: z.number(),
    validated: z.number(),
    percent: z.number().nullable(),
    validatedPercent: z.number().nullable(),
  }),
});

export const PeriodOut = ComplianceRow.omit({ obligation: true });

export type ObligationInput = z.infer<typeof ObligationBody>;
export type ObligationPatchInput = z.infer<typeof ObligationPatch>;
export type PeriodInput = z.infer<typeof PeriodBody>;
export type Compliance = z.infer<typeof ComplianceOut>;
