import type { LightMyRequestResponse } from 'fastify';
import type { App } from '../../../src/server/platform/deps.js';
import type { Database } from '../../../src/server/db/client.js';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../../src/server/db/client.js';
import { rowCounts } from '../../../src/server/platform/ops/catalog.js';
import type { TestClient } from '../../support/context.js';
import type { ApiRoute } from './routes.js';

/** Tables a rejected request may legitimately write: the audit trail records denials on purpose. */
const MAY_CHANGE_ON_REJECTION = new Set(['audit_log', 'sessions']);

/** Signs of an internal error leaking out: stack frames, source paths, driver messages. */
const LEAK =
  /\n\s+at |node_modules|\.tsx?:\d+|\/src\/server\/|\bat Object\.|PostgresError|PGlite|duplicate key|violates .* constraint|syntax error at/;

export interface Finding {
  route: string;
  input: string;
  problem: string;
}

export interface Probe {
  method: ApiRoute['method'];
  url: string;
  /** object/array/primitive: sent as JSON; string: sent raw as the JSON body text. */
  payload?: unknown;
  raw?: string;
  headers?: Record<string, string>;
}

/**
 * Sends one hostile request and checks the three invariants: never a 5xx, never an internal detail
 * in the body, and after a 4xx every table holds the same number of rows as before.
 */
export async function probe(
  app: App,
  db: Database,
  client: TestClient,
  p: Probe,
  known?: Counted,
): Promise<{ res: LightMyRequestResponse; problems: string[]; counts: Counted }> {
  // The caller passes what it got after the previous probe: counted again only if something was written.
  const before = await counted(db, known);
  const headers: Record<string, string> = { cookie: client.cookie, 'x-csrf-token': client.csrfToken, ...p.headers };
  let payload: string | undefined;
  if (p.raw !== undefined) payload = p.raw;
  else if (p.payload !== undefined) payload = JSON.stringify(p.payload);
  if (payload !== undefined) headers['content-type'] ??= 'application/json';
  const res = await app.inject({
    method: p.method,
    url: p.url,
    headers,
    ...(payload === undefined ? {} : { payload }),
  });
  const problems: string[] = [];
  if (res.statusCode >= 500) problems.push(`status ${res.statusCode}`);
  if (LEAK.test(res.body)) problems.push(`internal detail in body: ${res.body.slice(0, 200)}`);
  const after = await counted(db, before);
  if (res.statusCode >= 400 && res.statusCode < 500) {
    for (const [table, n] of Object.entries(after.counts)) {
      if (!MAY_CHANGE_ON_REJECTION.has(table) && n !== before.counts[table])
        problems.push(`${table}: ${before.counts[table]} -> ${n} rows after a ${res.statusCode}`);
    }
  }
  return { res, problems, counts: after };
}

/** Row counts of every table, and the database's next transaction id when they were taken. */
export interface Counted {
  counts: Record<string, number>;
  mark: string;
}

/**
 * Every row written needs a transaction id: while the next id to be assigned stays the same, no
 * table can have changed and the counts taken before still hold (one small query instead of a
 * count of every table per request). On a shared server other databases move it too: then we count.
 */
async function nextTransactionId(db: Database): Promise<string> {
  const [row] = rowsOf<{ x: string }>(await db.execute(sql`select pg_snapshot_xmax(pg_current_snapshot())::text as x`));
  return row!.x;
}

async function counted(db: Database, previous?: Counted): Promise<Counted> {
  const mark = await nextTransactionId(db);
  if (previous && previous.mark === mark) return previous;
  // The mark is taken before counting: a write during the count moves it, and the next call counts again.
  return { counts: await rowCounts(db), mark };
}

export const describeInput = (p: Probe) => JSON.stringify({ url: p.url, body: p.raw ?? p.payload }).slice(0, 300);
