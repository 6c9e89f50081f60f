import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import { sql } from 'drizzle-orm';
import type { App } from '../../src/server/platform/deps.js';
import { rowsOf, type Database } from '../../src/server/db/client.js';
import { ratio, round } from '../lib/measure.js';

/**
 * Throughput of the real app against a bare Fastify route that runs one indexed query on the same
 * database: the difference is what the product's stack costs (session lookup, access guard,
 * zod, security headers, rate limit, scoping). Same process, same database, run one after another.
 * The load generator (autocannon) runs in its own process, as clients do: in the server's process
 * it took the server's event loop for itself (figures before 2026-12-03 were measured that way).
 */
const RUNS = 3;
const AUTOCANNON = fileURLToPath(new URL('../../node_modules/autocannon/autocannon.js', import.meta.url));

interface CannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  non2xx: number;
}

/** One autocannon run in a child process (its JSON summary on stdout). */
function cannon(url: string, headers: Record<string, string>, seconds: number, connections: number) {
  const args = [AUTOCANNON, '-j', '-c', String(connections), '-d', String(seconds)];
  for (const [k, v] of Object.entries(headers)) args.push('-H', `${k}=${v}`);
  args.push(url);
  return new Promise<CannonResult>((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 }, (err, stdout) => {
      if (err) return reject(err);
      resolve(JSON.parse(stdout.trim().split('\n').pop()!) as CannonResult);
    });
  });
}

/**
 * A one-second warm-up (JIT, prepared statements, pool), then RUNS runs of one target; the run with
 * the median throughput is reported (with all runs' figures).
 */
async function load(url: string, headers: Record<string, string>, seconds: number, connections: number) {
  await cannon(url, headers, 1, connections);
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await cannon(url, headers, seconds, connections);
    runs.push({
      reqPerSec: round(r.requests.average, 0),
      p50Ms: r.latency.p50,
      p99Ms: r.latency.p99,
      errors: r.errors + r.non2xx,
    });
  }
  const median = [...runs].sort((a, b) => a.reqPerSec - b.reqPerSec)[Math.floor(RUNS / 2)]!;
  return { ...median, runs };
}

/**
 * The bare routes the app is compared with: one indexed query (`/bare/cases`), and the list's bound
 * (`/bare/list-page`), the very page the app's list returns as one statement.
 */
export function bareApp(db: Database, from: string) {
  const bare = Fastify({ logger: false });
  bare.get('/bare/cases', async () => {
    // The same page the app lists: 50 cases by opening date, through the cases_opened_idx index.
    const rows = await db.execute(
      sql`select id, folio, kind, opened_on from cases where opened_on >= ${from}::date order by opened_on limit 50`,
    );
    return { rows: Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows };
  });
  // The list's bound: the very page the app's list returns (same filter, order, columns, flags)
  // as one SQL statement, without session, guard, zod or the capped count.
  bare.get('/bare/list-page', async () => {
    const rows = await db.execute(sql`select c.id, c.folio, c.kind, c.procedure, c.profile, c.identity,
        coalesce(cd.status, case when c.closed_on is not null then 'concluded' else 'follow_up' end) as status,
        c.opened_on, c.closed_on, cd.location, false as assigned_to_me,
        (c.procedure = 'extraordinary' and c.closed_on is null and not exists (
          select 1 from measures m left join measure_details md on md.measure_id = m.id
          where m.case_id = c.id and m.type = 'urgent_protection' and m.started_on is not null
            and coalesce(md.status, 'active') not in ('suspended', 'ended'))) as urgent_missing, c.version
      from (select c.id as page_id from cases c
            where c.closed_on is null or c.closed_on >= ${from}::date
            order by c.opened_on desc, c.folio desc limit 50) page
      join cases c on c.id = page.page_id left join case_details cd on cd.case_id = c.id
      order by c.opened_on desc, c.folio desc`);
    return { rows: Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows };
  });
  return bare;
}

export async function benchHttp(
  app: App,
  db: Database,
  headers: Record<string, string>,
  from: string,
  seconds: number,
  connections = 10,
) {
  const bare = bareApp(db, from);
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });
  const appUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  // The case page (an audited read: one audit entry per request): the newest case of the list.
  const [newest] = rowsOf<{ id: string }>(
    await db.execute(sql`select id from cases order by opened_on desc, folio desc limit 1`),
  );
  try {
    const bareQuery = await load(`${bareUrl}/bare/cases`, {}, seconds, connections);
    const listBound = await load(`${bareUrl}/bare/list-page`, {}, seconds, connections);
    const appList = await load(`${appUrl}/api/cases?from=${from}&limit=50`, headers, seconds, connections);
    const appCasePage = await load(`${appUrl}/api/cases/${newest!.id}`, headers, seconds, connections);
    const appHealth = await load(`${appUrl}/api/health`, {}, seconds, connections);
    return {
      seconds,
      connections,
      runs: RUNS,
      bareQuery,
      listBound,
      appList,
      appCasePage,
      appHealth,
      bareOverApp: ratio(bareQuery.reqPerSec, appList.reqPerSec),
      listBoundOverApp: ratio(listBound.reqPerSec, appList.reqPerSec),
    };
  } finally {
    await bare.close();
  }
}
