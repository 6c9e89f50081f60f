// HTTP inputs and outputs of the reports feature (zod; also the OpenAPI description).
import { z } from 'zod';
import { maxDate } from '../../../common/dates.js';
import { FullReport, isoDate } from './report.contract.js';
import { NarrativeOverridesInput } from './narrative.service.js';
import { InstitutionInput } from './settings.service.js';

const dayNumber = (s: string) => Date.parse(`${s}T00:00:00Z`) / 86_400_000;

/** A report period: both days included, at most one year long. */
export const PeriodQuery = z
  .strictObject({ from: isoDate, to: isoDate })
  .refine((p) => p.from <= p.to, { message: 'La fecha inicial debe ser anterior o igual a la final.', path: ['to'] })
  .refine((p) => dayNumber(p.to) - dayNumber(p.from) <= 366, {
    message: 'El periodo no puede exceder un año.',
    path: ['to'],
  });

export const IdParams = z.strictObject({ id: z.uuid() });
export const FormatParams = z.strictObject({ id: z.uuid(), format: z.enum(['docx', 'xlsx', 'pdf']) });
/** Which of an issued version's documents: the whole one (staff) or its public version. */
export const IssuedFileQuery = z.strictObject({ audience: z.enum(['internal', 'public']).default('internal') });
/** Who the document is for: staff (everything) or the public (small cells suppressed, no free text). */
const Audience = z.enum(['internal', 'public']).default('internal');

export const DraftDownloadQuery = z
  .strictObject({ from: isoDate, to: isoDate, format: z.enum(['docx', 'xlsx', 'pdf']), audience: Audience })
  .refine((p) => p.from <= p.to, { message: 'La fecha inicial debe ser anterior o igual a la final.', path: ['to'] })
  .refine((p) => dayNumber(p.to) - dayNumber(p.from) <= 366, {
    message: 'El periodo no puede exceder un año.',
    path: ['to'],
  });

/** The annual report's year (its period is 1 January to 31 December). */
export const AnnualDownloadQuery = z.strictObject({
  year: z.coerce
    .number({ message: 'El año debe ser un número.' })
    .int({ message: 'El año debe ser un número entero.' })
    .min(1990, { message: 'El año debe ser 1990 o posterior.' })
    // The same bound as every date of the product (next year at most), checked at request time.
    .refine((year) => year <= Number(maxDate().slice(0, 4)), {
      message: 'El año no puede ser posterior al próximo año.',
    }),
  format: z.enum(['docx', 'xlsx', 'pdf']),
  audience: Audience,
});

export const NarrativeBody = z.strictObject({
  from: isoDate,
  to: isoDate,
  overrides: NarrativeOverridesInput,
  /** The version read (0 when nothing was saved yet). */
  version: z.number().int().nonnegative(),
});

export const IssueBody = z.strictObject({ from: isoDate, to: isoDate, note: z.string().trim().max(500).nullish() });
export const SettingsBody = z.strictObject({
  institution: InstitutionInput,
  /** Switchable sections to leave out (ids); the others are on. Absent: unchanged. */
  disabledSections: z.array(z.string().max(60)).max(30).optional(),
  version: z.number().int().nonnegative(),
});
export const DiffQuery = z.strictObject({ a: z.uuid(), b: z.uuid() });

const Block = z.looseObject({ kind: z.enum(['heading', 'paragraph', 'table', 'chart', 'image']), id: z.string() });
export const ReportDocumentOut = z.looseObject({
  title: z.string(),
  sections: z.array(z.looseObject({ id: z.string(), number: z.string(), title: z.string(), blocks: z.array(Block) })),
});

export const IssuedSummaryOut = z.object({
  id: z.string(),
  period: z.object({ from: z.string(), to: z.string() }),
  version: z.number(),
  dataSha256: z.string(),
  docxSha256: z.string(),
  xlsxSha256: z.string(),
  pdfSha256: z.string(),
  /** The public version issued with it (null for versions issued before public versions existed). */
  public: z.object({ docxSha256: z.string(), xlsxSha256: z.string(), pdfSha256: z.string() }).nullable(),
  note: z.string().nullable(),
  issuedBy: z.string().nullable(),
  issuedAt: z.string(),
});

export const ReportOut = z.object({
  report: FullReport,
  document: ReportDocumentOut,
  narrative: z.object({ overrides: NarrativeOverridesInput, version: z.number() }),
  /** Every paragraph the period's data generate (before staff edits), in report order. */
  paragraphs: z.array(z.object({ id: z.string(), section: z.string(), text: z.string() })),
  issued: z.array(IssuedSummaryOut),
  /** What the person may do, decided by the server from the policy catalogue (reports.issue). */
  can: z.object({ issue: z.boolean() }),
});

export const IssuedOut = z.object({ summary: IssuedSummaryOut, report: FullReport, document: ReportDocumentOut });
export const DiffOut = z.object({
  a: IssuedSummaryOut,
  b: IssuedSummaryOut,
  changes: z.array(z.object({ path: z.string(), before: z.number().nullable(), after: z.number().nullable() })),
  /** Every printed table cell that differs (every Cuadro, text cells included). */
  cells: z.array(
    z.object({
      table: z.string(),
      number: z.number(),
      title: z.string(),
      row: z.string(),
      column: z.string(),
      before: z.string().nullable(),
      after: z.string().nullable(),
    }),
  ),
});
export const SettingsOut = z.object({
  institution: InstitutionInput,
  /** The sections the settings can switch on and off, in report order. */
  sections: z.array(z.object({ id: z.string(), enabled: z.boolean() })),
  version: z.number(),
});

/** A document being prepared in the report queue (`POST …/jobs`, polled until `done`). */
export const JobOut = z.object({
  id: z.uuid(),
  state: z.enum(['queued', 'running', 'done', 'failed']),
  position: z.number().int(),
  step: z.string(),
  progress: z.number(),
});
export const JobParams = z.strictObject({ id: z.uuid() });
