// Arrays that other features register (manifest packageArrays) go through the same validation by
// JSON path, the same all-or-nothing idempotent import and the same canonical export.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.js';
import { rowsOf, type Database, type DatabaseHandle } from '../../db/client.js';
import type { PackageArray } from '../manifest.js';
import { exportPackageText } from './export.service.js';
import { importPackage } from './import.service.js';
import { packageText } from './package.format.js';
import { validatePackage } from './package.validate.js';

const Note = z.strictObject({
  id: z.string().min(1),
  text: z.string().min(1),
  on: z.string().nullable().default(null),
});
type Note = z.output<typeof Note>;

const notes: PackageArray<typeof Note> = {
  name: 'notes',
  order: 100,
  item: Note,
  idOf: (n) => n.id,
  async check(_db, items) {
    return items.flatMap((n, index) =>
      n.text === 'prohibido' ? [{ index, path: '.text', message: 'no permitido' }] : [],
    );
  },
  async import(tx, items) {
    let created = 0;
    let updated = 0;
    for (const n of items) {
      const [row] = rowsOf<{ text: string; on: string | null }>(
        await tx.execute(sql`select text, "on" from test_notes where id = ${n.id}`),
      );
      if (!row) created++;
      else if (row.text !== n.text || row.on !== n.on) updated++;
      else continue;
      await tx.execute(sql`insert into test_notes (id, text, "on") values (${n.id}, ${n.text}, ${n.on})
        on conflict (id) do update set text = excluded.text, "on" = excluded."on"`);
    }
    return { created, updated };
  },
  async export(tx: Database) {
    return rowsOf<Note>(await tx.execute(sql`select id, text, "on" from test_notes order by id`)).map((r) => ({
      id: r.id,
      text: r.text,
      on: r.on,
    }));
  },
};

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await handle.db.execute(sql`create table test_notes (id text primary key, text text not null, "on" text)`);
});
afterAll(async () => handle?.close());

const base = { format: 'salvaguarda/v1', cases: [], measures: [], informationRequests: [] };
const actor = { userId: null, username: 'prueba' };

describe('package arrays of other features', () => {
  it('refuses an array no feature registered', async () => {
    const r = await validatePackage({ ...base, notes: [] });
    expect(r.ok).toBe(false);
  });

  it('lists every problem of a registered array by JSON path', async () => {
    const pkg = { ...base, notes: [{ id: 'a', text: 'x' }, { id: 'b' }, { id: 'a', text: 'y', extra: 1 }] };
    const r = await validatePackage(pkg, undefined, { arrays: [notes] });
    expect(r.ok).toBe(false);
    const paths = r.ok ? [] : r.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['notes[1].text', 'notes[2].extra']));
    const twice = await validatePackage(
      {
        ...base,
        notes: [
          { id: 'a', text: 'x' },
          { id: 'a', text: 'y' },
        ],
      },
      undefined,
      {
        arrays: [notes],
      },
    );
    expect(twice.ok ? [] : twice.problems.map((p) => p.path)).toEqual(['notes[1].id']);
    const checked = await validatePackage({ ...base, notes: [{ id: 'c', text: 'prohibido' }] }, undefined, {
      arrays: [notes],
      db: handle.db,
    });
    expect(checked.ok ? [] : checked.problems).toEqual([
      {
        path: 'notes[0].text',
        message: 'no permitido',
        text: expect.stringMatching(/«notes».*n.º 1.*\(text\): no permitido\.$/),
      },
    ]);
  });

  it('imports idempotently, exports canonically and round-trips byte for byte', async () => {
    const pkg = {
      ...base,
      notes: [
        { id: 'n2', text: 'dos' },
        { id: 'n1', text: 'uno', on: '2024-01-02' },
      ],
    };
    const first = await importPackage(handle.db, pkg, { actor, arrays: [notes] });
    expect(first.ok && first.counts.extra).toEqual({ notes: { created: 2, updated: 0 } });
    const again = await importPackage(handle.db, pkg, { actor, arrays: [notes] });
    expect(again.ok && again.counts.extra).toEqual({ notes: { created: 0, updated: 0 } });
    const text = await exportPackageText(handle.db, [notes]);
    const parsed = JSON.parse(text);
    expect(parsed.notes).toEqual([
      { id: 'n1', text: 'uno', on: '2024-01-02' },
      { id: 'n2', text: 'dos', on: null },
    ]);
    const valid = await validatePackage(parsed, undefined, { arrays: [notes] });
    expect(valid.ok && packageText(valid.pkg, [notes])).toBe(text);
    const changed = await importPackage(
      handle.db,
      { ...base, notes: [{ id: 'n2', text: 'otra' }] },
      {
        actor,
        arrays: [notes],
      },
    );
    expect(changed.ok && changed.counts.extra).toEqual({ notes: { created: 0, updated: 1 } });
  });

  it('stores nothing of any array when one item is invalid', async () => {
    const r = await importPackage(
      handle.db,
      {
        ...base,
        notes: [
          { id: 'n9', text: 'nueva' },
          { id: 'n10', text: '' },
        ],
      },
      { actor, arrays: [notes] },
    );
    expect(r.ok).toBe(false);
    const [row] = rowsOf<{ n: number }>(
      await handle.db.execute(sql`select count(*)::int as n from test_notes where id = 'n9'`),
    );
    expect(Number(row!.n)).toBe(0);
  });
});
