import { defineSharedFeature } from '../feature.js';

// Value lists of prevention's records (plain data: the schema, the contract and the web use them).
export const activityKinds = ['self_protection_workshop', 'training'] as const;
export const activityFormats = ['taller', 'seminario', 'curso', 'foro', 'platica', 'conversatorio'] as const;
export const activityModalities = ['virtual', 'in_person', 'hybrid'] as const;
/** The organisation steps of a training (002 III.I) as the activity's status. */
export const activityStatuses = ['call', 'registration', 'confirmation', 'delivery', 'final_report'] as const;
export const audiences = [
  'defenders',
  'journalists',
  'collectives',
  'students',
  'academia',
  'public_servants',
  'officials',
  'general_public',
] as const;
export const liaisonKinds = ['event', 'meeting', 'community', 'international'] as const;
export const institutionLevels = [
  'gobierno_cdmx',
  'federal',
  'estatal',
  'alcaldia',
  'autonomo',
  'osc',
  'academica',
  'internacional',
  'privada',
] as const;
/** Participant categories of Cuadros 7 and 8 (the counts of an activity). */
export const participantCategories = ['woman', 'man', 'lgbttti', 'preferNotToSay'] as const;

/**
 * Prevention, training and liaison (seed 003 §3, §4, §8, §9): workshops, trainings, agreements,
 * events, meetings, community activities and their photos. No area of domain.md holds prevention:
 * the Dirección General (dg) writes it, with cdemp for the self-protection workshops that carry out
 * case measures; agreements (convenios) are also the legal area's.
 */
export const preventionShared = defineSharedFeature({
  name: 'prevention',
  policies: {
    'prevention.read': ['dg', 'cdemp', 'legal', 'planning', 'board'],
    'prevention.write': ['dg', 'cdemp'],
    'prevention.liaison.write': ['dg', 'legal'],
    // Removing records that feed the report is the Dirección General's alone.
    'prevention.delete': ['dg'],
  },
  errors: {
    prevention_measure_not_found: {
      es: 'La medida indicada no existe.',
      en: 'The given measure does not exist.',
    },
    prevention_measure_forbidden: {
      es: 'Sólo el personal que atiende casos puede vincular un taller con una medida.',
      en: 'Only case staff can link a workshop to a measure.',
    },
    prevention_photo_not_allowed: {
      es: 'No se pueden adjuntar fotografías a actividades vinculadas con un caso.',
      en: 'Photos cannot be attached to activities linked to a case.',
    },
    prevention_photo_invalid: {
      es: 'La fotografía debe ser JPEG o PNG y pesar como máximo 5 MB.',
      en: 'The photo must be a JPEG or PNG of at most 5 MB.',
    },
    prevention_code_taken: {
      es: 'Ya existe un registro con esa clave.',
      en: 'A record with that code already exists.',
    },
  },
});
