// The fields of an indicator sheet that the plan file, the planning_indicators row and the plan as
// printed (getPlan) share, named once: the import, the read and the copy of a plan all map them here.
import type { PlanFile } from './plans/catalogue.js';

export const SHEET_FIELDS = [
  'name',
  'dimension',
  'definition',
  'formula',
  'formulaType',
  'variables',
  'comparison',
  'unit',
  'baselineText',
  'baselineValue',
  'goalText',
  'goalValue',
  'responsible',
  'source',
  'direction',
  'frequency',
  'measurementMonths',
  'expectedProgress',
  'thresholds',
] as const;

export type SheetField = (typeof SHEET_FIELDS)[number];
export type SheetFields = Pick<PlanFile['indicators'][number], SheetField>;

/** The shared sheet fields of a plan file's indicator, a table row or a printed sheet (same order). */
export function sheetFields(from: SheetFields): SheetFields {
  return Object.fromEntries(SHEET_FIELDS.map((k) => [k, from[k]])) as SheetFields;
}
