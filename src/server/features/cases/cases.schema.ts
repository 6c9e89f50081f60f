import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.schema.js';
import { cases, measures } from '../../records/records.schema.js';
import { bodySessions } from '../bodies/bodies.schema.js';
import { encryptedText } from '../../platform/crypto/encrypted-column.js';

/**
 * Tables of the cases feature, keyed to the core interchange tables (src/server/records/records.schema.ts).
 * Every column named *Enc holds deps.crypto.encrypt(...) output (see encrypted-columns.ts).
 */
const ts = (name: string) => timestamp(name, { withTimezone: true }).notNull().defaultNow();

export const caseDetails = pgTable(
  'case_details',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id, { onDelete: 'cascade' }),
    status: text('status').notNull().default('request_received'),
    /** alcaldía of Mexico City, or a state when the case is outside the city (not personal). */
    location: text('location'),
    closingReason: text('closing_reason'),
    /** When the request arrived: the extraordinary procedure clock (3 h / 9 h) starts here. */
    requestReceivedAt: timestamp('request_received_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: ts('updated_at'),
  },
  (t) => [index('case_details_status_idx').on(t.status)],
);

export const caseStatusChanges = pgTable(
  'case_status_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    at: ts('at'),
    byUserId: uuid('by_user_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('case_status_changes_case_idx').on(t.caseId, t.at)],
);

/** Last folio sequence number used per year. */
export const caseFolioSequences = pgTable('case_folio_sequences', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});

/** Feature settings (e.g. folio_pattern); admins edit them. */
export const caseSettings = pgTable('case_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  version: integer('version').notNull().default(1),
});

/** cdemp leads: see identities of every case and manage assignments. Granted by admins. */
export const caseLeads = pgTable('case_leads', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  grantedAt: ts('granted_at'),
  grantedBy: uuid('granted_by').references(() => users.id, { onDelete: 'set null' }),
});

export const caseAssignments = pgTable(
  'case_assignments',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    assignedAt: ts('assigned_at'),
    assignedBy: uuid('assigned_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] }), index('case_assignments_user_idx').on(t.userId)],
);

export const beneficiaries = pgTable(
  'beneficiaries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** principal person, collective member, relative or linked person (law arts. 24, 40). */
    relation: text('relation').notNull(),
    nameEnc: encryptedText('name_enc').notNull(),
    /** blindIndex('beneficiary.name', name): exact search on the normalised name. */
    nameIndex: text('name_index').notNull(),
    aliasesEnc: encryptedText('aliases_enc'),
    contactEnc: encryptedText('contact_enc'),
    addressEnc: encryptedText('address_enc'),
    organisationEnc: encryptedText('organisation_enc'),
    activityEnc: encryptedText('activity_enc'),
    createdAt: ts('created_at'),
    updatedAt: ts('updated_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('beneficiaries_case_idx').on(t.caseId), index('beneficiaries_name_idx').on(t.nameIndex)],
);

export const riskAssessments = pgTable(
  'risk_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    level: text('level').notNull(),
    /** factor codes from a fixed list (not personal) */
    factors: jsonb('factors')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    narrativeEnc: encryptedText('narrative_enc'),
    createdAt: ts('created_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('risk_assessments_case_idx').on(t.caseId, t.assessedOn)],
);

/** One row per plan version; the highest number is the current plan. */
export const protectionPlans = pgTable(
  'protection_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    summaryEnc: encryptedText('summary_enc'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at'),
  },
  (t) => [uniqueIndex('protection_plans_case_number_uq').on(t.caseId, t.number)],
);

export const measureCatalogue = pgTable(
  'measure_catalogue',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: text('type').notNull(),
    name: text('name').notNull(),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('measure_catalogue_type_name_uq').on(t.type, t.name)],
);

/** Status and responsible institution of a core measure, and the plan version that decided it. */
export const measureDetails = pgTable(
  'measure_details',
  {
    measureId: uuid('measure_id')
      .primaryKey()
      .references(() => measures.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id').references(() => protectionPlans.id, { onDelete: 'set null' }),
    catalogueId: uuid('catalogue_id').references(() => measureCatalogue.id, { onDelete: 'set null' }),
    status: text('status').notNull().default('proposed'),
    responsibleInstitution: text('responsible_institution'),
  },
  (t) => [index('measure_details_plan_idx').on(t.planId)],
);

/** Decisions of the measures council (CEM). */
export const measureDecisions = pgTable(
  'measure_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    decision: text('decision').notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    /** The session as the case worker wrote it (kept as written; migration 0024 linked the ones that name a CEM session). */
    sessionRef: text('session_ref').notNull(),
    /** The CEM session (bodies module) in which the decision was taken. */
    sessionId: text('session_id').references(() => bodySessions.id, { onDelete: 'set null' }),
    noteEnc: encryptedText('note_enc'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at'),
  },
  (t) => [
    index('measure_decisions_measure_idx').on(t.measureId),
    index('measure_decisions_session_idx').on(t.sessionId),
    check('measure_decisions_ck', sql`${t.decision} in ('approve','modify','suspend','end')`),
  ],
);
