// A plan copied to a new year: structure, sheets and goals come along; typed values, targets and
// the approval session do not; the copy is audited. And the `can` flags the plan page reads.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { auditLog } from '../../platform/audit/audit.schema.js';
import { copiedPlanId } from './plan-copy.service.js';
import { planningDemoSeeder } from './planning.seeder.js';

interface PlanOut {
  id: string;
  title: string;
  year: number;
  can: { edit: boolean; copy: boolean; report: boolean };
  approval: { body: string | null; sessionId: string | null };
  nodes: Array<{ code: string; parent: string | null; level: string; title: string }>;
  indicators: Array<{
    id: string;
    code: string;
    name: string;
    goalText: string | null;
    goalValue: number | null;
    sourceId: string | null;
  }>;
  schedule: Array<{ row: number; cells: Record<string, unknown>; nodes: string[] }>;
}
interface ProgressOut {
  indicators: Array<{
    code: string;
    periods: Array<{ typedValue: number | null; target: number | null; evidence: string | null }>;
  }>;
}

let ctx: TestContext;
let planning: TestClient;
beforeAll(async () => {
  ctx = await createTestContext();
  await planningDemoSeeder.seed({ db: ctx.deps.db } as never);
  planning = await ctx.signInAs(['planning']);
}, 60_000);
afterAll(async () => ctx?.close());

const strip = (p: PlanOut) => ({
  nodes: p.nodes,
  indicators: p.indicators.map(({ id: _id, ...rest }) => rest),
  schedule: p.schedule,
});

describe('copying a plan to a new year', () => {
  it('names the copy after the year', () => {
    expect(copiedPlanId('MPI-PAT-2023', 2023, 2024)).toBe('MPI-PAT-2024');
    expect(copiedPlanId('PLAN-X', 2023, 2024)).toBe('PLAN-X-2024');
  });

  it('copies tree, sheets, goals and cronograma; not the typed values, targets or approval; audited', async () => {
    const src = (await planning.get('/api/planning/plans/MPI-PAT-2023')).json() as PlanOut;
    const sheet114 = src.indicators.find((i) => i.code === '1.1.4')!;
    expect(
      (await planning.put(`/api/planning/indicators/${sheet114.id}/targets/2023-Q2`, { programmed: 1 })).statusCode,
    ).toBe(200);
    const res = await planning.post('/api/planning/plans/MPI-PAT-2023/copy', { year: 2024 });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ id: 'MPI-PAT-2024', year: 2024 });
    const copy = (await planning.get('/api/planning/plans/MPI-PAT-2024')).json() as PlanOut;
    expect(copy).toMatchObject({ title: 'Plan Anual de Trabajo 2024', year: 2024 });
    expect(copy.approval).toEqual({ body: src.approval.body, sessionId: null, agendaItem: null });
    expect(strip(copy)).toEqual(strip(src));
    expect(copy.indicators).toHaveLength(25);
    expect(copy.indicators.find((i) => i.code === '1.1.1')).toMatchObject({
      goalValue: 4,
      sourceId: 'bodies.sessions',
    });
    // Different rows: editing the copy leaves the source alone.
    expect(copy.indicators.map((i) => i.id).some((id) => src.indicators.some((s) => s.id === id))).toBe(false);

    const progress = (p: string, asOf: string) =>
      planning.get(`/api/planning/plans/${p}/progress?asOf=${asOf}`).then((r) => r.json() as ProgressOut);
    const before = await progress('MPI-PAT-2023', '2023-12-31');
    const typedBefore = before.indicators.flatMap((i) => i.periods).filter((p) => p.typedValue !== null);
    expect(typedBefore.length).toBeGreaterThan(10);
    expect(before.indicators.flatMap((i) => i.periods).some((p) => p.target !== null)).toBe(true);
    const after = await progress('MPI-PAT-2024', '2024-12-31');
    const periods = after.indicators.flatMap((i) => i.periods);
    expect(periods.length).toBeGreaterThan(0);
    expect(periods.filter((p) => p.typedValue !== null || p.evidence !== null || p.target !== null)).toEqual([]);

    const [entry] = await ctx.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'planning_plan'), eq(auditLog.entityId, 'MPI-PAT-2024')));
    expect(entry).toMatchObject({ action: 'create', actorUserId: planning.user.id });
    expect(entry!.details).toMatchObject({ copiedFrom: 'MPI-PAT-2023', year: 2024, indicators: 25 });
  });

  it('refuses an id already taken, a bad year or id, and readers without planning.write', async () => {
    const again = await planning.post('/api/planning/plans/MPI-PAT-2023/copy', { year: 2024 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('planning_plan_exists');
    expect((await planning.post('/api/planning/plans/MPI-PAT-2023/copy', { year: 1900 })).statusCode).toBe(400);
    expect(
      (await planning.post('/api/planning/plans/MPI-PAT-2023/copy', { year: 2025, id: 'bad id' })).statusCode,
    ).toBe(400);
    const named = await planning.post('/api/planning/plans/MPI-PAT-2020/copy', { year: 2021, id: 'MPI-PAT-2021-B' });
    expect(named.json()).toEqual({ id: 'MPI-PAT-2021-B', year: 2021 });
    expect((await planning.post('/api/planning/plans/NO-EXISTE/copy', { year: 2025 })).statusCode).toBe(404);
    const board = await ctx.signInAs(['board']);
    expect((await board.post('/api/planning/plans/MPI-PAT-2023/copy', { year: 2026 })).statusCode).toBe(403);
  });

  it('tells the page what the reader may do, from the policy catalogue', async () => {
    const can = async (c: TestClient) => ((await c.get('/api/planning/plans/MPI-PAT-2023')).json() as PlanOut).can;
    expect(await can(planning)).toEqual({ edit: true, copy: true, report: true });
    expect(await can(await ctx.signInAs(['board']))).toEqual({ edit: false, copy: false, report: true });
    expect(await can(await ctx.signInAs(['dg']))).toEqual({ edit: false, copy: false, report: true });
  });
});
