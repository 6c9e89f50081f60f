import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.js';
import { rowsOf, type DatabaseHandle } from '../../db/client.js';
import { exportPackageText } from './export.service.js';
import { importPackage } from './import.service.js';

const actor = { userId: null, username: 'prueba' };

function samplePackage() {
  return {
    format: 'salvaguarda/v1',
    cases: [
      {
        folio: 'MPI-2019-007',
        kind: 'incorporation',
        procedure: 'ordinary',
        profile: 'defender',
        identity: 'woman',
        openedOn: '2019-05-14',
        closedOn: null,
        followUps: ['2024-02-21', '2024-01-10'],
      },
      {
        folio: 'AT-2023-001',
        kind: 'attention',
        procedure: null,
        profile: 'journalist',
        identity: 'collective',
        openedOn: '2023-03-01',
        closedOn: '2023-12-31',
        followUps: [],
      },
    ],
    measures: [
      {
        id: 'M-000123',
        caseFolio: 'MPI-2019-007',
        type: 'protection',
        name: 'Rondines bitacorados (Código águila)',
        startedOn: '2023-11-02',
        endedOn: null,
        actions: [
          { on: '2024-01-03', count: 30 },
          { on: '2024-01-03', count: 2 },
          { on: '2023-12-01', count: 1 },
        ],
      },
      {
        id: 'M-000124',
        caseFolio: 'AT-2023-001',
        type: 'social',
        name: 'Atención psicológica',
        startedOn: null,
        endedOn: null,
        actions: [],
      },
    ],
    informationRequests: [
      { folio: '090171124000001', receivedOn: '2024-01-09', kind: 'public', admissible: true },
      { folio: '090171124000002', receivedOn: '2024-01-10', kind: 'arco', admissible: null },
    ],
  };
}

async function count(handle: DatabaseHandle, table: string): Promise<number> {
  const res = await handle.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
  return rowsOf<{ n: number }>(res)[0]!.n;
}

