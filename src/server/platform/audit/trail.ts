import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { asc, count, desc, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { AuditKeys } from '../crypto/keys.js';
import { entryHash, GENESIS, stableStringify, type HashedFields } from './audit.js';
import { auditLog } from './audit.schema.js';

/**
 * The keyed, anchored audit trail (docs/security.md, "Audit trail").
 *
 * - Requests insert entries unsealed, inside their own transaction, without any lock (audit.ts).
 * - The sealer takes committed unsealed entries in id order and gives each the next contiguous `seq`
 *   and `hash = HMAC(auditKey, seq, id, prevHash, fields)`. One advisory lock, held only by sealers
 *   (never by a request), keeps the chain linear across processes.
 * - After each sealed batch commits, the head (seq, hash) is appended, HMAC'd, to an anchor file
 *   outside the database. Deleting the newest entries or the whole table leaves the anchor ahead of
 *   the database, which `verifyAuditChain` reports.
 */
export interface TrailOptions {
  keys: AuditKeys;
  /** Append-only anchor file; undefined = no anchor (only in tests of the chain itself). */
  anchorFile?: string;
}

const SEAL_LOCK = 7_345_001;
const SEAL_BATCH = 500;
const ENTRY_DOMAIN = 'salvaguarda-audit-v2';
const ANCHOR_DOMAIN = 'salvaguarda-audit-anchor';
export const LEGACY_KEY_ID = 'legacy';

type Row = typeof auditLog.$inferSelect;

function fieldsOf(r: Row): HashedFields {
  return {
    at: r.at.toISOString(),
    actorUserId: r.actorUserId,
    actorUsername: r.actorUsername,
    action: r.action,
    entity: r.entity,
    entityId: r.entityId,
    ip: r.ip,
    details: r.details ?? null,
  };
}

export function sealedHash(key: Buffer, seq: number, id: number, prevHash: string, f: HashedFields): string {
  return crypto
    .createHmac('sha256', key)
    .update(`${ENTRY_DOMAIN}\n${seq}\n${id}\n${prevHash}\n`)
    .update(stableStringify(f))
    .digest('hex');
}

function currentKey(keys: AuditKeys): Buffer {
  const key = keys.keys.get(keys.currentKeyId);
  if (!key) throw new Error('No hay llave de la bitácora en el archivo de llaves.');
  return key;
}

// ---------------------------------------------------------------------------------------------- anchor

export interface AnchorLine {
  kind: 'head' | 'restore';
  seq: number;
  hash: string;
  keyId: string;
  at: string;
  mac: string;
}

function anchorMac(key: Buffer, l: Omit<AnchorLine, 'mac'>): string {
  return crypto
    .createHmac('sha256', key)
    .update(`${ANCHOR_DOMAIN}\n${l.kind}\n${l.seq}\n${l.hash}\n${l.keyId}\n${l.at}`)
    .digest('hex');
}

/** Appends one signed head line and syncs it to disk. */
export function appendAnchor(file: string, keys: AuditKeys, kind: AnchorLine['kind'], head: Head): void {
  const base = { kind, seq: head.seq, hash: head.hash, keyId: keys.currentKeyId, at: new Date().toISOString() };
  const line = JSON.stringify({ ...base, mac: anchorMac(currentKey(keys), base) });
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const fd = fs.openSync(file, 'a', 0o600);
  try {
    fs.writeSync(fd, `${line}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

type AnchorRead = { ok: true; lines: AnchorLine[] } | { ok: false; line: number };

/** Lines since the last restore (inclusive), each MAC checked; a torn last line (crash mid-write) is ignored. */
export function readAnchor(file: string, keys: AuditKeys): AnchorRead | null {
  if (!fs.existsSync(file)) return null;
  const text = fs.readFileSync(file, 'utf8');
  const complete = text.split('\n').slice(0, -1); // the last element is '' or a torn line
  let lines: AnchorLine[] = [];
  for (let i = 0; i < complete.length; i++) {
    let parsed: AnchorLine;
    try {
      parsed = JSON.parse(complete[i]!) as AnchorLine;
    } catch {
      return { ok: false, line: i + 1 };
    }
    const key = keys.keys.get(parsed.keyId);
    const { mac, ...rest } = parsed;
    if (
      !key ||
      typeof mac !== 'string' ||
      !Number.isSafeInteger(rest.seq) ||
      (rest.kind !== 'head' && rest.kind !== 'restore') ||
      mac.length !== 64 ||
      !crypto.timingSafeEqual(Buffer.from(mac), Buffer.from(anchorMac(key, rest)))
    ) {
      return { ok: false, line: i + 1 };
    }
    if (parsed.kind === 'restore') lines = [];
    lines.push(parsed);
  }
  return { ok: true, lines };
}

// ---------------------------------------------------------------------------------------------- sealer

export interface Head {
  seq: number;
  hash: string;
}

/**
 * Seals every committed unsealed entry (in batches), appending the new head to the anchor after
 * each committed batch. Safe to run from several processes at once (advisory lock).
 */
export async function sealAuditTrail(db: Database, opts: TrailOptions): Promise<{ sealed: number; head: Head | null }> {
  const key = currentKey(opts.keys);
  let sealed = 0;
  let head: Head | null = null;
  for (;;) {
    const batch = await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${SEAL_LOCK})`);
      const [last] = await tx
        .select({ seq: auditLog.seq, hash: auditLog.hash })
        .from(auditLog)
        .where(isNotNull(auditLog.seq))
        .orderBy(desc(auditLog.seq))
        .limit(1);
      const rows = await tx
        .select()
        .from(auditLog)
        .where(isNull(auditLog.seq))
        .orderBy(asc(auditLog.id))
        .limit(SEAL_BATCH);
      const lastHead = last ? { seq: last.seq!, hash: last.hash! } : null;
      if (rows.length === 0) return { n: 0, head: lastHead };
      let seq = lastHead?.seq ?? 0;
      let prev = lastHead?.hash ?? GENESIS;
      const values: ReturnType<typeof sql>[] = [];
      for (const r of rows) {
        seq++;
        let keyId = opts.keys.currentKeyId;
        let prevHash = prev;
        let hash: string;
        if (r.hash !== null && r.keyId === null) {
          // Written before the keyed trail: keeps its SHA-256 link; verify checks it with the old rule,
          // and the first keyed entry (and the anchor) seal the legacy head.
          keyId = LEGACY_KEY_ID;
          prevHash = r.prevHash ?? '';
          hash = r.hash;
        } else {
          hash = sealedHash(key, seq, r.id, prev, fieldsOf(r));
        }
        values.push(sql`(${r.id}::bigint, ${seq}::bigint, ${keyId}::text, ${prevHash}::text, ${hash}::text)`);
        prev = hash;
      }
      await tx.execute(sql`update audit_log as a
        set seq = v.seq, key_id = v.key_id, prev_hash = v.prev_hash, hash = v.hash
        from (values ${sql.join(values, sql`, `)}) as v(id, seq, key_id, prev_hash, hash)
        where a.id = v.id`);
      return { n: rows.length, head: { seq, hash: prev } };
    });
    head = batch.head;
    if (batch.n === 0) return { sealed, head };
    sealed += batch.n;
    if (opts.anchorFile && batch.head) appendAnchor(opts.anchorFile, opts.keys, 'head', batch.head);
    if (batch.n < SEAL_BATCH) return { sealed, head };
  }
}

