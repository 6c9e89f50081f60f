import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../tests/support/context.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

describe('platform skeleton', () => {
  it('answers health without a session', async () => {
    const res = await ctx.anonymous().get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('ok');
  });

  it('refuses the audit trail to anonymous and non-admin users, and audits the denial', async () => {
    expect((await ctx.anonymous().get('/api/audit')).statusCode).toBe(401);
    const board = await ctx.signInAs(['board']);
    const res = await board.get('/api/audit');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
    const admin = await ctx.signInAs(['admin']);
    const trail = await admin.get(`/api/audit?action=access_denied&actor=${board.user.username}`);
    expect(trail.statusCode).toBe(200);
    expect(trail.json().entries).toHaveLength(1);
  });

  it('names the person and the record by folio, and finds a record’s entries by its folio', async () => {
    const cdemp = await ctx.signInAs(['cdemp']);
    const created = await cdemp.post('/api/cases', {
      kind: 'attention',
      profile: 'defender',
      identity: 'man',
      openedOn: '2024-01-01',
    });
    expect(created.statusCode).toBe(201);
    const { id, folio } = created.json() as { id: string; folio: string };
    const admin = await ctx.signInAs(['admin']);
    const byFolio = (await admin.get(`/api/audit?entityId=${encodeURIComponent(folio)}`)).json().entries;
    const byId = (await admin.get(`/api/audit?entityId=${id}`)).json().entries;
    expect(byFolio.length).toBeGreaterThan(0);
    expect(byFolio).toEqual(byId);
    expect(byFolio[0]).toMatchObject({
      entity: 'case',
      entityId: id,
      record: folio,
      actorName: expect.stringMatching(/^Persona de prueba/),
    });
    const denied = (await admin.get(`/api/audit?action=access_denied`)).json().entries;
    expect(denied.every((e: { record: string | null }) => e.record === null)).toBe(true);
  });

  it('gives a Spanish validation error for bad input, never a 500', async () => {
    const admin = await ctx.signInAs(['admin']);
    const res = await admin.get('/api/audit?limit=abc');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('requires the second factor for roles that see identities', async () => {
    const dg = await ctx.signInAs(['dg'], { secondFactorVerified: false });
    const res = await dg.get('/api/audit');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('second_factor_required');
  });

  it('sets security headers', async () => {
    const res = await ctx.anonymous().get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(String(res.headers['content-security-policy'])).toContain("default-src 'self'");
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await ctx.anonymous().get('/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });
});
