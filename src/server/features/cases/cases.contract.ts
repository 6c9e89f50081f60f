import { saneIsoDate, saneIsoDateTime } from '../../../common/dates.js';
import { z } from 'zod';
import { caseStatuses, closingReasons } from './lifecycle.js';

/** zod request/response contracts of the cases feature. Text limits keep payloads bounded. */
export const caseKinds = ['incorporation', 'attention', 'federal_collaboration'] as const;
export const procedures = ['ordinary', 'extraordinary'] as const;
export const profiles = ['defender', 'journalist'] as const;
export const identities = ['woman', 'man', 'lgbttti', 'collective'] as const;
export const measureTypes = ['preventive', 'protection', 'urgent_protection', 'social'] as const;
export const measureStatuses = ['proposed', 'active', 'suspended', 'ended'] as const;
export const decisionKinds = ['approve', 'modify', 'suspend', 'end'] as const;
export const riskLevels = ['low', 'medium', 'high', 'extreme'] as const;
export const riskFactors = [
  'threats',
  'physical_aggression',
  'digital_aggression',
  'surveillance',
  'stigmatisation',
  'legal_harassment',
  'aggressor_public_official',
  'aggressor_organised_crime',
  'previous_aggressions',
  'vulnerable_context',
  'other',
] as const;
export const beneficiaryRelations = ['principal', 'collective_member', 'relative', 'linked_person'] as const;
export const followUpKinds = ['call', 'visit', 'meeting', 'review', 'referral', 'other'] as const;

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
