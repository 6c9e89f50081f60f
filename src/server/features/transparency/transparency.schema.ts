// Tables of the transparency unit. The core `information_requests` table (folio, received_on,
// kind, admissible) carries the interchange contract and the report; everything the unit needs
// beyond it hangs off it 1:1 (details) or 1:n (areas, events, appeals) and never changes it.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { informationRequests } from '../../records/records.schema.js';
import { encryptedText } from '../../platform/crypto/encrypted-column.js';
// The value lists the contracts use are shared with the web (src/common/features/transparency.ts).
import {
  ARCO_RIGHTS,
  CLASSIFICATIONS,
  COURSE_KINDS,
  OBLIGATION_STATUSES,
  PERIODICITIES,
  REFERRAL_KINDS,
  REQUEST_CHANNELS,
} from '../../../common/features/transparency.js';

const now = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** Non-working days the unit publishes in the Gaceta each year (weekends and LFT art. 74 are computed). */
export const transparencyNonWorkingDays = pgTable('transparency_non_working_days', {
  id: uuid('id').primaryKey().defaultRandom(),
  day: date('day', { mode: 'string' }).notNull().unique(),
  description: text('description').notNull().default(''),
  /** Where it was published, e.g. "Gaceta Oficial 31-01-2024, p. 96". */
  source: text('source').notNull().default(''),
  createdAt: now(),
});

/** Versioned rule sets; the JSON is validated by `ruleSetSchema` before it is stored and never edited. */
export const transparencyRuleSets = pgTable('transparency_rule_sets', {
  id: uuid('id').primaryKey().defaultRandom(),
  key: text('key').notNull().unique(),
  effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
  definition: jsonb('definition').notNull(),
  createdBy: uuid('created_by'),
  createdAt: now(),
});

/**
 * Who checked a rule set against the official text, and when. A set is "por verificar" until it
 * has a row here (or is marked verified in code); only verified sets may govern deadlines.
 * Append-only: one row per rule set (sets are never edited, so one check is enough).
 */
export const transparencyRuleSetVerifications = pgTable('transparency_rule_set_verifications', {
  id: uuid('id').primaryKey().defaultRandom(),
  ruleSetKey: text('rule_set_key').notNull().unique(),
  /** Name and position of the person who compared the numbers with the official text. */
  verifiedBy: text('verified_by').notNull(),
  verifiedOn: date('verified_on', { mode: 'string' }).notNull(),
  /** The official text checked, e.g. "Gaceta Oficial CDMX 29-11-2024, texto vigente". */
  source: text('source').notNull(),
  notes: text('notes').notNull().default(''),
  recordedBy: uuid('recorded_by'),
  createdAt: now(),
});

/**
 * Installation setting, kept as a dated history: from `effectiveFrom` (date of receipt) requests
 * are governed by the family of `ruleSetKey`; a row with a null key returns to the earliest date.
 * Never updated: a change is a new row, so the decision trail stays readable.
 */
export const transparencyGoverningRuleSets = pgTable(
  'transparency_governing_rule_sets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    family: text('family'),
    ruleSetKey: text('rule_set_key'),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    note: text('note').notNull().default(''),
    decidedBy: uuid('decided_by'),
    createdAt: now(),
  },
  (t) => [index('transparency_governing_effective_idx').on(t.effectiveFrom)],
);

export { ARCO_RIGHTS, CLASSIFICATIONS, REFERRAL_KINDS, REQUEST_CHANNELS };

