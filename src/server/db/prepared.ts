import type { Sql } from 'postgres';

/**
 * Statements with more parameters than this are bulk writes (multi-row inserts of an import, the
 * audit sealer's batch update) whose text changes with every batch size: preparing them would only
 * fill each connection's statement cache. Everything a request runs has far fewer.
 */
export const PREPARE_MAX_PARAMS = 100;

type Unsafe = Sql['unsafe'];

/**
 * A postgres.js client whose `unsafe()` (what Drizzle calls for every query) uses named prepared
 * statements: each distinct statement is parsed and planned once per connection instead of on
 * every request. postgres.js leaves `unsafe()` unprepared by default because it cannot know the
 * text is static; Drizzle's texts are (values always travel as parameters). Statements without
 * parameters keep the simple protocol (several statements in one text, e.g. migrations). The
 * connections of `begin()` and `savepoint()` are wrapped the same way, so transactions prepare too.
 */
export function withPreparedStatements<T extends object>(client: T): T {
  return new Proxy(client, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (prop === 'unsafe') {
        const unsafe = value as Unsafe;
        return ((query: string, args?: unknown[], options?: Record<string, unknown>) => {
          const params = args ?? [];
          const prepare = params.length > 0 && params.length <= PREPARE_MAX_PARAMS;
          return unsafe(query, params as never[], { prepare, ...options });
        }) as Unsafe;
      }
      if (prop === 'begin' || prop === 'savepoint') {
        const open = value as (...a: unknown[]) => Promise<unknown>;
        return (...a: unknown[]) => {
          const last = a.length - 1;
          const fn = a[last];
          if (typeof fn !== 'function') return open(...a);
          const wrapped = (inner: T) => (fn as (s: T) => unknown)(withPreparedStatements(inner));
          return open(...a.slice(0, last), wrapped);
        };
      }
      return value;
    },
  });
}
