// zod shapes of every bodies route: params, query, body and response.
import { z } from 'zod';
import {
  AGENDA_GROUPS,
  AGENDA_LINK_KINDS,
  AGENDA_OUTCOMES,
  AGREEMENT_STATUSES,
  APPOINTMENT_EVENTS,
  BODY_CODES,
  DOCUMENT_KINDS,
  MEMBER_ROLES,
  MODALITIES,
  SESSION_STATUSES,
  SESSION_TYPES,
} from './bodies.codes.js';
import { saneIsoDate } from '../dates.js';

export const isoDate = saneIsoDate;
const Version = z.number().int().min(1);
const shortText = (max: number) => z.string().trim().min(1, 'Este dato es obligatorio.').max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const CodeParams = z.object({ code: z.enum(BODY_CODES) });
export const SessionParams = z.object({ id: z.string().min(1).max(60) });
export const UuidParams = z.object({ id: z.uuid() });
export const AgreementParams = z.object({ id: z.string().min(1).max(80) });
export const YearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }).strict();
export const NoQuery = z.object({}).strict();

export const BodySummary = z.object({
  code: z.enum(BODY_CODES),
  name: z.string(),
  kind: z.string(),
  legalBasis: z.string(),
  presidingRole: z.string(),
  internalRules: z.string().nullable(),
  confidentialityAgreement: z.boolean(),
  yearlyTarget: z.number().nullable(),
  secretariatRoles: z.array(z.string()),
  restrictedAgenda: z.boolean(),
  canWrite: z.boolean(),
  sessionsThisYear: z.object({ ordinary: z.number(), extraordinary: z.number() }),
  openAgreements: z.number(),
  overdueAgreements: z.number(),
  nextSession: z
    .object({ id: z.string(), type: z.enum(SESSION_TYPES), ordinal: z.number(), on: z.string() })
    .nullable(),
});
export const BodyListOut = z.object({ bodies: z.array(BodySummary) });

export const SessionRow = z.object({
  id: z.string(),
  type: z.enum(SESSION_TYPES),
  ordinal: z.number(),
  ordinalWord: z.string(),
  year: z.number(),
  status: z.enum(SESSION_STATUSES),
  plannedOn: z.string().nullable(),
  heldOn: z.string().nullable(),
  place: z.string().nullable(),
  modality: z.enum(MODALITIES).nullable(),
  agendaItems: z.number(),
  agreements: z.number(),
});

export const MemberOut = z.object({
  id: z.uuid(),
  name: z.string(),
  post: z.string().nullable(),
  institution: z.string().nullable(),
  role: z.enum(MEMBER_ROLES),
  fromOn: z.string(),
  toOn: z.string().nullable(),
  appointment: z.enum(APPOINTMENT_EVENTS).nullable(),
  appointmentRef: z.string().nullable(),
  substitutesId: z.uuid().nullable(),
  representsBody: z.enum(BODY_CODES).nullable(),
  version: z.number(),
});
export const MemberContactOut = z.object({ members: z.array(MemberOut.extend({ contact: z.string().nullable() })) });

