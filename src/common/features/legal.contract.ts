// Input and output schemas of the legal routes (zod: validation, response filtering and API docs).
import { z } from 'zod';
import { CONTRACT_KINDS, GAZETTE_KINDS, LAWSUIT_EVENT_KINDS, LAWSUIT_STAGES } from './legal.js';
import { saneIsoDate } from '../dates.js';

export const isoDate = saneIsoDate;
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();
const money = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,2})?$/, 'Importe inválido: use sólo cifras y hasta dos decimales');

export const IdParams = z.object({ id: z.uuid() });
export const Saved = z.object({ id: z.uuid(), version: z.number().int() });
const page = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};
const format = z.enum(['json', 'xlsx']).default('json');

// ---- Contracts ---------------------------------------------------------------------------
export const ContractNumber = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9/_.-]{2,59}$/, 'Número de contrato inválido');

const datesInOrder = <T extends { startsOn?: string; endsOn?: string }>(b: T) =>
  !b.startsOn || !b.endsOn || b.endsOn >= b.startsOn;
const datesMessage = { message: 'La fecha de término no puede ser anterior a la de inicio', path: ['endsOn'] };

const ContractFields = z.object({
  number: ContractNumber,
  kind: z.enum(CONTRACT_KINDS),
  counterpart: optionalText(300),
  object: optionalText(2000),
  amount: money.nullable().optional(),
  signedOn: isoDate,
  startsOn: isoDate,
  endsOn: isoDate,
});
export const ContractCreate = ContractFields.extend({ renewsId: z.uuid().nullable().optional() }).refine(
  datesInOrder,
  datesMessage,
);
export type ContractCreateInput = z.infer<typeof ContractCreate>;
export const ContractUpdate = ContractFields.partial()
  .extend({ version: z.number().int().positive() })
  .refine(datesInOrder, datesMessage);
export type ContractUpdateInput = z.infer<typeof ContractUpdate>;

export const ContractListQuery = z.object({
  kind: z.enum(CONTRACT_KINDS).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  q: z.string().trim().max(60).optional(),
  endingWithin: z.coerce.number().int().min(1).max(365).optional(),
  format,
  ...page,
});
export type ContractListQueryInput = z.infer<typeof ContractListQuery>;

export const ContractRow = z.object({
  id: z.uuid(),
  number: z.string(),
  kind: z.enum(CONTRACT_KINDS),
  object: z.string(),
  amount: z.string().nullable(),
  signedOn: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  renewsId: z.uuid().nullable(),
  hasDocument: z.boolean(),
  version: z.number().int(),
});
export const ContractList = z.object({ total: z.number().int(), rows: z.array(ContractRow) });

export const DocumentMeta = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});
export const ContractDetail = ContractRow.extend({
  counterpart: z.string().nullable(),
  documents: z.array(DocumentMeta),
  renewals: z.array(z.object({ id: z.uuid(), number: z.string(), startsOn: z.string(), endsOn: z.string() })),
});

