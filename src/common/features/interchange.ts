import { defineSharedFeature } from '../feature.js';

/** Whole-database import/export (no personal data): system administration only. */
export const interchangeShared = defineSharedFeature({
  name: 'interchange',
  policies: {
    'interchange.import': ['admin'],
    'interchange.export': ['admin'],
  },
  errors: {
    invalid_package: {
      es: 'El paquete de datos tiene problemas; no se guardó nada.',
      en: 'The data package has problems; nothing was saved.',
    },
    invalid_spreadsheet: {
      es: 'La hoja de cálculo tiene problemas; no se guardó nada.',
      en: 'The spreadsheet has problems; nothing was saved.',
    },
    personal_data_not_exported: {
      es: 'Esta versión no exporta datos personales en los paquetes de datos.',
      en: 'This version does not export personal data in data packages.',
    },
  },
});
