import { defineSharedFeature } from '../feature.js';

// Value lists of the administration records (plain data: the schema, the contract and the web use them).
export const SUBMISSION_STATUSES = ['delivered', 'in_progress', 'pending'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const PROCUREMENT_TYPES = ['restricted_invitation', 'public_tender', 'direct_award'] as const;
export const PROCUREMENT_STATUSES = ['planned', 'in_progress', 'awarded', 'deserted', 'cancelled'] as const;

/**
 * Administration and finance coordination (CAF, seed 003 §6, seed 002 §5): the monthly report
 * deliverables (Cuadro 12), the activity log and procurement procedures. Nothing here is personal
 * data; planning and the board see the deliverables grid and the overdue list (aggregates), the
 * CAF, the director general and the administrator see everything, only the CAF writes.
 */
export const administrationShared = defineSharedFeature({
  name: 'administration',
  policies: {
    'administration.read': ['caf', 'dg', 'admin'],
    'administration.aggregates': ['caf', 'dg', 'admin', 'planning', 'board'],
    'administration.write': ['caf'],
  },
  errors: {
    administration_evidence_type: {
      es: 'La evidencia debe ser un archivo PDF, XLSX o DOCX.',
      en: 'The evidence must be a PDF, XLSX or DOCX file.',
    },
    administration_evidence_too_large: {
      es: 'La evidencia excede el tamaño máximo permitido (3 MB).',
      en: 'The evidence exceeds the maximum size (3 MB).',
    },
    administration_delivered_on_invalid: {
      es: 'La fecha de entrega no puede ser anterior al inicio del mes que se reporta ni posterior a hoy.',
      en: 'The delivery date cannot be before the start of the reported month or after today.',
    },
    administration_month_future: {
      es: 'No se puede registrar la entrega de un mes que todavía no comienza.',
      en: 'A submission cannot be recorded for a month that has not started yet.',
    },
  },
});
