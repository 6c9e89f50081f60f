// The plans that ship with the product (shared/docs/interchange.md: MPI-PAT-2023, MPI-PAT-2020,
// MPI-TRANSPARENCIA-2024, INFOCDMX-COMUNICACION-2023), as data files entered from the seeds.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PlanApproval, PlanFrontMatter } from '../../../../common/features/planning.contract.js';
import { FORMULA_TYPES, NODE_LEVELS } from '../planning.schema.js';

const text = z.string().min(1);

export const PlanFile = z
  .object({
    id: text,
    title: text,
    institution: text,
    kind: text,
    year: z.number().int(),
    seed: z.string().nullable(),
    frontMatter: PlanFrontMatter,
    approval: PlanApproval,
    nodes: z.array(
      z.object({
        code: text,
        parent: z.string().nullable(),
        level: z.enum(NODE_LEVELS),
        title: text,
        description: z.string().nullable(),
        line: z.number().int().optional(),
      }),
    ),
    indicators: z.array(
      z.object({
        code: text,
        node: text,
        name: text,
        dimension: z.string().nullable(),
        definition: z.string().nullable(),
        formula: z.string().nullable(),
        formulaType: z.enum(FORMULA_TYPES),
        variables: z.array(z.object({ symbol: z.string(), meaning: z.string() })),
        comparison: z.enum(['previous_period', 'same_period_previous_year']).nullable(),
        unit: z.string().nullable(),
        baselineText: z.string().nullable(),
        baselineValue: z.number().nullable(),
        goalText: z.string().nullable(),
        goalValue: z.number().nullable(),
        responsible: z.string().nullable(),
        source: z.string().nullable(),
        direction: z.enum(['ascending', 'descending']),
        frequency: z.enum(['monthly', 'bimonthly', 'quarterly', 'semiannual', 'annual']),
        measurementMonths: z.array(z.number().int().min(1).max(12)),
        expectedProgress: z.array(z.number()),
        thresholds: z.object({ green: z.number(), yellow: z.number() }),
        binding: z.object({ sourceId: text, params: z.record(z.string(), z.unknown()) }).nullable(),
        extra: z.record(z.string(), z.string()).optional(),
        line: z.number().int().optional(),
      }),
    ),
    schedule: z.array(
      z
        .object({
          row: z.number().int().positive(),
          indicators: z.array(z.string()),
          nodes: z.array(z.string()).optional(),
        })
        .catchall(z.union([z.string(), z.array(z.number())])),
    ),
  })
  .strict();
export type PlanFile = z.infer<typeof PlanFile>;

/** Shipped plan files, in the order they are listed. */
export const SHIPPED_PLAN_FILES = [
  'MPI-PAT-2023.json',
  'MPI-PAT-2020.json',
  'MPI-TRANSPARENCIA-2024.json',
  'INFOCDMX-COMUNICACION-2023.json',
] as const;

export interface ShippedPlan {
  file: PlanFile;
  hash: string;
}

let cache: ShippedPlan[] | undefined;

export function shippedPlans(): ShippedPlan[] {
  cache ??= SHIPPED_PLAN_FILES.map((name) => {
    const raw = fs.readFileSync(path.join(import.meta.dirname, name), 'utf8');
    return { file: PlanFile.parse(JSON.parse(raw)), hash: crypto.createHash('sha256').update(raw).digest('hex') };
  });
  return cache;
}
