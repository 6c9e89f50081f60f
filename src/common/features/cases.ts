import { defineSharedFeature } from '../feature.js';

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
