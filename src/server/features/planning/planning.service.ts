// Use cases of the planning feature: the shipped plans are loaded once (idempotent), indicators
// are computed for any period from the registry's indicator sources or from typed values, and
// planning staff type values (with evidence), notes and targets per measurement period.
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { audit, type AuditActor } from '../../platform/audit/audit.js';
import { AppError, conflict } from '../../platform/http/errors.js';
import type { FeatureRegistry } from '../manifest.js';
import {
  measurementPeriods,
  percentOf,
  previousPeriod,
  programmedOver,
  trafficLight,
  typedOver,
  type Light,
  type MeasurementPeriod,
  type Period,
} from './indicators.logic.js';
import { sheetFields } from './indicator-sheet.js';
import { shippedPlans } from './plans/catalogue.js';
import * as q from './planning.queries.js';
import { planTargets, planValues } from './planning.schema.js';

const loaded = new WeakSet<object>();

/**
 * Makes the shipped plans present: inserts each one whose id is not in the database yet (a plan
 * already there — possibly edited by staff — is never overwritten). Cheap after the first call.
 */
export async function ensureSeedPlans(db: Database): Promise<string[]> {
  if (loaded.has(db)) return [];
  const existing = await q.existingPlanIds(db);
  const created: string[] = [];
  for (const { file, hash } of shippedPlans()) {
    if (existing.has(file.id)) continue;
    const done = await db.transaction(async (tx) => {
      const ok = await q.insertPlanFile(tx, file, hash);
      if (ok)
        await audit(tx, {
          actor: null,
          action: 'create',
          entity: 'planning_plan',
          entityId: file.id,
          details: { seed: file.seed, indicators: file.indicators.length, hash },
        });
      return ok;
    });
    if (done) created.push(file.id);
  }
  loaded.add(db);
  return created;
}

export async function requirePlan(db: Database, planId: string): Promise<q.PlanRow> {
  await ensureSeedPlans(db);
  const plan = await q.findPlan(db, planId);
  if (!plan) throw new AppError('planning_plan_not_found', 404);
  return plan;
}

export type SourceStatus = 'computed' | 'typed' | 'source_missing' | 'source_params_invalid' | 'not_applicable';

export interface Figure {
  achieved: number | null;
  programmed: number | null;
  percent: number | null;
  /** Type B: achieved in the period compared with; otherwise null. */
  previous: number | null;
  light: Light;
}

export interface IndicatorFigures extends Figure {
  id: string;
  code: string;
  name: string;
  formulaType: q.IndicatorRow['formulaType'];
  unit: string | null;
  responsible: string | null;
  sourceId: string | null;
  sourceStatus: SourceStatus;
}

interface IndicatorData {
  row: q.IndicatorRow;
  periods: MeasurementPeriod[];
  targets: Map<string, number>;
  values: Map<string, number | null>;
}

async function loadIndicatorData(db: Database, plan: q.PlanRow): Promise<IndicatorData[]> {
  const rows = await q.planIndicatorsOf(db, plan.id);
  const ids = rows.map((r) => r.id);
  const [targets, values] = await Promise.all([q.targetsOf(db, ids), q.valuesOf(db, ids)]);
  return rows.map((row) => ({
    row,
    periods: measurementPeriods(row.frequency, plan.year),
    targets: new Map(targets.filter((t) => t.indicatorId === row.id).map((t) => [t.period, t.programmed])),
    values: new Map(values.filter((v) => v.indicatorId === row.id).map((v) => [v.period, v.value])),
  }));
}

/** Achieved over a range: the bound source's count, or the typed values of the periods inside the range. */
async function achievedOver(
  db: Database,
  registry: Pick<FeatureRegistry, 'indicatorSources'>,
  d: IndicatorData,
  range: Period,
): Promise<{ value: number | null; status: SourceStatus }> {
  const { row } = d;
  if (row.sourceId) {
    const source = registry.indicatorSources.get(row.sourceId);
    if (!source) return { value: null, status: 'source_missing' };
    const params = source.params.safeParse(row.sourceParams ?? {});
    if (!params.success) return { value: null, status: 'source_params_invalid' };
    return { value: await source.measure(db, range, params.data), status: 'computed' };
  }
  const value = typedOver(d.periods, d.values, range);
  return { value, status: row.formulaType === 'E' ? 'not_applicable' : 'typed' };
}

