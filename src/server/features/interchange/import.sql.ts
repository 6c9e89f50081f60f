import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../../db/client.js';
import type { EntityCounts, PackageCase, PackageInformationRequest, PackageMeasure } from './package.contract.js';

/**
 * Bulk statements of the import. Each chunk travels as ONE json parameter expanded by
 * json_to_recordset: one round trip and one parse per thousands of rows, no parameter-count limit,
 * and the same SQL on PGlite and PostgreSQL. Upserts skip rows whose values did not change, so a
 * re-import leaves version/updated_at untouched ("importing the same package twice changes nothing").
 */
export const CHUNK = { records: 1000, entries: 5000 } as const;

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * A text[] literal for `= any(...)`: unlike a json function in a subquery, an array parameter gives
 * the planner a real row estimate, so it uses the indexes even before statistics exist (a fresh import).
 */
export function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

function tally(counts: EntityCounts, chunkSize: number, returned: { inserted: boolean }[]): void {
  const inserted = returned.filter((r) => r.inserted).length;
  counts.inserted += inserted;
  counts.updated += returned.length - inserted;
  counts.unchanged += chunkSize - returned.length;
}

export async function upsertCases(db: Database, items: PackageCase[], counts: EntityCounts): Promise<void> {
  for (const chunk of chunks(items, CHUNK.records)) {
    const json = JSON.stringify(
      chunk.map((c) => ({
        f: c.folio,
        k: c.kind,
        p: c.procedure,
        pr: c.profile,
        i: c.identity,
        o: c.openedOn,
        cl: c.closedOn,
      })),
    );
    const res = await db.execute(sql`
      insert into cases (folio, kind, procedure, profile, identity, opened_on, closed_on)
      select x.f, x.k, x.p, x.pr, x.i, x.o, x.cl
      from json_to_recordset(${json}::json) as x(f text, k text, p text, pr text, i text, o date, cl date)
      on conflict (folio) do update set kind = excluded.kind, procedure = excluded.procedure, profile = excluded.profile,
        identity = excluded.identity, opened_on = excluded.opened_on, closed_on = excluded.closed_on,
        updated_at = now(), version = cases.version + 1
      where (cases.kind, cases.procedure, cases.profile, cases.identity, cases.opened_on, cases.closed_on)
        is distinct from (excluded.kind, excluded.procedure, excluded.profile, excluded.identity, excluded.opened_on, excluded.closed_on)
      returning (xmax = 0) as inserted`);
    tally(counts, chunk.length, rowsOf<{ inserted: boolean }>(res));
  }
}

export async function upsertMeasures(db: Database, items: PackageMeasure[], counts: EntityCounts): Promise<void> {
  for (const chunk of chunks(items, CHUNK.records)) {
    const json = JSON.stringify(
      chunk.map((m) => ({ c: m.id, f: m.caseFolio, t: m.type, n: m.name, s: m.startedOn, e: m.endedOn })),
    );
    const res = await db.execute(sql`
      insert into measures (code, case_id, type, name, started_on, ended_on)
      select x.c, k.id, x.t, x.n, x.s, x.e
      from json_to_recordset(${json}::json) as x(c text, f text, t text, n text, s date, e date)
      join cases k on k.folio = x.f
      on conflict (code) do update set case_id = excluded.case_id, type = excluded.type, name = excluded.name,
        started_on = excluded.started_on, ended_on = excluded.ended_on, updated_at = now(), version = measures.version + 1
      where (measures.case_id, measures.type, measures.name, measures.started_on, measures.ended_on)
        is distinct from (excluded.case_id, excluded.type, excluded.name, excluded.started_on, excluded.ended_on)
      returning (xmax = 0) as inserted`);
    tally(counts, chunk.length, rowsOf<{ inserted: boolean }>(res));
  }
}

