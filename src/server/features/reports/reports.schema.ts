import { sql } from 'drizzle-orm';
import { customType, date, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.schema.js';
import type { InstitutionHeader, NarrativeOverrides, ReportDocument } from './report.model.js';

// Document bytes: PGlite returns Uint8Array, postgres.js a Buffer — normalised to Buffer.
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});

/** Staff's narrative edits for a period, before issuing (one row per period, optimistic version). */
export const reportNarratives = pgTable(
  'report_narratives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    overrides: jsonb('overrides').$type<NarrativeOverrides>().notNull(),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('report_narratives_period_uq').on(t.periodFrom, t.periodTo)],
);

/**
 * Issued reports are frozen: the contract JSON (exact text), the narrative and the generated
 * documents are stored with their SHA-256, so later data edits never change an issued version.
 * Rows are only inserted, never updated.
 */
export const issuedReports = pgTable(
  'issued_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    /** 1, 2, … per period. */
    version: integer('version').notNull(),
    /** The contract JSON exactly as issued (text keeps the key order the hash was taken over). */
    dataJson: text('data_json').notNull(),
    dataSha256: text('data_sha256').notNull(),
    narrative: jsonb('narrative').$type<NarrativeOverrides>().notNull(),
    institution: jsonb('institution').$type<InstitutionHeader>().notNull(),
    /** The printable model as issued (sections, narrative, chart options) for the web view. */
    document: jsonb('document').$type<ReportDocument>().notNull(),
    docx: bytea('docx').notNull(),
    docxSha256: text('docx_sha256').notNull(),
    xlsx: bytea('xlsx').notNull(),
    xlsxSha256: text('xlsx_sha256').notNull(),
    pdf: bytea('pdf').notNull(),
    pdfSha256: text('pdf_sha256').notNull(),
    /**
     * The public version issued with it (issue 15: small counts as "<3", no names, folios or
     * unmarked text), frozen and hashed the same way. Null for versions issued before it existed.
     */
    publicDocx: bytea('public_docx'),
    publicDocxSha256: text('public_docx_sha256'),
    publicXlsx: bytea('public_xlsx'),
    publicXlsxSha256: text('public_xlsx_sha256'),
    publicPdf: bytea('public_pdf'),
    publicPdfSha256: text('public_pdf_sha256'),
    note: text('note'),
    issuedBy: uuid('issued_by').references(() => users.id),
    issuedAt: timestamp('issued_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [uniqueIndex('issued_reports_period_version_uq').on(t.periodFrom, t.periodTo, t.version)],
);

/** Per-institution header texts of the documents (a single row, id = 1). */
export const reportSettings = pgTable('report_settings', {
  id: integer('id').primaryKey(),
  institution: jsonb('institution').$type<InstitutionHeader>().notNull(),
  /** Ids of the switchable sections (`ReportSection.switchable`) the institution turned off. */
  disabledSections: text('disabled_sections')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