/**
 * After a restore: seals what the restore wrote and starts the anchor again at the restored head
 * (a signed 'restore' line, so only the key holder can do it).
 */
export async function anchorRestore(db: Database, opts: Required<TrailOptions>): Promise<void> {
  const { head } = await sealAuditTrail(db, opts);
  appendAnchor(opts.anchorFile, opts.keys, 'restore', head ?? { seq: 0, hash: GENESIS });
}

// ---------------------------------------------------------------------------------------------- verify

export type ProblemReason =
  | 'hash_mismatch'
  | 'chain_broken'
  | 'sequence_gap'
  | 'unknown_key'
  | 'legacy_after_keyed'
  | 'anchor_mismatch'
  | 'truncated'
  | 'anchor_missing'
  | 'anchor_forged';

export interface VerifyResult {
  ok: boolean;
  /** Sealed entries checked. */
  checked: number;
  /** Committed entries not sealed yet (the sealer runs right after each request; the CLI seals first). */
  pending: number;
  /** Highest sequence number the anchor vouches for. */
  anchoredSeq: number | null;
  /** First problem: the entry (id and seq, when there is one) and why. */
  firstProblem?: { id: number | null; seq: number | null; reason: ProblemReason };
}

/**
 * Checks the sealed chain in seq order: contiguous numbers from 1, each link, each HMAC (or the
 * SHA-256 rule for the legacy prefix), each anchored head, and that the database reaches the anchor.
 */
