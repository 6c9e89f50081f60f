// Shapes of the transparency API shared with the web. Most of its contract still lives in
// src/server/features/transparency/transparency.contract.ts; what the web needs from it moves here.
import { z } from 'zod';

/**
 * What the person may do on an information request's page, decided by the server from the policies
 * and the request's state (requests.service.ts requestCan): the web shows controls from these.
 */
export const RequestCan = z.object({
  /** take a procedure step (the steps are `allowedActions`) */
  act: z.boolean(),
  /** record an area's answer, the classification and new appeals (requests tracked in detail) */
  track: z.boolean(),
  /** record the outcome of an appeal */
  resolveAppeal: z.boolean(),
  /** reveal the requester's data (audited) */
  seeRequester: z.boolean(),
});
export type RequestCanData = z.infer<typeof RequestCan>;

/** What the person may do on the unit's pages, decided by the server from the policy catalogue. */
export const TransparencyCan = z.object({
  /** transparency.write: register requests, record obligations, calendar days, training, activities */
  write: z.boolean(),
  /** transparency.admin: rule sets, the governing set and verifications */
  admin: z.boolean(),
});
export type TransparencyCanData = z.infer<typeof TransparencyCan>;
