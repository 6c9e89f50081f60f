// Data access of the planning feature (Drizzle; the same SQL on PGlite and PostgreSQL).
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { sheetFields } from './indicator-sheet.js';
import type { PlanFile } from './plans/catalogue.js';
import {
  planIndicators,
  planNodes,
  plans,
  planScheduleLinks,
  planScheduleRows,
  planTargets,
  planValues,
} from './planning.schema.js';

export type PlanRow = typeof plans.$inferSelect;
export type NodeRow = typeof planNodes.$inferSelect;
export type IndicatorRow = typeof planIndicators.$inferSelect;

/** Inserts a whole plan file; returns false (and writes nothing) when a plan with that id exists. */
export async function insertPlanFile(tx: Database, file: PlanFile, hash: string): Promise<boolean> {
  const inserted = await tx
    .insert(plans)
    .values({
      id: file.id,
      title: file.title,
      institution: file.institution,
      kind: file.kind,
      year: file.year,
      frontMatter: file.frontMatter,
      approval: file.approval,
      seed: file.seed,
      sourceHash: hash,
    })
    .onConflictDoNothing()
    .returning({ id: plans.id });
  if (inserted.length === 0) return false;
  const nodeIds = new Map<string, string>();
  // Parents come before their children in the files.
  for (const [position, n] of file.nodes.entries()) {
    const parentId = n.parent ? nodeIds.get(n.parent) : null;
    if (n.parent && !parentId) throw new Error(`plan ${file.id}: node ${n.code} before its parent ${n.parent}`);
    const [row] = await tx
      .insert(planNodes)
      .values({
        planId: file.id,
        parentId,
        position,
        level: n.level,
        code: n.code,
        title: n.title,
        description: n.description,
      })
      .returning({ id: planNodes.id });
    nodeIds.set(n.code, row!.id);
  }
  if (file.indicators.length > 0)
    await tx.insert(planIndicators).values(
      file.indicators.map((i, position) => {
        const nodeId = nodeIds.get(i.node);
        if (!nodeId) throw new Error(`plan ${file.id}: indicator ${i.code} on unknown node ${i.node}`);
        return {
          planId: file.id,
          nodeId,
          position,
          code: i.code,
          ...sheetFields(i),
          sourceId: i.binding?.sourceId ?? null,
          sourceParams: i.binding?.params ?? null,
          extra: i.extra ?? null,
        };
      }),
    );
  const indicatorNode = new Map(file.indicators.map((i) => [i.code, i.node]));
  for (const r of file.schedule) {
    const { row, indicators, nodes, ...cells } = r;
    const [inserted] = await tx
      .insert(planScheduleRows)
      .values({ planId: file.id, row, cells })
      .returning({ id: planScheduleRows.id });
    const linked = new Set([...(nodes ?? []), ...indicators.map((c) => indicatorNode.get(c)!)]);
    const links = [...linked].map((code) => ({ rowId: inserted!.id, nodeId: nodeIds.get(code)! }));
    if (links.length > 0) await tx.insert(planScheduleLinks).values(links).onConflictDoNothing();
  }
  return true;
}

export async function existingPlanIds(db: Database): Promise<Set<string>> {
  return new Set((await db.select({ id: plans.id }).from(plans)).map((r) => r.id));
}

export async function listPlans(db: Database) {
  return db
    .select({
      id: plans.id,
      title: plans.title,
      institution: plans.institution,
      kind: plans.kind,
      year: plans.year,
      indicators: sql<number>`(select count(*)::int from planning_indicators i where i.plan_id = planning_plans.id)`,
    })
    .from(plans)
    .orderBy(asc(plans.year), asc(plans.id));
}

export async function findPlan(db: Database, id: string): Promise<PlanRow | undefined> {
  const [row] = await db.select().from(plans).where(eq(plans.id, id));
  return row;
}

export async function planNodesOf(db: Database, planId: string): Promise<NodeRow[]> {
  return db.select().from(planNodes).where(eq(planNodes.planId, planId)).orderBy(asc(planNodes.position));
}

export async function planIndicatorsOf(db: Database, planId: string): Promise<IndicatorRow[]> {
  return db
    .select()
    .from(planIndicators)
    .where(eq(planIndicators.planId, planId))
    .orderBy(asc(planIndicators.position));
}

export async function findIndicator(db: Database, id: string): Promise<IndicatorRow | undefined> {
  const [row] = await db.select().from(planIndicators).where(eq(planIndicators.id, id));
  return row;
}

export async function scheduleOf(db: Database, planId: string) {
  const rows = await db
    .select()
    .from(planScheduleRows)
    .where(eq(planScheduleRows.planId, planId))
    .orderBy(asc(planScheduleRows.row));
  const links =
    rows.length === 0
      ? []
      : await db
          .select({ rowId: planScheduleLinks.rowId, code: planNodes.code })
          .from(planScheduleLinks)
          .innerJoin(planNodes, eq(planNodes.id, planScheduleLinks.nodeId))
          .where(
            inArray(
              planScheduleLinks.rowId,
              rows.map((r) => r.id),
            ),
          );
  return rows.map((r) => ({
    row: r.row,
    cells: r.cells,
    nodes: links
      .filter((l) => l.rowId === r.id)
      .map((l) => l.code)
      .sort(),
  }));
}

export async function targetsOf(db: Database, indicatorIds: string[]) {
  if (indicatorIds.length === 0) return [];
  return db.select().from(planTargets).where(inArray(planTargets.indicatorId, indicatorIds));
}

export async function valuesOf(db: Database, indicatorIds: string[]) {
  if (indicatorIds.length === 0) return [];
  return db.select().from(planValues).where(inArray(planValues.indicatorId, indicatorIds));
}

export async function findValue(db: Database, indicatorId: string, period: string) {
  const [row] = await db
    .select()
    .from(planValues)
    .where(and(eq(planValues.indicatorId, indicatorId), eq(planValues.period, period)));
  return row;
}

export async function findTarget(db: Database, indicatorId: string, period: string) {
  const [row] = await db
    .select()
    .from(planTargets)
    .where(and(eq(planTargets.indicatorId, indicatorId), eq(planTargets.period, period)));
  return row;
}
