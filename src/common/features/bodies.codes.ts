// The codes of the public contract (shared/docs/interchange.md): bodies, session types, agenda
// groups, agreement statuses. Order matters: report rows sort bodies in this order.
export const BODY_CODES = [
  'junta_gobierno',
  'cem',
  'consejo_consultivo',
  'mesa_multisectorial',
  'comite_transparencia',
  'saaps',
  'comite_archivos',
  'comite_riesgos',
] as const;
export type BodyCode = (typeof BODY_CODES)[number];

export const SESSION_TYPES = ['ordinary', 'extraordinary'] as const;
export type SessionType = (typeof SESSION_TYPES)[number];

export const AGENDA_GROUPS = ['none', 'approval', 'information'] as const;
export type AgendaGroup = (typeof AGENDA_GROUPS)[number];

export const AGREEMENT_STATUSES = ['pending', 'in_progress', 'done'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const AGENDA_OUTCOMES = ['approved', 'rejected', 'noted', 'deferred'] as const;
/** What an agenda item concerns (a bimonthly report, a work plan, a Gazette publication, a CEM decision…). */
export const AGENDA_LINK_KINDS = ['report', 'work_plan', 'gazette', 'measure_decision', 'guidelines', 'other'] as const;

export const MEMBER_ROLES = [
  'presidencia',
  'secretaria_tecnica',
  'vocal',
  'invitado_permanente',
  'persona_consejera',
  'suplente',
  'integrante',
] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
/** Roles that count towards the quorum: permanent guests speak but do not vote. */
export const VOTING_ROLES: readonly MemberRole[] = [
  'presidencia',
  'secretaria_tecnica',
  'vocal',
  'persona_consejera',
  'integrante',
];

export const APPOINTMENT_EVENTS = ['designation', 'vote', 'oath', 'external_approval'] as const;
export const MODALITIES = ['in_person', 'virtual', 'hybrid'] as const;
export const DOCUMENT_KINDS = ['convocatoria', 'acta', 'annex'] as const;
export const SESSION_STATUSES = ['planned', 'held', 'cancelled'] as const;

/** Short prefix of generated ids ("JG-2024-E1"). */
export const BODY_PREFIX: Record<BodyCode, string> = {
  junta_gobierno: 'JG',
  cem: 'CEM',
  consejo_consultivo: 'CC',
  mesa_multisectorial: 'MTM',
  comite_transparencia: 'CT',
  saaps: 'SAAPS',
  comite_archivos: 'COTECIAD',
  comite_riesgos: 'CARECI',
};
