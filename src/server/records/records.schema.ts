import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { encryptedText } from '../platform/crypto/encrypted-column.js';

/**
 * Core tables that carry the interchange contract (shared/docs/interchange.md) and feed the reports.
 * Features add their own tables keyed to these rather than changing these columns.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    folio: text('folio').notNull().unique(),
    kind: text('kind', { enum: ['incorporation', 'attention', 'federal_collaboration'] }).notNull(),
    procedure: text('procedure', { enum: ['ordinary', 'extraordinary'] }),
    profile: text('profile', { enum: ['defender', 'journalist'] }).notNull(),
    identity: text('identity', { enum: ['woman', 'man', 'lgbttti', 'collective'] }).notNull(),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    closedOn: date('closed_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('cases_opened_idx').on(t.openedOn),
    index('cases_kind_idx').on(t.kind, t.openedOn),
    check('cases_procedure_ck', sql`(${t.kind} = 'incorporation') = (${t.procedure} is not null)`),
    check('cases_closed_ck', sql`${t.closedOn} is null or ${t.closedOn} >= ${t.openedOn}`),
  ],
);

export const caseFollowUps = pgTable(
  'case_follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    on: date('on', { mode: 'string' }).notNull(),
    kind: text('kind'),
    /** Free text may name people: encrypted with the field-encryption helper. */
    note: encryptedText('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Optimistic concurrency for edits; rows written by the interchange import start at the default. */
    version: integer('version').notNull().default(1),
  },
  (t) => [index('follow_ups_case_on_idx').on(t.caseId, t.on), index('follow_ups_on_idx').on(t.on)],
);

export const measures = pgTable(
  'measures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Public identifier of the interchange format (e.g. "M-000123"). */
    code: text('code').notNull().unique(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'restrict' }),
    type: text('type', { enum: ['preventive', 'protection', 'urgent_protection', 'social'] }).notNull(),
    name: text('name').notNull(),
    startedOn: date('started_on', { mode: 'string' }),
    endedOn: date('ended_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('measures_case_idx').on(t.caseId),
    // The case list's "without an urgent measure" filter reads only the (few) urgent measures.
    index('measures_urgent_case_idx')
      .on(t.caseId)
      .where(sql`${t.type} = 'urgent_protection'`),
  ],
);

export const measureActions = pgTable(
  'measure_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    on: date('on', { mode: 'string' }).notNull(),
    count: integer('count').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('measure_actions_measure_on_idx').on(t.measureId, t.on),
    // Also INCLUDEs (measure_id, count) for the report's index-only scans: migration 0019, hand-written
    // because Drizzle cannot declare INCLUDE columns.
    index('measure_actions_on_idx').on(t.on),
    check('measure_actions_count_ck', sql`${t.count} >= 1`),
  ],
);

export const informationRequests = pgTable(
  'information_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    folio: text('folio').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: ['public', 'arco'] }).notNull(),
    /** null while undecided. */
    admissible: boolean('admissible'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('information_requests_folio_uq').on(t.folio),
    index('information_requests_received_idx').on(t.receivedOn),
  ],
);
