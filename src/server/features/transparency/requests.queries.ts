// Reads of information requests, with their deadlines computed on the fly.
import { and, asc, count, desc, eq, gte, ilike, lte, notInArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { informationRequests } from '../../records/records.schema.js';
import { deadlineStatus, type RequestSteps } from './deadlines.js';
import type { DeadlineEngine } from './engine.service.js';
import { resolveDeadlines, type SafeDeadlines } from './safe-deadlines.js';
import type { RequestSummary } from '../../../common/features/transparency.contract.js';
import { informationRequestDetails } from './transparency.schema.js';
import type { RequestStatus } from './workflow.js';

export type CoreRow = typeof informationRequests.$inferSelect;
export type DetailsRow = typeof informationRequestDetails.$inferSelect;

/** Requests that arrived only through the interchange import have no details: derive a status. */
export function statusOf(core: CoreRow, details: DetailsRow | null): RequestStatus {
  if (details) return details.status as RequestStatus;
  if (core.admissible === true) return 'answered';
  if (core.admissible === false) return 'not_admissible';
  return 'received';
}

export const CLOSED: RequestStatus[] = ['answered', 'referred', 'not_admissible', 'not_filed'];

/** The deadlines of a request on the safe side (see safe-deadlines.ts), with the basis of each date. */
export function safeDeadlinesOf(
  engine: DeadlineEngine,
  core: CoreRow,
  details: DetailsRow | null,
  steps: RequestSteps,
  closed: boolean,
): SafeDeadlines | null {
  // A closed request keeps the basis recorded when it closed. Requests closed before bases were
  // recorded were governed by the set pinned at registration, so that is their basis.
  const basis =
    closed && details
      ? (details.deadlineBasis ??
        (details.ruleSetKey ? { mode: 'governing' as const, keys: [details.ruleSetKey] } : null))
      : null;
  if (basis) {
    const sets = basis.keys.flatMap((k) => engine.ruleSets.filter((s) => s.key === k));
    if (sets.length === basis.keys.length) {
      const family = basis.mode === 'governing' ? sets[0]!.family : null;
      const candidates = sets.map((set) => ({ set, verified: engine.isVerified(set) }));
      return resolveDeadlines(engine.calendar, candidates, { family, pinned: true }, steps);
    }
  }
  const sets = engine.candidatesFor(details?.ruleSetKey ?? null, core.receivedOn);
  const decision = engine.governingOn(core.receivedOn);
  return resolveDeadlines(
    engine.calendar,
    sets.map((set) => ({ set, verified: engine.isVerified(set) })),
    { family: decision?.family ?? null },
    steps,
  );
}

export function summarise(engine: DeadlineEngine, core: CoreRow, details: DetailsRow | null): RequestSummary {
  const status = statusOf(core, details);
  const closed = CLOSED.includes(status);
  const steps: RequestSteps = {
    kind: core.kind,
    receivedOn: core.receivedOn,
    clarificationRequestedOn: details?.clarificationRequestedOn ?? null,
    clarificationAnsweredOn: details?.clarificationAnsweredOn ?? null,
    extensionNotifiedOn: details?.extensionNotifiedOn ?? null,
    // Imported closed requests have no closing date: treat them as closed on receipt for status purposes.
    answeredOn: closed ? (details?.closedOn ?? core.receivedOn) : null,
  };
  const empty: RequestSummary['deadlines'] = {
    ruleSetKey: null,
    ruleSetVerified: null,
    noticeOn: null,
    clarificationRequestDueOn: null,
    incompetenceDueOn: null,
    alreadyPublicDueOn: null,
    specificProcedureDueOn: null,
    requesterReplyDueOn: null,
    answerDueOn: null,
    extendedDueOn: null,
    dueOn: null,
    appealFilingDueOn: null,
    clockStopped: false,
    daysLeft: null,
    overdue: false,
    answeredLate: false,
    lapsedForNoReply: false,
    clarificationLate: false,
    extensionLate: false,
    basis: null,
    sources: {},
    candidates: [],
  };
  let deadlines = empty;
  const safe = safeDeadlinesOf(engine, core, details, steps, closed);
  if (safe) {
    const d = safe.effective;
    const s = deadlineStatus(engine.calendar, d, steps, engine.today);
    const governing = engine.ruleSets.find((r) => r.key === safe.basis.ruleSetKey);
    deadlines = {
      ruleSetKey: safe.basis.ruleSetKey,
      ruleSetVerified: governing ? engine.isVerified(governing) : null,
      noticeOn: d.noticeOn,
      clarificationRequestDueOn: d.clarificationRequestDueOn,
      incompetenceDueOn: d.incompetenceDueOn,
      alreadyPublicDueOn: d.alreadyPublicDueOn,
      specificProcedureDueOn: d.specificProcedureDueOn,
      requesterReplyDueOn: d.requesterReplyDueOn,
      answerDueOn: d.answerDueOn,
      extendedDueOn: d.extendedDueOn,
      dueOn: d.dueOn,
      appealFilingDueOn: d.appealFilingDueOn,
      clockStopped: d.clockStopped,
      daysLeft: s.daysLeft,
      overdue: s.overdue,
      // Notorious incompetence has its own, shorter period (art. 138 / 47): 3 days, not the answer period.
      answeredLate: !details
        ? false
        : status === 'referred' && details.referralKind === 'incompetence'
          ? !!details.closedOn && details.closedOn > d.incompetenceDueOn
          : s.answeredLate,
      lapsedForNoReply: s.lapsedForNoReply,
      clarificationLate: d.clarificationLate,
      extensionLate: d.extensionLate,
      basis: safe.basis,
      sources: safe.sources,
      candidates: safe.candidates.map((c) => ({
        ruleSetKey: c.ruleSetKey,
        family: c.family,
        name: c.name,
        verified: c.verified,
        noticeOn: c.deadlines.noticeOn,
        clarificationRequestDueOn: c.deadlines.clarificationRequestDueOn,
        incompetenceDueOn: c.deadlines.incompetenceDueOn,
        alreadyPublicDueOn: c.deadlines.alreadyPublicDueOn,
        specificProcedureDueOn: c.deadlines.specificProcedureDueOn,
        requesterReplyDueOn: c.deadlines.requesterReplyDueOn,
        answerDueOn: c.deadlines.answerDueOn,
        extendedDueOn: c.deadlines.extendedDueOn,
        dueOn: c.deadlines.dueOn,
        makeEffectiveDueOn: c.deadlines.makeEffectiveDueOn,
        appealFilingDueOn: c.deadlines.appealFilingDueOn,
      })),
    };
  }
  return {
    id: core.id,
    folio: core.folio,
    receivedOn: core.receivedOn,
    kind: core.kind,
    admissible: core.admissible,
    status,
    channel: details?.channel ?? null,
    arcoRight: details?.arcoRight ?? null,
    subject: details?.subject ?? null,
    closedOn: details?.closedOn ?? null,
    version: core.version,
    tracked: details !== null,
    deadlines,
  };
}

export type RequestSort = 'received_desc' | 'received_asc' | 'folio_asc' | 'folio_desc';

export interface ListFilter {
  status?: RequestStatus;
  kind?: 'public' | 'arco';
  from?: string;
  to?: string;
  folio?: string;
  attention?: 'overdue' | 'due_soon' | 'open';
  sort?: RequestSort;
  limit: number;
  offset: number;
}

/** Days left at or below which an open request is "due soon". */
export const DUE_SOON_DAYS = 3;

/** The status of statusOf() in SQL, so that the list filters and pages in the database. */
export const requestStatusSql = sql<RequestStatus>`coalesce(${informationRequestDetails.status}, case
  when ${informationRequests.admissible} = true then 'answered'
  when ${informationRequests.admissible} = false then 'not_admissible'
  else 'received' end)`;

function requestOrder(sort: RequestSort = 'received_desc'): SQL[] {
  const r = informationRequests;
  switch (sort) {
    case 'received_asc':
      return [asc(r.receivedOn), asc(r.folio), asc(r.id)];
    case 'folio_asc':
      return [asc(r.folio), asc(r.id)];
    case 'folio_desc':
      return [desc(r.folio), desc(r.id)];
    default:
      return [desc(r.receivedOn), asc(r.folio), asc(r.id)];
  }
}

/** The where clause of the list's filters that the database can evaluate (all but deadlines). */
export function requestFilterSql(f: Omit<ListFilter, 'limit' | 'offset' | 'sort'>): SQL | undefined {
  const where: SQL[] = [];
  if (f.kind) where.push(eq(informationRequests.kind, f.kind));
  if (f.from) where.push(gte(informationRequests.receivedOn, f.from));
  if (f.to) where.push(lte(informationRequests.receivedOn, f.to));
  if (f.folio) where.push(ilike(informationRequests.folio, `%${f.folio.replace(/[%_\\]/g, '\\$&')}%`));
  if (f.status) where.push(sql`${requestStatusSql} = ${f.status}`);
  // Deadlines are computed from the calendar, so "overdue" and "due soon" narrow open requests here
  // and finish after the computation.
  if (f.attention) where.push(notInArray(requestStatusSql, CLOSED));
  return and(...where);
}

/**
 * Requests with their deadlines. Filters, order, page and total run in SQL; only the deadline
 * filters (overdue, due soon) compute the open requests' deadlines first and page those.
 */
export async function listRequests(
  db: Database,
  engine: DeadlineEngine,
  f: ListFilter,
): Promise<{ items: RequestSummary[]; total: number }> {
  const filter = requestFilterSql(f);
  const base = () =>
    db
      .select({ core: informationRequests, details: informationRequestDetails })
      .from(informationRequests)
      .leftJoin(informationRequestDetails, eq(informationRequestDetails.requestId, informationRequests.id))
      .where(filter)
      .orderBy(...requestOrder(f.sort));
  if (f.attention === 'overdue' || f.attention === 'due_soon') {
    const open = (await base()).map((r) => summarise(engine, r.core, r.details));
    const items = open.filter((i) =>
      f.attention === 'overdue'
        ? i.deadlines.overdue
        : !i.deadlines.overdue && i.deadlines.daysLeft !== null && i.deadlines.daysLeft <= DUE_SOON_DAYS,
    );
    return { items: items.slice(f.offset, f.offset + f.limit), total: items.length };
  }
  const rows = await base().limit(f.limit).offset(f.offset);
  const [counted] = await db
    .select({ n: count() })
    .from(informationRequests)
    .leftJoin(informationRequestDetails, eq(informationRequestDetails.requestId, informationRequests.id))
    .where(filter);
  return { items: rows.map((r) => summarise(engine, r.core, r.details)), total: Number(counted?.n ?? 0) };
}

export async function loadRequest(
  db: Database,
  id: string,
): Promise<{ core: CoreRow; details: DetailsRow | null } | null> {
  const [row] = await db
    .select({ core: informationRequests, details: informationRequestDetails })
    .from(informationRequests)
    .leftJoin(informationRequestDetails, eq(informationRequestDetails.requestId, informationRequests.id))
    .where(eq(informationRequests.id, id));
  return row ?? null;
}

export function dashboard(items: RequestSummary[]) {
  const open = items.filter((i) => !CLOSED.includes(i.status));
  const byStatus: Record<string, number> = {};
  for (const i of items) byStatus[i.status] = (byStatus[i.status] ?? 0) + 1;
  const dueSoon = open.filter(
    (i) => !i.deadlines.overdue && i.deadlines.daysLeft !== null && i.deadlines.daysLeft <= DUE_SOON_DAYS,
  );
  const overdue = open.filter((i) => i.deadlines.overdue);
  const next = open
    .filter((i) => i.deadlines.dueOn !== null)
    .sort((a, b) => (a.deadlines.dueOn! < b.deadlines.dueOn! ? -1 : a.deadlines.dueOn! > b.deadlines.dueOn! ? 1 : 0))
    .slice(0, 10);
  return {
    open: open.length,
    dueSoon: dueSoon.length,
    overdue: overdue.length,
    clockStopped: open.filter((i) => i.deadlines.clockStopped).length,
    lapsedForNoReply: open.filter((i) => i.deadlines.lapsedForNoReply).length,
    byStatus,
    next,
  };
}