export const AgreementOut = z.object({
  id: z.string(),
  sessionId: z.string(),
  bodyCode: z.enum(BODY_CODES),
  label: z.string(),
  year: z.number(),
  number: z.number(),
  text: z.string(),
  responsible: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(AGREEMENT_STATUSES),
  doneOn: z.string().nullable(),
  overdue: z.boolean(),
  version: z.number(),
  notes: z.array(z.object({ id: z.uuid(), on: z.string(), note: z.string() })),
});
export const AgreementListOut = z.object({ agreements: z.array(AgreementOut), total: z.number() });
export const AgreementListQuery = z
  .object({
    body: z.enum(BODY_CODES).optional(),
    status: z.enum(['open', 'overdue', 'done', 'all']).default('open'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(100000).default(0),
  })
  .strict();

export const BodyPageOut = BodySummary.extend({
  year: z.number(),
  sessions: z.array(SessionRow),
  members: z.array(MemberOut),
  agreements: z.array(AgreementOut),
});

export const AgendaItemOut = z.object({
  id: z.uuid(),
  position: z.number(),
  group: z.enum(AGENDA_GROUPS),
  text: z.string(),
  outcome: z.enum(AGENDA_OUTCOMES).nullable(),
  linkKind: z.enum(AGENDA_LINK_KINDS).nullable(),
  linkRef: z.string().nullable(),
  caseId: z.uuid().nullable(),
  version: z.number(),
});

export const DocumentOut = z.object({
  id: z.uuid(),
  kind: z.enum(DOCUMENT_KINDS),
  filename: z.string(),
  mime: z.string(),
  size: z.number(),
  sha256: z.string(),
  createdAt: z.string(),
});

export const SessionPageOut = z.object({
  session: SessionRow.extend({
    bodyCode: z.enum(BODY_CODES),
    bodyName: z.string(),
    quorumReached: z.boolean().nullable(),
    noQuorumReason: z.string().nullable(),
    version: z.number(),
  }),
  canWrite: z.boolean(),
  /** False for a CEM session seen by a role that may not see cases: agenda and documents become counts. */
  agendaVisible: z.boolean(),
  agenda: z.array(AgendaItemOut),
  agendaCounts: z.object({ none: z.number(), approval: z.number(), information: z.number() }),
  attendance: z.array(z.object({ member: MemberOut, bodyCode: z.enum(BODY_CODES), present: z.boolean().nullable() })),
  quorum: z.object({ voting: z.number(), present: z.number(), needed: z.number(), reached: z.boolean() }),
  agreements: z.array(AgreementOut),
  documents: z.array(DocumentOut),
  documentCount: z.number(),
  /** Measure decisions taken in this session (CEM), for the roles that see its agenda. */
  decisions: z.array(
    z.object({
      id: z.string(),
      decision: z.enum(['approve', 'modify', 'suspend', 'end']),
      decidedOn: z.string(),
      measureCode: z.string(),
      caseId: z.string(),
      caseFolio: z.string(),
    }),
  ),
});

export const Saved = z.object({ id: z.string(), version: z.number() });

export const MemberCreate = z
  .object({
    name: shortText(200),
    post: optionalText(300),
    institution: optionalText(300),
    role: z.enum(MEMBER_ROLES),
    fromOn: isoDate,
    toOn: isoDate.nullable().optional(),
    appointment: z.enum(APPOINTMENT_EVENTS).nullable().optional(),
    appointmentRef: optionalText(300),
    substitutesId: z.uuid().nullable().optional(),
    representsBody: z.enum(BODY_CODES).nullable().optional(),
    contact: optionalText(500),
  })
  .strict()
  .refine((m) => !m.toOn || m.toOn >= m.fromOn, {
    message: 'La fecha de término no puede ser anterior a la de inicio.',
    path: ['toOn'],
  });
export const MemberUpdate = z
  .object({
    version: Version,
    name: shortText(200).optional(),
    post: optionalText(300),
    institution: optionalText(300),
    role: z.enum(MEMBER_ROLES).optional(),
    fromOn: isoDate.optional(),
    toOn: isoDate.nullable().optional(),
    appointment: z.enum(APPOINTMENT_EVENTS).nullable().optional(),
    appointmentRef: optionalText(300),
    contact: optionalText(500),
  })
  .strict();

export const SessionCreate = z
  .object({
    type: z.enum(SESSION_TYPES),
    plannedOn: isoDate,
    place: optionalText(300),
    modality: z.enum(MODALITIES).nullable().optional(),
  })
  .strict();
export const SessionUpdate = z
  .object({
    version: Version,
    plannedOn: isoDate.optional(),
    place: optionalText(300),
    modality: z.enum(MODALITIES).nullable().optional(),
    status: z.enum(['planned', 'cancelled']).optional(),
  })
  .strict();
export const MarkHeld = z.object({ version: Version, heldOn: isoDate, noQuorumReason: optionalText(1000) }).strict();
export const AttendanceBody = z
  .object({
    version: Version,
    attendance: z.array(z.object({ memberId: z.uuid(), present: z.boolean() }).strict()).max(200),
  })
  .strict();

export const AgendaCreate = z
  .object({
    group: z.enum(AGENDA_GROUPS),
    text: shortText(4000),
    linkKind: z.enum(AGENDA_LINK_KINDS).nullable().optional(),
    linkRef: optionalText(300),
    caseId: z.uuid().nullable().optional(),
  })
  .strict();
export const AgendaUpdate = z
  .object({
    version: Version,
    group: z.enum(AGENDA_GROUPS).optional(),
    text: shortText(4000).optional(),
    position: z.number().int().min(1).max(999).optional(),
    outcome: z.enum(AGENDA_OUTCOMES).nullable().optional(),
    linkKind: z.enum(AGENDA_LINK_KINDS).nullable().optional(),
    linkRef: optionalText(300),
  })
  .strict();
export const VersionBody = z.object({ version: Version }).strict();

export const AgreementCreate = z
  .object({ text: shortText(4000), responsible: optionalText(300), dueOn: isoDate.nullable().optional() })
  .strict();
export const AgreementUpdate = z
  .object({
    version: Version,
    text: shortText(4000).optional(),
    responsible: optionalText(300),
    dueOn: isoDate.nullable().optional(),
    status: z.enum(AGREEMENT_STATUSES).optional(),
  })
  .strict();
export const AgreementNoteCreate = z
  .object({ version: Version, on: isoDate, note: shortText(2000), status: z.enum(AGREEMENT_STATUSES).optional() })
  .strict();

/** Uploads travel as base64 inside JSON: the body is validated like every other input. */
export const DocumentUpload = z
  .object({
    kind: z.enum(DOCUMENT_KINDS),
    filename: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .refine((n) => !/[/\\]/.test(n) && [...n].every((c) => c.charCodeAt(0) >= 32), 'Nombre de archivo no válido.'),
    contentBase64: z
      .string()
      .min(1)
      .max(14 * 1024 * 1024)
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'El contenido no está en base64.'),
  })
  .strict();