async function figureOver(
  db: Database,
  registry: Pick<FeatureRegistry, 'indicatorSources'>,
  d: IndicatorData,
  range: Period,
) {
  const { row } = d;
  const { value: achieved, status } = await achievedOver(db, registry, d, range);
  const programmed = row.formulaType === 'E' ? null : programmedOver(row, d.periods, d.targets, range);
  let previous: number | null = null;
  if (row.formulaType === 'B' && achieved !== null) {
    const prev = previousPeriod(range, row.comparison ?? 'previous_period');
    previous = (await achievedOver(db, registry, d, prev)).value;
  }
  const percent = percentOf(row.formulaType, achieved, programmed, previous);
  return {
    status,
    figure: { achieved, programmed, percent, previous, light: trafficLight(percent, row.direction, row.thresholds) },
  };
}

function describe(row: q.IndicatorRow) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    formulaType: row.formulaType,
    unit: row.unit,
    responsible: row.responsible,
    sourceId: row.sourceId,
  };
}

/** Every indicator sheet of the plan, in the plan's order, for the range (both days included). */
export async function computeIndicators(
  db: Database,
  registry: FeatureRegistry,
  planId: string,
  range: Period,
): Promise<IndicatorFigures[]> {
  return computePlanIndicators(db, registry, await requirePlan(db, planId), range);
}

/** The same figures for a plan already read (no write: usable inside a report's read-only snapshot). */
export async function computePlanIndicators(
  db: Database,
  registry: Pick<FeatureRegistry, 'indicatorSources'>,
  plan: q.PlanRow,
  range: Period,
): Promise<IndicatorFigures[]> {
  const data = await loadIndicatorData(db, plan);
  const out: IndicatorFigures[] = [];
  for (const d of data) {
    const { status, figure } = await figureOver(db, registry, d, range);
    out.push({ ...describe(d.row), ...figure, sourceStatus: status });
  }
  return out;
}

/** The `plan indicators` contract (shared/docs/interchange.md): exactly code, achieved, programmed, percent. */
export async function planIndicatorsContract(db: Database, registry: FeatureRegistry, planId: string, range: Period) {
  const figures = await computeIndicators(db, registry, planId, range);
  return {
    contract: {
      plan: planId,
      period: { from: range.from, to: range.to },
      indicators: figures.map((f) => ({
        code: f.code,
        achieved: f.achieved,
        programmed: f.programmed,
        percent: f.percent,
      })),
    },
    figures,
  };
}

export interface PeriodProgress extends Figure {
  period: string;
  from: string;
  to: string;
  typedValue: number | null;
  evidence: string | null;
  note: string | null;
  valueVersion: number | null;
  target: number | null;
  targetVersion: number | null;
  closed: boolean;
}

/**
 * The dashboard: each indicator by measurement period, plus the cumulative figure from 1 January
 * to the end of the last period closed on `asOf` (the plan's first period when none is closed yet).
 */
export async function planProgress(db: Database, registry: FeatureRegistry, planId: string, asOf: string) {
  const plan = await requirePlan(db, planId);
  const data = await loadIndicatorData(db, plan);
  const ids = data.map((d) => d.row.id);
  const [values, targets] = await Promise.all([q.valuesOf(db, ids), q.targetsOf(db, ids)]);
  const out = [];
  for (const d of data) {
    const periods: PeriodProgress[] = [];
    let status: SourceStatus = 'typed';
    for (const p of d.periods) {
      const r = await figureOver(db, registry, d, p);
      status = r.status;
      const v = values.find((x) => x.indicatorId === d.row.id && x.period === p.key);
      const t = targets.find((x) => x.indicatorId === d.row.id && x.period === p.key);
      periods.push({
        period: p.key,
        from: p.from,
        to: p.to,
        ...r.figure,
        typedValue: v?.value ?? null,
        evidence: v?.evidence ?? null,
        note: v?.note ?? null,
        valueVersion: v?.version ?? null,
        target: t?.programmed ?? null,
        targetVersion: t?.version ?? null,
        closed: p.to <= asOf,
      });
    }
    const lastClosed = [...d.periods].reverse().find((p) => p.to <= asOf) ?? d.periods[0]!;
    const cumulative = await figureOver(db, registry, d, { from: `${plan.year}-01-01`, to: lastClosed.to });
    out.push({
      ...describe(d.row),
      sourceStatus: status,
      direction: d.row.direction,
      goalValue: d.row.goalValue,
      periods,
      cumulative: { to: lastClosed.to, ...cumulative.figure },
    });
  }
  return { plan: { id: plan.id, title: plan.title, year: plan.year }, asOf, indicators: out };
}

