import { and, asc, count, desc, eq, gte, ilike, lte, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../../db/client.js';
import { statementFor } from '../../db/statements.js';
import type { AppDeps } from '../../platform/deps.js';
import { auditNow } from '../../platform/audit/audit.js';
import { assignedSql, auditActor, identityScope, isLead, type RequestContext } from './access.js';
import { CASE_LIST_COUNT_CAP, type CaseListQuery } from '../../../common/features/cases.contract.js';
import { beneficiaries, caseDetails } from './cases.schema.js';
import { statusSql } from './cases.service.js';
import { cases } from '../../records/records.schema.js';

type Deps = Pick<AppDeps, 'db' | 'crypto'>;

/** Extraordinary case still without an urgent measure in place (started and not suspended/ended). */
export const urgentMissingSql = sql<boolean>`(${cases.procedure} = 'extraordinary' and ${cases.closedOn} is null and not exists (
  select 1 from measures m left join measure_details md on md.measure_id = m.id
  where m.case_id = ${cases.id} and m.type = 'urgent_protection' and m.started_on is not null
    and coalesce(md.status, 'active') not in ('suspended', 'ended')))`;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

type ListQuery = z.infer<typeof CaseListQuery>;

/**
 * The list's filters as SQL with placeholders (values travel at execution): the statement depends
 * only on which filters are present, so each such shape is built once (see `listStatement`).
 */
function listFilter(q: ListQuery, mine: SQL, nameScope: SQL | null): SQL | undefined {
  const where: SQL[] = [];
  if (q.kind) where.push(eq(cases.kind, sql.placeholder('kind')));
  if (q.profile) where.push(eq(cases.profile, sql.placeholder('profile')));
  if (q.identity) where.push(eq(cases.identity, sql.placeholder('identity')));
  if (q.status) where.push(sql`${statusSql} = ${sql.placeholder('status')}`);
  // Period: cases open at some point of it.
  if (q.to) where.push(lte(cases.openedOn, sql.placeholder('to')));
  if (q.from) where.push(or(sql`${cases.closedOn} is null`, gte(cases.closedOn, sql.placeholder('from')))!);
  if (q.mine === 'true') where.push(mine);
  // In the where clause the planner turns the NOT EXISTS into an anti-join over the open extraordinary
  // cases, probing the partial index of urgent measures (measures_urgent_case_idx); a hashed NOT IN
  // over all urgent measures measured ×5–10 slower at scale L.
  if (q.urgent === 'true') where.push(urgentMissingSql);
  if (q.folio) where.push(ilike(cases.folio, sql.placeholder('folio')));
  if (nameScope) {
    where.push(nameScope);
    where.push(
      sql`exists (select 1 from ${beneficiaries} where ${beneficiaries.caseId} = ${cases.id} and ${beneficiaries.nameIndex} = ${sql.placeholder('nameIndex')})`,
    );
  }
  return and(...where);
}

/**
 * Limit, offset and count cap of the first page are written into the statement's text: with them
 * known, PostgreSQL settles on one plan for the statement after five runs instead of planning it
 * again on every request (planning cost as much as running it). Later pages pass them as values,
 * so that paging through a long list does not leave one prepared statement per page.
 */
type Paging = 'first page' | 'any page';

/** An integer written into the statement's text (Drizzle's `.limit()` would send a number as a value). */
function literal(n: number): number {
  if (!Number.isSafeInteger(n)) throw new Error(`not an integer: ${n}`);
  return sql.raw(String(n)) as unknown as number;
}

/** The statement of one list shape: the page (with its flags) and the capped total of matching cases. */
function buildListStatement(db: Database, q: ListQuery, nameScope: SQL | null, paging: Paging = 'any page') {
  const first = paging === 'first page';
  const mine = assignedSql(sql.placeholder('userId'));
  const filter = listFilter(q, mine, nameScope);
  // The page is chosen first (ids only, through the opening-date index and the limit); the
  // per-case flags are computed for those rows only. In the select list of the whole query the
  // planner evaluated the urgency sub-query for every case (a scan of all measures per request).
  const page = db
    .select({ id: sql<string>`${cases.id}`.as('page_id') })
    .from(cases)
    .leftJoin(caseDetails, eq(caseDetails.caseId, cases.id))
    .where(filter)
    .orderBy(...caseOrder(q.sort))
    .limit(first ? literal(q.limit) : sql.placeholder('limit'))
    .offset(first ? literal(0) : sql.placeholder('offset'))
    .as('page');
  const statement = db
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
      matching: sql<number>`(${countCappedSql(db, filter, first ? literal(countCap(q) + 1) : undefined)})`.mapWith(
        Number,
      ),
    })
    .from(page)
    .innerJoin(cases, eq(cases.id, page.id))
    .leftJoin(caseDetails, eq(caseDetails.caseId, cases.id))
    .orderBy(...caseOrder(q.sort))
    .prepare('case_list');
  return { statement, filter };
}

