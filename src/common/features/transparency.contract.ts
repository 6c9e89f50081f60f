// Shapes of the transparency API, shared by the server (validation, response filtering, API docs)
// and the web (types only).
import { z } from 'zod';
import { saneIsoDate, saneIsoDateTime } from '../dates.js';
import {
  ARCO_RIGHTS,
  CLASSIFICATIONS,
  REFERRAL_KINDS,
  REQUEST_ACTIONS,
  REQUEST_CHANNELS,
  REQUEST_STATUSES,
} from './transparency.js';

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

// Input and output schemas of the transparency routes (zod: validation and API docs in one).

export const isoDate = saneIsoDate;
const text = (max: number) => z.string().trim().min(1).max(max);

export const IdParams = z.object({ id: z.uuid() });

export const RegisterRequestBody = z
  .object({
    folio: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9/_.-]{2,39}$/, 'Folio inválido'),
    receivedOn: isoDate,
    receivedAt: saneIsoDateTime.optional(),
    kind: z.enum(['public', 'arco']),
    channel: z.enum(REQUEST_CHANNELS),
    arcoRight: z.enum(ARCO_RIGHTS).optional(),
    subject: text(300),
    requestText: z.string().trim().max(20000).optional(),
    requesterName: z.string().trim().max(300).optional(),
    requesterContact: z.string().trim().max(500).optional(),
  })
  .refine((b) => (b.kind === 'arco') === (b.arcoRight !== undefined), {
    message: 'Las solicitudes ARCO indican el derecho; las públicas no',
    path: ['arcoRight'],
  });
export type RegisterRequestInput = z.infer<typeof RegisterRequestBody>;

