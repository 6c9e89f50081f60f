import { z } from 'zod';
import { AGGRESSION_TYPES, FORMS, PERPETRATORS, PHASES, PLACES, SITUATIONS, SOURCE_KINDS } from './monitoring.js';
import { identities, profiles } from './cases.contract.js';
import { saneIsoDate, saneIsoDateTime } from '../dates.js';

/** zod request/response contracts of the monitoring feature. Text limits keep payloads bounded. */
const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => z.string().trim().max(max).nullable().optional();
export const isoDate = saneIsoDate;
export const Id = z.object({ id: z.uuid() });
export const Version = z.number().int().min(1);
const uniqueList = <T extends z.ZodType>(item: T, min: number, message: string) =>
  z
    .array(item)
    .min(min, { message })
    .max(20)
    .refine((v) => new Set(v).size === v.length, { message: 'Hay valores repetidos.' });

const findingFields = {
  detectedOn: isoDate,
  factsOn: isoDate.nullable().optional(),
  situation: z.enum(SITUATIONS),
  forms: uniqueList(z.enum(FORMS), 1, 'Indique al menos una forma de agresión (física, verbal o digital).'),
  types: uniqueList(z.enum(AGGRESSION_TYPES), 0, ''),
  perpetrator: z.enum(PERPETRATORS).nullable().optional(),
  profile: z.enum(profiles),
  identity: z.enum(identities),
  alcaldia: z.enum(PLACES),
  protest: z.boolean(),
  activationId: z.uuid().nullable().optional(),
  summary: text(4000),
  /** Names and contacts of the people involved: personal data. */
  people: optText(4000),
};
const factsNotAfterDetection = <T extends { factsOn?: string | null; detectedOn?: string }>(v: T) =>
  !v.factsOn || !v.detectedOn || v.factsOn <= v.detectedOn;
const factsMessage = {
  message: 'La fecha de los hechos no puede ser posterior a la de detección.',
  path: ['factsOn'],
};

export const FindingCreate = z.object(findingFields).strict().refine(factsNotAfterDetection, factsMessage);
export const FindingUpdate = z
  .object(findingFields)
  .partial()
  .extend({ caseId: z.uuid().nullable().optional(), version: Version })
  .strict()
  .refine(factsNotAfterDetection, factsMessage);

const bool = z.enum(['true', 'false']);
export const FindingListQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  situation: z.enum(SITUATIONS).optional(),
  form: z.enum(FORMS).optional(),
  type: z.enum(AGGRESSION_TYPES).optional(),
  profile: z.enum(profiles).optional(),
  identity: z.enum(identities).optional(),
  alcaldia: z.enum(PLACES).optional(),
  protest: bool.optional(),
  /** only findings with fewer than two independent sources */
  unverified: bool.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const FindingSummary = z.object({
  id: z.uuid(),
  code: z.string(),
  detectedOn: z.string(),
  factsOn: z.string().nullable(),
  situation: z.enum(SITUATIONS),
  forms: z.array(z.enum(FORMS)),
  types: z.array(z.enum(AGGRESSION_TYPES)),
  profile: z.enum(profiles),
  identity: z.enum(identities),
  alcaldia: z.enum(PLACES),
  protest: z.boolean(),
  sources: z.number(),
  verified: z.boolean(),
  caseId: z.uuid().nullable(),
  caseFolio: z.string().nullable(),
  summary: z.string().nullable(),
  version: z.number(),
});
export const FindingList = z.object({ items: z.array(FindingSummary), total: z.number() });

export const SourceOut = z.object({
  id: z.uuid(),
  kind: z.enum(SOURCE_KINDS),
  outlet: z.string(),
  url: z.string().nullable(),
  capturedAt: z.string(),
  fileName: z.string().nullable(),
  mediaType: z.string().nullable(),
  size: z.number().nullable(),
  sha256: z.string().nullable(),
});
export const FindingDetail = FindingSummary.extend({
  perpetrator: z.enum(PERPETRATORS).nullable(),
  activationId: z.uuid().nullable(),
  /** null when the reader may not see people (or none were recorded). */
  people: z.string().nullable(),
  sourceList: z.array(SourceOut),
});

/** A preserved copy travels as base64 inside JSON (3 MB of file, within the 5 MB body limit). */
export const SourceCreate = z
  .object({
    kind: z.enum(SOURCE_KINDS),
    outlet: text(200),
    url: z
      .url({ protocol: /^https?$/, message: 'Indique una dirección web válida (http o https).' })
      .max(2000)
      .nullable()
      .optional(),
    capturedAt: saneIsoDateTime,
    file: z
      .object({
        name: text(200),
        contentBase64: z.base64().max(4_200_000),
      })
      .strict()
      .nullable()
      .optional(),
  })
  .strict();

export const DuplicateQuery = z
  .object({
    detectedOn: isoDate,
    factsOn: isoDate.nullable().optional(),
    alcaldia: z.enum(PLACES),
    profile: z.enum(profiles),
    summary: text(4000),
    excludeId: z.uuid().nullable().optional(),
  })
  .strict();
export const DuplicateList = z.object({
  candidates: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      detectedOn: z.string(),
      factsOn: z.string().nullable(),
      alcaldia: z.enum(PLACES),
      similarity: z.number(),
    }),
  ),
});

export const MobilizationCreate = z
  .object({
    on: isoDate,
    cause: text(300),
    alcaldias: uniqueList(z.enum(PLACES), 0, ''),
  })
  .strict();
export const ActivationCreate = z
  .object({
    mobilizationId: z.uuid().nullable().optional(),
    on: isoDate,
    phase: z.enum(PHASES),
    staffOnDuty: z.number().int().min(0).max(500).nullable().optional(),
    notes: optText(2000),
    caseIds: z.array(z.uuid()).max(50).optional(),
  })
  .strict();
export const PeriodQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });

export const ActivationOut = z.object({
  id: z.uuid(),
  code: z.string(),
  mobilizationId: z.uuid().nullable(),
  on: z.string(),
  phase: z.enum(PHASES),
  staffOnDuty: z.number().nullable(),
  notes: z.string().nullable(),
  findings: z.number(),
  cases: z.number(),
  /** The cases attended (folio): only for the roles that may see cases (`cases.read`). */
  caseList: z.array(z.object({ id: z.uuid(), folio: z.string() })).optional(),
});
export const MobilizationOut = z.object({
  id: z.uuid(),
  on: z.string(),
  cause: z.string(),
  alcaldias: z.array(z.enum(PLACES)),
  activations: z.array(ActivationOut),
});
export const ProtestList = z.object({ mobilizations: z.array(MobilizationOut), unlinked: z.array(ActivationOut) });

export const StatsQuery = z.object({
  from: isoDate,
  to: isoDate,
  /** the published variant: counts under 3 shown as "<3" */
  public: bool.optional(),
});
const Count = z.union([z.number(), z.literal('<3')]);
const counts = (keys: readonly string[]) => z.object(Object.fromEntries(keys.map((k) => [k, Count])));
export const StatsOut = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  public: z.boolean(),
  findings: z.object({
    byMonth: z.array(z.object({ month: z.string(), total: Count, previousYear: Count })),
    bySituation: counts(SITUATIONS),
    byForm: counts(FORMS),
    byType: counts(AGGRESSION_TYPES),
    byProfile: counts(profiles),
    byIdentity: counts(identities),
    byAlcaldia: counts(PLACES),
    verified: Count,
    total: Count,
  }),
  protestMonitoring: counts([...PHASES, 'total']),
});

export const Saved = z.object({ id: z.uuid(), version: z.number() });
