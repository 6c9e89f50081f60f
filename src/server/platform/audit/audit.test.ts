import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.js';
import { rowsOf, type DatabaseHandle } from '../../db/client.js';
import { addAuditKey, keyRingFromFile, newKeyFile } from '../crypto/keys.js';
import { audit, auditNow, entryHash, GENESIS, stableStringify } from './audit.js';
import { sealAuditTrail, verifyAuditChain, type TrailOptions } from './trail.js';

const actor = { userId: null, username: 'prueba' };
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-audit-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function trailFor(): TrailOptions & { anchorFile: string } {
  return {
    keys: keyRingFromFile(newKeyFile()).audit,
    anchorFile: path.join(tmp, `anchor-${crypto.randomBytes(4).toString('hex')}.jsonl`),
  };
}

/** A fresh database with `n` sealed entries and its own key and anchor. */
async function trailWith(n: number) {
  const handle = await createTestDatabase();
  const trail = trailFor();
  for (let i = 0; i < n; i++) {
    await auditNow(handle.db, { actor, action: 'read_personal', entity: 'case', entityId: String(i) });
    // Several seal runs, as in the server (one after each response): several anchor lines.
    if (i % 2 === 1) await sealAuditTrail(handle.db, trail);
  }
  await sealAuditTrail(handle.db, trail);
  return { handle, trail, verify: () => verifyAuditChain(handle.db, trail) };
}

