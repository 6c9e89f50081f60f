import { defineSharedFeature } from '../feature.js';

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
