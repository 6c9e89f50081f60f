// MPI-PAT-2023 computed from records, quarter by quarter, against hand-worked expectations
// (a fake registry stands in for the bodies, prevention and monitoring modules built elsewhere).
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { caseFollowUps, cases, informationRequests } from '../../records/records.schema.js';
import { casesFeature } from '../cases/cases.feature.js';
import { buildRegistry, type FeatureManifest, type IndicatorSource } from '../manifest.js';
import { transparencyFeature } from '../transparency/transparency.feature.js';
import { planningFeature } from './planning.feature.js';
import { computeIndicators } from './planning.service.js';
import { planningDemoSeeder } from './planning.seeder.js';
import type { SharedFeature } from '../../../common/feature.js';

type Rec = { on: string } & Record<string, unknown>;
/** A source over an in-memory list: counts the records in the period that match every param. */
function fakeSource(id: string, records: Rec[]): IndicatorSource {
  return {
    id,
    label: id,
    description: id,
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    async measure(_db, { from, to }, params) {
      return records.filter(
        (r) =>
          r.on >= from && r.on <= to && Object.entries(params as Record<string, unknown>).every(([k, v]) => r[k] === v),
      ).length;
    },
  };
}
const sessions: Rec[] = [
  { on: '2023-02-01', body: 'junta_gobierno', type: 'extraordinary' },
  { on: '2023-03-10', body: 'junta_gobierno', type: 'ordinary' },
  { on: '2023-06-15', body: 'junta_gobierno', type: 'ordinary' },
  { on: '2023-01-20', body: 'cem', type: 'ordinary' },
  { on: '2023-02-20', body: 'cem', type: 'extraordinary' },
  { on: '2023-09-01', body: 'mesa_multisectorial', type: 'ordinary' },
  { on: '2023-03-30', body: 'comite_transparencia', type: 'ordinary' },
  { on: '2023-04-30', body: 'comite_transparencia', type: 'extraordinary' },
];
const trainings: Rec[] = [
  { on: '2023-05-05', thematicLine: 1 },
  { on: '2023-05-06', thematicLine: 3 },
];
const findings: Rec[] = ['2022-01-15', '2022-02-15', '2023-01-10', '2023-03-03', '2023-03-04'].map((on) => ({ on }));
const fakeShared = { name: 'fake', policies: {}, errors: {} } as unknown as SharedFeature;
const fakeModules: FeatureManifest = {
  name: 'fake',
  shared: fakeShared,
  indicatorSources: [
    fakeSource('bodies.sessions', sessions),
    fakeSource('prevention.workshops', [{ on: '2023-02-02' }, { on: '2023-11-02' }]),
    fakeSource('prevention.trainings', trainings),
    fakeSource('prevention.agreementActions', [{ on: '2023-08-08' }]),
    fakeSource('prevention.internationalActivities', []),
    fakeSource('monitoring.findings', findings),
    // monitoring.protests is left out on purpose: its indicator must be null, not a crash.
  ],
};
const registry = buildRegistry([casesFeature, transparencyFeature, planningFeature, fakeModules]);

let ctx: TestContext;
let planning: TestClient;
const Q = (n: 1 | 2 | 3 | 4) => ({
  from: ['2023-01-01', '2023-04-01', '2023-07-01', '2023-10-01'][n - 1]!,
  to: ['2023-03-31', '2023-06-30', '2023-09-30', '2023-12-31'][n - 1]!,
});

beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.deps.db;
  let n = 0;
  const aCase = (kind: 'attention' | 'incorporation' | 'federal_collaboration', openedOn: string, extra = {}) => ({
    folio: `T-${++n}`,
    kind,
    procedure: null,
    profile: 'defender' as const,
    identity: 'woman' as const,
    openedOn,
    ...extra,
  });
  await db.insert(cases).values([
    // attention: Q4 2022 = 2; 2023: Q1 = 3, Q2 = 1, Q3 = 0, Q4 = 2
    ...[
      '2022-11-15',
      '2022-12-01',
      '2023-01-10',
      '2023-02-20',
      '2023-03-31',
      '2023-04-01',
      '2023-10-05',
      '2023-12-31',
    ].map((d) => aCase('attention', d)),
    // incorporations: ordinary Q1 = 1, Q2 = 2; extraordinary Q3 = 1
    ...['2023-02-01', '2023-05-05', '2023-06-30'].map((d) => aCase('incorporation', d, { procedure: 'ordinary' })),
    aCase('incorporation', '2023-08-08', { procedure: 'extraordinary' }),
  ]);
  const [f1, f2, f3] = await db
    .insert(cases)
    .values([
      aCase('federal_collaboration', '2022-06-01'),
      aCase('federal_collaboration', '2023-05-01'),
      aCase('federal_collaboration', '2021-01-01', { closedOn: '2022-12-31' }),
    ])
    .returning({ id: cases.id });
  // F1 in follow-up in Q1 and Q3; F2 new in Q2, follow-up in Q3 and Q4; F3 closed before 2023: never.
  await db.insert(caseFollowUps).values([
    { caseId: f1!.id, on: '2023-02-10' },
    { caseId: f1!.id, on: '2023-07-01' },
    { caseId: f2!.id, on: '2023-09-09' },
    { caseId: f2!.id, on: '2023-11-11' },
    { caseId: f3!.id, on: '2023-01-05' },
  ]);
  // requests: Q4 2022 = 2; 2023: Q1 = 4, Q2 = 2, Q3 = 2, Q4 = 0
  const received = ['2022-10-10', '2022-12-12', '2023-01-02', '2023-02-02', '2023-03-03', '2023-03-31'];
  received.push('2023-04-04', '2023-06-06', '2023-07-07', '2023-09-30');
  await db
    .insert(informationRequests)
    .values(received.map((d, i) => ({ folio: `0901711230000${i}`, receivedOn: d, kind: 'public' as const })));
  planning = await ctx.signInAs(['planning']);
}, 60_000);
afterAll(async () => ctx?.close());

async function quarter(n: 1 | 2 | 3 | 4) {
  const figures = await computeIndicators(ctx.deps.db, registry, 'MPI-PAT-2023', Q(n));
  return Object.fromEntries(figures.map((f) => [f.code, f]));
}
const pick = (f: { achieved: number | null; programmed: number | null; percent: number | null }) => [
  f.achieved,
  f.programmed,
  f.percent,
];

