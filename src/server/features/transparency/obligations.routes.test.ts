// SIPOT obligations: catalogue, per-period status with evidence, quarterly compliance.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';

let ctx: TestContext;
let unit: TestClient;
let dg: TestClient;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ctx = await createTestContext();
  unit = await ctx.signInAs(['transparency']);
  dg = await ctx.signInAs(['dg']);
});
afterAll(() => ctx.close());

describe('what the person may do', () => {
  it('is decided by the server from the policy catalogue', async () => {
    expect((await unit.get('/api/transparency/can')).json()).toEqual({ write: true, admin: false });
    expect((await dg.get('/api/transparency/can')).json()).toEqual({ write: false, admin: false });
    const admin = await ctx.signInAs(['admin']);
    expect((await admin.get('/api/transparency/can')).json()).toEqual({ write: false, admin: true });
    expect((await ctx.anonymous().get('/api/transparency/can')).statusCode).toBe(401);
  });
});

describe('obligations', () => {
  it('builds the catalogue; only the unit writes; duplicates and bad periodicity are refused', async () => {
    for (const [fraction, periodicity] of [
      ['121-I', 'quarterly'],
      ['121-II', 'quarterly'],
      ['121-XXX', 'half_yearly'],
      ['121-L', 'yearly'],
    ] as const) {
      const res = await unit.post('/api/transparency/obligations', {
        fraction,
        title: `Fracción ${fraction}`,
        responsibleArea: 'CAF',
        periodicity,
      });
      expect(res.statusCode).toBe(201);
      ids[fraction] = res.json().id;
    }
    expect(
      (
        await unit.post('/api/transparency/obligations', {
          fraction: '121-I',
          title: 'x',
          responsibleArea: 'CAF',
          periodicity: 'quarterly',
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await unit.post('/api/transparency/obligations', {
          fraction: '121-Z',
          title: 'x',
          responsibleArea: 'CAF',
          periodicity: 'monthly',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await dg.post('/api/transparency/obligations', {
          fraction: '121-Y',
          title: 'x',
          responsibleArea: 'CAF',
          periodicity: 'yearly',
        })
      ).statusCode,
    ).toBe(403);
    expect((await dg.get('/api/transparency/obligations')).json().items).toHaveLength(4);
  });

  it('records period status with evidence and checks the dates of art. 121', async () => {
    const put = (fraction: string, period: string, body: Record<string, unknown>) =>
      unit.put(`/api/transparency/obligations/${ids[fraction]}/periods/${period}`, body);
    expect((await put('121-I', '2024-H1', { version: 0, status: 'pending' })).json().error.code).toBe(
      'transparency_period_invalid',
    );
    expect((await put('121-I', '2024-Q2', { version: 0, status: 'uploaded' })).statusCode).toBe(400); // no update date
    const early = await put('121-I', '2024-Q2', {
      version: 0,
      status: 'validated',
      updatedOn: '2024-06-10',
      validatedOn: '2024-06-20',
    });
    expect(early.json().error.code).toBe('transparency_dates_invalid');
    const ok = await put('121-I', '2024-Q2', {
      version: 0,
      status: 'uploaded',
      updatedOn: '2024-07-10',
      evidenceRef: 'SIPOT-acuse-123',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'uploaded', version: 1, evidenceRef: 'SIPOT-acuse-123' });
    expect(
      (
        await put('121-I', '2024-Q2', {
          version: 0,
          status: 'validated',
          updatedOn: '2024-07-10',
          validatedOn: '2024-07-15',
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await put('121-I', '2024-Q2', {
          version: 1,
          status: 'validated',
          updatedOn: '2024-07-10',
          validatedOn: '2024-07-15',
        })
      ).json().version,
    ).toBe(2);
    expect(
      (await put('121-XXX', '2024-H1', { version: 0, status: 'uploaded', updatedOn: '2024-07-12' })).statusCode,
    ).toBe(200);
  });

  it('computes the compliance of a quarter over the periods that close in it', async () => {
    const q2 = (await dg.get('/api/transparency/obligations/compliance?quarter=2024-Q2')).json();
    // Q2 closes 121-I and 121-II (quarterly) and 121-XXX (first half); the yearly one closes in Q4.
    expect(
      q2.rows.map((r: { obligation: { fraction: string }; period: string }) => `${r.obligation.fraction}:${r.period}`),
    ).toEqual(['121-I:2024-Q2', '121-II:2024-Q2', '121-XXX:2024-H1']);
    expect(q2.compliance).toEqual({ required: 3, uploaded: 1, validated: 1, percent: 66.7, validatedPercent: 33.3 });
    const q4 = (await dg.get('/api/transparency/obligations/compliance?quarter=2024-Q4')).json();
    expect(q4.compliance).toMatchObject({ required: 4, percent: 0 });
    expect((await dg.get('/api/transparency/obligations/compliance?quarter=2024-Q5')).statusCode).toBe(400);
    expect((await dg.get('/api/transparency/obligations/compliance?quarter=0338-Q4')).statusCode).toBe(400);
  });

  it('deactivated obligations leave the indicator; stale versions get 409', async () => {
    expect(
      (await unit.patch(`/api/transparency/obligations/${ids['121-II']}`, { version: 9, active: false })).statusCode,
    ).toBe(409);
    expect(
      (await unit.patch(`/api/transparency/obligations/${ids['121-II']}`, { version: 1, active: false })).statusCode,
    ).toBe(200);
    const q2 = (await dg.get('/api/transparency/obligations/compliance?quarter=2024-Q2')).json();
    expect(q2.compliance).toMatchObject({ required: 2, percent: 100 });
  });
});
