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
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.schema.js';
import { encryptedText } from '../../platform/crypto/encrypted-column.js';

/**
 * Collegiate bodies (seed-modules.md §3). The eight bodies of the contract are inserted by a
 * migration; sessions carry their ordinal per body, calendar year and type; agreements their
 * number per body and year. Only members' contact data is personal (encrypted): names and posts of
 * public officials and counsellors are printed in the report itself.
 */
const ts = (name: string) => timestamp(name, { withTimezone: true }).notNull().defaultNow();
const day = (name: string) => date(name, { mode: 'string' });

// Document bytes: PGlite returns Uint8Array, postgres.js a Buffer — normalised to Buffer.
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});

export const bodies = pgTable('bodies', {
  code: text('code').primaryKey(),
  position: integer('position').notNull(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  legalBasis: text('legal_basis').notNull(),
  presidingRole: text('presiding_role').notNull(),
  internalRules: text('internal_rules'),
  confidentialityAgreement: boolean('confidentiality_agreement').notNull().default(false),
  /** Ordinary sessions a year the body must hold (null where the seeds give none). */
  yearlyTarget: integer('yearly_target'),
  /** Roles of the product that act as the body's technical secretariat (may write). */
  secretariatRoles: jsonb('secretariat_roles').$type<string[]>().notNull(),
  /** Agendas name individual cases (CEM): only case roles read them. */
  restrictedAgenda: boolean('restricted_agenda').notNull().default(false),
  version: integer('version').notNull().default(1),
});

export const bodyMembers = pgTable(
  'body_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyCode: text('body_code')
      .notNull()
      .references(() => bodies.code),
    name: text('name').notNull(),
    post: text('post'),
    institution: text('institution'),
    role: text('role').notNull(),
    fromOn: day('from_on').notNull(),
    toOn: day('to_on'),
    appointment: text('appointment'),
    appointmentRef: text('appointment_ref'),
    substitutesId: uuid('substitutes_id'),
    /** Another body this member represents here (the Consejo Consultivo's Persona Consejera at the Junta). */
    representsBody: text('represents_body').references(() => bodies.code),
    contactEnc: encryptedText('contact_enc'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at'),
    updatedAt: ts('updated_at'),
  },
  (t) => [index('body_members_body_idx').on(t.bodyCode, t.fromOn)],
);

export const bodySessions = pgTable(
  'body_sessions',
  {
    /** Package id ("JG-2024-E1") or a generated one. */
    id: text('id').primaryKey(),
    bodyCode: text('body_code')
      .notNull()
      .references(() => bodies.code),
    type: text('type').notNull(),
    year: integer('year').notNull(),
    ordinal: integer('ordinal').notNull(),
    status: text('status').notNull().default('planned'),
    plannedOn: day('planned_on'),
    heldOn: day('held_on'),
    place: text('place'),
    modality: text('modality'),
    quorumReached: boolean('quorum_reached'),
    noQuorumReason: text('no_quorum_reason'),
    /** Reference of the signed acta (e.g. the Comité de Transparencia's register kept one). */
    minutesRef: text('minutes_ref'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at'),
    updatedAt: ts('updated_at'),
  },
  (t) => [
    index('body_sessions_body_idx').on(t.bodyCode, t.year, t.type),
    index('body_sessions_held_idx').on(t.heldOn),
    check('body_sessions_dated_ck', sql`${t.plannedOn} is not null or ${t.heldOn} is not null`),
    check('body_sessions_ordinal_ck', sql`${t.ordinal} >= 1`),
    check('body_sessions_type_ck', sql`${t.type} in ('ordinary','extraordinary')`),
    check('body_sessions_status_ck', sql`${t.status} in ('planned','held','cancelled')`),
  ],
);

export const bodyAgendaItems = pgTable(
  'body_agenda_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: text('session_id')
      .notNull()
      .references(() => bodySessions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    group: text('group').notNull(),
    /** Plain text of the item; null for bodies with a restricted agenda (CEM), whose text is in `textEnc`. */
    text: text('text'),
    /** CEM agendas name beneficiaries: the item's text encrypted, read only by case roles (audited). */
    textEnc: encryptedText('text_enc'),
    outcome: text('outcome'),
    linkKind: text('link_kind'),
    linkRef: text('link_ref'),
    /** The case an item of the CEM concerns: the item is then shown only to case roles. */
    caseId: uuid('case_id'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('body_agenda_items_session_idx').on(t.sessionId, t.position),
    check('body_agenda_items_group_ck', sql`${t.group} in ('none','approval','information')`),
    check('body_agenda_items_text_ck', sql`${t.text} is not null or ${t.textEnc} is not null`),
  ],
);

export const bodyAttendance = pgTable(
  'body_attendance',
  {
    sessionId: text('session_id')
      .notNull()
      .references(() => bodySessions.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => bodyMembers.id, { onDelete: 'cascade' }),
    present: boolean('present').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.memberId] })],
);

export const bodyAgreements = pgTable(
  'body_agreements',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => bodySessions.id, { onDelete: 'cascade' }),
    bodyCode: text('body_code')
      .notNull()
      .references(() => bodies.code),
    year: integer('year').notNull(),
    /** Number per body and year (1, 2, …), printed "03/2024". */
    number: integer('number').notNull(),
    position: integer('position').notNull().default(1),
    text: text('text').notNull(),
    responsible: text('responsible'),
    dueOn: day('due_on'),
    status: text('status').notNull().default('pending'),
    doneOn: day('done_on'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at'),
    updatedAt: ts('updated_at'),
  },
  (t) => [
    uniqueIndex('body_agreements_number_uq').on(t.bodyCode, t.year, t.number),
    index('body_agreements_session_idx').on(t.sessionId),
    index('body_agreements_due_idx').on(t.status, t.dueOn),
    check('body_agreements_status_ck', sql`${t.status} in ('pending','in_progress','done')`),
  ],
);

export const bodyAgreementNotes = pgTable(
  'body_agreement_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: text('agreement_id')
      .notNull()
      .references(() => bodyAgreements.id, { onDelete: 'cascade' }),
    on: day('on').notNull(),
    note: text('note').notNull(),
    byUserId: uuid('by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at'),
  },
  (t) => [index('body_agreement_notes_agreement_idx').on(t.agreementId)],
);

export const bodyDocuments = pgTable(
  'body_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: text('session_id')
      .notNull()
      .references(() => bodySessions.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    filename: text('filename').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    bytes: bytea('bytes').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at'),
  },
  (t) => [
    index('body_documents_session_idx').on(t.sessionId),
    check('body_documents_kind_ck', sql`${t.kind} in ('convocatoria','acta','annex')`),
  ],
);