describe('MPI-PAT-2023 indicators by quarter of 2023', () => {
  it('type A sessions (ordinary only for 1.1.1, both types for 1.1.2) against the goal spread 25 % a quarter', async () => {
    const q = await Promise.all([1, 2, 3, 4].map((n) => quarter(n as 1 | 2 | 3 | 4)));
    // 1.1.1: goal 4 → 1 a quarter; ordinary Junta sessions 1, 1, 0, 0 (the extraordinary one of February is not counted).
    expect(q.map((x) => pick(x['1.1.1']!))).toEqual([
      [1, 1, 100],
      [1, 1, 100],
      [0, 1, 0],
      [0, 1, 0],
    ]);
    // 1.1.2: goal 6 → 1.5 a quarter; CEM sessions of both types 2, 0, 0, 0.
    expect(q.map((x) => pick(x['1.1.2']!))).toEqual([
      [2, 1.5, 133.33],
      [0, 1.5, 0],
      [0, 1.5, 0],
      [0, 1.5, 0],
    ]);
    // 1.1.3: goal 1 → 0.25; the Mesa met in Q3.
    expect(pick(q[2]!['1.1.3']!)).toEqual([1, 0.25, 400]);
    // 5.4: ordinary committee sessions only: 1 in Q1, the extraordinary of April not counted.
    expect(q.map((x) => x['5.4']!.achieved)).toEqual([1, 0, 0, 0]);
    // 3.1 (line 1, goal 3 → 0.75) and 3.3 (line 3, goal 4 → 1): one training each in Q2.
    expect(pick(q[1]!['3.1']!)).toEqual([1, 0.75, 133.33]);
    expect(pick(q[1]!['3.3']!)).toEqual([1, 1, 100]);
    expect(q[1]!['3.2']!.achieved).toBe(0);
    // 1.3: workshops 1 in Q1 and 1 in Q4, goal 10 → 2.5 a quarter.
    expect(q.map((x) => pick(x['1.3']!))).toEqual([
      [1, 2.5, 40],
      [0, 2.5, 0],
      [0, 2.5, 0],
      [1, 2.5, 40],
    ]);
    // Traffic lights follow the percent (thresholds 90 / 70, ascending).
    expect(q.map((x) => x['1.1.1']!.light)).toEqual(['green', 'green', 'red', 'red']);
    expect(q[0]!['1.3']!.light).toBe('red');
  });

  it('type B against the previous period: 1.2.1 new attention cases and 5.2 requests received', async () => {
    const q = await Promise.all([1, 2, 3, 4].map((n) => quarter(n as 1 | 2 | 3 | 4)));
    // attention 3 vs Q4 2022 = 2 → 150; 1 vs 3 → 33.33; 0 vs 1 → 0; 2 vs 0 → not computable.
    expect(q.map((x) => [x['1.2.1']!.achieved, x['1.2.1']!.previous, x['1.2.1']!.percent])).toEqual([
      [3, 2, 150],
      [1, 3, 33.33],
      [0, 1, 0],
      [2, 0, null],
    ]);
    expect(q.map((x) => x['1.2.1']!.programmed)).toEqual([null, null, null, null]);
    // requests 4 vs 2 → 200; 2 vs 4 → 50; 2 vs 2 → 100; 0 vs 2 → 0.
    expect(q.map((x) => [x['5.2']!.achieved, x['5.2']!.percent])).toEqual([
      [4, 200],
      [2, 50],
      [2, 100],
      [0, 0],
    ]);
    // 1.4 compares with the same quarter of the previous year: 3 findings vs 2 → 150.
    expect([q[0]!['1.4']!.achieved, q[0]!['1.4']!.previous, q[0]!['1.4']!.percent]).toEqual([3, 2, 150]);
  });

  it('cases by procedure, federal collaboration new or in follow-up (type C: a count, no percent)', async () => {
    const q = await Promise.all([1, 2, 3, 4].map((n) => quarter(n as 1 | 2 | 3 | 4)));
    expect(q.map((x) => x['1.2.2 a)']!.achieved)).toEqual([1, 2, 0, 0]);
    expect(q.map((x) => x['1.2.2 b)']!.achieved)).toEqual([0, 0, 1, 0]);
    expect(q.map((x) => pick(x['1.2.3']!))).toEqual([
      [1, null, null],
      [1, null, null],
      [2, null, null],
      [1, null, null],
    ]);
  });

  it('a source no installed module registers gives null and says so', async () => {
    const q1 = await quarter(1);
    expect(q1['1.5.1']).toMatchObject({ achieved: null, percent: null, sourceStatus: 'source_missing' });
    expect(q1['1.1.1']!.sourceStatus).toBe('computed');
  });

  it('an indicator typed by hand (1.1.4) with evidence and a target, through the API', async () => {
    const plan = (await planning.get('/api/planning/plans/MPI-PAT-2023')).json() as {
      indicators: Array<{ id: string; code: string }>;
    };
    const id = plan.indicators.find((i) => i.code === '1.1.4')!.id;
    const noEvidence = await planning.put(`/api/planning/indicators/${id}/values/2023-Q2`, {
      value: 1,
      evidence: null,
      note: null,
    });
    expect(noEvidence.statusCode).toBe(400);
    expect(noEvidence.json().error.code).toBe('planning_evidence_required');
    const put = await planning.put(`/api/planning/indicators/${id}/values/2023-Q2`, {
      value: 1,
      evidence: 'Gaceta Oficial, 15 de junio de 2023',
      note: 'Publicados en tiempo',
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ value: 1, version: 1 });
    // Before a target is typed the goal 1 is spread 0.25 a quarter.
    expect(pick((await quarter(2))['1.1.4']!)).toEqual([1, 0.25, 400]);
    for (const [p, v] of [
      ['2023-Q1', 0],
      ['2023-Q2', 1],
      ['2023-Q3', 0],
      ['2023-Q4', 0],
    ] as const)
      expect((await planning.put(`/api/planning/indicators/${id}/targets/${p}`, { programmed: v })).statusCode).toBe(
        200,
      );
    const [q1, q2] = [await quarter(1), await quarter(2)];
    expect(pick(q1['1.1.4']!)).toEqual([null, 0, null]);
    expect(pick(q2['1.1.4']!)).toEqual([1, 1, 100]);
    expect(q2['1.1.4']!.sourceStatus).toBe('typed');
    // Stale version → 409; a computed indicator refuses a typed value.
    const stale = await planning.put(`/api/planning/indicators/${id}/values/2023-Q2`, {
      value: 2,
      evidence: 'x',
      note: null,
    });
    expect(stale.statusCode).toBe(409);
    const bound = plan.indicators.find((i) => i.code === '1.2.1')!.id;
    const refused = await planning.put(`/api/planning/indicators/${bound}/values/2023-Q1`, {
      value: 9,
      evidence: 'x',
      note: null,
    });
    expect(refused.json().error.code).toBe('planning_value_bound_to_source');
    const badPeriod = await planning.put(`/api/planning/indicators/${id}/values/2022-Q4`, {
      value: 1,
      evidence: 'x',
      note: null,
    });
    expect(badPeriod.json().error.code).toBe('planning_period_invalid');
  });

  it('the year: cumulative figures, and the annual type-E sheet 6 (not applicable)', async () => {
    const year = Object.fromEntries(
      (await computeIndicators(ctx.deps.db, registry, 'MPI-PAT-2023', { from: '2023-01-01', to: '2023-12-31' })).map(
        (f) => [f.code, f],
      ),
    );
    expect(pick(year['1.1.1']!)).toEqual([2, 4, 50]);
    expect(pick(year['1.1.2']!)).toEqual([2, 6, 33.33]);
    expect(pick(year['6']!)).toEqual([null, null, null]);
    expect(year['6']!.sourceStatus).toBe('not_applicable');
    expect(pick((await quarter(1))['6']!)).toEqual([null, null, null]);
  });
});