export const DocumentUpload = z.object({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((n) => !/[\\/:*?"<>|]/.test(n) && ![...n].some((c) => c.charCodeAt(0) < 32), 'Nombre de archivo inválido'),
  /** The file, base64. 3 MB of bytes is 4 MB of base64, under the 5 MB body limit. */
  contentBase64: z
    .string()
    .max(4 * 1024 * 1024 + 4, 'El documento excede el tamaño máximo de 3 MB')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Contenido inválido (base64)'),
});
export const DocumentParams = z.object({ id: z.uuid(), documentId: z.uuid() });

// ---- Lawsuits ------------------------------------------------------------------------------
export const LawsuitTypeCode = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, 'Clave inválida: minúsculas, cifras y guion bajo');
export const LawsuitType = z.object({ code: z.string(), label: z.string(), active: z.boolean() });
export const LawsuitTypeCreate = z.object({ code: LawsuitTypeCode, label: text(120) });

export const LawsuitCreate = z.object({
  fileNumber: text(80),
  typeCode: LawsuitTypeCode,
  court: text(300),
  plaintiff: text(500),
  defendant: optionalText(300),
  claims: optionalText(4000),
  claimedAmount: money.nullable().optional(),
  projectedAmount: money.nullable().optional(),
  stage: z.enum(LAWSUIT_STAGES).default('filed'),
  filedOn: isoDate,
});
export type LawsuitCreateInput = z.infer<typeof LawsuitCreate>;
export const LawsuitUpdate = z.object({
  version: z.number().int().positive(),
  court: text(300).optional(),
  plaintiff: text(500).optional(),
  defendant: optionalText(300),
  claims: optionalText(4000),
  claimedAmount: money.nullable().optional(),
  projectedAmount: money.nullable().optional(),
  stage: z.enum(LAWSUIT_STAGES).optional(),
  resolution: z.string().trim().max(4000).nullable().optional(),
  resolvedOn: isoDate.nullable().optional(),
});
export type LawsuitUpdateInput = z.infer<typeof LawsuitUpdate>;

export const LawsuitListQuery = z.object({
  typeCode: LawsuitTypeCode.optional(),
  stage: z.enum(LAWSUIT_STAGES).optional(),
  open: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(80).optional(),
  format,
  ...page,
});
export type LawsuitListQueryInput = z.infer<typeof LawsuitListQuery>;

export const LawsuitRow = z.object({
  id: z.uuid(),
  fileNumber: z.string(),
  typeCode: z.string(),
  court: z.string(),
  defendant: z.string(),
  claims: z.string(),
  claimedAmount: z.string().nullable(),
  projectedAmount: z.string().nullable(),
  stage: z.enum(LAWSUIT_STAGES),
  filedOn: z.string(),
  resolution: z.string().nullable(),
  resolvedOn: z.string().nullable(),
  nextDeadline: z.string().nullable(),
  version: z.number().int(),
});
export const LawsuitList = z.object({ total: z.number().int(), rows: z.array(LawsuitRow) });

export const LawsuitEvent = z.object({
  id: z.uuid(),
  kind: z.enum(LAWSUIT_EVENT_KINDS),
  on: z.string(),
  description: z.string(),
  done: z.boolean(),
});
export const LawsuitDetail = LawsuitRow.extend({
  /** null for the roles that may not see it (the audit records every read). */
  plaintiff: z.string().nullable(),
  events: z.array(LawsuitEvent),
});
export const LawsuitEventCreate = z.object({
  kind: z.enum(LAWSUIT_EVENT_KINDS),
  on: isoDate,
  description: text(2000),
});
export const LawsuitEventParams = z.object({ id: z.uuid(), eventId: z.uuid() });
export const LawsuitEventDone = z.object({ done: z.boolean() });

export const LawsuitReportQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const LawsuitReportDocumentQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  bimester: z.coerce.number().int().min(1, 'Bimestre inválido: de 1 a 6').max(6, 'Bimestre inválido: de 1 a 6'),
  format: z.enum(['docx', 'pdf']).default('docx'),
});
export const LawsuitReportSchedule = z.object({
  year: z.number().int(),
  bimesters: z.array(
    z.object({ index: z.number().int(), from: z.string(), to: z.string(), dueOn: z.string(), remindFrom: z.string() }),
  ),
});

// ---- Gazette -------------------------------------------------------------------------------
export const GazetteRef = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9/_.-]{2,39}$/, 'Referencia inválida');
const GazetteFields = z.object({
  ref: GazetteRef,
  publishedOn: isoDate,
  title: text(1000),
  kind: z.enum(GAZETTE_KINDS).default('aviso'),
  page: z.number().int().min(1).max(100000).nullable().optional(),
  url: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .optional(),
});
export const GazetteCreate = GazetteFields;
export const GazetteUpdate = GazetteFields.partial().extend({ version: z.number().int().positive() });
export const GazetteListQuery = z.object({
  kind: z.enum(GAZETTE_KINDS).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  q: z.string().trim().max(80).optional(),
  format,
  ...page,
});
export const GazetteRow = z.object({
  id: z.uuid(),
  ref: z.string(),
  publishedOn: z.string(),
  title: z.string(),
  kind: z.enum(GAZETTE_KINDS),
  page: z.number().int().nullable(),
  url: z.string().nullable(),
  footnote: z.string(),
  version: z.number().int(),
});
export const GazetteList = z.object({ total: z.number().int(), rows: z.array(GazetteRow) });

// ---- Dashboard -----------------------------------------------------------------------------
export const Reminders = z.object({
  today: z.string(),
  contractsEnding: z.array(
    z.object({ id: z.uuid(), number: z.string(), kind: z.enum(CONTRACT_KINDS), endsOn: z.string() }),
  ),
  deadlines: z.array(
    z.object({
      lawsuitId: z.uuid(),
      fileNumber: z.string(),
      kind: z.enum(LAWSUIT_EVENT_KINDS),
      on: z.string(),
      description: z.string(),
    }),
  ),
  lawsuitReport: z.object({ from: z.string(), to: z.string(), dueOn: z.string(), remindFrom: z.string() }).nullable(),
});
export const Summary = z.object({
  contracts: z.object({ total: z.number().int(), active: z.number().int(), endingSoon: z.number().int() }),
  lawsuits: z.object({ open: z.number().int(), concluded: z.number().int() }),
  gazettePublications: z.object({ total: z.number().int() }),
});
