// auditNow's writer: entries that arrive together share one insert; each caller waits for its own.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.js';
import { rowsOf, type DatabaseHandle } from '../../db/client.js';
import { auditNow } from './audit.js';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());

const entriesOf = async (entity: string) =>
  rowsOf<{ entity_id: string; details: unknown }>(
    await handle.db.execute(sql`select entity_id, details from audit_log where entity = ${entity} order by id`),
  );

describe('audit writer (audit-writer.ts)', () => {
  it('writes thirty concurrent entries in fewer inserts, each committed when its call resolves', async () => {
    const insert = vi.spyOn(handle.db, 'insert');
    try {
      const calls = Array.from({ length: 30 }, (_, i) =>
        auditNow(handle.db, {
          actor: null,
          action: 'read_personal',
          entity: 'writer.batch',
          entityId: String(i),
          details: i % 2 ? { n: i } : null,
        }).then(() => entriesOf('writer.batch').then((rows) => rows.some((r) => r.entity_id === String(i)))),
      );
      // Every call found its own entry in the table when it resolved.
      expect(await Promise.all(calls)).toEqual(Array(30).fill(true));
      expect(insert.mock.calls.length).toBeLessThan(30);
      expect(insert.mock.calls.length).toBeGreaterThan(0);
    } finally {
      insert.mockRestore();
    }
    const rows = await entriesOf('writer.batch');
    expect(rows.map((r) => r.entity_id).sort((a, b) => Number(a) - Number(b))).toEqual(
      Array.from({ length: 30 }, (_, i) => String(i)),
    );
    // SQL null stays SQL null (not JSON null), objects stay objects.
    const nulls = rowsOf<{ n: number }>(
      await handle.db.execute(
        sql`select count(*)::int as n from audit_log where entity = 'writer.batch' and details is null`,
      ),
    );
    expect(nulls[0]!.n).toBe(15);
    expect(rows.find((r) => r.entity_id === '3')!.details).toEqual({ n: 3 });
  });

  it('fails only the call whose entry cannot be written; the others in its batch are recorded', async () => {
    const good = (id: string) =>
      auditNow(handle.db, { actor: null, action: 'read_personal', entity: 'writer.bad', entityId: id });
    const bad = auditNow(handle.db, {
      actor: { userId: 'not-a-uuid', username: 'x' },
      action: 'read_personal',
      entity: 'writer.bad',
      entityId: 'bad',
    });
    const results = await Promise.allSettled([good('a'), bad, good('b')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await entriesOf('writer.bad')).map((r) => r.entity_id).sort()).toEqual(['a', 'b']);
  });
});
