import crypto from 'node:crypto';
import { asc, desc, gt, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
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

const GENESIS = '0'.repeat(64);
// One advisory lock serialises writers so the chain stays linear under concurrency.
const CHAIN_LOCK = 7_345_001;

/** JSON with sorted keys: jsonb does not keep key order, the hash must not depend on it. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}

interface HashedFields {
  at: string;
  actorUserId: string | null;
  actorUsername: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
}

export function entryHash(prevHash: string, f: HashedFields): string {
  return crypto.createHash('sha256').update(prevHash).update('\n').update(stableStringify(f)).digest('hex');
}

/**
 * Appends an entry. Call it with the transaction that makes the change, so the change and its
 * audit entry commit or roll back together.
 */
export async function audit(db: Database, entry: AuditEntry): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
  const [last] = await db.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  const prevHash = last?.hash ?? GENESIS;
  const fields: HashedFields = {
    at: new Date().toISOString(),
    actorUserId: entry.actor?.userId ?? null,
    actorUsername: entry.actor?.username ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    ip: entry.ip ?? null,
    details: entry.details ?? null,
  };
  await db.insert(auditLog).values({ ...fields, at: new Date(fields.at), prevHash, hash: entryHash(prevHash, fields) });
}

/** Runs `audit` in its own transaction (for entries not tied to a change, e.g. reads or denials). */
export async function auditNow(db: Database, entry: AuditEntry): Promise<void> {
  await db.transaction((tx) => audit(tx, entry));
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  /** First broken entry: its id and why. */
  firstProblem?: { id: number; reason: 'hash_mismatch' | 'chain_broken' };
}

/** Recomputes every hash in order; an edited, inserted or deleted entry breaks the chain. */
export async function verifyAuditChain(db: Database, batchSize = 5000): Promise<VerifyResult> {
  let prevHash = GENESIS;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, lastId))
      .orderBy(asc(auditLog.id))
      .limit(batchSize);
    if (rows.length === 0) return { ok: true, checked };
    for (const r of rows) {
      if (r.prevHash !== prevHash) return { ok: false, checked, firstProblem: { id: r.id, reason: 'chain_broken' } };
      const expected = entryHash(prevHash, {
        at: r.at.toISOString(),
        actorUserId: r.actorUserId,
        actorUsername: r.actorUsername,
        action: r.action,
        entity: r.entity,
        entityId: r.entityId,
        ip: r.ip,
        details: r.details ?? null,
      });
      if (expected !== r.hash) return { ok: false, checked, firstProblem: { id: r.id, reason: 'hash_mismatch' } };
      prevHash = r.hash;
      lastId = r.id;
      checked++;
    }
  }
}
