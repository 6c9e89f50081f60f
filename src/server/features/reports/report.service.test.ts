import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.js';
import type { DatabaseHandle } from '../../db/client.js';
import { caseFollowUps, cases, informationRequests, measureActions, measures } from '../../records/records.schema.js';
import { buildBimonthlyReport } from './report.service.js';

// Hand-made data around the edges of the report semantics (interchange.md), period Jan–Feb 2024.
let handle: DatabaseHandle;

async function addCase(folio: string, v: Partial<typeof cases.$inferInsert> & { openedOn: string }) {
  const [row] = await handle.db
    .insert(cases)
    .values({ folio, kind: 'attention', procedure: null, profile: 'defender', identity: 'woman', ...v })
    .returning({ id: cases.id });
  return row!.id;
}

async function addMeasure(
  caseId: string,
  code: string,
  type: 'preventive' | 'protection' | 'urgent_protection' | 'social',
  name: string,
  actions: Array<[string, number]>,
) {
  const [m] = await handle.db.insert(measures).values({ code, caseId, type, name }).returning({ id: measures.id });
  for (const [on, count] of actions) await handle.db.insert(measureActions).values({ measureId: m!.id, on, count });
}

beforeAll(async () => {
  handle = await createTestDatabase();
  // New in the period (first and last day included).
  await addCase('N-1', {
    kind: 'incorporation',
    procedure: 'ordinary',
    profile: 'journalist',
    identity: 'man',
    openedOn: '2024-01-01',
  });
  await addCase('N-2', { kind: 'attention', openedOn: '2024-02-29', identity: 'lgbttti' });
  // After the period: not counted anywhere (also not in Cuadro 4/5, which stop at `to`).
  await addCase('N-3', { kind: 'incorporation', procedure: 'extraordinary', openedOn: '2024-03-01' });
  // Follow-up by a follow-up date in the period.
  const f1 = await addCase('F-1', {
    kind: 'incorporation',
    procedure: 'extraordinary',
    identity: 'collective',
    openedOn: '2019-05-14',
  });
  await handle.db.insert(caseFollowUps).values({ caseId: f1, on: '2024-02-10' });
  // Follow-up by a measure action in the period; closed on `from` (not closed *before* from).
  const f2 = await addCase('F-2', {
    kind: 'federal_collaboration',
    profile: 'journalist',
    openedOn: '2022-03-01',
    closedOn: '2024-01-01',
  });
  await addMeasure(f2, 'M-1', 'protection', 'Rondines bitacorados (Código águila)', [
    ['2024-01-01', 30],
    ['2024-02-29', 20],
    ['2023-12-31', 99],
  ]);
  // Closed before the period: not in follow-up although it has a follow-up date in it.
  const x1 = await addCase('X-1', { kind: 'attention', openedOn: '2020-01-01', closedOn: '2023-12-31' });
  await handle.db.insert(caseFollowUps).values({ caseId: x1, on: '2024-01-15' });
  // Open but without activity in the period: not in follow-up; its measure does not count.
  const x2 = await addCase('X-2', {
    kind: 'incorporation',
    procedure: 'ordinary',
    openedOn: '2021-06-01',
    identity: 'man',
  });
  await addMeasure(x2, 'M-2', 'preventive', 'Monitoreo telefónico', [['2024-03-01', 5]]);
  await handle.db.insert(caseFollowUps).values({ caseId: x2, on: '2023-12-31' });
  // Two measures with the same (type, name) from different cases make one row.
  await addMeasure(f1, 'M-3', 'preventive', 'Monitoreo telefónico', [
    ['2024-01-05', 2],
    ['2024-01-06', 1],
  ]);
  await addMeasure(f1, 'M-4', 'social', 'Atención psicológica', [['2024-02-01', 4]]);
  await addMeasure(x1, 'M-5', 'preventive', 'Monitoreo telefónico', [['2024-02-02', 1]]);
  // Information requests: undecided, admissible, inadmissible, ARCO, outside the period.
  await handle.db.insert(informationRequests).values([
    { folio: 'R-1', receivedOn: '2024-01-09', kind: 'public', admissible: true },
    { folio: 'R-2', receivedOn: '2024-01-31', kind: 'public', admissible: false },
    { folio: 'R-3', receivedOn: '2024-02-29', kind: 'arco', admissible: null },
    { folio: 'R-4', receivedOn: '2024-03-01', kind: 'public', admissible: true },
  ]);
});

