// Input and output schemas of legal opinions and regulations in force (with their versions).
import { z } from 'zod';
import { isoDate } from './legal.contract.js';
import { OPINION_SUBJECT_KINDS } from './legal.js';

const text = (max: number) => z.string().trim().min(1, 'Campo obligatorio').max(max);
const page = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};

// ---- Opinions ------------------------------------------------------------------------------
const answeredAfter = (b: { requestedOn?: string; answeredOn?: string | null }) =>
  !b.requestedOn || !b.answeredOn || b.answeredOn >= b.requestedOn;
const answeredMessage = {
  message: 'La fecha de respuesta no puede ser anterior a la de solicitud',
  path: ['answeredOn'],
};
const OpinionFields = z.object({
  requestedBy: text(300),
  subjectKind: z.enum(OPINION_SUBJECT_KINDS).default('other'),
  subject: text(2000),
  requestedOn: isoDate,
  answeredOn: isoDate.nullable().optional(),
});
export const OpinionCreate = OpinionFields.refine(answeredAfter, answeredMessage);
export type OpinionCreateInput = z.infer<typeof OpinionCreate>;
export const OpinionUpdate = OpinionFields.partial()
  .extend({ version: z.number().int().positive() })
  .refine(answeredAfter, answeredMessage);
export type OpinionUpdateInput = z.infer<typeof OpinionUpdate>;
export const OpinionListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  subjectKind: z.enum(OPINION_SUBJECT_KINDS).optional(),
  pending: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(80).optional(),
  ...page,
});
export type OpinionListQueryInput = z.infer<typeof OpinionListQuery>;
export const OpinionRow = z.object({
  id: z.uuid(),
  requestedBy: z.string(),
  subjectKind: z.enum(OPINION_SUBJECT_KINDS),
  subject: z.string(),
  requestedOn: z.string(),
  answeredOn: z.string().nullable(),
  documents: z.number().int(),
  version: z.number().int(),
});
export const OpinionList = z.object({ total: z.number().int(), rows: z.array(OpinionRow) });
export const OpinionDocumentMeta = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});
export const OpinionDetail = OpinionRow.extend({ documentList: z.array(OpinionDocumentMeta) });

// ---- Regulations ---------------------------------------------------------------------------
export const RegulationCreate = z.object({ name: text(300), description: z.string().trim().max(2000).optional() });
export const RegulationUpdate = RegulationCreate.partial().extend({ version: z.number().int().positive() });
const inForceOrder = (b: { inForceFrom?: string; inForceTo?: string | null }) =>
  !b.inForceFrom || !b.inForceTo || b.inForceTo >= b.inForceFrom;
const inForceMessage = { message: 'El fin de vigencia no puede ser anterior a su inicio', path: ['inForceTo'] };
const VersionFields = z.object({
  label: text(60),
  approvedOn: isoDate.nullable().optional(),
  /** A Junta de Gobierno session of the bodies module ("JG-2023-O4"). */
  approvalSessionId: z.string().trim().min(1).max(60).nullable().optional(),
  gazettePublicationId: z.uuid().nullable().optional(),
  inForceFrom: isoDate,
  inForceTo: isoDate.nullable().optional(),
  notes: z.string().trim().max(2000).optional(),
});
export const RegulationVersionCreate = VersionFields.refine(inForceOrder, inForceMessage);
export type RegulationVersionInput = z.infer<typeof RegulationVersionCreate>;
export const RegulationVersionUpdate = VersionFields.partial()
  .extend({ version: z.number().int().positive() })
  .refine(inForceOrder, inForceMessage);
export type RegulationVersionUpdateInput = z.infer<typeof RegulationVersionUpdate>;
export const RegulationVersionParams = z.object({ id: z.uuid(), versionId: z.uuid() });
export const RegulationListQuery = z.object({ on: isoDate.optional() });

export const RegulationVersion = z.object({
  id: z.uuid(),
  label: z.string(),
  approvedOn: z.string().nullable(),
  approvalSession: z
    .object({ id: z.string(), type: z.string(), ordinal: z.number().int(), heldOn: z.string().nullable() })
    .nullable(),
  gazette: z.object({ id: z.uuid(), ref: z.string(), publishedOn: z.string(), title: z.string() }).nullable(),
  inForceFrom: z.string(),
  inForceTo: z.string().nullable(),
  inForce: z.boolean(),
  notes: z.string(),
  version: z.number().int(),
});
export const Regulation = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  version: z.number().int(),
  /** The label of the version in force on the asked day, or null. */
  inForce: z.string().nullable(),
  versions: z.array(RegulationVersion),
});
export const RegulationList = z.object({ on: z.string(), rows: z.array(Regulation) });
