// Tables of the administration and finance coordination (CAF): the catalogue of monthly report
// deliverables and their submissions (seed 003 Cuadro 12), the evidence files, the activity log
// (seed 003 §6 bullets) and procurement procedures. None of it is personal data.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  PROCUREMENT_STATUSES,
  PROCUREMENT_TYPES,
  SUBMISSION_STATUSES,
  type SubmissionStatus,
} from '../../../common/features/administration.js';

// PGlite returns Uint8Array, postgres.js a Buffer: normalised to Buffer.
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

// The value lists are shared with the web (src/common/features/administration.ts).
export { PROCUREMENT_STATUSES, PROCUREMENT_TYPES, SUBMISSION_STATUSES, type SubmissionStatus };

/**
 * The catalogue of periodic reports the CAF delivers (seed 003 Cuadro 12). The id is the public one
 * of the data package ("CAF-01"); `position` is the printed order; `recipients` are printed joined
 * with ", " and " y ". `dueDay` is the day of the following month by which a month's report is due.
 */
export const administrationDeliverables = pgTable(
  'administration_deliverables',
  {
    id: text('id').primaryKey(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    recipients: jsonb('recipients').$type<string[]>().notNull(),
    dueDay: integer('due_day').notNull().default(10),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('administration_deliverables_position_idx').on(t.position),
    check('administration_deliverables_due_day_ck', sql`${t.dueDay} between 1 and 28`),
    check('administration_deliverables_position_ck', sql`${t.position} >= 1`),
  ],
);

/** The status of one deliverable for one calendar month ('YYYY-MM'); a month without a row is pending. */
export const administrationSubmissions = pgTable(
  'administration_submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    deliverableId: text('deliverable_id')
      .notNull()
      .references(() => administrationDeliverables.id, { onDelete: 'restrict' }),
    month: text('month').notNull(),
    status: text('status', { enum: SUBMISSION_STATUSES }).notNull(),
    deliveredOn: date('delivered_on', { mode: 'string' }),
    note: text('note'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('administration_submissions_deliverable_month_uq').on(t.deliverableId, t.month),
    index('administration_submissions_month_idx').on(t.month),
    check('administration_submissions_month_ck', sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
  ],
);

/** The evidence file of a submission (acuse, oficio): kept in the database so backups carry it. */
export const administrationEvidence = pgTable('administration_evidence', {
  submissionId: uuid('submission_id')
    .primaryKey()
    .references(() => administrationSubmissions.id, { onDelete: 'cascade' }),
  fileName: text('file_name').notNull(),
  mediaType: text('media_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  content: bytea('content').notNull(),
  uploadedBy: uuid('uploaded_by'),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The CAF's activity log; public entries are the bullets of the report's §6. */
export const administrationActivities = pgTable(
  'administration_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Registration sequence: the printed order of entries of the same day. */
    seq: serial('seq').notNull(),
    on: date('on', { mode: 'string' }).notNull(),
    text: text('text').notNull(),
    area: text('area').notNull(),
    public: boolean('public').notNull().default(true),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('administration_activities_on_idx').on(t.on, t.seq)],
);

/** Procurement procedures under the Ley de Adquisiciones para el Distrito Federal. */
export const administrationProcurements = pgTable(
  'administration_procurements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    type: text('type', { enum: PROCUREMENT_TYPES }).notNull(),
    object: text('object').notNull(),
    minimumBidders: integer('minimum_bidders').notNull(),
    status: text('status', { enum: PROCUREMENT_STATUSES }).notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    note: text('note'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('administration_procurements_started_idx').on(t.startedOn),
    check('administration_procurements_bidders_ck', sql`${t.minimumBidders} >= 1`),
  ],
);
