import { defineSharedFeature } from '../feature.js';

/** Bimonthly report: aggregates only. */
export const reportsShared = defineSharedFeature({
  name: 'reports',
  policies: {
    'reports.read': ['planning', 'dg', 'board', 'cdemp'],
    'reports.issue': ['planning', 'dg'],
  },
  errors: {
    reports_busy: {
      es: 'Se están preparando otros informes. Intente de nuevo en unos minutos.',
      en: 'Other reports are being prepared. Try again in a few minutes.',
    },
    reports_job_not_found: {
      es: 'No existe ese documento en preparación, o ya expiró. Vuelva a solicitarlo.',
      en: 'That document is not being prepared, or it expired. Ask for it again.',
    },
  },
});
