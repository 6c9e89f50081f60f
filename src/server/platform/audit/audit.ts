import crypto from 'node:crypto';
import type { Database } from '../../db/client.js';
import { writeSoon } from './audit-writer.js';
import { auditLog } from './audit.schema.js';

export interface AuditActor {
  userId: string | null;
  username: string | null;
}

export interface AuditEntry {
  actor: AuditActor | null;
  /** e.g. 'create', 'update', 'read_personal', 'sign_in', 'access_denied' */
  action: string;
  entity: string;
  entityId?: string | null;
  ip?: string | null;
  /** Never personal data: ids, field names, counts. */
  details?: Record<string, unknown> | null;
}

export const GENESIS = '0'.repeat(64);

/** JSON with sorted keys: jsonb does not keep key order, the hash must not depend on it. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}

export interface HashedFields {
  at: string;
  actorUserId: string | null;
  actorUsername: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
}

/** The rule of entries written before the keyed trail (key_id 'legacy'): SHA-256 with no secret. */
export function entryHash(prevHash: string, f: HashedFields): string {
  return crypto.createHash('sha256').update(prevHash).update('\n').update(stableStringify(f)).digest('hex');
}

let entriesWritten = 0;
/** Entries this process has written so far: the sealer runs after a response only when it grew. */
export const auditEntriesWritten = () => entriesWritten;

/** The row of an entry, stamped now. */
function rowOf(entry: AuditEntry) {
  return {
    at: new Date(),
    actorUserId: entry.actor?.userId ?? null,
    actorUsername: entry.actor?.username ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    ip: entry.ip ?? null,
    details: entry.details ?? null,
  };
}

/**
 * Appends an entry. Call it with the transaction that makes the change, so the change and its
 * audit entry commit or roll back together. No lock and no hash here: the entry is written unsealed
 * and the sealer (trail.ts) chains committed entries in one place, so concurrent audited requests
 * never wait for each other (issue 16).
 */
export async function audit(db: Database, entry: AuditEntry): Promise<void> {
  entriesWritten++;
  await db.insert(auditLog).values(rowOf(entry));
}

/**
 * An entry not tied to a change (reads, denials), committed before this resolves. Entries of
 * requests that arrive together share one insert (audit-writer.ts): at 1,600 audited reads/s one
 * insert and one commit each cost a fifth of the case page's throughput.
 */
export async function auditNow(db: Database, entry: AuditEntry): Promise<void> {
  entriesWritten++;
  await writeSoon(db, rowOf(entry));
}
