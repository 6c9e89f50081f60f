import { and, asc, count, desc, eq, gte, ilike, lte, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppDeps } from '../../platform/deps.js';
import { auditNow } from '../../platform/audit/audit.js';
import { auditActor, identityScope, isLead, type RequestContext } from './access.js';
import { CASE_LIST_COUNT_CAP, type CaseListQuery } from '../../../common/features/cases.contract.js';
import { beneficiaries, caseAssignments, caseDetails } from './cases.schema.js';
import { statusSql } from './cases.service.js';
import { cases } from '../../records/records.schema.js';

type Deps = Pick<AppDeps, 'db' | 'crypto'>;

/** Extraordinary case still without an urgent measure in place (started and not suspended/ended). */
export const urgentMissingSql = sql<boolean>`(${cases.procedure} = 'extraordinary' and ${cases.closedOn} is null and not exists (
  select 1 from measures m left join measure_details md on md.measure_id = m.id
  where m.case_id = ${cases.id} and m.type = 'urgent_protection' and m.started_on is not null
    and coalesce(md.status, 'active') not in ('suspended', 'ended')))`;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Case list. Every restriction is part of the SQL where clause; the rows carry no identities.
 * A search by beneficiary name matches the blind index exactly and only inside cases whose
 * identities the actor may see, so it cannot reveal that a person is in someone else's case.
 */
export async function listCases({ db, crypto }: Deps, ctx: RequestContext, q: z.infer<typeof CaseListQuery>) {
  const mine = sql`exists (select 1 from ${caseAssignments} where ${caseAssignments.caseId} = ${cases.id} and ${caseAssignments.userId} = ${ctx.actor.userId})`;
  const where: SQL[] = [];
  if (q.kind) where.push(eq(cases.kind, q.kind));
  if (q.profile) where.push(eq(cases.profile, q.profile));
  if (q.identity) where.push(eq(cases.identity, q.identity));
  if (q.status) where.push(sql`${statusSql} = ${q.status}`);
  // Period: cases open at some point of it.
  if (q.to) where.push(lte(cases.openedOn, q.to));
  if (q.from) where.push(or(sql`${cases.closedOn} is null`, gte(cases.closedOn, q.from))!);
  if (q.mine === 'true') where.push(mine);
  // In the where clause the planner turns the NOT EXISTS into an anti-join over the open extraordinary
  // cases, probing the partial index of urgent measures (measures_urgent_case_idx); a hashed NOT IN
  // over all urgent measures measured ×5–10 slower at scale L.
  if (q.urgent === 'true') where.push(urgentMissingSql);
  if (q.folio) where.push(ilike(cases.folio, `%${escapeLike(q.folio)}%`));
  if (q.name) {
    // Only a name search depends on who may see identities (one query fewer on every other list).
    const index = crypto.blindIndex('beneficiary.name', q.name);
    where.push(identityScope(ctx.actor, await isLead(db, ctx.actor)));
    where.push(
      sql`exists (select 1 from ${beneficiaries} where ${beneficiaries.caseId} = ${cases.id} and ${beneficiaries.nameIndex} = ${index})`,
    );
  }
  const filter = and(...where);
  const cap = countCap(q);
  // The page is chosen first (ids only, through the opening-date index and the limit); the
  // per-case flags are computed for those rows only. In the select list of the whole query the
  // planner evaluated the urgency sub-query for every case (a scan of all measures per request).
  const page = db
    .select({ id: sql<string>`${cases.id}`.as('page_id') })
    .from(cases)
    .leftJoin(caseDetails, eq(caseDetails.caseId, cases.id))
    .where(filter)
    .orderBy(...caseOrder(q.sort))
    .limit(q.limit)
    .offset(q.offset)
    .as('page');
  const rows = await db
    .select({
      id: cases.id,
      folio: cases.folio,
      kind: cases.kind,
      procedure: cases.procedure,
      profile: cases.profile,
      identity: cases.identity,
      status: statusSql,
      openedOn: cases.openedOn,
      closedOn: cases.closedOn,
      location: caseDetails.location,
      assignedToMe: sql<boolean>`${mine}`,
      urgentMissing: urgentMissingSql,
      version: cases.version,
      // The capped total rides on the page's statement (an uncorrelated sub-query, run once): one
      // round trip for the list instead of two.
      matching: sql<number>`(${countCappedSql(db, filter, cap)})`.mapWith(Number),
    })
    .from(page)
    .innerJoin(cases, eq(cases.id, page.id))
    .leftJoin(caseDetails, eq(caseDetails.caseId, cases.id))
    .orderBy(...caseOrder(q.sort));
  const total =
    rows.length > 0
      ? cappedTotal(rows[0]!.matching, rows.length, cap, q)
      : await countCapped(db, filter, rows.length, cap, q);
  if (q.name) {
    // A name search uses personal data and tells which cases a person is in: audited as a read.
    await auditNow(db, {
      actor: auditActor(ctx.actor),
      action: 'read_personal',
      entity: 'case',
      entityId: null,
      ip: ctx.ip,
      details: { via: 'name_search', results: rows.length },
    });
  }
  return {
    items: rows.map(({ matching: _matching, ...r }) => ({
      ...r,
      assignedToMe: Boolean(r.assignedToMe),
      urgentMissing: Boolean(r.urgentMissing),
    })),
    ...total,
  };
}

