// Request and response shapes of the administration routes (zod: validation and API docs in one).
import { z } from 'zod';
import { PROCUREMENT_STATUSES, PROCUREMENT_TYPES, SUBMISSION_STATUSES } from './administration.js';
import { saneIsoDate } from '../dates.js';

export const isoDate = saneIsoDate;
export const monthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Mes inválido (AAAA-MM)');
const text = (max: number) => z.string().trim().min(1).max(max);
const version = z.number().int().positive();

export const IdParams = z.object({ id: z.uuid() });
export const DeliverableParams = z.object({ id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/) });
export const SubmissionParams = DeliverableParams.extend({ month: monthKey });

// ---------------------------------------------------------------- deliverables
export const DeliverableOut = z.object({
  id: z.string(),
  position: z.number(),
  name: z.string(),
  recipients: z.array(z.string()),
  dueDay: z.number(),
  active: z.boolean(),
  version: z.number(),
});

export const DeliverableCreate = z.object({
  id: DeliverableParams.shape.id,
  position: z.number().int().min(1).max(999),
  name: text(300),
  recipients: z.array(text(200)).min(1).max(10),
  dueDay: z.number().int().min(1).max(28).default(10),
});

export const DeliverablePatch = z.object({
  version,
  position: z.number().int().min(1).max(999).optional(),
  name: text(300).optional(),
  recipients: z.array(text(200)).min(1).max(10).optional(),
  dueDay: z.number().int().min(1).max(28).optional(),
  active: z.boolean().optional(),
});

export const EvidenceOut = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number(),
  sha256: z.string(),
});

export const SubmissionOut = z.object({
  id: z.uuid(),
  deliverableId: z.string(),
  month: z.string(),
  status: z.enum(SUBMISSION_STATUSES),
  deliveredOn: z.string().nullable(),
  note: z.string().nullable(),
  evidence: EvidenceOut.nullable(),
  version: z.number(),
});

/** Records the state of a month: create (no version) or update (the version read). */
export const SubmissionPut = z.object({
  status: z.enum(SUBMISSION_STATUSES),
  deliveredOn: isoDate.nullable().optional(),
  note: z.string().trim().max(2000).nullable().optional(),
  version: version.optional(),
});

export const EvidenceUpload = z.object({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((n) => !/[/\\]/.test(n) && ![...n].some((c) => c.charCodeAt(0) < 32), 'Nombre de archivo inválido'),
  /** The file's bytes in base64 (JSON keeps one validated request shape for every route). */
  contentBase64: z
    .string()
    .min(4)
    .max(4_300_000)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'Contenido inválido'),
});

export const GridQuery = z.object({
  from: monthKey,
  to: monthKey,
  recipient: z.string().trim().max(200).optional(),
  status: z.enum(SUBMISSION_STATUSES).optional(),
});

export const GridOut = z.object({
  months: z.array(z.string()),
  rows: z.array(
    DeliverableOut.extend({
      cells: z.array(
        z.object({
          month: z.string(),
          status: z.enum(SUBMISSION_STATUSES),
          deliveredOn: z.string().nullable(),
          dueOn: z.string(),
          hasEvidence: z.boolean(),
          version: z.number().nullable(),
        }),
      ),
    }),
  ),
  total: z.object({ delivered: z.number(), in_progress: z.number(), pending: z.number() }),
});

export const RemindersQuery = z.object({
  today: isoDate.optional(),
  leadDays: z.coerce.number().int().min(0).max(60).default(5),
  since: monthKey.optional(),
});

export const ReminderOut = z.object({
  deliverableId: z.string(),
  name: z.string(),
  recipients: z.array(z.string()),
  month: z.string(),
  dueOn: z.string(),
  status: z.enum(SUBMISSION_STATUSES),
  daysLeft: z.number(),
  overdue: z.boolean(),
});

export const RemindersOut = z.object({
  today: z.string(),
  leadDays: z.number(),
  dueSoon: z.array(ReminderOut),
  overdue: z.array(ReminderOut),
});

// ---------------------------------------------------------------- activity log
export const ActivityOut = z.object({
  id: z.uuid(),
  on: z.string(),
  text: z.string(),
  area: z.string(),
  public: z.boolean(),
  version: z.number(),
});

export const ActivityCreate = z.object({
  on: isoDate,
  text: text(2000),
  area: text(100),
  public: z.boolean().default(true),
});

export const ActivityPatch = ActivityCreate.partial().extend({ version });

export const ActivityQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  area: z.string().trim().max(100).optional(),
  public: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const ActivityList = z.object({ items: z.array(ActivityOut), total: z.number(), areas: z.array(z.string()) });

// ---------------------------------------------------------------- procurement
export const ProcurementOut = z.object({
  id: z.uuid(),
  number: z.string(),
  type: z.enum(PROCUREMENT_TYPES),
  object: z.string(),
  minimumBidders: z.number(),
  status: z.enum(PROCUREMENT_STATUSES),
  startedOn: z.string(),
  note: z.string().nullable(),
  version: z.number(),
});

export const ProcurementCreate = z.object({
  number: text(60),
  type: z.enum(PROCUREMENT_TYPES),
  object: text(1000),
  minimumBidders: z.number().int().min(1).max(99),
  status: z.enum(PROCUREMENT_STATUSES).default('planned'),
  startedOn: isoDate,
  note: z.string().trim().max(2000).nullable().optional(),
});

export const ProcurementPatch = ProcurementCreate.partial().extend({ version });

export const ProcurementQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  type: z.enum(PROCUREMENT_TYPES).optional(),
  status: z.enum(PROCUREMENT_STATUSES).optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const ProcurementList = z.object({ items: z.array(ProcurementOut), total: z.number() });

export const PeriodQuery = z
  .object({ from: isoDate, to: isoDate })
  .refine((p) => p.from <= p.to, { message: 'El inicio del periodo es posterior a su fin', path: ['to'] })
  .refine((p) => Date.parse(p.to) - Date.parse(p.from) <= 366 * 86_400_000, {
    message: 'El periodo no puede exceder un año',
    path: ['to'],
  });

/** The table as the report prints it (the report model's TableBlock without its number). */
export const PrintedTableOut = z.object({
  title: z.string(),
  header: z.array(
    z.array(z.object({ text: z.string(), colSpan: z.number().optional(), rowSpan: z.number().optional() })),
  ),
  body: z.array(z.array(z.string())),
  notes: z.array(z.string()),
});
