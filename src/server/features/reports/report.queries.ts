// The report's aggregates, computed in the database with GROUP BY (a handful of queries, whatever
// the number of cases). Plain SQL that PGlite and PostgreSQL run identically; counts are cast to
// int so both drivers return numbers. Semantics: shared/docs/interchange.md, "Report semantics".
import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../../db/client.js';
import { caseFollowUps, cases, informationRequests, measureActions, measures } from '../../records/records.schema.js';
import type { CaseBucket, CaseKind, Identity, Profile } from './report.contract.js';
import type { CaseBucketCount } from './tables/casesByType.js';
import type { IncorporationMonthCount } from './tables/incorporationsByMonth.js';
import type { IncorporationYearCount } from './tables/incorporationsByYear.js';
import type { RequestCount } from './tables/informationRequests.js';
import type { MeasureCount } from './tables/measures.js';

export interface PeriodArgs {
  from: string;
  to: string;
}

const BUCKETS: Record<CaseKind, { new: CaseBucket; followUp: CaseBucket }> = {
  incorporation: { new: 'incorporation', followUp: 'incorporationFollowUp' },
  attention: { new: 'attention', followUp: 'attentionFollowUp' },
  federal_collaboration: { new: 'federalCollaboration', followUp: 'federalCollaborationFollowUp' },
};

/**
 * Cuadro 3. A case is "new" when opened in the period; "in follow-up" when opened before `from`,
 * not closed before `from`, and with a follow-up or an action of one of its measures in the period.
 * Set-based: the cases with activity in the period are gathered once (the period's follow-ups and
 * actions, through their date indexes) and joined, instead of two correlated probes per case.
 */
export async function countCasesByBucket(db: Database, { from, to }: PeriodArgs): Promise<CaseBucketCount[]> {
  const rows = rowsOf<{ kind: CaseKind; status: 'new' | 'followUp'; profile: Profile; identity: Identity; n: number }>(
    await db.execute(sql`
      with active as (
        select ${caseFollowUps.caseId} as case_id from ${caseFollowUps}
        where ${caseFollowUps.on} between ${from}::date and ${to}::date
        union
        select ${measures.caseId} from ${measures}
        where ${measures.id} in (
          select ${measureActions.measureId} from ${measureActions}
          where ${measureActions.on} between ${from}::date and ${to}::date)
      )
      select kind, status, profile, identity, count(*)::int as n
      from (
        select ${cases.kind} as kind, ${cases.profile} as profile, ${cases.identity} as identity, 'new' as status
        from ${cases}
        where ${cases.openedOn} between ${from}::date and ${to}::date
        union all
        select ${cases.kind}, ${cases.profile}, ${cases.identity}, 'followUp'
        from ${cases} join active on active.case_id = ${cases.id}
        where ${cases.openedOn} < ${from}::date and (${cases.closedOn} is null or ${cases.closedOn} >= ${from}::date)
      ) classified
      group by kind, status, profile, identity`),
  );
  return rows.map((r) => ({ bucket: BUCKETS[r.kind][r.status], profile: r.profile, identity: r.identity, n: r.n }));
}

/** Cuadro 4: incorporations opened from 1 January of the year of `to` up to `to`. */
export async function countIncorporationsByMonth(
  db: Database,
  { to }: Pick<PeriodArgs, 'to'>,
): Promise<IncorporationMonthCount[]> {
  const yearStart = `${to.slice(0, 4)}-01-01`;
  return rowsOf<IncorporationMonthCount>(
    await db.execute(sql`
      select extract(month from ${cases.openedOn})::int as month, ${cases.procedure} as procedure,
             ${cases.profile} as profile, count(*)::int as n
      from ${cases}
      where ${cases.kind} = 'incorporation' and ${cases.openedOn} between ${yearStart}::date and ${to}::date
      group by 1, 2, 3`),
  );
}

/** Cuadro 5: incorporations opened up to `to`, by year. */
export async function countIncorporationsByYear(
  db: Database,
  { to }: Pick<PeriodArgs, 'to'>,
): Promise<IncorporationYearCount[]> {
  return rowsOf<IncorporationYearCount>(
    await db.execute(sql`
      select extract(year from ${cases.openedOn})::int as year, ${cases.profile} as profile,
             ${cases.identity} as identity, count(*)::int as n
      from ${cases}
      where ${cases.kind} = 'incorporation' and ${cases.openedOn} <= ${to}::date
      group by 1, 2, 3`),
  );
}

/** Cuadro 6: a measure counts when it has an action in the period; its actions are their sum. */
export async function countMeasures(db: Database, { from, to }: PeriodArgs): Promise<MeasureCount[]> {
  return rowsOf<MeasureCount>(
    await db.execute(sql`
      select ${measures.type} as type, ${measures.name} as name,
             count(*)::int as measures, sum(in_period.actions)::int as actions
      from ${measures}
      join (
        select ${measureActions.measureId} as measure_id, sum(${measureActions.count}) as actions
        from ${measureActions}
        where ${measureActions.on} between ${from}::date and ${to}::date
        group by ${measureActions.measureId}
      ) in_period on in_period.measure_id = ${measures.id}
      group by 1, 2`),
  );
}

/** Cuadro 11: requests received in the period by month, kind and decision (null = undecided). */
export async function countInformationRequests(db: Database, { from, to }: PeriodArgs): Promise<RequestCount[]> {
  return rowsOf<RequestCount>(
    await db.execute(sql`
      select to_char(${informationRequests.receivedOn}, 'YYYY-MM') as month, ${informationRequests.kind} as kind,
             ${informationRequests.admissible} as admissible, count(*)::int as n
      from ${informationRequests}
      where ${informationRequests.receivedOn} between ${from}::date and ${to}::date
      group by 1, 2, 3`),
  );
}
