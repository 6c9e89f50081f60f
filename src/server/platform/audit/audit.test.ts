import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.js';
import type { DatabaseHandle } from '../../db/client.js';
import { audit, auditNow, stableStringify, verifyAuditChain } from './audit.js';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());

const actor = { userId: null, username: 'prueba' };

describe('audit trail hash chain', () => {
  it('hashes independently of key order (jsonb reorders keys)', () => {
    expect(stableStringify({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      stableStringify({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
  });

  it('verifies an untouched trail, including entries written by concurrent transactions', async () => {
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
    const result = await verifyAuditChain(handle.db, 5);
    expect(result).toEqual({ ok: true, checked: 13 });
  });

  it('an entry written inside a rolled-back transaction leaves no trace and the chain stays valid', async () => {
    await expect(
      handle.db.transaction(async (tx) => {
        await audit(tx, { actor, action: 'update', entity: 'case', entityId: 'rollback' });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect((await verifyAuditChain(handle.db)).ok).toBe(true);
  });

  it('detects an edited entry', async () => {
    await handle.db.execute(sql`update audit_log set details = '{"n": 99}'::jsonb where entity_id = '5'`);
    const result = await verifyAuditChain(handle.db);
    expect(result.ok).toBe(false);
    expect(result.firstProblem?.reason).toBe('hash_mismatch');
  });

  it('detects a deleted entry', async () => {
    const fresh = await createTestDatabase();
    try {
      for (let i = 0; i < 4; i++)
        await auditNow(fresh.db, { actor, action: 'read_personal', entity: 'case', entityId: String(i) });
      expect((await verifyAuditChain(fresh.db)).ok).toBe(true);
      await fresh.db.execute(sql`delete from audit_log where entity_id = '1'`);
      const result = await verifyAuditChain(fresh.db);
      expect(result).toMatchObject({ ok: false, firstProblem: { reason: 'chain_broken' } });
    } finally {
      await fresh.close();
    }
  });
});
