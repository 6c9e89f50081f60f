import { defineSharedFeature } from '../feature.js';

// Value lists of the plans (plain data: the schema, the contract and the web use them).
export const FORMULA_TYPES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type FormulaType = (typeof FORMULA_TYPES)[number];
export const NODE_LEVELS = ['seccion', 'programa', 'objetivo', 'estrategia', 'accion', 'subaccion'] as const;

/** Annual work plans and their indicators (seed-modules.md §2): public institutional documents, no personal data. */
export const planningShared = defineSharedFeature({
  name: 'planning',
  policies: {
    'planning.read': ['planning', 'dg', 'board', 'admin'],
    'planning.write': ['planning'],
  },
  errors: {
    planning_plan_not_found: { es: 'No existe el plan indicado.', en: 'The plan does not exist.' },
    planning_indicator_not_found: { es: 'No existe el indicador indicado.', en: 'The indicator does not exist.' },
    planning_period_invalid: {
      es: 'El periodo no corresponde a la frecuencia de medición del indicador.',
      en: 'The period does not match the indicator’s measurement frequency.',
    },
    planning_value_bound_to_source: {
      es: 'Este indicador se calcula con los registros del sistema; sólo admite evidencia y nota, no un valor capturado.',
      en: 'This indicator is computed from the records; it only takes evidence and a note, not a typed value.',
    },
    planning_plan_exists: {
      es: 'Ya existe un plan con esa clave; elija otra clave o año.',
      en: 'A plan with that id already exists; choose another id or year.',
    },
    planning_evidence_required: {
      es: 'Indique la evidencia que respalda el valor capturado.',
      en: 'State the evidence that supports the typed value.',
    },
  },
});
