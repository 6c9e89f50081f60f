// Request and response contracts of the cases API, shared by server and web (the web imports types only:
// `z.infer<typeof CasePageOut>`). Text limits keep payloads bounded; a response schema lists every field
// the client gets, and the serializer drops anything else a service returns.
import { z } from 'zod';
import { saneIsoDate, saneIsoDateTime } from '../dates.js';
import {
  caseStatuses,
  closingReasons,
  caseKinds,
  procedures,
  profiles,
  identities,
  measureTypes,
  measureStatuses,
  decisionKinds,
  riskLevels,
  riskFactors,
  beneficiaryRelations,
  followUpKinds,
  timelineKinds,
} from './cases.js';

export {
  caseStatuses,
  closingReasons,
  caseKinds,
  procedures,
  profiles,
  identities,
  measureTypes,
  measureStatuses,
  decisionKinds,
  riskLevels,
  riskFactors,
  beneficiaryRelations,
  followUpKinds,
  timelineKinds,
};

const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => z.string().trim().max(max).nullable().optional();
export const Id = z.object({ id: z.uuid() });
export const Version = z.number().int().min(1);
export const isoDate = saneIsoDate;

export const CaseCreate = z
  .object({
    kind: z.enum(caseKinds),
    procedure: z.enum(procedures).nullable().optional(),
    profile: z.enum(profiles),
    identity: z.enum(identities),
    openedOn: isoDate,
    location: optText(120),
    requestReceivedAt: saneIsoDateTime.optional(),
  })
  .refine((v) => (v.kind === 'incorporation') === (v.procedure !== null && v.procedure !== undefined), {
    message: 'Las incorporaciones requieren procedimiento (ordinario o extraordinario); los demás tipos no lo llevan.',
    path: ['procedure'],
  });

export const CaseUpdate = z.object({
  version: Version,
  profile: z.enum(profiles).optional(),
  identity: z.enum(identities).optional(),
  procedure: z.enum(procedures).optional(),
  openedOn: isoDate.optional(),
  location: optText(120),
});

export const StatusChange = z.object({
  version: Version,
  to: z.enum(caseStatuses),
  closingReason: z.enum(closingReasons).optional(),
  closedOn: isoDate.optional(),
});

export const caseListSorts = ['opened_desc', 'opened_asc', 'folio_asc', 'folio_desc'] as const;

