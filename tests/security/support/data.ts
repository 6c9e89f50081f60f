import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../../../src/server/db/client.js';
import type { FieldCrypto } from '../../../src/server/platform/crypto/fields.js';
import { listTables, quoteIdent } from '../../../src/server/platform/ops/catalog.js';
import { presentEncryptedColumns } from '../../../src/server/platform/ops/key-usage.js';
import type { TestClient } from '../../support/context.js';
import { arbitraryFor, jsonSchemaOf } from './arbitraries.js';
import { fillUrl, paramNames, type ApiRoute } from './routes.js';

/**
 * Real ids, per table: first the ids of rows that hold personal data (and of the rows they belong
 * to, through their foreign keys), then the first `limit` primary-key values of every table.
 */
export async function realIds(db: Database, limit = 6): Promise<Map<string, string[]>> {
  const tables = await listTables(db);
  const out = new Map<string, string[]>();
  const add = (table: string, values: string[]) => out.set(table, [...new Set([...(out.get(table) ?? []), ...values])]);
  for (const c of await presentEncryptedColumns(db)) {
    const info = tables.find((t) => t.name === c.table);
    if (!info) continue;
    const keys = [
      ...(info.primaryKey.length === 1 ? [{ column: info.primaryKey[0]!, target: info.name }] : []),
      ...info.foreignKeys,
    ];
    for (const { column, target } of keys) {
      const rows = rowsOf<{ id: string }>(
        await db.execute(
          sql.raw(
            `select distinct ${quoteIdent(column)}::text as id from ${quoteIdent(c.table)} where ${quoteIdent(c.column)} is not null order by 1 limit 3`,
          ),
        ),
      );
      add(
        target,
        rows.map((r) => r.id),
      );
    }
  }
  for (const t of tables) {
    if (t.primaryKey.length !== 1) continue;
    const k = quoteIdent(t.primaryKey[0]!);
    const rows = rowsOf<{ id: string }>(
      await db.execute(sql.raw(`select ${k}::text as id from ${quoteIdent(t.name)} order by 1 limit ${limit}`)),
    );
    if (rows.length)
      add(
        t.name,
        rows.map((r) => r.id),
      );
  }
  return out;
}

/** Tables a path segment probably names (`/cases/:id` -> cases, `/follow-ups/:subId` -> case_follow_ups). */
export function tablesForSegment(segment: string, tables: string[]): string[] {
  const s = segment.replace(/-/g, '_');
  const singular = s.replace(/s$/, '');
  return tables.filter(
    (t) =>
      t === s || t.endsWith(`_${s}`) || t.startsWith(`${singular}_`) || t === singular || t.endsWith(`_${singular}`),
  );
}

/** Candidate values for each path parameter of a route: ids of the tables the path names, then any ids. */
export function candidatesFor(route: ApiRoute, ids: Map<string, string[]>, perParam = 6): Record<string, string[]> {
  const parts = route.url.split('/');
  const all = [...ids.values()].flat();
  const out: Record<string, string[]> = {};
  for (const name of paramNames(route.url)) {
    const at = parts.findIndex((p) => p === `:${name}` || p.startsWith(`:${name}(`));
    const named = at > 0 ? tablesForSegment(parts[at - 1]!, [...ids.keys()]).flatMap((t) => ids.get(t)!) : [];
    out[name] = [...new Set([...named.slice(0, perParam), ...all.filter((_, i) => i % 7 === 0).slice(0, 2)])];
  }
  return out;
}

/**
 * Fills the database through the product's own write routes, as a user allowed everything:
 * well-shaped bodies whose free text is a recognisable marker. Features that land later are
 * exercised without changing this file. Returns how many writes succeeded.
 */
export async function fillThroughApi(
  client: TestClient,
  routes: ApiRoute[],
  db: Database,
  rounds = 3,
): Promise<number> {
  let n = 0;
  let created = 0;
  const text = fc.integer({ min: 1, max: 1_000_000 }).map((i) => `Persona Marcada ${i} ${++n}`);
  // Account actions end the target's sessions (enable, disable, resets): on a real id that may be
  // the creator's own, they would sign the creator out in the middle of the fill.
  const posts = routes.filter(
    (r) => r.method === 'POST' && !/sign-|password|totp|reset|disable|enable|import/.test(r.url),
  );
  for (let round = 0; round < rounds; round++) {
    const ids = await realIds(db);
    for (const route of posts) {
      const cands = candidatesFor(route, ids, 3);
      if (Object.values(cands).some((c) => c.length === 0)) continue;
      const bodies = fc.sample(arbitraryFor(jsonSchemaOf(route.schema.body), text), {
        numRuns: 3,
        seed: round * 997 + route.url.length,
      });
      for (const body of bodies) {
        const url = fillUrl(route.url, (p) => cands[p]![(round + created) % cands[p]!.length]!);
        const res = await client.post(url, body as Record<string, unknown>);
        if (res.statusCode < 300) created++;
      }
    }
  }
  return created;
}

/**
 * The plaintext of every encrypted value in the database: by construction, the personal data.
 * JSON values are split into their strings; very short strings are left out (they match anything).
 */
/** Every decrypted personal string; `exceptTables` leaves out an area the attacker legitimately works in. */
export async function personalStrings(db: Database, crypto: FieldCrypto, exceptTables?: RegExp): Promise<Set<string>> {
  const out = new Set<string>();
  const add = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.trim().length >= 6) out.add(v);
    } else if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object') Object.values(v).forEach(add);
  };
  for (const c of await presentEncryptedColumns(db)) {
    if (exceptTables?.test(c.table)) continue;
    const rows = rowsOf<{ v: string }>(
      await db.execute(
        sql.raw(
          `select ${quoteIdent(c.column)} as v from ${quoteIdent(c.table)} where ${quoteIdent(c.column)} is not null`,
        ),
      ),
    );
    for (const { v } of rows) {
      let plain: string;
      try {
        plain = crypto.decrypt(v);
      } catch {
        continue; // written under another key ring (e.g. demo users): not ours to read
      }
      add(plain);
      try {
        add(JSON.parse(plain));
      } catch {
        /* not JSON */
      }
    }
  }
  return out;
}
