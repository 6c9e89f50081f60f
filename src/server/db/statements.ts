import type { Database } from './client.js';

const built = new WeakMap<Database, Map<string, unknown>>();

/**
 * A Drizzle statement (with `sql.placeholder` values, `.prepare()`d) built once per database handle
 * and key. Building a Drizzle query costs more CPU than running a short indexed one, and the
 * statements every request runs (session, case list) have few shapes. The key must name everything
 * the statement's text depends on.
 */
export function statementFor<T>(db: Database, key: string, build: (db: Database) => T): T {
  let byKey = built.get(db);
  if (!byKey) built.set(db, (byKey = new Map()));
  let statement = byKey.get(key) as T | undefined;
  if (statement === undefined) byKey.set(key, (statement = build(db)));
  return statement;
}