/** The list's order; the id breaks ties so that pages never repeat or skip a case. */
function caseOrder(sort: z.infer<typeof CaseListQuery>['sort']): SQL[] {
  switch (sort) {
    case 'opened_asc':
      return [asc(cases.openedOn), asc(cases.folio), asc(cases.id)];
    case 'folio_asc':
      return [asc(cases.folio), asc(cases.id)];
    case 'folio_desc':
      return [desc(cases.folio), desc(cases.id)];
    default:
      return [desc(cases.openedOn), desc(cases.folio), desc(cases.id)];
  }
}

/**
 * The list's total without an exact count over every matching case: a page that is not full ends
 * the list (total = offset + rows); otherwise the count stops after `cap + 1` rows, and past the
 * cap the answer says "more than cap" (`totalIsLowerBound`), never a made-up figure. The cap is at
 * least the end of the page asked for, so a total never falls short of the page.
 */
const countCap = (q: { limit: number; offset: number }) => Math.max(CASE_LIST_COUNT_CAP, q.offset + q.limit);

/** Matching cases, counted up to cap + 1. */
function countCappedSql(db: Deps['db'], filter: SQL | undefined, cap: number) {
  const matching = db
    .select({ one: sql`1`.as('one') })
    .from(cases)
    .leftJoin(caseDetails, eq(caseDetails.caseId, cases.id))
    .where(filter)
    .limit(cap + 1)
    .as('matching');
  return db.select({ n: count() }).from(matching);
}

function cappedTotal(matching: number, pageRows: number, cap: number, q: { limit: number; offset: number }) {
  if (pageRows > 0 && pageRows < q.limit) return { total: q.offset + pageRows, totalIsLowerBound: false };
  return matching > cap ? { total: cap, totalIsLowerBound: true } : { total: matching, totalIsLowerBound: false };
}

/** An empty page: nothing matches, or the offset is past the end (then the count says how far). */
async function countCapped(
  db: Deps['db'],
  filter: SQL | undefined,
  pageRows: number,
  cap: number,
  q: { limit: number; offset: number },
) {
  if (q.offset === 0) return { total: 0, totalIsLowerBound: false };
  const [row] = await countCappedSql(db, filter, cap);
  return cappedTotal(row?.n ?? 0, pageRows, cap, q);
}

/** Aggregate counts for board / planning: no ids, no folios, no identities. */
export async function caseStats({ db }: Pick<AppDeps, 'db'>, q: { from?: string; to?: string }) {
  const where: SQL[] = [];
  if (q.to) where.push(lte(cases.openedOn, q.to));
  if (q.from) where.push(or(sql`${cases.closedOn} is null`, gte(cases.closedOn, q.from))!);
  const rows = await db
    .select({ kind: cases.kind, profile: cases.profile, identity: cases.identity, status: statusSql, n: count() })
    .from(cases)
    .leftJoin(caseDetails, eq(caseDetails.caseId, cases.id))
    .where(and(...where))
    .groupBy(cases.kind, cases.profile, cases.identity, statusSql);
  const tally = (key: 'kind' | 'profile' | 'identity' | 'status') => {
    const out: Record<string, number> = {};
    for (const r of rows) out[r[key]] = (out[r[key]] ?? 0) + Number(r.n);
    return out;
  };
  return {
    total: rows.reduce((s, r) => s + Number(r.n), 0),
    byKind: tally('kind'),
    byProfile: tally('profile'),
    byIdentity: tally('identity'),
    byStatus: tally('status'),
  };
}
