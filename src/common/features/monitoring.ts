import { defineSharedFeature } from '../feature.js';

/**
 * Monitoring of aggressions (seed 001 §1.4–1.5): findings from open sources, the Base MPI CDMX
 * during protests. The systematisation staff belong to cdemp (shared/docs/domain.md); dg reads
 * everything; planning and the board get aggregate counts only.
 */
export const monitoringShared = defineSharedFeature({
  name: 'monitoring',
  policies: {
    'monitoring.read': ['cdemp', 'dg'],
    'monitoring.write': ['cdemp'],
    /** The people involved in a finding (names, contacts): monitoring staff and case roles. */
    'monitoring.people': ['cdemp', 'dg'],
    'monitoring.aggregates': ['cdemp', 'dg', 'planning', 'board'],
  },
  errors: {
    monitoring_file_type: {
      es: 'El archivo debe ser PDF, imagen (PNG, JPEG, WebP, GIF) o HTML.',
      en: 'The file must be a PDF, an image (PNG, JPEG, WebP, GIF) or HTML.',
    },
    monitoring_file_too_large: {
      es: 'El archivo supera el tamaño máximo de 3 MB.',
      en: 'The file is larger than the 3 MB limit.',
    },
    monitoring_source_tampered: {
      es: 'La copia preservada no coincide con su huella SHA-256 registrada: pudo ser alterada.',
      en: 'The preserved copy does not match its recorded SHA-256: it may have been altered.',
    },
    monitoring_no_file: {
      es: 'Esta fuente no tiene copia preservada.',
      en: 'This source has no preserved copy.',
    },
    monitoring_cases_forbidden: {
      es: 'Su perfil no puede consultar casos: no puede vincular casos atendidos.',
      en: 'Your role may not see cases: it cannot link cases attended.',
    },
    monitoring_case_already_linked: {
      es: 'El hallazgo ya está vinculado a un caso.',
      en: 'The finding is already linked to a case.',
    },
  },
});

/** INEGI keys (cvegeo) of the 16 alcaldías, as in shared/data/cdmx-alcaldias.geojson. */
export const ALCALDIAS = {
  '09002': 'Azcapotzalco',
  '09003': 'Coyoacán',
  '09004': 'Cuajimalpa de Morelos',
  '09005': 'Gustavo A. Madero',
  '09006': 'Iztacalco',
  '09007': 'Iztapalapa',
  '09008': 'La Magdalena Contreras',
  '09009': 'Milpa Alta',
  '09010': 'Álvaro Obregón',
  '09011': 'Tláhuac',
  '09012': 'Tlalpan',
  '09013': 'Xochimilco',
  '09014': 'Benito Juárez',
  '09015': 'Cuauhtémoc',
  '09016': 'Miguel Hidalgo',
  '09017': 'Venustiano Carranza',
} as const;
export type AlcaldiaKey = keyof typeof ALCALDIAS;
/** A finding's place: an alcaldía (INEGI key), outside Mexico City, or not determined. */
export const PLACES = [
  '09002',
  '09003',
  '09004',
  '09005',
  '09006',
  '09007',
  '09008',
  '09009',
  '09010',
  '09011',
  '09012',
  '09013',
  '09014',
  '09015',
  '09016',
  '09017',
  'outside',
  'unknown',
] as const satisfies readonly (AlcaldiaKey | 'outside' | 'unknown')[];
export const ALCALDIA_KEYS = PLACES.slice(0, 16) as AlcaldiaKey[];
export type Place = (typeof PLACES)[number];

export const SITUATIONS = ['at_risk', 'attacked', 'killed'] as const;
export const FORMS = ['physical', 'verbal', 'digital'] as const;
/** Finer aggression types (Article 19 style, shared/docs/legal.md); several per finding. */
export const AGGRESSION_TYPES = [
  'threat',
  'attack_on_property',
  'digital_attack',
  'physical_attack',
  'information_blocking',
  'illegal_surveillance',
  'intimidation_harassment',
  'deprivation_of_liberty',
  'abuse_of_public_power',
] as const;
export const PERPETRATORS = [
  'public_official',
  'political_party',
  'organised_crime',
  'private_individual',
  'unknown',
] as const;
export const SOURCE_KINDS = ['media', 'social_network', 'institution'] as const;
export const PHASES = ['before', 'during', 'after'] as const;
export type Situation = (typeof SITUATIONS)[number];
export type Form = (typeof FORMS)[number];
export type AggressionType = (typeof AGGRESSION_TYPES)[number];
export type Phase = (typeof PHASES)[number];
