import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Database } from '../../db/client.js';
import type { PackageArray } from '../manifest.js';
import {
  PACKAGE_FORMAT,
  type PackageCase,
  type PackageInformationRequest,
  type PackageMeasure,
} from './package.contract.js';

/**
 * The whole database as a `salvaguarda/v1` package, produced as a stream of text pieces so a
 * national database (millions of action entries) is never held in memory as one document.
 * Order is stable: records by folio / id in byte order (collate "C", the same on every server),
 * follow-up dates ascending and distinct, actions by date then count. One record per line.
 */
const PAGE = 2000;

export interface ExportTotals {
  cases: number;
  measures: number;
  actions: number;
  informationRequests: number;
}

interface CaseRow {
  id: string;
  folio: string;
  kind: PackageCase['kind'];
  procedure: PackageCase['procedure'];
  profile: PackageCase['profile'];
  identity: PackageCase['identity'];
  opened_on: string;
  closed_on: string | null;
}

/**
 * Reads a query page by page through a cursor: the table is sorted once, not once per page.
 * Cursors live in a transaction, so exportPackage runs inside inSnapshot.
 */
async function* cursorPages<R>(db: Database, name: string, query: SQL): AsyncGenerator<R[]> {
  await db.execute(sql`declare ${sql.raw(name)} no scroll cursor for ${query}`);
  try {
    for (;;) {
      const rows = rowsOf<R>(await db.execute(sql.raw(`fetch forward ${PAGE} from ${name}`)));
      if (rows.length === 0) return;
      yield rows;
    }
  } finally {
    await db.execute(sql.raw(`close ${name}`));
  }
}

async function* casePages(db: Database): AsyncGenerator<PackageCase[]> {
  const query = sql`select id, folio, kind, procedure, profile, identity, opened_on::text as opened_on, closed_on::text as closed_on
    from cases order by folio collate "C"`;
  for await (const rows of cursorPages<CaseRow>(db, 'sg_export_cases', query)) {
    const dates = await groupDates(
      db,
      rows.map((r) => r.id),
    );
    yield rows.map((r) => ({
      folio: r.folio,
      kind: r.kind,
      procedure: r.procedure,
      profile: r.profile,
      identity: r.identity,
      openedOn: r.opened_on,
      closedOn: r.closed_on,
      followUps: dates.get(r.id) ?? [],
    }));
  }
}

async function groupDates(db: Database, caseIds: string[]): Promise<Map<string, string[]>> {
  const res: unknown = await db.execute(sql`
    select distinct case_id::text as case_id, "on"::text as d from case_follow_ups
    where case_id = any(${`{${caseIds.join(',')}}`}::uuid[])
    order by 1, 2`);
  const out = new Map<string, string[]>();
  for (const r of rowsOf<{ case_id: string; d: string }>(res)) {
    const list = out.get(r.case_id) ?? [];
    list.push(r.d);
    out.set(r.case_id, list);
  }
  return out;
}

interface MeasureRow {
  id: string;
  code: string;
  case_folio: string;
  type: PackageMeasure['type'];
  name: string;
  started_on: string | null;
  ended_on: string | null;
}

async function* measurePages(db: Database): AsyncGenerator<PackageMeasure[]> {
  const query = sql`select m.id, m.code, c.folio as case_folio, m.type, m.name, m.started_on::text as started_on, m.ended_on::text as ended_on
    from measures m join cases c on c.id = m.case_id order by m.code collate "C"`;
  for await (const rows of cursorPages<MeasureRow>(db, 'sg_export_measures', query)) {
    const acts = await db.execute(sql`
      select measure_id::text as measure_id, "on"::text as d, count from measure_actions
      where measure_id = any(${`{${rows.map((r) => r.id).join(',')}}`}::uuid[])
      order by 1, 2, 3`);
    const byMeasure = new Map<string, { on: string; count: number }[]>();
    for (const a of rowsOf<{ measure_id: string; d: string; count: number }>(acts)) {
      const list = byMeasure.get(a.measure_id) ?? [];
      list.push({ on: a.d, count: Number(a.count) });
      byMeasure.set(a.measure_id, list);
    }
    yield rows.map((r) => ({
      id: r.code,
      caseFolio: r.case_folio,
      type: r.type,
      name: r.name,
      startedOn: r.started_on,
      endedOn: r.ended_on,
      actions: byMeasure.get(r.id) ?? [],
    }));
  }
}

type RequestRow = { folio: string; received_on: string; kind: 'public' | 'arco'; admissible: boolean | null };

async function* requestPages(db: Database): AsyncGenerator<PackageInformationRequest[]> {
  const query = sql`select folio, received_on::text as received_on, kind, admissible from information_requests order by folio collate "C"`;
  for await (const rows of cursorPages<RequestRow>(db, 'sg_export_requests', query)) {
    yield rows.map((r) => ({ folio: r.folio, receivedOn: r.received_on, kind: r.kind, admissible: r.admissible }));
  }
}

/** One array of the package: `"name":[` + one JSON record per line + `]`. */
async function* section<T>(
  name: string,
  pages: AsyncGenerator<T[]>,
  seen: (page: T[]) => void,
): AsyncGenerator<string> {
  yield `\n${JSON.stringify(name)}:[`;
  let first = true;
  for await (const page of pages) {
    yield page.map((item, i) => (first && i === 0 ? '\n' : ',\n') + JSON.stringify(item)).join('');
    first = false;
    seen(page);
  }
  yield '\n]';
}

async function* onePage<T>(items: Promise<T[]>): AsyncGenerator<T[]> {
  yield await items;
}

/** Streams the package text; `totals` is filled as it goes. Run it inside inSnapshot (cursors need a transaction). */
export async function* exportPackage(
  db: Database,
  totals?: ExportTotals,
  arrays: readonly PackageArray[] = [],
): AsyncGenerator<string> {
  const t = totals ?? { cases: 0, measures: 0, actions: 0, informationRequests: 0 };
  yield `{"format":${JSON.stringify(PACKAGE_FORMAT)},`;
  yield* section('cases', casePages(db), (p) => (t.cases += p.length));
  yield ',';
  yield* section('measures', measurePages(db), (p) => {
    t.measures += p.length;
    for (const m of p) t.actions += m.actions.length;
  });
  yield ',';
  yield* section('informationRequests', requestPages(db), (p) => (t.informationRequests += p.length));
  for (const a of arrays) {
    yield ',';
    yield* section(a.name, onePage(a.export(db)), () => undefined);
  }
  yield '}\n';
}

/**
 * Runs an export inside one read-only, repeatable-read transaction: every page sees the same
 * snapshot, so a package is consistent even while people keep working (PostgreSQL).
 */
export function inSnapshot<T>(db: Database, fn: (tx: Database) => Promise<T>): Promise<T> {
  return db.transaction((tx) => fn(tx), { isolationLevel: 'repeatable read', accessMode: 'read only' });
}

/** The whole package as one string (small databases, tests). */
export async function exportPackageText(db: Database, arrays: readonly PackageArray[] = []): Promise<string> {
  return inSnapshot(db, async (tx) => {
    let out = '';
    for await (const piece of exportPackage(tx, undefined, arrays)) out += piece;
    return out;
  });
}