describe('plan indicators through the API (the product registry)', () => {
  it('returns exactly the contract shape, one entry per sheet in the plan order', async () => {
    const res = await planning.get('/api/planning/plans/MPI-PAT-2023/indicators?from=2023-01-01&to=2023-03-31');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body)).toEqual(['plan', 'period', 'indicators']);
    expect(body.plan).toBe('MPI-PAT-2023');
    expect(body.period).toEqual({ from: '2023-01-01', to: '2023-03-31' });
    expect(body.indicators).toHaveLength(25);
    expect(Object.keys(body.indicators[0])).toEqual(['code', 'achieved', 'programmed', 'percent']);
    const byCode = Object.fromEntries((body.indicators as Array<{ code: string }>).map((i) => [i.code, i]));
    // cases and transparency are in the product; bodies is not in this branch: null, never a crash.
    expect(byCode['1.2.1']).toEqual({ code: '1.2.1', achieved: 3, programmed: null, percent: 150 });
    expect(byCode['5.2']).toEqual({ code: '5.2', achieved: 4, programmed: null, percent: 200 });
    expect(byCode['1.1.1']).toMatchObject({ programmed: 1 });
  });

  it('the board reads, but cannot write; unknown plans are 404', async () => {
    const board = await ctx.signInAs(['board']);
    expect((await board.get('/api/planning/plans')).statusCode).toBe(200);
    const plan = (await board.get('/api/planning/plans/MPI-PAT-2023')).json() as { indicators: Array<{ id: string }> };
    const res = await board.put(`/api/planning/indicators/${plan.indicators[0]!.id}/targets/2023-Q1`, {
      programmed: 1,
    });
    expect(res.statusCode).toBe(403);
    expect((await board.get('/api/planning/plans/NO-EXISTE/indicators?from=2023-01-01&to=2023-03-31')).statusCode).toBe(
      404,
    );
    const cdemp = await ctx.signInAs(['cdemp']);
    expect((await cdemp.get('/api/planning/plans')).statusCode).toBe(403);
  });

  it('the dashboard gives each quarter and the cumulative figure with its light', async () => {
    const res = await planning.get('/api/planning/plans/MPI-PAT-2023/progress?asOf=2023-07-15');
    expect(res.statusCode).toBe(200);
    const body = res.json() as {
      indicators: Array<{
        code: string;
        periods: Array<{ closed: boolean; achieved: number | null }>;
        cumulative: object;
      }>;
    };
    const i121 = body.indicators.find((i) => i.code === '1.2.1')!;
    expect(i121.periods.map((p) => p.achieved)).toEqual([3, 1, 0, 2]);
    expect(i121.periods.map((p) => p.closed)).toEqual([true, true, false, false]);
    const i114 = body.indicators.find((i) => i.code === '1.1.4')!;
    // Cumulative to the end of Q2: typed 1 against targets 0 + 1.
    expect(i114.cumulative).toMatchObject({
      to: '2023-06-30',
      achieved: 1,
      programmed: 1,
      percent: 100,
      light: 'green',
    });
    expect(i114.periods[1]).toMatchObject({ typedValue: 1, evidence: 'Gaceta Oficial, 15 de junio de 2023' });
  });
});

describe('demo data', () => {
  it('types the 2023 values no module holds, with evidence, and leaves values already typed alone', async () => {
    await planningDemoSeeder.seed(ctx.deps);
    await planningDemoSeeder.seed(ctx.deps); // idempotent
    const q1 = await quarter(1);
    expect(q1['5.1']).toMatchObject({ achieved: 3, sourceStatus: 'typed' });
    expect(q1['5.3']).toMatchObject({ achieved: 1, programmed: 1, percent: 100 });
    // 1.1.4 Q2 was typed by the test above: the seeder does not overwrite it.
    expect((await quarter(2))['1.1.4']!.achieved).toBe(1);
    const year = await computeIndicators(ctx.deps.db, registry, 'MPI-PAT-2023', {
      from: '2023-01-01',
      to: '2023-12-31',
    });
    expect(year.find((f) => f.code === '6')!.achieved).toBe(1);
  });
});
