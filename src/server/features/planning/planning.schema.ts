// Annual work plans (shared/docs/seed-modules.md §2.7): a plan, its tree of typed nodes with the
// printed codes, indicator sheets attached to nodes, cronograma rows linked to nodes many-to-many,
// programmed values (targets) and typed achieved values per measurement period. Plans are public
// institutional documents: nothing here is personal data, so no column is encrypted.
import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { FORMULA_TYPES, type FormulaType, NODE_LEVELS } from '../../../common/features/planning.js';
import { users } from '../../platform/auth/auth.schema.js';

// The value lists are shared with the web (src/common/features/planning.ts).
export { FORMULA_TYPES, type FormulaType, NODE_LEVELS };

export interface PlanFrontMatter {
  introduction: string[];
  mission: string;
  vision: string;
  objectives: string[];
}
export interface PlanApproval {
  body: string | null;
  sessionId: string | null;
  agendaItem: string | null;
}
export interface FormulaVariable {
  symbol: string;
  meaning: string;
}
export interface Thresholds {
  /** percent at or above which (ascending) the light is green */
  green: number;
  /** percent at or above which (ascending) the light is yellow; below it, red */
  yellow: number;
}

export const plans = pgTable('planning_plans', {
  /** Public id of the interchange contract, e.g. 'MPI-PAT-2023'. */
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  institution: text('institution').notNull(),
  kind: text('kind').notNull(),
  year: integer('year').notNull(),
  frontMatter: jsonb('front_matter').$type<PlanFrontMatter>().notNull(),
  approval: jsonb('approval').$type<PlanApproval>().notNull(),
  /** Seed the plan was loaded from ('001'…), or null for a plan created in the product. */
  seed: text('seed'),
  /** SHA-256 of the shipped data file at load time (loading again is a no-op). */
  sourceHash: text('source_hash'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const planNodes = pgTable(
  'planning_nodes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id'),
    position: integer('position').notNull(),
    level: text('level', { enum: NODE_LEVELS }).notNull(),
    /** As printed: '1.1.1', '1.2.2 a)', 'II.IV', 'Estrategia 2'. */
    code: text('code').notNull(),
    title: text('title').notNull(),
    description: text('description'),
  },
  (t) => [
    uniqueIndex('planning_nodes_code_uq').on(t.planId, t.code),
    index('planning_nodes_parent_idx').on(t.parentId),
  ],
);

export const planIndicators = pgTable(
  'planning_indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => planNodes.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    /** The code used in `plan indicators` (the node's printed code, or with a suffix when a node has several). */
    code: text('code').notNull(),
    name: text('name').notNull(),
    dimension: text('dimension'),
    definition: text('definition'),
    formula: text('formula'),
    formulaType: text('formula_type', { enum: FORMULA_TYPES }).notNull(),
    variables: jsonb('variables').$type<FormulaVariable[]>().notNull(),
    /** Type B: what "the previous period" is ('previous_period' | 'same_period_previous_year'). */
    comparison: text('comparison', { enum: ['previous_period', 'same_period_previous_year'] }),
    unit: text('unit'),
    baselineText: text('baseline_text'),
    baselineValue: doublePrecision('baseline_value'),
    goalText: text('goal_text'),
    goalValue: doublePrecision('goal_value'),
    responsible: text('responsible'),
    source: text('source'),
    direction: text('direction', { enum: ['ascending', 'descending'] }).notNull(),
    frequency: text('frequency', { enum: ['monthly', 'bimonthly', 'quarterly', 'semiannual', 'annual'] }).notNull(),
    measurementMonths: jsonb('measurement_months').$type<number[]>().notNull(),
    expectedProgress: jsonb('expected_progress').$type<number[]>().notNull(),
    thresholds: jsonb('thresholds').$type<Thresholds>().notNull(),
    /** Where `achieved` comes from: a registered indicator source and its params, or null = typed by hand. */
    sourceId: text('source_id'),
    sourceParams: jsonb('source_params').$type<Record<string, unknown>>(),
    /** Fields only some plans print (004: temporalidad, medio de verificación). */
    extra: jsonb('extra').$type<Record<string, string>>(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('planning_indicators_code_uq').on(t.planId, t.code)],
);

export const planScheduleRows = pgTable(
  'planning_schedule_rows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    /** Row number as printed (1…). */
    row: integer('row').notNull(),
    /** The printed cells (2023: program, objective, action, frequency, dates, progress, sense; 2020: months). */
    cells: jsonb('cells').$type<Record<string, string | number[]>>().notNull(),
  },
  (t) => [uniqueIndex('planning_schedule_rows_uq').on(t.planId, t.row)],
);

/** Cronograma rows and nodes, many-to-many (seed-modules §8 Q11). */
export const planScheduleLinks = pgTable(
  'planning_schedule_links',
  {
    rowId: uuid('row_id')
      .notNull()
      .references(() => planScheduleRows.id, { onDelete: 'cascade' }),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => planNodes.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.rowId, t.nodeId] })],
);

/** Programmed value of an indicator for one measurement period ('2023-Q1', '2023'); absent = default spread. */
export const planTargets = pgTable(
  'planning_targets',
  {
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => planIndicators.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    programmed: doublePrecision('programmed').notNull(),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.period] })],
);

/** What the responsible area reports for a period: a typed value (when no module holds the data), evidence, note. */
export const planValues = pgTable(
  'planning_values',
  {
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => planIndicators.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    value: doublePrecision('value'),
    evidence: text('evidence'),
    note: text('note'),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.period] })],
);
