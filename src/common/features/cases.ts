import { defineSharedFeature } from '../feature.js';

// The values of the cases' closed lists, shared by the zod contract (cases.contract.ts) and the web's
// forms. Plain data without zod, so that the web bundle can import them.
/** Case status lifecycle states (the transitions are the server's: features/cases/lifecycle.ts). */
export const caseStatuses = [
  'request_received',
  'analysis',
  'incorporated',
  'attended',
  'collaborating',
  'follow_up',
  'concluded',
] as const;
export const closingReasons = ['completed', 'desisted', 'not_admitted', 'withdrawn', 'referred', 'other'] as const;
export const caseKinds = ['incorporation', 'attention', 'federal_collaboration'] as const;
export const procedures = ['ordinary', 'extraordinary'] as const;
export const profiles = ['defender', 'journalist'] as const;
export const identities = ['woman', 'man', 'lgbttti', 'collective'] as const;
export const measureTypes = ['preventive', 'protection', 'urgent_protection', 'social'] as const;
export const measureStatuses = ['proposed', 'active', 'suspended', 'ended'] as const;
export const decisionKinds = ['approve', 'modify', 'suspend', 'end'] as const;
export const riskLevels = ['low', 'medium', 'high', 'extreme'] as const;
export const riskFactors = [
  'threats',
  'physical_aggression',
  'digital_aggression',
  'surveillance',
  'stigmatisation',
  'legal_harassment',
  'aggressor_public_official',
  'aggressor_organised_crime',
  'previous_aggressions',
  'vulnerable_context',
  'other',
] as const;
export const beneficiaryRelations = ['principal', 'collective_member', 'relative', 'linked_person'] as const;
export const followUpKinds = ['call', 'visit', 'meeting', 'review', 'referral', 'other'] as const;

/** Kinds of events of the case timeline (built by the server's features/cases/timeline.ts). */
export const timelineKinds = ['status', 'assessment', 'plan', 'measure', 'decision', 'actions', 'follow_up'] as const;

/** Cases and protection plans (docs/cases.md): identities also need assignment to the case or a lead role. */
export const casesShared = defineSharedFeature({
  name: 'cases',
  policies: {
    'cases.read': ['cdemp', 'dg'],
    'cases.write': ['cdemp'],
    'cases.identities': ['cdemp', 'dg'],
    'cases.assign': ['cdemp'],
    'cases.aggregates': ['cdemp', 'dg', 'board', 'planning'],
    'cases.catalogue.read': ['cdemp', 'dg', 'admin'],
    'cases.admin': ['admin'],
  },
  errors: {
    case_decision_session_not_cem: {
      es: 'La sesión indicada no es una sesión del Consejo de Evaluación de Medidas.',
      en: 'The session given is not a session of the Consejo de Evaluación de Medidas.',
    },
    case_not_assigned: { es: 'No está asignado a este caso.', en: 'You are not assigned to this case.' },
    case_lead_required: {
      es: 'Sólo una persona responsable de área puede asignar personal al caso.',
      en: 'Only an area lead can assign staff to the case.',
    },
    case_closing_reason_required: {
      es: 'Indique el motivo de conclusión del caso.',
      en: 'State why the case is concluded.',
    },
    case_concluded: {
      es: 'El caso está concluido; no admite cambios.',
      en: 'The case is concluded; it cannot change.',
    },
    case_measure_outside_month: {
      es: 'Hay acciones con fechas fuera del mes indicado.',
      en: 'Some actions are dated outside the given month.',
    },
    case_invalid_folio_pattern: {
      es: 'El patrón de folio debe contener {year} y {seq} una sola vez.',
      en: 'The folio pattern must contain {year} and {seq} once each.',
    },
    case_record_in_use: {
      es: 'El registro ya tiene información asociada y no puede eliminarse.',
      en: 'The record has related information and cannot be deleted.',
    },
    case_assignee_not_staff: {
      es: 'La persona indicada no pertenece al personal que puede atender casos.',
      en: 'The person is not among the staff who can handle cases.',
    },
  },
});