afterAll(async () => {
  await handle?.close();
});

describe('buildBimonthlyReport', () => {
  it('classifies cases as new and in follow-up per the contract semantics', async () => {
    const r = await buildBimonthlyReport(handle.db, { from: '2024-01-01', to: '2024-02-29' });
    const rows = r.casesByType.rows;
    expect(rows.incorporation.journalist.man).toBe(1);
    expect(rows.incorporation.total).toBe(1);
    expect(rows.attention.defender.lgbttti).toBe(1);
    expect(rows.attention.total).toBe(1);
    expect(rows.incorporationFollowUp.defender.collective).toBe(1);
    expect(rows.incorporationFollowUp.total).toBe(1); // X-2 has no activity in the period
    expect(rows.federalCollaborationFollowUp.journalist.woman).toBe(1);
    expect(rows.attentionFollowUp.total).toBe(0); // X-1 was closed before `from`
    expect(r.casesByType.total.total).toBe(4);
  });

  it('counts incorporations by month of the year of `to` and by year up to `to`', async () => {
    const r = await buildBimonthlyReport(handle.db, { from: '2024-01-01', to: '2024-02-29' });
    expect(r.incorporationsByMonth.year).toBe(2024);
    expect(r.incorporationsByMonth.byProcedure.ordinary[0]).toBe(1);
    expect(r.incorporationsByMonth.byProcedure.extraordinary[2]).toBe(0); // N-3 is after `to`
    expect(r.incorporationsByMonth.total).toBe(1);
    expect(r.incorporationsByYear.rows.map((y) => [y.year, y.total])).toEqual([
      [2019, 1],
      [2020, 0],
      [2021, 1],
      [2022, 0],
      [2023, 0],
      [2024, 1],
    ]);
  });

  it('counts measures with actions in the period and sums only those actions', async () => {
    const r = await buildBimonthlyReport(handle.db, { from: '2024-01-01', to: '2024-02-29' });
    expect(r.measures.rows).toEqual([
      // M-3 and M-5 (M-2 has no action in the period); M-5's case being closed does not matter.
      { type: 'preventive', name: 'Monitoreo telefónico', measures: 2, actions: 4 },
      { type: 'protection', name: 'Rondines bitacorados (Código águila)', measures: 1, actions: 50 },
      { type: 'social', name: 'Atención psicológica', measures: 1, actions: 4 },
    ]);
    expect(r.measures.total).toEqual({ measures: 4, actions: 58 });
  });

  it('counts information requests by month; undecided in neither decision', async () => {
    const r = await buildBimonthlyReport(handle.db, { from: '2024-01-01', to: '2024-02-29' });
    expect(r.informationRequests.rows).toEqual([
      { month: '2024-01', received: 2, public: 2, arco: 0, admissible: 1, inadmissible: 1 },
      { month: '2024-02', received: 1, public: 0, arco: 1, admissible: 0, inadmissible: 0 },
    ]);
  });

  it('a later period sees the March data and the earlier cases differently', async () => {
    const r = await buildBimonthlyReport(handle.db, { from: '2024-03-01', to: '2024-03-31' });
    expect(r.casesByType.rows.incorporation.total).toBe(1); // N-3
    expect(r.casesByType.rows.incorporationFollowUp.total).toBe(1); // X-2 via its March action
    expect(r.measures.total).toEqual({ measures: 1, actions: 5 });
    expect(r.informationRequests.total.received).toBe(1);
    expect(r.incorporationsByMonth.byProcedure.extraordinary[2]).toBe(1);
  });

  it('refuses an invalid period', async () => {
    await expect(buildBimonthlyReport(handle.db, { from: '2024-03-01', to: '2024-02-01' })).rejects.toThrow();
    await expect(buildBimonthlyReport(handle.db, { from: '2024-02-30', to: '2024-03-01' })).rejects.toThrow();
  });
});