export const informationRequestDetails = pgTable(
  'information_request_details',
  {
    requestId: uuid('request_id')
      .primaryKey()
      .references(() => informationRequests.id, { onDelete: 'cascade' }),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    channel: text('channel', { enum: REQUEST_CHANNELS }).notNull(),
    arcoRight: text('arco_right', { enum: ARCO_RIGHTS }),
    /** Short summary written by the unit (no personal data): shown in lists. */
    subject: text('subject').notNull(),
    /** Full request text and requester data: encrypted (FieldCrypto). */
    requestTextEnc: encryptedText('request_text_enc'),
    requesterNameEnc: encryptedText('requester_name_enc'),
    requesterContactEnc: encryptedText('requester_contact_enc'),
    requesterNameIndex: text('requester_name_index'),
    status: text('status').notNull().default('received'),
    /** The rule set in force on the day of receipt, pinned so later rule sets do not move it. */
    ruleSetKey: text('rule_set_key'),
    /**
     * Which dates governed when the request was closed ({ mode, keys }): a later change of the
     * governing rule set or a new version never moves a closed request's dates.
     */
    deadlineBasis: jsonb('deadline_basis').$type<{ mode: 'governing' | 'earliest'; keys: string[] }>(),
    clarificationRequestedOn: date('clarification_requested_on', { mode: 'string' }),
    clarificationAnsweredOn: date('clarification_answered_on', { mode: 'string' }),
    extensionNotifiedOn: date('extension_notified_on', { mode: 'string' }),
    extensionResolution: text('extension_resolution'),
    closedOn: date('closed_on', { mode: 'string' }),
    referralKind: text('referral_kind', { enum: REFERRAL_KINDS }),
    referredTo: text('referred_to'),
    classification: text('classification', { enum: CLASSIFICATIONS }),
    classificationSession: text('classification_session'),
    classificationDecidedOn: date('classification_decided_on', { mode: 'string' }),
    classificationDecision: text('classification_decision', { enum: ['confirmed', 'modified', 'revoked'] }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('ir_details_status_idx').on(t.status),
    index('ir_details_requester_idx').on(t.requesterNameIndex),
    check(
      'ir_details_arco_ck',
      sql`${t.arcoRight} is null or ${t.arcoRight} in ('access','rectification','cancellation','opposition','portability')`,
    ),
  ],
);

/** Areas the request was turned to (one row per area per turn). */
export const informationRequestAreas = pgTable(
  'information_request_areas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => informationRequests.id, { onDelete: 'cascade' }),
    area: text('area').notNull(),
    turnedOn: date('turned_on', { mode: 'string' }).notNull(),
    respondedOn: date('responded_on', { mode: 'string' }),
    createdAt: now(),
  },
  (t) => [index('ir_areas_request_idx').on(t.requestId)],
);

/** Timeline: one row per step, append-only. */
export const informationRequestEvents = pgTable(
  'information_request_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => informationRequests.id, { onDelete: 'cascade' }),
    on: date('on', { mode: 'string' }).notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    /** Staff note; may name people, so encrypted. */
    noteEnc: encryptedText('note_enc'),
    actorUserId: uuid('actor_user_id'),
    createdAt: now(),
  },
  (t) => [index('ir_events_request_idx').on(t.requestId, t.createdAt)],
);

export const APPEAL_OUTCOMES = ['confirmed', 'modified', 'revoked', 'dismissed', 'ordered_answer'] as const;

/** Recurso de revisión against the answer (or its absence). */
export const informationRequestAppeals = pgTable(
  'information_request_appeals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => informationRequests.id, { onDelete: 'cascade' }),
    appealFolio: text('appeal_folio').notNull(),
    filedOn: date('filed_on', { mode: 'string' }).notNull(),
    notifiedOn: date('notified_on', { mode: 'string' }),
    resolvedOn: date('resolved_on', { mode: 'string' }),
    outcome: text('outcome', { enum: APPEAL_OUTCOMES }),
    complianceDueOn: date('compliance_due_on', { mode: 'string' }),
    compliedOn: date('complied_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: now(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('ir_appeals_request_idx').on(t.requestId),
    check('ir_appeals_dates_ck', sql`${t.resolvedOn} is null or ${t.resolvedOn} >= ${t.filedOn}`),
  ],
);

// ---- Transparency obligations (SIPOT and the local platform) ----

export { OBLIGATION_STATUSES, PERIODICITIES };

