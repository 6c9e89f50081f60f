import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppDeps } from '../../platform/deps.js';
import { audit } from '../../platform/audit/audit.js';
import { AppError, conflict, notFound } from '../../platform/http/errors.js';
import { auditActor, identityScope, isLead, requireAccessToAll, type RequestContext } from './access.js';
import type { MonthActionsInput, MonthQuery } from '../../../common/features/cases.contract.js';
import { measureDetails } from './cases.schema.js';
import { cases, measureActions, measures } from '../../records/records.schema.js';

type Deps = Pick<AppDeps, 'db'>;

export function monthBounds(month: string): { first: string; last: string; days: number } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(days).padStart(2, '0')}`, days };
}

/**
 * The quick-entry grid: the measures live during the month of the cases assigned to the actor, or
 * of one case the actor works or leads, with the month's counts per day. Scoped in SQL.
 */
export async function monthGrid({ db }: Deps, ctx: RequestContext, q: z.infer<typeof MonthQuery>) {
  const { first, last, days } = monthBounds(q.month);
  const lead = await isLead(db, ctx.actor);
  const rows = await db
    .select({
      id: measures.id,
      code: measures.code,
      type: measures.type,
      name: measures.name,
      caseId: measures.caseId,
      folio: cases.folio,
      version: measures.version,
      status: measureDetails.status,
    })
    .from(measures)
    .innerJoin(cases, eq(cases.id, measures.caseId))
    .leftJoin(measureDetails, eq(measureDetails.measureId, measures.id))
    .where(
      and(
        // One case: any case the actor works or leads. All: only the cases assigned to the actor
        // (a lead's grid would otherwise hold every measure of the mechanism).
        q.caseId ? and(eq(measures.caseId, q.caseId), identityScope(ctx.actor, lead)) : identityScope(ctx.actor, false),
        sql`(${measures.startedOn} is null or ${measures.startedOn} <= ${last})`,
        sql`(${measures.endedOn} is null or ${measures.endedOn} >= ${first})`,
      ),
    )
    .orderBy(asc(cases.folio), asc(measures.code))
    .limit(1000);
  const ids = rows.map((r) => r.id);
  const actions = ids.length
    ? await db
        .select({
          measureId: measureActions.measureId,
          on: measureActions.on,
          count: sql<number>`sum(${measureActions.count})::int`,
        })
        .from(measureActions)
        .where(and(inArray(measureActions.measureId, ids), gte(measureActions.on, first), lte(measureActions.on, last)))
        .groupBy(measureActions.measureId, measureActions.on)
    : [];
  const byMeasure = new Map<string, number[]>(ids.map((id) => [id, Array<number>(days).fill(0)]));
  for (const a of actions) byMeasure.get(a.measureId)![Number(a.on.slice(8, 10)) - 1] = Number(a.count);
  return {
    month: q.month,
    days,
    measures: rows.map((r) => ({ ...r, status: r.status ?? 'active', counts: byMeasure.get(r.id)! })),
  };
}

/** Measures whose stored month no longer equals the counts the client says it loaded. */
async function staleMeasures(
  db: Deps['db'],
  input: z.infer<typeof MonthActionsInput>,
  first: string,
  last: string,
  days: number,
): Promise<string[]> {
  const withExpected = input.measures.filter((m) => m.expected !== undefined);
  if (withExpected.length === 0) return [];
  const stored = await db
    .select({
      measureId: measureActions.measureId,
      on: measureActions.on,
      count: sql<number>`sum(${measureActions.count})::int`,
    })
    .from(measureActions)
    .where(
      and(
        inArray(
          measureActions.measureId,
          withExpected.map((m) => m.measureId),
        ),
        gte(measureActions.on, first),
        lte(measureActions.on, last),
      ),
    )
    .groupBy(measureActions.measureId, measureActions.on);
  const current = new Map(withExpected.map((m) => [m.measureId, Array<number>(days).fill(0)]));
  for (const r of stored) current.get(r.measureId)![Number(r.on.slice(8, 10)) - 1] = Number(r.count);
  return withExpected
    .filter((m) => {
      const now = current.get(m.measureId)!;
      return now.some((n, i) => n !== (m.expected![i] ?? 0)) || m.expected!.slice(days).some((n) => n !== 0);
    })
    .map((m) => m.measureId);
}

/**
 * Saves a month of actions for many measures in one transaction with one audit entry: the
 * month's entries of each listed measure are replaced by the submitted day counts (bulk insert).
 */
export async function saveMonth({ db }: Deps, ctx: RequestContext, input: z.infer<typeof MonthActionsInput>) {
  const { first, last, days } = monthBounds(input.month);
  const ids = [...new Set(input.measures.map((m) => m.measureId))];
  if (ids.length !== input.measures.length)
    throw new AppError('validation_failed', 400, [{ path: 'measures', message: 'Una medida aparece más de una vez.' }]);
  if (input.measures.some((m) => m.days.some((d) => d.day > days)))
    throw new AppError('case_measure_outside_month', 400);
  const found = await db
    .select({ id: measures.id, caseId: measures.caseId, closedOn: cases.closedOn })
    .from(measures)
    .innerJoin(cases, eq(cases.id, measures.caseId))
    .where(inArray(measures.id, ids));
  if (found.length !== ids.length) throw notFound({ measures: ids.filter((id) => !found.some((f) => f.id === id)) });
  await requireAccessToAll(db, ctx, [...new Set(found.map((f) => f.caseId))]);
  const rows = input.measures.flatMap((m) =>
    m.days
      .filter((d) => d.count > 0)
      .map((d) => ({ measureId: m.measureId, on: `${input.month}-${String(d.day).padStart(2, '0')}`, count: d.count })),
  );
  await db.transaction(async (tx) => {
    // Lock the measures so two saves of the same month cannot interleave, then check what the
    // client loaded against what is stored now.
    await tx.select({ id: measures.id }).from(measures).where(inArray(measures.id, ids)).for('update');
    const stale = await staleMeasures(tx, input, first, last, days);
    if (stale.length > 0) throw conflict({ measures: stale });
    await tx
      .delete(measureActions)
      .where(and(inArray(measureActions.measureId, ids), gte(measureActions.on, first), lte(measureActions.on, last)));
    for (let i = 0; i < rows.length; i += 2000) await tx.insert(measureActions).values(rows.slice(i, i + 2000));
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'bulk_actions',
      entity: 'measure_actions',
      entityId: input.month,
      ip: ctx.ip,
      details: {
        month: input.month,
        measures: ids.length,
        entries: rows.length,
        total: rows.reduce((s, r) => s + r.count, 0),
      },
    });
  });
  return { month: input.month, measures: ids.length, entries: rows.length };
}
