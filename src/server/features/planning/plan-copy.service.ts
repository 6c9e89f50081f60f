// A new year's plan starts as a copy of an existing one: front matter, tree, indicator sheets
// (with their goals, bindings and thresholds) and cronograma are copied; the values typed, the
// per-period targets and the approval session are not (they belong to the year copied from).
import crypto from 'node:crypto';
import type { Database } from '../../db/client.js';
import { audit, type AuditActor } from '../../platform/audit/audit.js';
import { AppError } from '../../platform/http/errors.js';
import { sheetFields } from './indicator-sheet.js';
import type { PlanFile } from './plans/catalogue.js';
import * as q from './planning.queries.js';
import { getPlan } from './planning.service.js';

/** "MPI-PAT-2023" → "MPI-PAT-2024"; an id without the year gets it appended. */
export function copiedPlanId(id: string, from: number, to: number): string {
  return id.includes(String(from)) ? id.replaceAll(String(from), String(to)) : `${id}-${to}`;
}

export async function copyPlan(
  db: Database,
  actor: AuditActor,
  planId: string,
  input: { year: number; id?: string | undefined },
): Promise<{ id: string; year: number }> {
  const source = await getPlan(db, planId);
  const id = input.id ?? copiedPlanId(planId, source.year, input.year);
  const retitle = (s: string) => s.replaceAll(String(source.year), String(input.year));
  const file: PlanFile = {
    id,
    title: retitle(source.title),
    institution: source.institution,
    kind: source.kind,
    year: input.year,
    seed: null,
    frontMatter: source.frontMatter,
    approval: { body: source.approval.body, sessionId: null, agendaItem: null },
    nodes: source.nodes,
    indicators: source.indicators.map((i) => ({
      code: i.code,
      node: i.node,
      ...sheetFields(i),
      binding: i.sourceId ? { sourceId: i.sourceId, params: i.sourceParams ?? {} } : null,
      ...(i.extra ? { extra: i.extra } : {}),
    })),
    schedule: source.schedule.map((r) => ({
      ...r.cells,
      row: r.row,
      nodes: r.nodes,
      indicators: [],
    })) as unknown as PlanFile['schedule'],
  };
  const hash = crypto.createHash('sha256').update(JSON.stringify(file)).digest('hex');
  const created = await db.transaction(async (tx) => {
    if (!(await q.insertPlanFile(tx, file, hash))) return false;
    await audit(tx, {
      actor,
      action: 'create',
      entity: 'planning_plan',
      entityId: id,
      details: { copiedFrom: planId, year: input.year, indicators: file.indicators.length, hash },
    });
    return true;
  });
  if (!created) throw new AppError('planning_plan_exists', 409);
  return { id, year: input.year };
}