describe('importPackage / exportPackage', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => {
    await handle.close();
  });

  it('stores nothing and lists problems when the package is invalid', async () => {
    const bad = samplePackage();
    (bad.cases[1] as Record<string, unknown>).openedOn = '2023-02-29';
    bad.measures[0]!.caseFolio = 'NO-EXISTE';
    const r = await importPackage(handle.db, bad, { actor });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toEqual(['cases[1].openedOn', 'measures[0].caseFolio']);
    for (const t of ['cases', 'measures', 'measure_actions', 'information_requests', 'audit_log'])
      expect(await count(handle, t)).toBe(0);
  });

  it('a dry run reports what would change and stores nothing', async () => {
    const r = await importPackage(handle.db, samplePackage(), { actor, dryRun: true });
    expect(r).toMatchObject({ ok: true, dryRun: true, counts: { cases: { inserted: 2 }, actions: { inserted: 3 } } });
    expect(await count(handle, 'cases')).toBe(0);
  });

  it('imports, and importing the same package again changes nothing', async () => {
    const first = await importPackage(handle.db, samplePackage(), { actor });
    expect(first.ok && first.counts).toEqual({
      cases: { inserted: 2, updated: 0, unchanged: 0 },
      followUps: { replacedCases: 1, inserted: 2, deleted: 0 },
      measures: { inserted: 2, updated: 0, unchanged: 0 },
      actions: { replacedMeasures: 1, inserted: 3, deleted: 0 },
      informationRequests: { inserted: 2, updated: 0, unchanged: 0 },
    });
    const snapshot = async () =>
      rowsOf(
        await handle.db.execute(sql`
        select (select json_agg(c order by folio) from cases c) as c, (select json_agg(f order by id) from case_follow_ups f) as f,
               (select json_agg(m order by code) from measures m) as m, (select json_agg(a order by id) from measure_actions a) as a,
               (select json_agg(r order by folio) from information_requests r) as r`),
      );
    const before = await snapshot();
    const second = await importPackage(handle.db, samplePackage(), { actor });
    expect(second.ok && second.counts).toMatchObject({
      cases: { inserted: 0, updated: 0, unchanged: 2 },
      followUps: { replacedCases: 0, inserted: 0, deleted: 0 },
      measures: { unchanged: 2 },
      actions: { replacedMeasures: 0 },
      informationRequests: { unchanged: 2 },
    });
    expect(await snapshot()).toEqual(before);
    const audits = rowsOf<{ action: string; details: { cases: { inserted: number } } }>(
      await handle.db.execute(
        sql`select action, details from audit_log where entity = 'interchange_package' order by id`,
      ),
    );
    expect(audits.map((a) => a.details.cases.inserted)).toEqual([2, 0]);
  });

  it('a changed record in a re-import updates it; follow-up dates that stay keep their rows', async () => {
    await handle.db.execute(sql`update case_follow_ups set note = 'nota cifrada' where "on" = '2024-01-10'`);
    const pkg = samplePackage();
    pkg.cases[0]!.followUps = ['2024-01-10', '2024-02-28'];
    pkg.cases[1]!.closedOn = '2024-01-31';
    pkg.measures[0]!.actions = [{ on: '2024-01-03', count: 31 }];
    pkg.informationRequests[1]!.admissible = false as never;
    const r = await importPackage(handle.db, pkg, { actor });
    expect(r.ok && r.counts).toMatchObject({
      cases: { updated: 1, unchanged: 1 },
      followUps: { replacedCases: 1, inserted: 1, deleted: 1 },
      actions: { replacedMeasures: 1, inserted: 1, deleted: 3 },
      informationRequests: { updated: 1, unchanged: 1 },
    });
    const kept = rowsOf<{ on: string; note: string | null }>(
      await handle.db.execute(sql`select "on"::text as on, note from case_follow_ups order by "on"`),
    );
    expect(kept).toEqual([
      { on: '2024-01-10', note: 'nota cifrada' },
      { on: '2024-02-28', note: null },
    ]);
    const versions = rowsOf<{ folio: string; version: number }>(
      await handle.db.execute(sql`select folio, version from cases order by folio`),
    );
    expect(versions).toEqual([
      { folio: 'AT-2023-001', version: 2 },
      { folio: 'MPI-2019-007', version: 1 },
    ]);
  });

  it('accepts a measure whose case is only in the database', async () => {
    const r = await importPackage(
      handle.db,
      {
        format: 'salvaguarda/v1',
        measures: [
          {
            id: 'M-9',
            caseFolio: 'AT-2023-001',
            type: 'preventive',
            name: 'Monitoreo telefónico',
            actions: [{ on: '2024-02-01', count: 1 }],
          },
        ],
      },
      { actor },
    );
    expect(r.ok).toBe(true);
  });

  it('matches folios and ids with quotes, commas, braces and backslashes', async () => {
    const odd = ['X-"1",{2}', 'X-\\3 4', 'Ñ-ü'];
    const weird = {
      format: 'salvaguarda/v1',
      cases: odd.map((folio) => ({
        folio,
        kind: 'attention',
        profile: 'defender',
        identity: 'man',
        openedOn: '2022-01-01',
        followUps: ['2022-02-01'],
      })),
      measures: odd.map((id) => ({
        id,
        caseFolio: id,
        type: 'social',
        name: 'Atención psicológica',
        actions: [{ on: '2022-03-01', count: 1 }],
      })),
    };
    expect((await importPackage(handle.db, weird, { actor })).ok).toBe(true);
    const again = await importPackage(handle.db, weird, { actor });
    expect(again.ok && again.counts).toMatchObject({
      cases: { unchanged: 3 },
      followUps: { inserted: 0, deleted: 0 },
      measures: { unchanged: 3 },
      actions: { replacedMeasures: 0 },
    });
    const later = await importPackage(
      handle.db,
      { format: 'salvaguarda/v1', measures: [{ ...weird.measures[0], id: 'X-5', caseFolio: odd[0] }] },
      { actor },
    );
    expect(later.ok).toBe(true);
  });

  it('round trip: export -> import into an empty database -> export gives identical text', async () => {
    const exported = await exportPackageText(handle.db);
    const parsed = JSON.parse(exported);
    expect(parsed.cases.map((c: { folio: string }) => c.folio)).toEqual([
      'AT-2023-001',
      'MPI-2019-007',
      'X-"1",{2}',
      'X-\\3 4',
      'Ñ-ü',
    ]);
    expect(parsed.measures.find((m: { id: string }) => m.id === 'M-000123').actions).toEqual([
      { on: '2024-01-03', count: 31 },
    ]);
    expect(parsed.cases[1].followUps).toEqual(['2024-01-10', '2024-02-28']); // byte order: ASCII before Ñ
    const empty = await createTestDatabase();
    try {
      const r = await importPackage(empty.db, parsed, { actor });
      expect(r.ok).toBe(true);
      expect(await exportPackageText(empty.db)).toBe(exported);
    } finally {
      await empty.close();
    }
  });
});
