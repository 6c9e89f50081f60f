import { defineSharedFeature } from '../feature.js';

// Value lists of the legal records (plain data: the schema, the contracts and the web use them).
/** professional_services: Cuadro 10; fees: honorarios asimilados a salarios (the contracts Cuadro 11). */
export const CONTRACT_KINDS = ['professional_services', 'fees', 'goods', 'services'] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];

export const LAWSUIT_STAGES = [
  'filed',
  'answered',
  'evidence',
  'hearings',
  'closing_arguments',
  'judgment',
  'appeal',
  'enforcement',
  'concluded',
] as const;
export type LawsuitStage = (typeof LAWSUIT_STAGES)[number];

export const LAWSUIT_EVENT_KINDS = ['hearing', 'filing', 'deadline', 'stage_change', 'note'] as const;
export type LawsuitEventKind = (typeof LAWSUIT_EVENT_KINDS)[number];

export const GAZETTE_KINDS = ['aviso', 'acuerdo', 'decreto', 'circular', 'lineamientos', 'otro'] as const;

/** What an opinion is about (seed 002 §4.7): a case, a collegiate body, a regulation, a CDHCM recommendation… */
export const OPINION_SUBJECT_KINDS = [
  'case',
  'body',
  'regulation',
  'cdhcm_recommendation',
  'administrative',
  'other',
] as const;
export type OpinionSubjectKind = (typeof OPINION_SUBJECT_KINDS)[number];

/**
 * Legal area (Coordinación de Asuntos Jurídicos, seed 002 §4, 003 §5): contracts, lawsuits,
 * Gazette publications. Plaintiffs' identities are personal data: only `legal.plaintiffs` sees them.
 */
export const legalShared = defineSharedFeature({
  name: 'legal',
  policies: {
    'legal.read': ['legal', 'dg', 'admin'],
    'legal.write': ['legal'],
    'legal.aggregates': ['legal', 'dg', 'admin', 'planning', 'board'],
    'legal.plaintiffs': ['legal', 'dg'],
  },
  errors: {
    legal_document_type: {
      es: 'El documento debe ser un PDF o un DOCX.',
      en: 'The document must be a PDF or a DOCX file.',
    },
    legal_document_too_large: {
      es: 'El documento excede el tamaño máximo de 3 MB.',
      en: 'The document is larger than the 3 MB limit.',
    },
    legal_dates_order: {
      es: 'La fecha de término no puede ser anterior a la de inicio.',
      en: 'The end date cannot be before the start date.',
    },
    legal_unknown_session: {
      es: 'La sesión no existe o no es una sesión de la Junta de Gobierno.',
      en: 'The session does not exist or is not a Governing Board session.',
    },
    legal_unknown_publication: {
      es: 'La publicación de la Gaceta Oficial no existe.',
      en: 'The Official Gazette publication does not exist.',
    },
    legal_unknown_lawsuit_type: {
      es: 'El tipo de juicio no existe en el catálogo.',
      en: 'The lawsuit type is not in the catalogue.',
    },
  },
});
