// The zod rules of the prevention forms (the form kit shows their messages under the fields, in the
// UI's language; the server checks the same request again against the shared contract).
import { z } from 'zod';
import { institutionLevels, liaisonKinds } from '../../../common/features/prevention';

/** A date the person must give: YYYY-MM-DD (what a date input holds). */
const requiredDate = z.iso.date();
/** A date the person may leave empty. */
const optionalDate = z.preprocess((v) => (v === '' ? undefined : v), z.iso.date().optional());

export const InstitutionValues = z.object({
  name: z.string().trim().min(1).max(300),
  acronym: z.string().trim().max(40),
  level: z.enum(institutionLevels).nullable(),
});

export const LiaisonValues = z.object({
  kind: z.enum(liaisonKinds),
  on: requiredDate,
  institution: z.string().trim().min(1).max(300),
  title: z.string().trim().min(1).max(1000),
  international: z.boolean(),
  description: z.string().trim().max(4000),
});

export const AgreementValues = z.object({
  counterpart: z.string().trim().min(1).max(300),
  signedOn: optionalDate,
  endsOn: optionalDate,
  international: z.boolean(),
});

export const CommitmentValues = z.object({
  text: z.string().trim().min(1).max(2000),
  plannedActions: z.number().int().min(0).max(1000),
  dueOn: optionalDate,
});

export const ActionValues = z.object({
  on: requiredDate,
  description: z.string().trim().min(1).max(2000),
  commitmentId: z.string().nullable(),
});
