import { z } from 'zod';
import { BeneficiaryOut, UrgencyOut } from './cases.contract.js';

/**
 * Response of GET /cases/:id. Declared so the serializer drops anything not listed here: a field
 * added to the service by mistake cannot reach the client (and the API docs show the shape).
 */
const s = z.string();
const ns = z.string().nullable();
export const CasePageOut = z.object({
  case: z.object({
    id: s,
    folio: s,
    kind: s,
    procedure: ns,
    profile: s,
    identity: s,
    openedOn: s,
    closedOn: ns,
    version: z.number(),
    status: s,
    location: ns,
    closingReason: ns,
    requestReceivedAt: ns,
  }),
  access: z.object({ identities: z.boolean(), lead: z.boolean(), nextStatuses: z.array(s) }),
  beneficiaries: z.array(BeneficiaryOut).nullable(),
  assignments: z.array(z.object({ userId: s, displayName: s })),
  assessments: z.array(
    z.object({
      id: s,
      assessedOn: s,
      level: s,
      factors: z.array(s),
      narrative: ns,
      authorId: ns,
      authorName: ns,
      version: z.number(),
    }),
  ),
  plans: z.array(z.object({ id: s, number: z.number(), validFrom: s, summary: ns })),
  measures: z.array(
    z.object({
      id: s,
      code: s,
      type: s,
      name: s,
      startedOn: ns,
      endedOn: ns,
      version: z.number(),
      status: s,
      responsibleInstitution: ns,
      planId: ns,
      actions: z.number(),
    }),
  ),
  decisions: z.array(z.object({ id: s, measureId: s, decision: s, decidedOn: s, sessionRef: s, note: ns })),
  followUps: z.array(z.object({ id: s, on: s, kind: ns, note: ns, version: z.number() })),
  timeline: z.array(
    z.object({ on: s, kind: s, refId: s, data: z.record(s, z.union([s, z.number(), z.null()])), at: s.optional() }),
  ),
  urgency: UrgencyOut,
});

const Counts = z.record(z.string(), z.number());
/** Response of GET /cases/stats: counts only. */
export const CaseStatsOut = z.object({
  total: z.number(),
  byKind: Counts,
  byProfile: Counts,
  byIdentity: Counts,
  byStatus: Counts,
});
/** Response of GET /cases/:id/beneficiaries. */
export const BeneficiaryList = z.object({ beneficiaries: z.array(BeneficiaryOut) });