/** The statement of the list's shape: which filters are present, and the order. */
function listStatement(db: Database, q: ListQuery) {
  const shape = [
    q.kind && 'k',
    q.profile && 'p',
    q.identity && 'i',
    q.status && 's',
    q.to && 't',
    q.from && 'f',
    q.mine === 'true' && 'm',
    q.urgent === 'true' && 'u',
    q.folio && 'o',
    q.sort,
  ].join('');
  if (q.offset > 0) return statementFor(db, `case_list:${shape}`, () => buildListStatement(db, q, null));
  const key = `case_list:${shape}:first:${q.limit}`;
  return statementFor(db, key, () => buildListStatement(db, q, null, 'first page'));
}

/**
 * Case list. Every restriction is part of the SQL where clause; the rows carry no identities.
 * A search by beneficiary name matches the blind index exactly and only inside cases whose
 * identities the actor may see, so it cannot reveal that a person is in someone else's case.
 */
export async function listCases({ db, crypto }: Deps, ctx: RequestContext, q: ListQuery) {
  const cap = countCap(q);
  const values = {
    kind: q.kind,
    profile: q.profile,
    identity: q.identity,
    status: q.status,
    to: q.to,
    from: q.from,
    folio: q.folio === undefined ? undefined : `%${escapeLike(q.folio)}%`,
    userId: ctx.actor.userId,
    limit: q.limit,
    offset: q.offset,
    capPlusOne: cap + 1,
    // Only a name search depends on who may see identities (one query fewer on every other list).
    nameIndex: q.name === undefined ? undefined : crypto.blindIndex('beneficiary.name', q.name),
  };
  // Name searches are built each time: their scope depends on the actor.
  const { statement, filter } = q.name
    ? buildListStatement(db, q, identityScope(ctx.actor, await isLead(db, ctx.actor)))
    : listStatement(db, q);
  const rows = await statement.execute(values);
  const total =
    rows.length > 0
      ? cappedTotal(rows[0]!.matching, rows.length, cap, q)
      : await countCapped(db, filter, values, rows.length, cap, q);
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

/** Matching cases, counted up to cap + 1 (given, or the `capPlusOne` placeholder). */
function countCappedSql(db: Database, filter: SQL | undefined, capPlusOne?: number) {
  const matching = db
    .select({ one: sql`1`.as('one') })
    .from(cases)
    .leftJoin(caseDetails, eq(caseDetails.caseId, cases.id))
    .where(filter)
    .limit(capPlusOne ?? sql.placeholder('capPlusOne'))
    .as('matching');
  return db.select({ n: count() }).from(matching);
}

function cappedTotal(matching: number, pageRows: number, cap: number, q: { limit: number; offset: number }) {
  if (pageRows > 0 && pageRows < q.limit) return { total: q.offset + pageRows, totalIsLowerBound: false };
  return matching > cap ? { total: cap, totalIsLowerBound: true } : { total: matching, totalIsLowerBound: false };
}

/** An empty page: nothing matches, or the offset is past the end (then the count says how far). */
async function countCapped(
  db: Database,
  filter: SQL | undefined,
  values: Record<string, unknown>,
  pageRows: number,
  cap: number,
  q: { limit: number; offset: number },
) {
  if (q.offset === 0) return { total: 0, totalIsLowerBound: false };
  const [row] = await countCappedSql(db, filter).prepare('case_list_count').execute(values);
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