export const transparencyObligations = pgTable('transparency_obligations', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Article and fraction, e.g. "121-I". */
  fraction: text('fraction').notNull().unique(),
  title: text('title').notNull(),
  responsibleArea: text('responsible_area').notNull(),
  periodicity: text('periodicity', { enum: PERIODICITIES }).notNull(),
  active: boolean('active').notNull().default(true),
  version: integer('version').notNull().default(1),
  createdAt: now(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const transparencyObligationUpdates = pgTable(
  'transparency_obligation_updates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    obligationId: uuid('obligation_id')
      .notNull()
      .references(() => transparencyObligations.id, { onDelete: 'cascade' }),
    /** '2024-Q1', '2024-H2' or '2024'. */
    period: text('period').notNull(),
    status: text('status', { enum: OBLIGATION_STATUSES }).notNull().default('pending'),
    updatedOn: date('updated_on', { mode: 'string' }),
    validatedOn: date('validated_on', { mode: 'string' }),
    /** Reference to the stored evidence (file id, platform receipt, URL). */
    evidenceRef: text('evidence_ref'),
    notes: text('notes'),
    version: integer('version').notNull().default(1),
    createdAt: now(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('obligation_updates_period_uq').on(t.obligationId, t.period),
    check(
      'obligation_updates_validated_ck',
      sql`${t.validatedOn} is null or ${t.updatedOn} is null or ${t.validatedOn} >= ${t.updatedOn}`,
    ),
  ],
);

// ---- Staff training ----

export { COURSE_KINDS };

/** Staff of the institution (public servants; names are public information of the directory). */
export const transparencyStaff = pgTable('transparency_staff', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  area: text('area').notNull(),
  position: text('position').notNull().default(''),
  /** Committee and unit members must also take a specialised course (seed 000 §1). */
  committeeMember: boolean('committee_member').notNull().default(false),
  active: boolean('active').notNull().default(true),
  version: integer('version').notNull().default(1),
  createdAt: now(),
});

export const transparencyCourses = pgTable('transparency_courses', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull().unique(),
  kind: text('kind', { enum: COURSE_KINDS }).notNull(),
  /** Required of every staff member for "100% capacitados". */
  required: boolean('required').notNull().default(false),
  provider: text('provider').notNull().default('INFO CDMX'),
  createdAt: now(),
});

export const transparencyTrainings = pgTable(
  'transparency_trainings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => transparencyStaff.id, { onDelete: 'cascade' }),
    courseId: uuid('course_id')
      .notNull()
      .references(() => transparencyCourses.id, { onDelete: 'restrict' }),
    completedOn: date('completed_on', { mode: 'string' }).notNull(),
    certificateRef: text('certificate_ref'),
    createdAt: now(),
  },
  (t) => [
    uniqueIndex('trainings_uq').on(t.staffId, t.courseId, t.completedOn),
    index('trainings_completed_idx').on(t.completedOn),
  ],
);

// The Transparency Committee's sessions live in the bodies module (body `comite_transparencia`):
// migration 0022 moved the unit's former register there.

// ---- Activities of the unit that the report narrates (seed 003 §7.1, §7.2, §7.4) ----

/**
 * portal: work on the transparency portals (§7.1, e.g. accounts on the INFO CDMX platform);
 * committee: a step in the Comité's integration outside its sessions (§7.2: formats A and B, the
 * guarantor institute's visto bueno); open_government: the §7.4 list.
 */
export const ACTIVITY_CATEGORIES = ['portal', 'committee', 'open_government'] as const;
/** How a committee step is told: something the unit did, or an oficio it received. */
export const ACTIVITY_VERBS = ['carried_out', 'received'] as const;

export const transparencyActivities = pgTable(
  'transparency_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    category: text('category', { enum: ACTIVITY_CATEGORIES }).notNull(),
    verb: text('verb', { enum: ACTIVITY_VERBS }).notNull().default('carried_out'),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    /** Printed as written (no personal data): "Generación de usuarios y contraseñas en la Plataforma …". */
    text: text('text').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: now(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('transparency_activities_on_idx').on(t.occurredOn)],
);
