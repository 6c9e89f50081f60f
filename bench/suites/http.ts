import autocannon from 'autocannon';
import Fastify from 'fastify';
import { sql } from 'drizzle-orm';
import type { App } from '../../src/server/platform/deps.js';
import type { Database } from '../../src/server/db/client.js';
import { ratio, round } from '../lib/measure.js';

/**
 * Throughput of the real app against a bare Fastify route that runs one indexed query on the same
 * database: the difference is what the product's stack costs (session lookup, access guard,
 * zod, security headers, rate limit, scoping). Same process, same database, run one after another.
 */
async function load(url: string, headers: Record<string, string>, seconds: number) {
  const r = await autocannon({ url, headers, connections: 10, duration: seconds });
  return {
    reqPerSec: round(r.requests.average, 0),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    errors: r.errors + r.non2xx,
  };
}

export async function benchHttp(
  app: App,
  db: Database,
  headers: Record<string, string>,
  from: string,
  seconds: number,
) {
  const bare = Fastify({ logger: false });
  bare.get('/bare/cases', async () => {
    // The same page the app lists: 50 cases by opening date, through the cases_opened_idx index.
    const rows = await db.execute(
      sql`select id, folio, kind, opened_on from cases where opened_on >= ${from}::date order by opened_on limit 50`,
    );
    return { rows: Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows };
  });
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });
  const appUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const bareQuery = await load(`${bareUrl}/bare/cases`, {}, seconds);
    const appList = await load(`${appUrl}/api/cases?from=${from}&limit=50`, headers, seconds);
    const appHealth = await load(`${appUrl}/api/health`, {}, seconds);
    return {
      seconds,
      connections: 10,
      bareQuery,
      appList,
      appHealth,
      bareOverApp: ratio(bareQuery.reqPerSec, appList.reqPerSec),
    };
  } finally {
    await bare.close();
  }
}