export async function upsertRequests(
  db: Database,
  items: PackageInformationRequest[],
  counts: EntityCounts,
): Promise<void> {
  for (const chunk of chunks(items, CHUNK.records)) {
    const json = JSON.stringify(chunk.map((r) => ({ f: r.folio, d: r.receivedOn, k: r.kind, a: r.admissible })));
    const res = await db.execute(sql`
      insert into information_requests (folio, received_on, kind, admissible)
      select x.f, x.d, x.k, x.a from json_to_recordset(${json}::json) as x(f text, d date, k text, a boolean)
      on conflict (folio) do update set received_on = excluded.received_on, kind = excluded.kind, admissible = excluded.admissible,
        updated_at = now(), version = information_requests.version + 1
      where (information_requests.received_on, information_requests.kind, information_requests.admissible)
        is distinct from (excluded.received_on, excluded.kind, excluded.admissible)
      returning (xmax = 0) as inserted`);
    tally(counts, chunk.length, rowsOf<{ inserted: boolean }>(res));
  }
}

/** Stored follow-up dates (distinct, sorted) of these cases, by folio. */
export async function storedFollowUps(db: Database, folios: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const chunk of chunks(folios, CHUNK.entries)) {
    const res = await db.execute(sql`
      select c.folio, string_agg(distinct f."on"::text, ',' order by f."on"::text) as dates
      from case_follow_ups f join cases c on c.id = f.case_id
      where c.folio = any(${textArray(chunk)}::text[])
      group by c.folio`);
    for (const r of rowsOf<{ folio: string; dates: string }>(res)) out.set(r.folio, r.dates.split(','));
  }
  return out;
}

/** Stored action entries of these measures as a canonical signature `date:count,...`, by code. */
export async function storedActionSignatures(db: Database, codes: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const chunk of chunks(codes, CHUNK.entries)) {
    const res = await db.execute(sql`
      select m.code, string_agg(a."on"::text || ':' || a.count::text, ',' order by a."on", a.count) as sig
      from measure_actions a join measures m on m.id = a.measure_id
      where m.code = any(${textArray(chunk)}::text[])
      group by m.code`);
    for (const r of rowsOf<{ code: string; sig: string }>(res)) out.set(r.code, r.sig);
  }
  return out;
}

export type FollowUpRow = { f: string; d: string };
export type ActionRow = { m: string; d: string; c: number };

export async function insertFollowUps(db: Database, rows: FollowUpRow[]): Promise<void> {
  for (const chunk of chunks(rows, CHUNK.entries)) {
    await db.execute(sql`
      insert into case_follow_ups (case_id, "on")
      select k.id, x.d from json_to_recordset(${JSON.stringify(chunk)}::json) as x(f text, d date) join cases k on k.folio = x.f`);
  }
}

export async function deleteFollowUps(db: Database, rows: FollowUpRow[]): Promise<number> {
  let deleted = 0;
  for (const chunk of chunks(rows, CHUNK.entries)) {
    const res = await db.execute(sql`
      with d as (delete from case_follow_ups f using cases k, json_to_recordset(${JSON.stringify(chunk)}::json) as x(f text, d date)
        where f.case_id = k.id and k.folio = x.f and f."on" = x.d returning 1)
      select count(*)::int as n from d`);
    deleted += rowsOf<{ n: number }>(res)[0]?.n ?? 0;
  }
  return deleted;
}

export async function insertActions(db: Database, rows: ActionRow[]): Promise<void> {
  for (const chunk of chunks(rows, CHUNK.entries)) {
    await db.execute(sql`
      insert into measure_actions (measure_id, "on", count)
      select m.id, x.d, x.c from json_to_recordset(${JSON.stringify(chunk)}::json) as x(m text, d date, c integer) join measures m on m.code = x.m`);
  }
}

export async function deleteActionsOf(db: Database, codes: string[]): Promise<number> {
  let deleted = 0;
  for (const chunk of chunks(codes, CHUNK.entries)) {
    const res = await db.execute(sql`
      with d as (delete from measure_actions a using measures m
        where a.measure_id = m.id and m.code = any(${textArray(chunk)}::text[]) returning 1)
      select count(*)::int as n from d`);
    deleted += rowsOf<{ n: number }>(res)[0]?.n ?? 0;
  }
  return deleted;
}

export async function existingCaseFolios(db: Database, folios: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const chunk of chunks(folios, CHUNK.entries)) {
    const res = await db.execute(sql`select folio from cases where folio = any(${textArray(chunk)}::text[])`);
    for (const r of rowsOf<{ folio: string }>(res)) out.add(r.folio);
  }
  return out;
}
