// Tables of prevention, training and liaison (seed 003 §3, §4, §8, §9; interchange.md arrays
// `preventionActivities`, `agreements`, `liaisonActivities`). `code` is the package id.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { encryptedText } from '../../platform/crypto/encrypted-column.js';
import { measures } from '../../records/records.schema.js';
import {
  activityFormats,
  activityKinds,
  activityModalities,
  activityStatuses,
  audiences,
  institutionLevels,
  liaisonKinds,
  participantCategories,
} from '../../../common/features/prevention.js';

// The value lists are shared with the web (src/common/features/prevention.ts).
export {
  activityFormats,
  activityKinds,
  activityModalities,
  activityStatuses,
  audiences,
  institutionLevels,
  liaisonKinds,
  participantCategories,
};

const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updated = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

// Photo bytes: PGlite returns Uint8Array, postgres.js a Buffer — normalised to Buffer.
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});

/** Institutions and organisations the mechanism works with (catalogue). */
export const preventionInstitutions = pgTable('prevention_institutions', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  acronym: text('acronym'),
  level: text('level', { enum: institutionLevels }),
  createdAt: created(),
  updatedAt: updated(),
  version: integer('version').notNull().default(1),
});

/** A self-protection workshop (Cuadro 7) or a training (Cuadro 8). */
export const preventionActivities = pgTable(
  'prevention_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    kind: text('kind', { enum: activityKinds }).notNull(),
    format: text('format', { enum: activityFormats }).notNull(),
    modality: text('modality', { enum: activityModalities }).notNull(),
    title: text('title').notNull(),
    objective: text('objective').notNull().default(''),
    partner: text('partner'),
    thematicLine: integer('thematic_line'),
    audiences: jsonb('audiences').$type<string[]>().notNull().default([]),
    status: text('status', { enum: activityStatuses }).notNull().default('call'),
    /** Generic public label of Cuadro 7 ("Dirigido a"), never the case. */
    targetLabel: text('target_label'),
    /** Trainings for officials of the Junta de Gobierno / CEM institutions (PAT 2023 indicator 2.1). */
    forOfficials: boolean('for_officials').notNull().default(false),
    /** The case measure a workshop carries out; visible only to case roles. */
    measureId: uuid('measure_id').references(() => measures.id, { onDelete: 'restrict' }),
    women: integer('women').notNull().default(0),
    men: integer('men').notNull().default(0),
    lgbttti: integer('lgbttti').notNull().default(0),
    preferNotToSay: integer('prefer_not_to_say').notNull().default(0),
    createdAt: created(),
    updatedAt: updated(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('prevention_activities_kind_idx').on(t.kind),
    check('prevention_activities_line_ck', sql`${t.thematicLine} is null or ${t.thematicLine} between 1 and 5`),
    check(
      'prevention_activities_participants_ck',
      sql`${t.women} >= 0 and ${t.men} >= 0 and ${t.lgbttti} >= 0 and ${t.preferNotToSay} >= 0`,
    ),
  ],
);

/**
 * The optional registration list of an activity: who took part (personal data, encrypted; every
 * read audited). When an activity has one, its participant counts are derived from it.
 */
export const preventionRegistrations = pgTable(
  'prevention_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => preventionActivities.id, { onDelete: 'cascade' }),
    name: encryptedText('name_enc').notNull(),
    /** Organisation, e-mail or telephone: personal data. */
    contact: encryptedText('contact_enc'),
    category: text('category', { enum: participantCategories }).notNull(),
    createdAt: created(),
  },
  (t) => [index('prevention_registrations_activity_idx').on(t.activityId)],
);

export const preventionSessions = pgTable(
  'prevention_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => preventionActivities.id, { onDelete: 'cascade' }),
    on: date('on', { mode: 'string' }).notNull(),
    hours: numeric('hours', { precision: 6, scale: 2, mode: 'number' }).notNull(),
    createdAt: created(),
  },
  (t) => [
    index('prevention_sessions_activity_idx').on(t.activityId, t.on),
    index('prevention_sessions_on_idx').on(t.on),
    check('prevention_sessions_hours_ck', sql`${t.hours} >= 0`),
  ],
);

/** Agreements (convenios) with other institutions, their commitments and the actions under them. */
export const preventionAgreements = pgTable('prevention_agreements', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  counterpart: text('counterpart').notNull(),
  kind: text('kind'),
  international: boolean('international').notNull().default(false),
  signedOn: date('signed_on', { mode: 'string' }),
  endsOn: date('ends_on', { mode: 'string' }),
  object: text('object').notNull().default(''),
  liaisonMpi: text('liaison_mpi'),
  liaisonCounterpart: text('liaison_counterpart'),
  createdAt: created(),
  updatedAt: updated(),
  version: integer('version').notNull().default(1),
});

export const preventionCommitments = pgTable(
  'prevention_commitments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => preventionAgreements.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    /** "por lo menos 3 acciones … de cada convenio" (002 II.III): the planned count. */
    plannedActions: integer('planned_actions').notNull().default(3),
    dueOn: date('due_on', { mode: 'string' }),
    createdAt: created(),
  },
  (t) => [index('prevention_commitments_agreement_idx').on(t.agreementId)],
);

export const preventionAgreementActions = pgTable(
  'prevention_agreement_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => preventionAgreements.id, { onDelete: 'cascade' }),
    commitmentId: uuid('commitment_id').references(() => preventionCommitments.id, { onDelete: 'set null' }),
    on: date('on', { mode: 'string' }).notNull(),
    description: text('description').notNull(),
    createdAt: created(),
  },
  (t) => [
    index('prevention_agreement_actions_agreement_idx').on(t.agreementId, t.on),
    index('prevention_agreement_actions_on_idx').on(t.on),
  ],
);

/** Events, meetings, community activities and international collaborations (§4, §8). */
export const preventionLiaisonActivities = pgTable(
  'prevention_liaison_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    kind: text('kind', { enum: liaisonKinds }).notNull(),
    on: date('on', { mode: 'string' }).notNull(),
    institution: text('institution').notNull(),
    title: text('title').notNull(),
    international: boolean('international').notNull().default(false),
    /** The rest of the report bullet after "El DD de mes, " (who took part, where); optional. */
    description: text('description'),
    agreementId: uuid('agreement_id').references(() => preventionAgreements.id, { onDelete: 'set null' }),
    createdAt: created(),
    updatedAt: updated(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('prevention_liaison_on_idx').on(t.on), index('prevention_liaison_kind_idx').on(t.kind, t.on)],
);

/** Photos of public activities for the report's photo annex (§9); EXIF stripped on upload. */
export const preventionPhotos = pgTable(
  'prevention_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    activityId: uuid('activity_id').references(() => preventionActivities.id, { onDelete: 'cascade' }),
    liaisonId: uuid('liaison_id').references(() => preventionLiaisonActivities.id, { onDelete: 'cascade' }),
    caption: text('caption').notNull(),
    mime: text('mime', { enum: ['image/jpeg', 'image/png'] }).notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    bytes: bytea('bytes').notNull(),
    createdAt: created(),
  },
  (t) => [
    index('prevention_photos_activity_idx').on(t.activityId),
    index('prevention_photos_liaison_idx').on(t.liaisonId),
    check('prevention_photos_owner_ck', sql`(${t.activityId} is null) <> (${t.liaisonId} is null)`),
  ],
);