export const CaseListQuery = z.object({
  kind: z.enum(caseKinds).optional(),
  profile: z.enum(profiles).optional(),
  identity: z.enum(identities).optional(),
  status: z.enum(caseStatuses).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  mine: z.enum(['true', 'false']).optional(),
  /** only extraordinary cases still without an urgent measure in place */
  urgent: z.enum(['true', 'false']).optional(),
  folio: z.string().trim().min(1).max(60).optional(),
  name: z.string().trim().min(2).max(200).optional(),
  /** Order of the list: opening date (newest first by default) or folio. */
  sort: z.enum(caseListSorts).default('opened_desc'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const UrgencyOut = z.object({
  applies: z.boolean(),
  hoursSinceRequest: z.number().nullable(),
  urgentIssued: z.boolean(),
  urgentImplemented: z.boolean(),
  missingUrgentMeasure: z.boolean(),
  issueOverdue: z.boolean(),
  implementationOverdue: z.boolean(),
});

export const CaseSummary = z.object({
  id: z.uuid(),
  folio: z.string(),
  kind: z.enum(caseKinds),
  procedure: z.enum(procedures).nullable(),
  profile: z.enum(profiles),
  identity: z.enum(identities),
  status: z.string(),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  location: z.string().nullable(),
  assignedToMe: z.boolean(),
  urgentMissing: z.boolean(),
  version: z.number(),
});
/**
 * The case list counts matching cases only up to this many (or up to the page asked for, when it
 * lies further): at national scale an exact count on every request costs more than the page.
 */
export const CASE_LIST_COUNT_CAP = 1000;
export const CaseList = z.object({
  items: z.array(CaseSummary),
  /** Matching cases; when `totalIsLowerBound`, there are MORE than `total` (the count stopped there). */
  total: z.number(),
  totalIsLowerBound: z.boolean(),
});

export const BeneficiaryInput = z.object({
  relation: z.enum(beneficiaryRelations),
  name: text(200),
  aliases: optText(300),
  contact: optText(300),
  address: optText(500),
  organisation: optText(200),
  activity: optText(300),
});
export const BeneficiaryUpdate = BeneficiaryInput.partial().extend({ version: Version });
export const BeneficiaryOut = z.object({
  id: z.uuid(),
  relation: z.string(),
  name: z.string(),
  aliases: z.string().nullable(),
  contact: z.string().nullable(),
  address: z.string().nullable(),
  organisation: z.string().nullable(),
  activity: z.string().nullable(),
  version: z.number(),
});

export const AssessmentInput = z.object({
  assessedOn: isoDate,
  level: z.enum(riskLevels),
  factors: z.array(z.enum(riskFactors)).max(riskFactors.length).default([]),
  narrative: optText(20_000),
});
export const AssessmentUpdate = AssessmentInput.partial().extend({ version: Version });

export const PlanInput = z.object({ validFrom: isoDate, summary: optText(20_000) });

export const MeasureInput = z.object({
  catalogueId: z.uuid(),
  name: optText(300),
  planId: z.uuid().nullable().optional(),
  startedOn: isoDate.nullable().optional(),
  responsibleInstitution: optText(200),
});
export const MeasureUpdate = z.object({
  version: Version,
  status: z.enum(measureStatuses).optional(),
  startedOn: isoDate.nullable().optional(),
  endedOn: isoDate.nullable().optional(),
  responsibleInstitution: optText(200),
  planId: z.uuid().nullable().optional(),
});

export const DecisionInput = z.object({
  decision: z.enum(decisionKinds),
  decidedOn: isoDate,
  sessionRef: text(120),
  /** The CEM session of the bodies module in which the decision was taken. */
  sessionId: z.string().trim().min(1).max(80).nullable().optional(),
  note: optText(5000),
});

export const FollowUpInput = z.object({ on: isoDate, kind: z.enum(followUpKinds), note: optText(10_000) });
/** Edit of a follow-up: only the fields sent change; `version` is the one read (409 `conflict` when it moved). */
export const FollowUpUpdate = FollowUpInput.partial().extend({ version: Version });

export const AssignmentsInput = z.object({ userIds: z.array(z.uuid()).max(50) });

const monthRe = /^\d{4}-(0[1-9]|1[0-2])$/;
export const MonthQuery = z.object({ month: z.string().regex(monthRe), caseId: z.uuid().optional() });
export const MonthActionsInput = z.object({
  month: z.string().regex(monthRe),
  /** Replaces the month's actions of each listed measure with these day counts (0 = none). */
  measures: z
    .array(
      z.object({
        measureId: z.uuid(),
        days: z
          .array(z.object({ day: z.number().int().min(1).max(31), count: z.number().int().min(0).max(100_000) }))
          .max(31),
        /** The day counts the client loaded (GET …/month `counts`): when the stored month differs,
         *  someone else saved in between and the save is refused with 409 instead of overwriting. */
        expected: z.array(z.number().int().min(0).max(10_000_000)).max(31).optional(),
      }),
    )
    .min(1)
    .max(1000),
});

export const CatalogueInput = z.object({ type: z.enum(measureTypes), name: text(300) });
export const CatalogueUpdate = z.object({
  version: Version,
  name: text(300).optional(),
  active: z.boolean().optional(),
});
export const FolioPatternInput = z.object({ pattern: z.string().trim().min(1).max(60), version: Version });
export const LeadsInput = z.object({ userIds: z.array(z.uuid()).max(200) });

/** Routes without input still refuse unexpected query parameters. */
export const NoQuery = z.object({}).strict();

// ---- responses ----

export const TimelineEventOut = z.object({
  /** calendar date YYYY-MM-DD (the day the thing happened, for actions the month's last entry) */
  on: z.string(),
  kind: z.enum(timelineKinds),
  refId: z.string(),
  /** non-personal facts for the label (codes, numbers); the web renders them */
  data: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  /** exact time when known (status changes): orders events of the same day and kind */
  at: z.string().optional(),
});

/**
 * What the person may do on the case page, decided by the server from the policies and the
 * record-level rules (assignment, lead, status): the web shows buttons from these, never from roles.
 */
export const CaseCan = z.object({
  /** edit the case's own fields */
  edit: z.boolean(),
  /** move the case to another status (the allowed ones are `access.nextStatuses`) */
  changeStatus: z.boolean(),
  /** conclude the case */
  close: z.boolean(),
  /** choose the staff assigned to the case (area leads) */
  assign: z.boolean(),
  /** add, edit and delete beneficiaries, assessments, plans, measures, decisions and follow-ups */
  editRecords: z.boolean(),
});

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
  can: CaseCan,
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
  decisions: z.array(
    z.object({ id: s, measureId: s, decision: s, decidedOn: s, sessionRef: s, sessionId: ns, note: ns }),
  ),
  followUps: z.array(z.object({ id: s, on: s, kind: ns, note: ns, version: z.number() })),
  timeline: z.array(TimelineEventOut),
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

/** A write that answers the record's id and its new version (optimistic concurrency). */
export const Saved = z.object({ id: z.uuid(), version: z.number() });
export const CaseCreated = Saved.extend({ folio: z.string() });
export const StatusChanged = Saved.extend({ status: z.string() });
export const AssignmentsOut = z.object({ userIds: z.array(z.uuid()) });
/** Staff that can be assigned to a case: display names only. */
export const StaffList = z.object({ staff: z.array(z.object({ id: z.uuid(), displayName: z.string() })) });
export const PlanAdded = z.object({ id: z.uuid(), number: z.number() });
export const MeasureAdded = Saved.extend({ code: z.string() });
/** A decision bumps its measure's version; the client needs it for the next edit of the measure. */
export const DecisionAdded = z.object({ id: z.uuid(), measureVersion: z.number() });
export const FollowUpAdded = z.object({ id: z.uuid() });
/** Answer of a DELETE: 204 without a body. */
export const NoContent = z.null();

export const MonthGridOut = z.object({
  month: z.string(),
  days: z.number(),
  measures: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      type: z.string(),
      name: z.string(),
      caseId: z.uuid(),
      folio: z.string(),
      version: z.number(),
      status: z.string(),
      /** actions per day of the month (index 0 is day 1) */
      counts: z.array(z.number()),
    }),
  ),
});
export const MonthSaved = z.object({ month: z.string(), measures: z.number(), entries: z.number() });

