import type { Database } from '../../db/client.js';

/**
 * How long a looked-up session is reused without asking the database again. Every request looks
 * its session up; at 50 concurrent requests that round trip was a fifth of the case list's cost.
 * Changes made in this process (sign-out, role change, disabling, password change, reset) forget
 * every cached session at once; a change made by another process (the command line) takes effect
 * within this time.
 */
export const SESSION_CACHE_MS = 2_000;
/** More sessions than any installation has at once; past it the cache starts over. */
const MAX_ENTRIES = 10_000;

interface Entry {
  row: unknown;
  at: number;
  generation: number;
}

const byDatabase = new WeakMap<Database, Map<string, Entry>>();
/** Bumped by every change: entries of an older generation are never used. */
let generation = 0;

export const recentSessions = {
  /** The generation a lookup began in; pass it to `put`. */
  get generation() {
    return generation;
  },
  get<Row>(db: Database, id: string): Row | undefined {
    const entry = byDatabase.get(db)?.get(id);
    if (!entry || entry.generation !== generation || performance.now() - entry.at > SESSION_CACHE_MS) return undefined;
    return entry.row as Row;
  },
  /** Keeps a row read by a lookup that began in `startedIn`, unless a change came in between. */
  put(db: Database, id: string, row: unknown, startedIn: number): void {
    if (startedIn !== generation) return;
    let sessions = byDatabase.get(db);
    if (!sessions || sessions.size >= MAX_ENTRIES) byDatabase.set(db, (sessions = new Map()));
    sessions.set(id, { row, at: performance.now(), generation });
  },
};

/** Call after any committed change to sessions or to the users they belong to. */
export function forgetSessions(): void {
  generation++;
}