export async function verifyAuditChain(
  db: Database,
  opts: TrailOptions & { batchSize?: number },
): Promise<VerifyResult> {
  const batchSize = opts.batchSize ?? 5000;
  const [{ n: pending } = { n: 0 }] = await db.select({ n: count() }).from(auditLog).where(isNull(auditLog.seq));
  let anchor: Map<number, string> | null = null;
  let anchoredSeq: number | null = null;
  if (opts.anchorFile) {
    const read = readAnchor(opts.anchorFile, opts.keys);
    if (read && !read.ok)
      return {
        ok: false,
        checked: 0,
        pending,
        anchoredSeq,
        firstProblem: { id: null, seq: null, reason: 'anchor_forged' },
      };
    if (read) {
      anchor = new Map(read.lines.map((l) => [l.seq, l.hash]));
      anchoredSeq = read.lines.length ? Math.max(...read.lines.map((l) => l.seq)) : null;
    }
  }
  const fail = (checked: number, id: number | null, seq: number | null, reason: ProblemReason): VerifyResult => ({
    ok: false,
    checked,
    pending,
    anchoredSeq,
    firstProblem: { id, seq, reason },
  });

  let prevHash = GENESIS;
  let lastSeq = 0;
  let checked = 0;
  let keyedSeen = false;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, lastSeq))
      .orderBy(asc(auditLog.seq))
      .limit(batchSize);
    if (rows.length === 0) break;
    for (const r of rows) {
      const seq = r.seq!;
      if (seq !== lastSeq + 1) return fail(checked, r.id, lastSeq + 1, 'sequence_gap');
      if (r.prevHash !== prevHash) return fail(checked, r.id, seq, 'chain_broken');
      let expected: string;
      if (r.keyId === LEGACY_KEY_ID) {
        if (keyedSeen) return fail(checked, r.id, seq, 'legacy_after_keyed');
        expected = entryHash(prevHash, fieldsOf(r));
      } else {
        const key = r.keyId ? opts.keys.keys.get(r.keyId) : undefined;
        if (!key) return fail(checked, r.id, seq, 'unknown_key');
        keyedSeen = true;
        expected = sealedHash(key, seq, r.id, prevHash, fieldsOf(r));
      }
      if (r.hash === null || r.hash.length !== expected.length) return fail(checked, r.id, seq, 'hash_mismatch');
      if (!crypto.timingSafeEqual(Buffer.from(r.hash), Buffer.from(expected)))
        return fail(checked, r.id, seq, 'hash_mismatch');
      const anchored = anchor?.get(seq);
      if (anchored !== undefined && anchored !== r.hash) return fail(checked, r.id, seq, 'anchor_mismatch');
      prevHash = r.hash;
      lastSeq = seq;
      checked++;
    }
  }
  if (anchoredSeq !== null && anchoredSeq > lastSeq) return fail(checked, null, lastSeq + 1, 'truncated');
  if (opts.anchorFile && anchoredSeq === null && checked > 0) return fail(checked, null, null, 'anchor_missing');
  return { ok: true, checked, pending, anchoredSeq };
}

/** Spanish one-liner for the CLI. */
export function describeProblem(p: NonNullable<VerifyResult['firstProblem']>): string {
  const where = p.id !== null ? `registro ${p.id} (secuencia ${p.seq})` : p.seq !== null ? `secuencia ${p.seq}` : '';
  const what: Record<ProblemReason, string> = {
    hash_mismatch: 'su contenido no coincide con su sello',
    chain_broken: 'no enlaza con el registro anterior',
    sequence_gap: 'falta el registro anterior (hueco en la secuencia)',
    unknown_key: 'está sellado con una llave que no está en el archivo de llaves',
    legacy_after_keyed: 'usa la regla anterior sin llave después de registros sellados',
    anchor_mismatch: 'no coincide con el ancla externa',
    truncated: 'faltan los registros más recientes que el ancla externa registró',
    anchor_missing: 'no existe el ancla externa de la bitácora',
    anchor_forged: 'el ancla externa fue alterada o no está firmada con la llave',
  };
  return [where, what[p.reason]].filter(Boolean).join(': ');
}
