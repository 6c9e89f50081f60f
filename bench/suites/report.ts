import { sql, type SQL } from 'drizzle-orm';
import type { App } from '../../src/server/platform/deps.js';
import type { Database } from '../../src/server/db/client.js';
import { buildBimonthlyReport } from '../../src/server/features/reports/report.service.js';
import { medianMs, ratio } from '../lib/measure.js';

/**
 * The lower bound: every aggregate the bimonthly report needs, hand-written as ONE SQL statement
 * (one round trip, no transaction, no contract validation, no document). The report's own costs
 * are measured against it: the service (JSON contract) and the HTTP route (report + document).
 */
export function aggregates(from: string, to: string): Record<string, SQL> {
  const f = sql`${from}::date`;
  const t = sql`${to}::date`;
  const yearStart = sql`${`${to.slice(0, 4)}-01-01`}::date`;
  return {
    buckets: sql`select kind, status, profile, identity, count(*) as n from (
       select c.kind, c.profile, c.identity,
         case when c.opened_on between ${f} and ${t} then 'new'
           when c.opened_on < ${f} and (c.closed_on is null or c.closed_on >= ${f}) and (
             exists (select 1 from case_follow_ups u where u.case_id = c.id and u."on" between ${f} and ${t})
             or exists (select 1 from measure_actions a join measures m on m.id = a.measure_id
                        where m.case_id = c.id and a."on" between ${f} and ${t})) then 'follow' end as status
       from cases c) s
     where status is not null group by 1, 2, 3, 4`,
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
  // The lower bound is the faster of the two hand-written ways.
  const minimal = single.median <= separate.median ? single : separate;
  const service = await medianMs(() => buildBimonthlyReport(db, period));
  const url = `/api/reports/bimonthly?from=${period.from}&to=${period.to}`;
  const check = await app.inject({ method: 'GET', url, headers: cookieHeaders });
  if (check.statusCode !== 200)
    throw new Error(`report route answered ${check.statusCode}: ${check.body.slice(0, 200)}`);
  const http = await medianMs(() => app.inject({ method: 'GET', url, headers: cookieHeaders }));
  return {
    period,
    minimalSqlMs: minimal.median,
    singleStatementMs: single.median,
    separateStatementsMs: separate.median,
    serviceMs: service.median,
    httpMs: http.median,
    serviceOverMinimal: ratio(service.median, minimal.median),
    httpOverMinimal: ratio(http.median, minimal.median),
    responseBytes: check.body.length,
  };
}