export const CatalogueEntryOut = z.object({
  id: z.uuid(),
  type: z.string(),
  name: z.string(),
  active: z.boolean(),
  version: z.number(),
});
export const CatalogueList = z.object({ entries: z.array(CatalogueEntryOut) });
export const FolioPatternOut = z.object({ pattern: z.string(), version: z.number() });
export const LeadsOut = z.object({
  leads: z.array(z.object({ userId: z.uuid(), displayName: z.string(), username: z.string() })),
});

// Types the web takes from the contract (type-only imports keep zod out of its bundle).
export type CaseSummaryData = z.infer<typeof CaseSummary>;
export type CaseListData = z.infer<typeof CaseList>;
export type CasePageData = z.infer<typeof CasePageOut>;
export type CaseCanData = z.infer<typeof CaseCan>;
export type CaseStatsData = z.infer<typeof CaseStatsOut>;
export type BeneficiaryData = z.infer<typeof BeneficiaryOut>;
export type TimelineEventData = z.infer<typeof TimelineEventOut>;
export type UrgencyData = z.infer<typeof UrgencyOut>;
export type MonthGridData = z.infer<typeof MonthGridOut>;
export type CatalogueEntryData = z.infer<typeof CatalogueEntryOut>;
export type StaffListData = z.infer<typeof StaffList>;
export type LeadsData = z.infer<typeof LeadsOut>;
export type FolioPatternData = z.infer<typeof FolioPatternOut>;