async function requireIndicatorPeriod(db: Database, indicatorId: string, period: string) {
  const row = await q.findIndicator(db, indicatorId);
  if (!row) throw new AppError('planning_indicator_not_found', 404);
  const plan = (await q.findPlan(db, row.planId))!;
  if (!measurementPeriods(row.frequency, plan.year).some((p) => p.key === period))
    throw new AppError('planning_period_invalid', 400);
  return row;
}

export interface ValueInput {
  value: number | null;
  evidence: string | null;
  note: string | null;
  /** The version read; absent when the period had nothing yet. */
  version?: number | undefined;
}

/** What the responsible area reports for a period: a typed value needs evidence; a source-bound indicator takes none. */
export async function setValue(
  db: Database,
  actor: AuditActor,
  indicatorId: string,
  period: string,
  input: ValueInput,
) {
  const row = await requireIndicatorPeriod(db, indicatorId, period);
  if (input.value !== null && row.sourceId) throw new AppError('planning_value_bound_to_source', 400);
  if (input.value !== null && !input.evidence) throw new AppError('planning_evidence_required', 400);
  return db.transaction(async (tx) => {
    const existing = await q.findValue(tx, indicatorId, period);
    if (existing ? existing.version !== input.version : input.version !== undefined) throw conflict();
    const fields = { value: input.value, evidence: input.evidence, note: input.note, updatedBy: actor.userId };
    const [saved] = existing
      ? await tx
          .update(planValues)
          .set({ ...fields, version: existing.version + 1, updatedAt: new Date() })
          .where(
            and(
              eq(planValues.indicatorId, indicatorId),
              eq(planValues.period, period),
              eq(planValues.version, existing.version),
            ),
          )
          .returning()
      : await tx
          .insert(planValues)
          .values({ indicatorId, period, ...fields })
          .returning();
    if (!saved) throw conflict();
    await audit(tx, {
      actor,
      action: existing ? 'update' : 'create',
      entity: 'planning_value',
      entityId: `${row.planId}:${row.code}:${period}`,
      details: { value: input.value, evidence: input.evidence !== null, note: input.note !== null },
    });
    return saved;
  });
}

/** A programmed value for one measurement period (replaces the default spread of the annual goal). */
export async function setTarget(
  db: Database,
  actor: AuditActor,
  indicatorId: string,
  period: string,
  input: { programmed: number; version?: number | undefined },
) {
  const row = await requireIndicatorPeriod(db, indicatorId, period);
  return db.transaction(async (tx) => {
    const existing = await q.findTarget(tx, indicatorId, period);
    if (existing ? existing.version !== input.version : input.version !== undefined) throw conflict();
    const [saved] = existing
      ? await tx
          .update(planTargets)
          .set({
            programmed: input.programmed,
            version: existing.version + 1,
            updatedBy: actor.userId,
            updatedAt: new Date(),
          })
          .where(
            and(
              eq(planTargets.indicatorId, indicatorId),
              eq(planTargets.period, period),
              eq(planTargets.version, existing.version),
            ),
          )
          .returning()
      : await tx
          .insert(planTargets)
          .values({ indicatorId, period, programmed: input.programmed, updatedBy: actor.userId })
          .returning();
    if (!saved) throw conflict();
    await audit(tx, {
      actor,
      action: existing ? 'update' : 'create',
      entity: 'planning_target',
      entityId: `${row.planId}:${row.code}:${period}`,
      details: { programmed: input.programmed },
    });
    return saved;
  });
}

/** The plan as printed: front matter, node tree (flat, with parents), sheets and cronograma. */
export async function getPlan(db: Database, planId: string) {
  const plan = await requirePlan(db, planId);
  const [nodes, indicators, schedule] = await Promise.all([
    q.planNodesOf(db, planId),
    q.planIndicatorsOf(db, planId),
    q.scheduleOf(db, planId),
  ]);
  const codeOf = new Map(nodes.map((n) => [n.id, n.code]));
  return {
    id: plan.id,
    title: plan.title,
    institution: plan.institution,
    kind: plan.kind,
    year: plan.year,
    frontMatter: plan.frontMatter,
    approval: plan.approval,
    nodes: nodes.map((n) => ({
      code: n.code,
      parent: n.parentId ? (codeOf.get(n.parentId) ?? null) : null,
      level: n.level,
      title: n.title,
      description: n.description,
    })),
    indicators: indicators.map((i) => ({
      id: i.id,
      code: i.code,
      node: codeOf.get(i.nodeId)!,
      ...sheetFields(i),
      sourceId: i.sourceId,
      sourceParams: i.sourceParams,
      extra: i.extra,
      version: i.version,
    })),
    schedule,
  };
}

export async function listPlans(db: Database) {
  await ensureSeedPlans(db);
  return q.listPlans(db);
}