export const ListRequestsQuery = z.object({
  status: z.enum(REQUEST_STATUSES).optional(),
  kind: z.enum(['public', 'arco']).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  folio: z.string().trim().max(40).optional(),
  attention: z.enum(['overdue', 'due_soon', 'open']).optional(),
  sort: z.enum(['received_desc', 'received_asc', 'folio_asc', 'folio_desc']).default('received_desc'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const TransitionBody = z
  .object({
    action: z.enum(REQUEST_ACTIONS),
    on: isoDate,
    version: z.number().int().positive(),
    note: z.string().trim().max(4000).optional(),
    areas: z.array(text(200)).max(20).optional(),
    extensionResolution: z.string().trim().max(300).optional(),
    referralKind: z.enum(REFERRAL_KINDS).optional(),
    referredTo: z.string().trim().max(300).optional(),
  })
  .refine((b) => b.action !== 'turn_to_area' || (b.areas?.length ?? 0) > 0, {
    message: 'Indique al menos un área',
    path: ['areas'],
  })
  .refine((b) => b.action !== 'refer' || b.referralKind !== undefined, {
    message: 'Indique el tipo de canalización',
    path: ['referralKind'],
  })
  .refine((b) => b.action !== 'extend' || !!b.extensionResolution, {
    message: 'Indique la resolución del Comité',
    path: ['extensionResolution'],
  });
export type TransitionInput = z.infer<typeof TransitionBody>;

export const ClassificationBody = z
  .object({
    version: z.number().int().positive(),
    classification: z.enum(CLASSIFICATIONS),
    session: z.string().trim().max(200).optional(),
    decidedOn: isoDate.optional(),
    decision: z.enum(['confirmed', 'modified', 'revoked']).optional(),
  })
  .refine((b) => b.classification === 'public' || (!!b.session && !!b.decidedOn && !!b.decision), {
    message: 'La clasificación reservada o confidencial requiere la decisión del Comité de Transparencia',
    path: ['decision'],
  });

export const AppealBody = z.object({
  appealFolio: text(60),
  filedOn: isoDate,
  notifiedOn: isoDate.optional(),
});

export const AppealUpdateBody = z.object({
  version: z.number().int().positive(),
  resolvedOn: isoDate.nullable().optional(),
  outcome: z.enum(['confirmed', 'modified', 'revoked', 'dismissed', 'ordered_answer']).nullable().optional(),
  complianceDueOn: isoDate.nullable().optional(),
  compliedOn: isoDate.nullable().optional(),
});

const date = z.string().nullable();
const CandidateOut = z.object({
  ruleSetKey: z.string(),
  family: z.string(),
  name: z.string(),
  verified: z.boolean(),
  noticeOn: z.string(),
  clarificationRequestDueOn: z.string(),
  incompetenceDueOn: z.string(),
  alreadyPublicDueOn: date,
  specificProcedureDueOn: date,
  requesterReplyDueOn: date,
  answerDueOn: date,
  extendedDueOn: date,
  dueOn: date,
  makeEffectiveDueOn: date,
  appealFilingDueOn: date,
});

const DeadlinesOut = z.object({
  /** The set that governs, or (no governing set) the one that gave the answer due date. */
  ruleSetKey: z.string().nullable(),
  ruleSetVerified: z.boolean().nullable(),
  noticeOn: date,
  clarificationRequestDueOn: date,
  incompetenceDueOn: date,
  alreadyPublicDueOn: date,
  specificProcedureDueOn: date,
  requesterReplyDueOn: date,
  answerDueOn: date,
  extendedDueOn: date,
  dueOn: date,
  appealFilingDueOn: date,
  clockStopped: z.boolean(),
  daysLeft: z.number().nullable(),
  overdue: z.boolean(),
  answeredLate: z.boolean(),
  lapsedForNoReply: z.boolean(),
  clarificationLate: z.boolean(),
  extensionLate: z.boolean(),
  /** Why these dates: a governing set, the earliest of the candidates, or the basis kept at closing. */
  basis: z
    .object({
      mode: z.enum(['governing', 'earliest']),
      reason: z.enum(['governing', 'pinned', 'no_governing', 'governing_unverified', 'governing_not_applicable']),
      ruleSetKey: z.string().nullable(),
    })
    .nullable(),
  /** For each date above, the key of the rule set it came from. */
  sources: z.record(z.string(), z.string()),
  /** The dates of every rule set that may apply. */
  candidates: z.array(CandidateOut),
});

export const RequestSummaryOut = z.object({
  id: z.string(),
  folio: z.string(),
  receivedOn: z.string(),
  kind: z.enum(['public', 'arco']),
  admissible: z.boolean().nullable(),
  status: z.enum(REQUEST_STATUSES),
  channel: z.string().nullable(),
  arcoRight: z.string().nullable(),
  subject: z.string().nullable(),
  closedOn: z.string().nullable(),
  version: z.number(),
  /** false for requests that came only through the interchange import. */
  tracked: z.boolean(),
  deadlines: DeadlinesOut,
});

export const RequestDetailOut = RequestSummaryOut.extend({
  receivedAt: z.string().nullable(),
  allowedActions: z.array(z.enum(REQUEST_ACTIONS)),
  hasRequesterData: z.boolean(),
  can: RequestCan,
  clarificationRequestedOn: z.string().nullable(),
  clarificationAnsweredOn: z.string().nullable(),
  extensionNotifiedOn: z.string().nullable(),
  extensionResolution: z.string().nullable(),
  referralKind: z.string().nullable(),
  referredTo: z.string().nullable(),
  classification: z.string().nullable(),
  classificationSession: z.string().nullable(),
  classificationDecidedOn: z.string().nullable(),
  classificationDecision: z.string().nullable(),
  areas: z.array(
    z.object({ id: z.string(), area: z.string(), turnedOn: z.string(), respondedOn: z.string().nullable() }),
  ),
  events: z.array(
    z.object({
      id: z.string(),
      on: z.string(),
      action: z.string(),
      fromStatus: z.string().nullable(),
      toStatus: z.string().nullable(),
      note: z.string().nullable(),
      at: z.string(),
    }),
  ),
  appeals: z.array(
    z.object({
      id: z.string(),
      appealFolio: z.string(),
      filedOn: z.string(),
      notifiedOn: z.string().nullable(),
      resolvedOn: z.string().nullable(),
      outcome: z.string().nullable(),
      complianceDueOn: z.string().nullable(),
      compliedOn: z.string().nullable(),
      version: z.number(),
    }),
  ),
});
export type RequestDetail = z.infer<typeof RequestDetailOut>;

export const RequestListOut = z.object({ items: z.array(RequestSummaryOut), total: z.number() });
/** The requester's data, revealed on demand (the read is audited). */
export const RequesterOut = z.object({
  requesterName: z.string().nullable(),
  requesterContact: z.string().nullable(),
  requestText: z.string().nullable(),
});
export const DashboardOut = z.object({
  open: z.number(),
  dueSoon: z.number(),
  overdue: z.number(),
  clockStopped: z.number(),
  lapsedForNoReply: z.number(),
  byStatus: z.record(z.string(), z.number()),
  next: z.array(RequestSummaryOut),
  today: z.string(),
});
export type RequestSummary = z.infer<typeof RequestSummaryOut>;
