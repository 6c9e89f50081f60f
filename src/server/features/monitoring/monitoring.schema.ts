import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { PERPETRATORS, PHASES, PLACES, SITUATIONS, SOURCE_KINDS } from '../../../common/features/monitoring.js';
import { users } from '../../platform/auth/auth.schema.js';
import { encryptedText } from '../../platform/crypto/encrypted-column.js';
import { cases } from '../../records/records.schema.js';

/** A mobilisation (protest) the mechanism monitors: date, cause, the alcaldías it crosses. */
export const monitoringMobilizations = pgTable(
  'monitoring_mobilizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    on: date('on', { mode: 'string' }).notNull(),
    cause: text('cause').notNull(),
    alcaldias: text('alcaldias')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('monitoring_mobilizations_on_idx').on(t.on)],
);

/** One activation of the Base MPI CDMX (the `protestMonitoring` array of the package). */
export const monitoringActivations = pgTable(
  'monitoring_activations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Public identifier of the interchange format (e.g. "BASE-2024-001"). */
    code: text('code').notNull().unique(),
    mobilizationId: uuid('mobilization_id').references(() => monitoringMobilizations.id, { onDelete: 'set null' }),
    on: date('on', { mode: 'string' }).notNull(),
    phase: text('phase', { enum: PHASES }).notNull(),
    staffOnDuty: integer('staff_on_duty'),
    notes: text('notes'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('monitoring_activations_on_idx').on(t.on),
    check('monitoring_activations_staff_ck', sql`${t.staffOnDuty} is null or ${t.staffOnDuty} >= 0`),
  ],
);

/** Cases the base attended during an activation. */
export const monitoringActivationCases = pgTable(
  'monitoring_activation_cases',
  {
    activationId: uuid('activation_id')
      .notNull()
      .references(() => monitoringActivations.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.activationId, t.caseId] })],
);

/** A finding (hallazgo) of the open-source monitoring. */
export const monitoringFindings = pgTable(
  'monitoring_findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Public identifier of the interchange format (e.g. "HZ-2024-0001"). */
    code: text('code').notNull().unique(),
    detectedOn: date('detected_on', { mode: 'string' }).notNull(),
    factsOn: date('facts_on', { mode: 'string' }),
    situation: text('situation', { enum: SITUATIONS }).notNull(),
    forms: text('forms').array().notNull(),
    types: text('types')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    perpetrator: text('perpetrator', { enum: PERPETRATORS }),
    profile: text('profile', { enum: ['defender', 'journalist'] }).notNull(),
    identity: text('identity', { enum: ['woman', 'man', 'lgbttti', 'collective'] }).notNull(),
    alcaldia: text('alcaldia', { enum: PLACES }).notNull(),
    protest: boolean('protest').notNull().default(false),
    activationId: uuid('activation_id').references(() => monitoringActivations.id, { onDelete: 'set null' }),
    /** The facts as the sources tell them; may name people: encrypted. */
    summary: encryptedText('summary_enc'),
    /** The people involved (names, outlet, contact): personal data, read audited. */
    people: encryptedText('people_enc'),
    /**
     * Independent sources known without a record here (imported packages give a count only).
     * A finding's `sources` is the greater of this and its distinct outlets on record.
     */
    reportedSources: integer('reported_sources').notNull().default(0),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('monitoring_findings_detected_idx').on(t.detectedOn),
    index('monitoring_findings_place_idx').on(t.alcaldia, t.detectedOn),
    check('monitoring_findings_forms_ck', sql`cardinality(${t.forms}) >= 1`),
    check('monitoring_findings_sources_ck', sql`${t.reportedSources} >= 0`),
  ],
);

/**
 * A source of a finding and its preserved copy. The copy is kept in the database (so backups carry
 * it) encrypted, as base64 text (a post about a person at risk is personal data); its SHA-256 is
 * taken at capture and checked again on every download.
 */
export const monitoringSources = pgTable(
  'monitoring_sources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    findingId: uuid('finding_id')
      .notNull()
      .references(() => monitoringFindings.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: SOURCE_KINDS }).notNull(),
    outlet: text('outlet').notNull(),
    url: text('url'),
    capturedAt: timestamp('captured_at', { withTimezone: true }).notNull(),
    fileName: text('file_name'),
    mediaType: text('media_type'),
    size: integer('size'),
    sha256: text('sha256'),
    content: encryptedText('content_enc'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('monitoring_sources_finding_idx').on(t.findingId)],
);
