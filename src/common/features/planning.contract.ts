// zod shapes of every planning route: params, query, body and response.
import { z } from 'zod';
import { FORMULA_TYPES, NODE_LEVELS } from './planning.js';
import { saneIsoDate } from '../dates.js';

export const isoDate = saneIsoDate;
export const PlanParams = z.object({ planId: z.string().regex(/^[A-Z0-9-]{3,60}$/) });
export const IndicatorPeriodParams = z.object({
  indicatorId: z.uuid(),
  period: z.string().regex(/^\d{4}(-(Q[1-4]|S[12]|B[1-6]|(0[1-9]|1[0-2])))?$/),
});

export const RangeQuery = z
  .object({ from: isoDate, to: isoDate })
  .refine((r) => r.from <= r.to, { message: 'La fecha inicial debe ser anterior o igual a la final.', path: ['to'] });
export const AsOfQuery = z.object({ asOf: isoDate.optional() });

const num = z.number().nullable();

/** `plan indicators` (shared/docs/interchange.md, "Plan indicators"): exactly this shape. */
export const PlanIndicatorsResponse = z.strictObject({
  plan: z.string(),
  period: z.strictObject({ from: z.string(), to: z.string() }),
  indicators: z.array(z.strictObject({ code: z.string(), achieved: num, programmed: num, percent: num })),
});

export const PlanListResponse = z.array(
  z.object({
    id: z.string(),
    title: z.string(),
    institution: z.string(),
    kind: z.string(),
    year: z.number(),
    indicators: z.number(),
  }),
);

/** What the reader may do on the plan's pages, from the policy catalogue (the web's buttons). */
export const PlanCan = z.strictObject({ edit: z.boolean(), copy: z.boolean(), report: z.boolean() });

export const CopyBody = z.strictObject({
  year: z.number().int().min(2000, 'Año no válido.').max(2100, 'Año no válido.'),
  id: z
    .string()
    .regex(/^[A-Z0-9-]{3,60}$/, 'La clave sólo admite mayúsculas, números y guiones (3 a 60).')
    .optional(),
});
export const CopyResponse = z.object({ id: z.string(), year: z.number() });

/** A plan's opening pages (introduction, mission, vision, objectives), as shipped and as shown. */
export const PlanFrontMatter = z.object({
  introduction: z.array(z.string()),
  mission: z.string(),
  vision: z.string(),
  objectives: z.array(z.string()),
});
/** Where the governing board approved the plan (null until it did). */
export const PlanApproval = z.object({
  body: z.string().nullable(),
  sessionId: z.string().nullable(),
  agendaItem: z.string().nullable(),
});

export const PlanResponse = z.object({
  can: PlanCan,
  id: z.string(),
  title: z.string(),
  institution: z.string(),
  kind: z.string(),
  year: z.number(),
  frontMatter: PlanFrontMatter,
  approval: PlanApproval,
  nodes: z.array(
    z.object({
      code: z.string(),
      parent: z.string().nullable(),
      level: z.enum(NODE_LEVELS),
      title: z.string(),
      description: z.string().nullable(),
    }),
  ),
  indicators: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      node: z.string(),
      name: z.string(),
      dimension: z.string().nullable(),
      definition: z.string().nullable(),
      formula: z.string().nullable(),
      formulaType: z.enum(FORMULA_TYPES),
      variables: z.array(z.object({ symbol: z.string(), meaning: z.string() })),
      comparison: z.string().nullable(),
      unit: z.string().nullable(),
      baselineText: z.string().nullable(),
      baselineValue: num,
      goalText: z.string().nullable(),
      goalValue: num,
      responsible: z.string().nullable(),
      source: z.string().nullable(),
      direction: z.enum(['ascending', 'descending']),
      frequency: z.string(),
      measurementMonths: z.array(z.number()),
      expectedProgress: z.array(z.number()),
      thresholds: z.object({ green: z.number(), yellow: z.number() }),
      sourceId: z.string().nullable(),
      sourceParams: z.record(z.string(), z.unknown()).nullable(),
      extra: z.record(z.string(), z.string()).nullable(),
      version: z.number(),
    }),
  ),
  schedule: z.array(
    z.object({
      row: z.number(),
      cells: z.record(z.string(), z.union([z.string(), z.array(z.number())])),
      nodes: z.array(z.string()),
    }),
  ),
});

const Light = z.enum(['green', 'yellow', 'red', 'none']);
const FigureShape = {
  achieved: num,
  programmed: num,
  percent: num,
  previous: num,
  light: Light,
};
export const SOURCE_STATUSES = [
  'computed',
  'typed',
  'source_missing',
  'source_params_invalid',
  'not_applicable',
] as const;

export const ProgressResponse = z.object({
  plan: z.object({ id: z.string(), title: z.string(), year: z.number() }),
  asOf: z.string(),
  indicators: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      formulaType: z.enum(FORMULA_TYPES),
      unit: z.string().nullable(),
      responsible: z.string().nullable(),
      sourceId: z.string().nullable(),
      sourceStatus: z.enum(SOURCE_STATUSES),
      direction: z.enum(['ascending', 'descending']),
      goalValue: num,
      periods: z.array(
        z.object({
          period: z.string(),
          from: z.string(),
          to: z.string(),
          ...FigureShape,
          typedValue: num,
          evidence: z.string().nullable(),
          note: z.string().nullable(),
          valueVersion: z.number().nullable(),
          target: num,
          targetVersion: z.number().nullable(),
          closed: z.boolean(),
        }),
      ),
      cumulative: z.object({ to: z.string(), ...FigureShape }),
    }),
  ),
});

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Máximo ${max} caracteres.`)
    .nullable()
    .transform((s) => (s === '' ? null : s));

export const ValueBody = z.strictObject({
  value: z.number().min(0, 'El valor no puede ser negativo.').max(1e9).nullable(),
  evidence: optionalText(2000),
  note: optionalText(2000),
  version: z.number().int().positive().optional(),
});
export const TargetBody = z.strictObject({
  programmed: z.number().min(0, 'El valor programado no puede ser negativo.').max(1e9),
  version: z.number().int().positive().optional(),
});

export const ValueResponse = z.object({
  period: z.string(),
  value: num,
  evidence: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number(),
});
export const TargetResponse = z.object({ period: z.string(), programmed: z.number(), version: z.number() });
