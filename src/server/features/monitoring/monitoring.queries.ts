// Reads of the monitoring feature: lists paged and filtered in SQL, counts for the report and the
// dashboard, the candidates of the duplicate warning.
import { and, asc, count, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { AGGRESSION_TYPES, type AggressionType, type Form, type Place } from '../../../common/features/monitoring.js';
import { rowsOf, type Database } from '../../db/client.js';
import { cases } from '../../records/records.schema.js';
import type { FindingListQuery } from '../../../common/features/monitoring.contract.js';
import { yearBefore, type ActivationFacts, type FindingFacts, type Period } from './monitoring.logic.js';
import {
  monitoringActivationCases,
  monitoringActivations,
  monitoringFindings as f,
  monitoringMobilizations,
  monitoringSources,
} from './monitoring.schema.js';

// Drizzle writes columns unqualified in single-table selects: the outer row is named explicitly.
/** Independent sources: distinct outlets on record, or the count an import declared (see effectiveSources). */
export const sourcesSql = sql<number>`greatest(${f.reportedSources}, (select count(distinct lower(trim(s.outlet))) from ${monitoringSources} s where s.finding_id = "monitoring_findings"."id"))::int`;

export function findingFilter(q: Partial<z.infer<typeof FindingListQuery>>): SQL | undefined {
  const where: SQL[] = [];
  if (q.from) where.push(gte(f.detectedOn, q.from));
  if (q.to) where.push(lte(f.detectedOn, q.to));
  if (q.situation) where.push(eq(f.situation, q.situation));
  if (q.form) where.push(sql`${q.form} = any(${f.forms})`);
  if (q.type) where.push(sql`${q.type} = any(${f.types})`);
  if (q.profile) where.push(eq(f.profile, q.profile));
  if (q.identity) where.push(eq(f.identity, q.identity));
  if (q.alcaldia) where.push(eq(f.alcaldia, q.alcaldia));
  if (q.protest) where.push(eq(f.protest, q.protest === 'true'));
  if (q.unverified === 'true') where.push(sql`${sourcesSql} < 2`);
  return and(...where);
}

export const summaryColumns = {
  id: f.id,
  code: f.code,
  detectedOn: f.detectedOn,
  factsOn: f.factsOn,
  situation: f.situation,
  forms: f.forms,
  types: f.types,
  profile: f.profile,
  identity: f.identity,
  alcaldia: f.alcaldia,
  protest: f.protest,
  sources: sourcesSql,
  caseId: f.caseId,
  caseFolio: cases.folio,
  summary: f.summary,
  version: f.version,
};

export async function findFindings(db: Database, q: z.infer<typeof FindingListQuery>) {
  const filter = findingFilter(q);
  const rows = await db
    .select(summaryColumns)
    .from(f)
    .leftJoin(cases, eq(cases.id, f.caseId))
    .where(filter)
    .orderBy(desc(f.detectedOn), desc(f.code))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await db.select({ n: count() }).from(f).where(filter);
  return { rows, total: total?.n ?? 0 };
}

export async function findFinding(db: Database, id: string) {
  const [row] = await db
    .select({ ...summaryColumns, perpetrator: f.perpetrator, activationId: f.activationId, people: f.people })
    .from(f)
    .leftJoin(cases, eq(cases.id, f.caseId))
    .where(eq(f.id, id))
    .limit(1);
  return row;
}

export async function findSources(db: Database, findingId: string) {
  return db
    .select({
      id: monitoringSources.id,
      kind: monitoringSources.kind,
      outlet: monitoringSources.outlet,
      url: monitoringSources.url,
      capturedAt: monitoringSources.capturedAt,
      fileName: monitoringSources.fileName,
      mediaType: monitoringSources.mediaType,
      size: monitoringSources.size,
      sha256: monitoringSources.sha256,
    })
    .from(monitoringSources)
    .where(eq(monitoringSources.findingId, findingId))
    .orderBy(asc(monitoringSources.capturedAt), asc(monitoringSources.id));
}

/** Findings near the date, in the same place and profile: the candidates of the duplicate warning. */
export async function duplicateCandidates(
  db: Database,
  q: { from: string; to: string; alcaldia: Place; profile: 'defender' | 'journalist'; excludeId?: string | null },
) {
  const day = sql`coalesce(${f.factsOn}, ${f.detectedOn})`;
  return db
    .select({
      id: f.id,
      code: f.code,
      detectedOn: f.detectedOn,
      factsOn: f.factsOn,
      alcaldia: f.alcaldia,
      summary: f.summary,
    })
    .from(f)
    .where(
      and(
        sql`${day} between ${q.from} and ${q.to}`,
        eq(f.alcaldia, q.alcaldia),
        eq(f.profile, q.profile),
        q.excludeId ? sql`${f.id} <> ${q.excludeId}` : undefined,
      ),
    )
    .orderBy(desc(f.detectedOn))
    .limit(50);
}

/** The facts the report counts: findings of the period and of the period a year earlier. */
export async function loadFindingFacts(db: Database, period: Period): Promise<FindingFacts[]> {
  const rows = await db
    .select({
      detectedOn: f.detectedOn,
      situation: f.situation,
      forms: f.forms,
      alcaldia: f.alcaldia,
      sources: sourcesSql,
    })
    .from(f)
    .where(and(gte(f.detectedOn, yearBefore(period.from)), lte(f.detectedOn, period.to)));
  return rows.map((r) => ({ ...r, forms: r.forms as Form[] }));
}

export async function loadActivationFacts(db: Database, period: Period): Promise<ActivationFacts[]> {
  return db
    .select({ on: monitoringActivations.on, phase: monitoringActivations.phase })
    .from(monitoringActivations)
    .where(and(gte(monitoringActivations.on, period.from), lte(monitoringActivations.on, period.to)));
}

/** Counts by a column of the findings detected in the period (the dashboard's breakdowns). */
export async function countFindingsBy(db: Database, period: Period, column: 'profile' | 'identity') {
  const col = column === 'profile' ? f.profile : f.identity;
  const rows = await db
    .select({ key: col, n: count() })
    .from(f)
    .where(and(gte(f.detectedOn, period.from), lte(f.detectedOn, period.to)))
    .groupBy(col);
  return new Map(rows.map((r) => [r.key as string, r.n]));
}

export async function countFindingsByType(db: Database, period: Period): Promise<Record<AggressionType, number>> {
  const rows = rowsOf<{ type: string; n: number }>(
    await db.execute(
      sql`select t.type, count(*)::int as n from ${f}, unnest(${f.types}) as t(type)
        where ${f.detectedOn} between ${period.from} and ${period.to} group by t.type`,
    ),
  );
  const out = Object.fromEntries(AGGRESSION_TYPES.map((t) => [t, 0])) as Record<AggressionType, number>;
  for (const r of rows) if (r.type in out) out[r.type as AggressionType] = Number(r.n);
  return out;
}

/** The cases attended by the given activations (id and folio), by activation. */
async function activationCases(db: Database, activationIds: string[]) {
  const byActivation = new Map<string, { id: string; folio: string }[]>();
  if (activationIds.length === 0) return byActivation;
  const rows = await db
    .select({ activationId: monitoringActivationCases.activationId, id: cases.id, folio: cases.folio })
    .from(monitoringActivationCases)
    .innerJoin(cases, eq(cases.id, monitoringActivationCases.caseId))
    .where(inArray(monitoringActivationCases.activationId, activationIds))
    .orderBy(asc(cases.folio));
  for (const r of rows) byActivation.set(r.activationId, [...(byActivation.get(r.activationId) ?? []), r]);
  return byActivation;
}

/**
 * Mobilisations and activations of a period. `withCases`: the folios of the cases attended, only
 * for a reader who may see cases (others get the count alone).
 */
export async function listProtest(db: Database, period: { from?: string; to?: string }, withCases = false) {
  const mobs = await db
    .select()
    .from(monitoringMobilizations)
    .where(
      and(
        period.from ? gte(monitoringMobilizations.on, period.from) : undefined,
        period.to ? lte(monitoringMobilizations.on, period.to) : undefined,
      ),
    )
    .orderBy(desc(monitoringMobilizations.on))
    .limit(200);
  const activationWhere = and(
    period.from ? gte(monitoringActivations.on, period.from) : undefined,
    period.to ? lte(monitoringActivations.on, period.to) : undefined,
  );
  const acts = await db
    .select({
      id: monitoringActivations.id,
      code: monitoringActivations.code,
      mobilizationId: monitoringActivations.mobilizationId,
      on: monitoringActivations.on,
      phase: monitoringActivations.phase,
      staffOnDuty: monitoringActivations.staffOnDuty,
      notes: monitoringActivations.notes,
      findings: sql<number>`(select count(*) from monitoring_findings mf where mf.activation_id = "monitoring_activations"."id")::int`,
      cases: sql<number>`(select count(*) from ${monitoringActivationCases} ac where ac.activation_id = "monitoring_activations"."id")::int`,
    })
    .from(monitoringActivations)
    .where(
      mobs.length > 0
        ? sql`(${activationWhere ?? sql`true`}) or ${inArray(
            monitoringActivations.mobilizationId,
            mobs.map((m) => m.id),
          )}`
        : activationWhere,
    )
    .orderBy(asc(monitoringActivations.on), asc(monitoringActivations.code))
    .limit(1000);
  if (withCases) {
    const linked = await activationCases(
      db,
      acts.filter((a) => a.cases > 0).map((a) => a.id),
    );
    for (const a of acts) Object.assign(a, { caseList: linked.get(a.id) ?? [] });
  }
  return {
    mobilizations: mobs.map((m) => ({
      id: m.id,
      on: m.on,
      cause: m.cause,
      alcaldias: m.alcaldias as Place[],
      activations: acts.filter((a) => a.mobilizationId === m.id),
    })),
    unlinked: acts.filter((a) => a.mobilizationId === null || !mobs.some((m) => m.id === a.mobilizationId)),
  };
}
