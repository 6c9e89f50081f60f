import { sql, type SQL } from 'drizzle-orm';
import type { App } from '../../src/server/platform/deps.js';
import type { Database } from '../../src/server/db/client.js';
import { buildBimonthlyReport, generateReport } from '../../src/server/features/reports/report.service.js';
import { buildReportDocument } from '../../src/server/features/reports/report.document.js';
import { registry } from '../../src/server/features/index.js';
import { rowsOf } from '../../src/server/db/client.js';
import {
  countCasesByBucket,
  countIncorporationsByMonth,
  countIncorporationsByYear,
  countInformationRequests,
  countMeasures,
} from '../../src/server/features/reports/report.queries.js';
import { medianMs, ratio } from '../lib/measure.js';

/**
 * The lower bound: every aggregate the bimonthly report needs, hand-written as the fastest
 * set-based SQL we know (one round trip, no transaction, no contract validation, no document), and
 * checked to give the same numbers as the product (`checkBound`). The report's own costs are
 * measured against it: the service (JSON contract) and the HTTP route (report + document).
 */
export function aggregates(from: string, to: string): Record<string, SQL> {
  const f = sql`${from}::date`;
  const t = sql`${to}::date`;
  const yearStart = sql`${`${to.slice(0, 4)}-01-01`}::date`;
  return {
    // Cases with activity in the period gathered once, then joined (no per-case probe).
    buckets: sql`with active as (
       select case_id from case_follow_ups where "on" between ${f} and ${t}
       union select m.case_id from measures m
       where m.id in (select measure_id from measure_actions where "on" between ${f} and ${t}))
     select kind, status, profile, identity, count(*) as n from (
       select kind, profile, identity, 'new' as status from cases where opened_on between ${f} and ${t}
       union all
       select c.kind, c.profile, c.identity, 'followUp' from cases c join active on active.case_id = c.id
       where c.opened_on < ${f} and (c.closed_on is null or c.closed_on >= ${f})) s
     group by 1, 2, 3, 4`,
    byMonth: sql`select extract(month from opened_on) as m, procedure, profile, count(*) as n from cases
     where kind = 'incorporation' and opened_on between ${yearStart} and ${t} group by 1, 2, 3`,
    byYear: sql`select extract(year from opened_on) as y, profile, identity, count(*) as n from cases
     where kind = 'incorporation' and opened_on <= ${t} group by 1, 2, 3`,
    measures: sql`select m.type, m.name, count(*) as measures, sum(s.actions) as actions from measures m
     join (select measure_id, sum(count) as actions from measure_actions where "on" between ${f} and ${t} group by 1) s
     on s.measure_id = m.id group by 1, 2`,
    requests: sql`select to_char(received_on, 'YYYY-MM') as month, kind, admissible, count(*) as n
     from information_requests where received_on between ${f} and ${t} group by 1, 2, 3`,
  };
}

/** All five in one statement, one round trip. */
const MINIMAL = (from: string, to: string) =>
  sql`select ${sql.join(
    Object.entries(aggregates(from, to)).map(
      ([name, q]) => sql`(select json_agg(x) from (${q}) x) as ${sql.raw(name)}`,
    ),
    sql`, `,
  )}`;

/** The same five as separate statements, back to back (no transaction, no validation). */
const SEPARATE = (from: string, to: string) => Object.values(aggregates(from, to));

/** Rows as sorted canonical strings (every value as text), so two queries' answers compare exactly. */
const canonical = (rows: Record<string, unknown>[]) =>
  rows
    .map((r) =>
      Object.values(r)
        .map((v) => (v === null ? 'null' : String(v)))
        .join('|'),
    )
    .sort();

/**
 * A bound is only a bound if it computes the same numbers: each hand-written aggregate is compared
 * with the product's query for the same period. Throws on any difference.
 */
export async function checkBound(db: Database, period: { from: string; to: string }): Promise<true> {
  const a = aggregates(period.from, period.to);
  const run = async (q: SQL) => canonical(rowsOf(await db.execute(q)));
  const bucketKind = {
    incorporation: 'incorporation',
    attention: 'attention',
    federal_collaboration: 'federalCollaboration',
  };
  const product = {
    buckets: canonical(
      (await countCasesByBucket(db, period)).map((r) => {
        const followUp = r.bucket.endsWith('FollowUp');
        const kind = Object.entries(bucketKind).find(([, b]) => b === r.bucket.replace(/FollowUp$/, ''))![0];
        return { kind, status: followUp ? 'followUp' : 'new', profile: r.profile, identity: r.identity, n: r.n };
      }),
    ),
    byMonth: canonical((await countIncorporationsByMonth(db, period)) as unknown as Record<string, unknown>[]),
    byYear: canonical((await countIncorporationsByYear(db, period)) as unknown as Record<string, unknown>[]),
    measures: canonical((await countMeasures(db, period)) as unknown as Record<string, unknown>[]),
    requests: canonical((await countInformationRequests(db, period)) as unknown as Record<string, unknown>[]),
  };
  for (const [name, rows] of Object.entries(product)) {
    const bound = await run(a[name]!);
    if (JSON.stringify(bound) !== JSON.stringify(rows))
      throw new Error(`the bound's ${name} differs from the product's (${bound.length} against ${rows.length} rows)`);
  }
  return true;
}

export async function benchReport(
  db: Database,
  app: App,
  cookieHeaders: Record<string, string>,
  period: { from: string; to: string },
) {
  // Without JIT: on PostgreSQL, compiling these plans costs more than running them (see docs/performance.md).
  const noJit = (fn: (tx: Database) => Promise<unknown>) => () =>
    db.transaction(async (tx) => {
      await tx.execute(sql`set local jit = off`);
      await fn(tx);
    });
  const single = await medianMs(noJit((tx) => tx.execute(MINIMAL(period.from, period.to))));
  const separate = await medianMs(
    noJit(async (tx) => {
      for (const q of SEPARATE(period.from, period.to)) await tx.execute(q);
    }),
  );
  const boundChecked = await checkBound(db, period);
  // The lower bound is the faster of the two hand-written ways.
  const minimal = single.median <= separate.median ? single : separate;
  const service = await medianMs(() => buildBimonthlyReport(db, period));
  // The whole report (every section of every module, one repeatable-read transaction) as JSON, and
  // then its document model: the route's two halves, so the HTTP figure can be read apart.
  const whole = await medianMs(() => generateReport(db, period, registry.reportSections));
  const generated = await generateReport(db, period, registry.reportSections);
  const documentModel = await medianMs(async () => buildReportDocument(generated));
  const url = `/api/reports/bimonthly?from=${period.from}&to=${period.to}`;
  const check = await app.inject({ method: 'GET', url, headers: cookieHeaders });
  if (check.statusCode !== 200)
    throw new Error(`report route answered ${check.statusCode}: ${check.body.slice(0, 200)}`);
  const http = await medianMs(() => app.inject({ method: 'GET', url, headers: cookieHeaders }));
  return {
    period,
    minimalSqlMs: minimal.median,
    boundChecked,
    boundKind: 'set-based',
    singleStatementMs: single.median,
    separateStatementsMs: separate.median,
    serviceMs: service.median,
    wholeReportMs: whole.median,
    documentModelMs: documentModel.median,
    httpMs: http.median,
    serviceOverMinimal: ratio(service.median, minimal.median),
    httpOverMinimal: ratio(http.median, minimal.median),
    responseBytes: check.body.length,
  };
}
