import { defineSharedFeature } from '../feature.js';

// Value lists of the unit's records (plain data: the schema, the workflow, the contracts and the web use them).
export const REQUEST_STATUSES = [
  'received',
  'clarification_requested',
  'in_process',
  'extended',
  'answered',
  'referred',
  'not_admissible',
  'not_filed',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const REQUEST_ACTIONS = [
  'request_clarification', // prevención (once)
  'receive_clarification', // the requester replied: the clock runs again
  'lapse_clarification', // no reply within the period: deemed not filed
  'turn_to_area', // sent to one or more areas that hold the information
  'extend', // committee resolution extending the period
  'answer',
  'refer', // orientación / notoria incompetencia
  'declare_not_admissible',
] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

export const REQUEST_CHANNELS = ['platform', 'email', 'written', 'verbal', 'other'] as const;
export const ARCO_RIGHTS = ['access', 'rectification', 'cancellation', 'opposition', 'portability'] as const;
export const CLASSIFICATIONS = ['public', 'reserved', 'confidential', 'partially_reserved'] as const;
export const REFERRAL_KINDS = ['orientation', 'incompetence'] as const;

export const PERIODICITIES = ['quarterly', 'half_yearly', 'yearly'] as const;
export const OBLIGATION_STATUSES = ['pending', 'uploaded', 'validated'] as const;

export const COURSE_KINDS = ['introductory', 'specialised'] as const;

/** Transparency unit: information requests, SIPOT obligations, committee, training. */
export const transparencyShared = defineSharedFeature({
  name: 'transparency',
  policies: {
    'transparency.read': ['transparency', 'dg', 'admin'],
    'transparency.write': ['transparency'],
    'transparency.admin': ['admin'],
  },
  errors: {
    transparency_date_out_of_range: {
      es: 'La fecha no puede ser anterior a la recepción ni posterior a hoy.',
      en: 'The date cannot be before the receipt date or after today.',
    },
    transparency_not_tracked: {
      es: 'La solicitud sólo fue importada; regístrela en la Unidad de Transparencia para darle trámite.',
      en: 'The request was only imported; register it in the Transparency Unit to process it.',
    },
    transparency_clarification_once: {
      es: 'La prevención sólo puede formularse una vez.',
      en: 'A clarification request can be made only once.',
    },
    transparency_clarification_not_lapsed: {
      es: 'El plazo de la persona solicitante para desahogar la prevención no ha vencido.',
      en: "The requester's period to answer the clarification request has not ended.",
    },
    transparency_extension_once: {
      es: 'La ampliación del plazo sólo puede hacerse una vez.',
      en: 'The deadline can be extended only once.',
    },
    transparency_extension_late: {
      es: 'La ampliación debe notificarse antes de que venza el plazo de respuesta.',
      en: 'The extension must be notified before the answer deadline.',
    },
    transparency_period_invalid: {
      es: 'El periodo no corresponde a la periodicidad de la obligación.',
      en: "The period does not match the obligation's frequency.",
    },
    transparency_dates_invalid: {
      es: 'La validación debe ser igual o posterior a la actualización y al cierre del periodo.',
      en: 'The validation must be on or after the update and the end of the period.',
    },
  },
});
