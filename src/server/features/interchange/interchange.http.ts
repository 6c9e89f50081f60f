import { z } from 'zod';

/** Response shapes shared by the interchange routes. */
const Counts = z.object({ inserted: z.number(), updated: z.number(), unchanged: z.number() });
export const ImportCountsOut = z.object({
  cases: Counts,
  followUps: z.object({ replacedCases: z.number(), inserted: z.number(), deleted: z.number() }),
  measures: Counts,
  actions: z.object({ replacedMeasures: z.number(), inserted: z.number(), deleted: z.number() }),
  informationRequests: Counts,
  extra: z.record(z.string(), z.object({ created: z.number(), updated: z.number() })).optional(),
});
export const ImportOut = z.object({ dryRun: z.boolean(), counts: ImportCountsOut });