describe('audit trail: keyed chain', () => {
  let handle: DatabaseHandle;
  const trail = trailFor();
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => handle?.close());

  it('hashes independently of key order (jsonb reorders keys)', () => {
    expect(stableStringify({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      stableStringify({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
  });

  it('seals entries written by concurrent transactions into one contiguous sequence', async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        auditNow(handle.db, {
          actor,
          action: 'update',
          entity: 'case',
          entityId: String(i),
          details: { n: i, z: 'á', a: [i] },
        }),
      ),
    );
    await handle.db.transaction((tx) => audit(tx, { actor, action: 'create', entity: 'case', entityId: 'x' }));
    const pending = await verifyAuditChain(handle.db, trail);
    expect(pending).toMatchObject({ ok: true, checked: 0, pending: 13 });
    expect(await sealAuditTrail(handle.db, trail)).toMatchObject({ sealed: 13, head: { seq: 13 } });
    expect(await verifyAuditChain(handle.db, { ...trail, batchSize: 5 })).toMatchObject({
      ok: true,
      checked: 13,
      pending: 0,
      anchoredSeq: 13,
    });
    const seqs = rowsOf<{ seq: string }>(await handle.db.execute(sql`select seq from audit_log order by seq`));
    expect(seqs.map((r) => Number(r.seq))).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
  });

  it('an entry written inside a rolled-back transaction leaves no trace and the chain stays valid', async () => {
    await expect(
      handle.db.transaction(async (tx) => {
        await audit(tx, { actor, action: 'update', entity: 'case', entityId: 'rollback' });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    await auditNow(handle.db, { actor, action: 'update', entity: 'case', entityId: 'after' });
    await sealAuditTrail(handle.db, trail);
    // The rolled-back insert used an id (a gap in ids), but the sequence has no gap.
    expect(await verifyAuditChain(handle.db, trail)).toMatchObject({ ok: true, checked: 14 });
  });

  it('cannot be verified without the key, and a wrong key fails', async () => {
    const other = keyRingFromFile(newKeyFile()).audit;
    const elsewhere = { currentKeyId: 'a9', keys: new Map([['a9', crypto.randomBytes(32)]]) };
    const result = await verifyAuditChain(handle.db, { keys: elsewhere });
    expect(result).toMatchObject({ ok: false, firstProblem: { reason: 'unknown_key' } });
    const sameIdWrongKey = { currentKeyId: trail.keys.currentKeyId, keys: other.keys };
    expect((await verifyAuditChain(handle.db, { keys: sameIdWrongKey })).firstProblem?.reason).toBe('hash_mismatch');
  });
});

describe('audit trail: attacks with write access to the database (each must fail verification)', () => {
  it('an edited entry', async () => {
    const t = await trailWith(6);
    try {
      expect((await t.verify()).ok).toBe(true);
      await t.handle.db.execute(sql`update audit_log set details = '{"n": 99}'::jsonb where entity_id = '3'`);
      expect((await t.verify()).firstProblem).toMatchObject({ reason: 'hash_mismatch', seq: 4 });
    } finally {
      await t.handle.close();
    }
  });

  it('a changed actor with every later hash recomputed by the old (unkeyed) rule', async () => {
    const t = await trailWith(6);
    try {
      await t.handle.db.execute(sql`update audit_log set actor_username = 'otra persona' where seq = 2`);
      // The attacker recomputes the chain from seq 2 on, as the SHA-256 chain allowed.
      const rows = rowsOf<Record<string, unknown>>(
        await t.handle.db.execute(sql`select * from audit_log where seq >= 2 order by seq`),
      );
      let prev = rowsOf<{ hash: string }>(await t.handle.db.execute(sql`select hash from audit_log where seq = 1`))[0]!
        .hash;
      for (const r of rows) {
        const hash = entryHash(prev, {
          at: new Date(r.at as string).toISOString(),
          actorUserId: null,
          actorUsername: r.actor_username as string,
          action: r.action as string,
          entity: r.entity as string,
          entityId: r.entity_id as string,
          ip: null,
          details: null,
        });
        await t.handle.db.execute(sql`update audit_log set prev_hash = ${prev}, hash = ${hash} where id = ${r.id}`);
        prev = hash;
      }
      expect((await t.verify()).firstProblem).toMatchObject({ reason: 'hash_mismatch', seq: 2 });
    } finally {
      await t.handle.close();
    }
  });

  it('an entry deleted in the middle', async () => {
    const t = await trailWith(6);
    try {
      await t.handle.db.execute(sql`delete from audit_log where seq = 3`);
      expect((await t.verify()).firstProblem).toMatchObject({ reason: 'sequence_gap', seq: 3 });
      // Renumbering the later entries to hide the gap breaks their seals.
      await t.handle.db.execute(sql`update audit_log set seq = seq - 1 where seq > 3`);
      expect((await t.verify()).ok).toBe(false);
    } finally {
      await t.handle.close();
    }
  });

  it('the newest entries deleted (the database alone looks consistent; the anchor is ahead)', async () => {
    const t = await trailWith(6);
    try {
      await t.handle.db.execute(sql`delete from audit_log where seq >= 5`);
      expect(await t.verify()).toMatchObject({ ok: false, checked: 4, firstProblem: { reason: 'truncated', seq: 5 } });
    } finally {
      await t.handle.close();
    }
  });

  it('DELETE FROM audit_log', async () => {
    const t = await trailWith(3);
    try {
      await t.handle.db.execute(sql`delete from audit_log`);
      expect(await t.verify()).toMatchObject({ ok: false, checked: 0, firstProblem: { reason: 'truncated', seq: 1 } });
    } finally {
      await t.handle.close();
    }
  });

  it('an anchor line forged, or the anchor file deleted', async () => {
    const t = await trailWith(3);
    try {
      const lines = fs.readFileSync(t.trail.anchorFile, 'utf8');
      fs.writeFileSync(t.trail.anchorFile, lines.replace(/"seq":3/, '"seq":2'));
      expect((await t.verify()).firstProblem?.reason).toBe('anchor_forged');
      fs.rmSync(t.trail.anchorFile);
      expect((await t.verify()).firstProblem?.reason).toBe('anchor_missing');
    } finally {
      await t.handle.close();
    }
  });

  it('a torn last anchor line (crash while appending) is ignored', async () => {
    const t = await trailWith(3);
    try {
      fs.appendFileSync(t.trail.anchorFile, '{"kind":"head","seq":9');
      expect(await t.verify()).toMatchObject({ ok: true, checked: 3, anchoredSeq: 3 });
    } finally {
      await t.handle.close();
    }
  });
});

describe('audit trail: migration and key rotation', () => {
  it('entries of the unkeyed SHA-256 chain are verified by their rule, then sealed by the keyed ones', async () => {
    const handle = await createTestDatabase();
    const trail = trailFor();
    try {
      // Two entries as the previous version wrote them: hash chain, no seq, no key id.
      let prev = GENESIS;
      for (const id of ['a', 'b']) {
        const at = new Date('2025-01-02T03:04:05.678Z');
        const fields = {
          at: at.toISOString(),
          actorUserId: null,
          actorUsername: 'antes',
          action: 'update',
          entity: 'case',
          entityId: id,
          ip: null,
          details: { n: 1 },
        };
        const hash = entryHash(prev, fields);
        await handle.db
          .execute(sql`insert into audit_log (at, actor_username, action, entity, entity_id, details, prev_hash, hash)
          values (${at.toISOString()}, 'antes', 'update', 'case', ${id}, '{"n":1}'::jsonb, ${prev}, ${hash})`);
        prev = hash;
      }
      await auditNow(handle.db, { actor, action: 'update', entity: 'case', entityId: 'c' });
      await sealAuditTrail(handle.db, trail);
      expect(await verifyAuditChain(handle.db, trail)).toMatchObject({ ok: true, checked: 3 });
      const keyIds = rowsOf<{ key_id: string }>(
        await handle.db.execute(sql`select key_id from audit_log order by seq`),
      );
      expect(keyIds.map((r) => r.key_id)).toEqual(['legacy', 'legacy', trail.keys.currentKeyId]);

      // Rewriting a legacy entry and its unkeyed successor no longer goes unnoticed.
      await handle.db.execute(sql`update audit_log set actor_username = 'otra' where entity_id = 'b'`);
      const first = rowsOf<{ hash: string }>(
        await handle.db.execute(sql`select hash from audit_log where seq = 1`),
      )[0]!;
      const rehash = entryHash(first.hash, {
        at: '2025-01-02T03:04:05.678Z',
        actorUserId: null,
        actorUsername: 'otra',
        action: 'update',
        entity: 'case',
        entityId: 'b',
        ip: null,
        details: { n: 1 },
      });
      await handle.db.execute(sql`update audit_log set hash = ${rehash} where entity_id = 'b'`);
      expect((await verifyAuditChain(handle.db, trail)).ok).toBe(false);
    } finally {
      await handle.close();
    }
  });

  it('a rotated audit key seals new entries; old ones stay verifiable with the old key', async () => {
    const handle = await createTestDatabase();
    const file = newKeyFile();
    const anchorFile = path.join(tmp, 'rotation.jsonl');
    try {
      const before = { keys: keyRingFromFile(file).audit, anchorFile };
      await auditNow(handle.db, { actor, action: 'update', entity: 'case', entityId: '1' });
      await sealAuditTrail(handle.db, before);
      const after = { keys: keyRingFromFile(addAuditKey(file)).audit, anchorFile };
      expect(after.keys.currentKeyId).toBe('a2');
      await auditNow(handle.db, { actor, action: 'update', entity: 'case', entityId: '2' });
      await sealAuditTrail(handle.db, after);
      expect(await verifyAuditChain(handle.db, after)).toMatchObject({ ok: true, checked: 2 });
      const ids = rowsOf<{ key_id: string }>(await handle.db.execute(sql`select key_id from audit_log order by seq`));
      expect(ids.map((r) => r.key_id)).toEqual(['a1', 'a2']);
      // Without the old key the old entries cannot be vouched for.
      const onlyNew = { currentKeyId: 'a2', keys: new Map([['a2', after.keys.keys.get('a2')!]]) };
      expect((await verifyAuditChain(handle.db, { keys: onlyNew })).firstProblem?.reason).toBe('unknown_key');
    } finally {
      await handle.close();
    }
  });
});

describe('audit trail: concurrent audited reads (issue 16)', () => {
  it('two concurrent audited transactions do not wait for each other; both are recorded and the chain verifies', async () => {
    const handle = await createTestDatabase();
    const trail = trailFor();
    try {
      if (handle.engine === 'postgres') {
        // The first transaction writes its entry and stays open; the second must commit meanwhile
        // (the previous design held one advisory lock until commit, so it waited).
        let release!: () => void;
        const held = new Promise<void>((r) => (release = r));
        let firstWrote!: () => void;
        const wrote = new Promise<void>((r) => (firstWrote = r));
        const first = handle.db.transaction(async (tx) => {
          await audit(tx, { actor, action: 'read_personal', entity: 'case', entityId: 'first' });
          firstWrote();
          await held;
        });
        await wrote;
        const second = auditNow(handle.db, { actor, action: 'read_personal', entity: 'case', entityId: 'second' });
        const outcome = await Promise.race([
          second.then(() => 'committed'),
          new Promise((r) => setTimeout(() => r('blocked'), 3000)),
        ]);
        expect(outcome).toBe('committed');
        // The sealer does not wait for the open transaction either: it seals what is committed.
        expect((await sealAuditTrail(handle.db, trail)).sealed).toBe(1);
        release();
        await first;
      } else {
        // PGlite has one connection: transactions run one after another; both must still be recorded.
        await Promise.all(
          ['first', 'second'].map((id) =>
            auditNow(handle.db, { actor, action: 'read_personal', entity: 'case', entityId: id }),
          ),
        );
      }
      await sealAuditTrail(handle.db, trail);
      const rows = rowsOf<{ entity_id: string }>(
        await handle.db.execute(sql`select entity_id from audit_log order by seq`),
      );
      expect(rows.map((r) => r.entity_id).sort()).toEqual(['first', 'second']);
      expect(await verifyAuditChain(handle.db, trail)).toMatchObject({ ok: true, checked: 2, pending: 0 });
    } finally {
      await handle.close();
    }
  });
});
