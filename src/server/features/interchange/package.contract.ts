import { z } from 'zod';
import { isCalendarDate } from './dates.js';

/**
 * The `salvaguarda/v1` data package (shared/docs/interchange.md), a PUBLIC contract.
 * Objects are strict: an unknown field is an error, never silently dropped.
 * Fields that may be null may also be omitted (read as null / empty list); the export always writes them.
 * Cross-record rules (unique folios, known caseFolio, procedure vs kind, date order) live in package.validate.ts.
 */
export const PACKAGE_FORMAT = 'salvaguarda/v1';

export const caseKinds = ['incorporation', 'attention', 'federal_collaboration'] as const;
export const procedures = ['ordinary', 'extraordinary'] as const;
export const profiles = ['defender', 'journalist'] as const;
export const identities = ['woman', 'man', 'lgbttti', 'collective'] as const;
export const measureTypes = ['preventive', 'protection', 'urgent_protection', 'social'] as const;
export const requestKinds = ['public', 'arco'] as const;

export const DATE_MESSAGE =
  'fecha no válida: use AAAA-MM-DD con una fecha que exista en el calendario, de 1990 a fin del año próximo';

export const PackageDate = z.string().refine(isCalendarDate, { message: DATE_MESSAGE });
/**
 * Folios and ids of every record: any printable text up to 100 characters (mechanisms number in
 * their own ways, quotes and commas included), never a control character such as a tab or a line
 * break, which would make a folio that is matched and searched differently from how it is printed.
 */
export const PackageId = z
  .string()
  .trim()
  .min(1, { message: 'no puede estar vacío' })
  .max(100, { message: 'admite hasta 100 caracteres' })
  .regex(/^\P{Cc}*$/u, { message: 'no admite tabuladores, saltos de línea ni otros caracteres de control' });
const Folio = PackageId;

export const PackageCase = z.strictObject({
  folio: Folio,
  kind: z.enum(caseKinds),
  procedure: z.enum(procedures).nullable().default(null),
  profile: z.enum(profiles),
  identity: z.enum(identities),
  openedOn: PackageDate,
  closedOn: PackageDate.nullable().default(null),
  followUps: z.array(PackageDate).default([]),
});

export const PackageAction = z.strictObject({
  on: PackageDate,
  // The column is a 4-byte integer: larger counts are refused here rather than failing in the database.
  count: z.number().int().min(1).max(2_147_483_647),
});

export const PackageMeasure = z.strictObject({
  id: Folio,
  caseFolio: Folio,
  type: z.enum(measureTypes),
  name: z
    .string()
    .trim()
    .min(1, { message: 'no puede estar vacío' })
    .max(500, { message: 'admite hasta 500 caracteres' }),
  startedOn: PackageDate.nullable().default(null),
  endedOn: PackageDate.nullable().default(null),
  actions: z.array(PackageAction).default([]),
});

export const PackageInformationRequest = z.strictObject({
  folio: Folio,
  receivedOn: PackageDate,
  kind: z.enum(requestKinds),
  admissible: z.boolean().nullable().default(null),
});

/** Top level: the arrays are validated one element at a time (see package.validate.ts) so every problem is found. */
export const PackageEnvelope = z.strictObject({
  format: z.literal(PACKAGE_FORMAT),
  cases: z.array(z.unknown()).default([]),
  measures: z.array(z.unknown()).default([]),
  informationRequests: z.array(z.unknown()).default([]),
});

/** The envelope with the arrays other features register: any other top-level key is an error. */
export function envelopeWith(names: readonly string[]) {
  return names.length === 0
    ? PackageEnvelope
    : PackageEnvelope.extend(Object.fromEntries(names.map((n) => [n, z.array(z.unknown()).default([])])));
}

export type PackageCase = z.output<typeof PackageCase>;
export type PackageAction = z.output<typeof PackageAction>;
export type PackageMeasure = z.output<typeof PackageMeasure>;
export type PackageInformationRequest = z.output<typeof PackageInformationRequest>;

export interface DataPackage {
  format: typeof PACKAGE_FORMAT;
  cases: PackageCase[];
  measures: PackageMeasure[];
  informationRequests: PackageInformationRequest[];
  /** The arrays other features own (feature manifests' packageArrays), by name, validated. */
  extra?: Record<string, unknown[]>;
}

/** One problem of a package: a JSON path like `cases[3].openedOn` and a Spanish message. */
export interface PackageProblem {
  path: string;
  message: string;
  /** The problem as a sentence naming the record and the field (problem-words.ts). */
  text?: string;
}

/** How many records an import inserted, updated or left unchanged. */
export interface EntityCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface ImportCounts {
  cases: EntityCounts;
  followUps: { replacedCases: number; inserted: number; deleted: number };
  measures: EntityCounts;
  actions: { replacedMeasures: number; inserted: number; deleted: number };
  informationRequests: EntityCounts;
  /** Per array of another feature: records created and updated (absent when none is registered). */
  extra?: Record<string, { created: number; updated: number }>;
}
