/** zod request/response contracts of prevention, training and liaison. Text limits keep payloads bounded. */
import { z } from 'zod';
import { isSaneDate } from '../dates.js';
import {
  activityFormats,
  activityKinds,
  activityModalities,
  activityStatuses,
  audiences,
  institutionLevels,
  liaisonKinds,
  participantCategories,
} from './prevention.js';

const DateStr = z.string().refine(isSaneDate, { message: 'Fecha no válida: use AAAA-MM-DD.' });
const Text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: 'No puede estar vacío.' })
    .max(max, { message: `Admite hasta ${max} caracteres.` });
const OptText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Admite hasta ${max} caracteres.` })
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));
const Count = z.number().int().min(0, { message: 'Debe ser 0 o más.' }).max(1_000_000);
const Code = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[A-Za-z0-9._-]+$/, { message: 'Use letras, números, punto, guion o guion bajo.' });

export const Id = z.object({ id: z.uuid() });
export const SubId = z.object({ id: z.uuid(), subId: z.uuid() });

export const SessionInput = z.strictObject({
  on: DateStr,
  hours: z.number().min(0, { message: 'Las horas no pueden ser negativas.' }).max(24, { message: 'Máximo 24 horas.' }),
});

export const Participants = z.strictObject({
  woman: Count,
  man: Count,
  lgbttti: Count,
  preferNotToSay: Count,
});

export const ActivityInput = z.strictObject({
  code: Code.optional(),
  kind: z.enum(activityKinds),
  format: z.enum(activityFormats),
  modality: z.enum(activityModalities),
  title: Text(500),
  objective: z.string().trim().max(4000).default(''),
  partner: OptText(300),
  thematicLine: z.number().int().min(1).max(5).nullable().default(null),
  audiences: z.array(z.enum(audiences)).max(audiences.length).default([]),
  status: z.enum(activityStatuses).default('call'),
  targetLabel: OptText(300),
  forOfficials: z.boolean().default(false),
  measureId: z.uuid().nullable().default(null),
  participants: Participants.default({ woman: 0, man: 0, lgbttti: 0, preferNotToSay: 0 }),
  sessions: z.array(SessionInput).max(200).default([]),
});
export type ActivityInput = z.output<typeof ActivityInput>;

/** One person of an activity's registration list (personal data). */
export const RegistrationInput = z.strictObject({
  name: Text(200),
  contact: OptText(300),
  category: z.enum(participantCategories),
});
export type RegistrationInput = z.output<typeof RegistrationInput>;
export const Registration = z.object({
  id: z.uuid(),
  name: z.string(),
  contact: z.string().nullable(),
  category: z.enum(participantCategories),
});
/** The list, the counts derived from it and the activity's version after the change. */
export const RegistrationList = z.object({
  items: z.array(Registration),
  participants: Participants,
  version: z.number(),
});

export const ActivityUpdate = ActivityInput.omit({ code: true }).extend({ version: z.number().int().min(1) });
export type ActivityUpdate = z.output<typeof ActivityUpdate>;

export const Session = z.object({ id: z.uuid(), on: z.string(), hours: z.number() });

export const PhotoMeta = z.object({
  id: z.uuid(),
  caption: z.string(),
  mime: z.string(),
  size: z.number(),
  sha256: z.string(),
});

export const Activity = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: z.enum(activityKinds),
  format: z.enum(activityFormats),
  modality: z.enum(activityModalities),
  title: z.string(),
  objective: z.string(),
  partner: z.string().nullable(),
  thematicLine: z.number().nullable(),
  audiences: z.array(z.string()),
  status: z.enum(activityStatuses),
  targetLabel: z.string().nullable(),
  forOfficials: z.boolean(),
  /** Present only for the roles that may see cases. */
  measureId: z.uuid().nullable().optional(),
  participants: Participants,
  /** People on the registration list; when above 0 the counts are derived from it. */
  registered: z.number(),
  sessions: z.array(Session),
  photos: z.array(PhotoMeta),
  version: z.number(),
});
export type Activity = z.infer<typeof Activity>;

export const ActivityListQuery = z.object({
  kind: z.enum(activityKinds).optional(),
  from: DateStr.optional(),
  to: DateStr.optional(),
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const ActivitySummary = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: z.enum(activityKinds),
  format: z.enum(activityFormats),
  modality: z.enum(activityModalities),
  title: z.string(),
  status: z.enum(activityStatuses),
  thematicLine: z.number().nullable(),
  firstOn: z.string().nullable(),
  lastOn: z.string().nullable(),
  sessions: z.number(),
  participants: z.number(),
});
export const ActivityList = z.object({ items: z.array(ActivitySummary), total: z.number() });

export const InstitutionInput = z.strictObject({
  name: Text(300),
  acronym: OptText(40),
  level: z.enum(institutionLevels).nullable().default(null),
});
export const Institution = z.object({
  id: z.uuid(),
  name: z.string(),
  acronym: z.string().nullable(),
  level: z.enum(institutionLevels).nullable(),
  version: z.number(),
});
export const InstitutionList = z.object({ items: z.array(Institution) });

export const CommitmentInput = z.strictObject({
  text: Text(2000),
  plannedActions: z.number().int().min(0).max(1000).default(3),
  dueOn: DateStr.nullable().default(null),
});
export const AgreementActionInput = z.strictObject({
  on: DateStr,
  description: Text(2000),
  commitmentId: z.uuid().nullable().default(null),
});
export const AgreementInput = z.strictObject({
  code: Code.optional(),
  counterpart: Text(300),
  kind: OptText(100),
  international: z.boolean().default(false),
  signedOn: DateStr.nullable().default(null),
  endsOn: DateStr.nullable().default(null),
  object: z.string().trim().max(4000).default(''),
  liaisonMpi: OptText(200),
  liaisonCounterpart: OptText(200),
});
export type AgreementInput = z.output<typeof AgreementInput>;
export const AgreementUpdate = AgreementInput.omit({ code: true }).extend({ version: z.number().int().min(1) });

export const Commitment = z.object({
  id: z.uuid(),
  text: z.string(),
  plannedActions: z.number(),
  dueOn: z.string().nullable(),
  actions: z.number(),
  behind: z.boolean(),
});
export const AgreementAction = z.object({
  id: z.uuid(),
  on: z.string(),
  description: z.string(),
  commitmentId: z.uuid().nullable(),
});
export const Agreement = z.object({
  id: z.uuid(),
  code: z.string(),
  counterpart: z.string(),
  kind: z.string().nullable(),
  international: z.boolean(),
  signedOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  object: z.string(),
  liaisonMpi: z.string().nullable(),
  liaisonCounterpart: z.string().nullable(),
  commitments: z.array(Commitment),
  actions: z.array(AgreementAction),
  behind: z.boolean(),
  version: z.number(),
});
export type Agreement = z.infer<typeof Agreement>;
export const AgreementList = z.object({ items: z.array(Agreement) });

export const LiaisonInput = z.strictObject({
  code: Code.optional(),
  kind: z.enum(liaisonKinds),
  on: DateStr,
  institution: Text(300),
  title: Text(1000),
  international: z.boolean().default(false),
  description: OptText(4000),
  agreementId: z.uuid().nullable().default(null),
});
export type LiaisonInput = z.output<typeof LiaisonInput>;
export const LiaisonUpdate = LiaisonInput.omit({ code: true }).extend({ version: z.number().int().min(1) });
export const Liaison = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: z.enum(liaisonKinds),
  on: z.string(),
  institution: z.string(),
  title: z.string(),
  international: z.boolean(),
  description: z.string().nullable(),
  agreementId: z.uuid().nullable(),
  photos: z.array(PhotoMeta),
  version: z.number(),
});
export type Liaison = z.infer<typeof Liaison>;
export const LiaisonListQuery = z.object({
  kind: z.enum(liaisonKinds).optional(),
  from: DateStr.optional(),
  to: DateStr.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export const LiaisonList = z.object({ items: z.array(Liaison.omit({ photos: true })), total: z.number() });

export const PhotoQuery = z.object({ caption: z.string().trim().min(1).max(300) });
