// Tables of the legal area (seed 002 §4, 003 §5; seed-modules.md §1.6–§1.8, §5.3).
// Contracts and Gazette publications carry the report (Cuadros 10 and 11, §5.2) and the package
// arrays; lawsuits are the area's own register, with the plaintiff's identity encrypted.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { encryptedText } from '../../platform/crypto/encrypted-column.js';
import { bodySessions } from '../bodies/bodies.schema.js';
import {
  CONTRACT_KINDS,
  type ContractKind,
  GAZETTE_KINDS,
  LAWSUIT_EVENT_KINDS,
  LAWSUIT_STAGES,
  type LawsuitEventKind,
  type LawsuitStage,
  OPINION_SUBJECT_KINDS,
  type OpinionSubjectKind,
} from '../../../common/features/legal.js';

// The value lists are shared with the web (src/common/features/legal.ts).
export {
  CONTRACT_KINDS,
  type ContractKind,
  GAZETTE_KINDS,
  LAWSUIT_EVENT_KINDS,
  LAWSUIT_STAGES,
  type LawsuitEventKind,
  type LawsuitStage,
  OPINION_SUBJECT_KINDS,
  type OpinionSubjectKind,
};

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const legalContracts = pgTable(
  'legal_contracts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The folio printed in the Cuadros ("MPICDMX/CAF/CT/01/2024"); the package `id`. */
    number: text('number').notNull(),
    kind: text('kind', { enum: CONTRACT_KINDS }).notNull(),
    /** Registration order: the Cuadros print the contracts of a signing date in this order (§8 Q5). */
    seq: serial('seq').notNull(),
    /** The provider or the person hired: personal data, never printed. */
    counterpartEnc: encryptedText('counterpart_enc'),
    object: text('object').notNull().default(''),
    amount: numeric('amount', { precision: 14, scale: 2, mode: 'string' }),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    /** The contract this one renews, if any. */
    renewsId: uuid('renews_id'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('legal_contracts_number_uq').on(t.number),
    index('legal_contracts_signed_idx').on(t.signedOn),
    index('legal_contracts_ends_idx').on(t.endsOn),
    check('legal_contracts_dates_ck', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

/**
 * A contract's signed document (PDF or DOCX). It names the person hired, so the bytes are
 * encrypted (AES-GCM over the base64 text) and kept in the database: backups carry them.
 */
export const legalContractDocuments = pgTable('legal_contract_documents', {
  id: uuid('id').primaryKey().defaultRandom(),
  contractId: uuid('contract_id')
    .notNull()
    .references(() => legalContracts.id, { onDelete: 'cascade' }),
  fileName: text('file_name').notNull(),
  mediaType: text('media_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  contentEnc: encryptedText('content_enc').notNull(),
  uploadedBy: uuid('uploaded_by'),
  createdAt: createdAt(),
});

/** Open catalogue of lawsuit types (labour, administrative, amparo, … and whatever staff add). */
export const legalLawsuitTypes = pgTable('legal_lawsuit_types', {
  code: text('code').primaryKey(),
  label: text('label').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
});

export const legalLawsuits = pgTable(
  'legal_lawsuits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fileNumber: text('file_number').notNull(),
    typeCode: text('type_code')
      .notNull()
      .references(() => legalLawsuitTypes.code),
    court: text('court').notNull(),
    /** Plaintiff's name and data: personal, shown only to `legal.plaintiffs`, reads audited. */
    plaintiffEnc: encryptedText('plaintiff_enc').notNull(),
    defendant: text('defendant').notNull().default(''),
    claims: text('claims').notNull().default(''),
    claimedAmount: numeric('claimed_amount', { precision: 14, scale: 2, mode: 'string' }),
    projectedAmount: numeric('projected_amount', { precision: 14, scale: 2, mode: 'string' }),
    stage: text('stage', { enum: LAWSUIT_STAGES }).notNull().default('filed'),
    filedOn: date('filed_on', { mode: 'string' }).notNull(),
    resolution: text('resolution'),
    resolvedOn: date('resolved_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('legal_lawsuits_file_uq').on(t.fileNumber), index('legal_lawsuits_filed_idx').on(t.filedOn)],
);

/** Procedural history: hearings, filings, deadlines (with reminders until done), stage changes. */
export const legalLawsuitEvents = pgTable(
  'legal_lawsuit_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lawsuitId: uuid('lawsuit_id')
      .notNull()
      .references(() => legalLawsuits.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: LAWSUIT_EVENT_KINDS }).notNull(),
    on: date('on', { mode: 'string' }).notNull(),
    description: text('description').notNull(),
    done: boolean('done').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('legal_lawsuit_events_on_idx').on(t.lawsuitId, t.on)],
);

export const legalGazettePublications = pgTable(
  'legal_gazette_publications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stable reference, the package `id` ("GO-2024-001"). */
    ref: text('ref').notNull(),
    seq: serial('seq').notNull(),
    publishedOn: date('published_on', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    kind: text('kind', { enum: GAZETTE_KINDS }).notNull().default('aviso'),
    page: integer('page'),
    url: text('url'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('legal_gazette_ref_uq').on(t.ref), index('legal_gazette_published_idx').on(t.publishedOn)],
);

/** Legal opinions requested of the area (by the Dirección General, an administrative unit, a body…). */
export const legalOpinions = pgTable(
  'legal_opinions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The requesting area or office (public officials' posts, not personal data). */
    requestedBy: text('requested_by').notNull(),
    subjectKind: text('subject_kind', { enum: OPINION_SUBJECT_KINDS }).notNull().default('other'),
    subject: text('subject').notNull(),
    requestedOn: date('requested_on', { mode: 'string' }).notNull(),
    answeredOn: date('answered_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('legal_opinions_requested_idx').on(t.requestedOn),
    check('legal_opinions_dates_ck', sql`${t.answeredOn} is null or ${t.answeredOn} >= ${t.requestedOn}`),
  ],
);

/** An opinion's document: may concern a case, so encrypted like the contracts' documents. */
export const legalOpinionDocuments = pgTable('legal_opinion_documents', {
  id: uuid('id').primaryKey().defaultRandom(),
  opinionId: uuid('opinion_id')
    .notNull()
    .references(() => legalOpinions.id, { onDelete: 'cascade' }),
  fileName: text('file_name').notNull(),
  mediaType: text('media_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  contentEnc: encryptedText('content_enc').notNull(),
  uploadedBy: uuid('uploaded_by'),
  createdAt: createdAt(),
});

/** Regulations the mechanism applies (Lineamientos de Acción Social, Manual SAAPS, Reglamento…). */
export const legalRegulations = pgTable(
  'legal_regulations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('legal_regulations_name_uq').on(t.name)],
);

/**
 * One version of a regulation ("2024"): in force from a date, approved at a Junta session (bodies
 * module) and published in the Gazette. The version in force on a day is the latest started one
 * that has not ended.
 */
export const legalRegulationVersions = pgTable(
  'legal_regulation_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regulationId: uuid('regulation_id')
      .notNull()
      .references(() => legalRegulations.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    approvedOn: date('approved_on', { mode: 'string' }),
    approvalSessionId: text('approval_session_id').references(() => bodySessions.id, { onDelete: 'set null' }),
    gazettePublicationId: uuid('gazette_publication_id').references(() => legalGazettePublications.id, {
      onDelete: 'set null',
    }),
    inForceFrom: date('in_force_from', { mode: 'string' }).notNull(),
    inForceTo: date('in_force_to', { mode: 'string' }),
    notes: text('notes').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('legal_regulation_versions_label_uq').on(t.regulationId, t.label),
    index('legal_regulation_versions_from_idx').on(t.regulationId, t.inForceFrom),
    check('legal_regulation_versions_dates_ck', sql`${t.inForceTo} is null or ${t.inForceTo} >= ${t.inForceFrom}`),
  ],
);
