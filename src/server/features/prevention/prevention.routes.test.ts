import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { cases, measures } from '../../records/records.schema.js';
import { auditLog } from '../../platform/audit/audit.schema.js';
import { eq } from 'drizzle-orm';
import { roles } from '../../../common/roles.js';
import { rolesAllow } from '../../platform/access/policies.js';
import { jpegWithExif, tinyPng } from './photo.fixtures.js';

function multipart(fields: Record<string, string>, file: { name: string; type: string; bytes: Buffer }) {
  const boundary = '----salvaguarda' + Math.random().toString(16).slice(2);
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
    ),
  );
  parts.push(file.bytes, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('prevention routes', () => {
  let ctx: TestContext;
  let dg: TestClient;
  let planning: TestClient;
  let measureId: string;

  const upload = (client: TestClient, url: string, caption: string, bytes: Buffer, type = 'image/jpeg') => {
    const m = multipart({ caption }, { name: 'foto.jpg', type, bytes });
    return ctx.app.inject({
      method: 'POST',
      url,
      payload: m.payload,
      headers: { ...m.headers, cookie: client.cookie, 'x-csrf-token': client.csrfToken },
    });
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    dg = await ctx.signInAs(['dg']);
    planning = await ctx.signInAs(['planning']);
    const [c] = await ctx.handle.db
      .insert(cases)
      .values({
        folio: 'MPI-T-001',
        kind: 'incorporation',
        procedure: 'ordinary',
        profile: 'defender',
        identity: 'collective',
        openedOn: '2023-11-02',
      })
      .returning();
    const [m] = await ctx.handle.db
      .insert(measures)
      .values({
        code: 'M-T-1',
        caseId: c!.id,
        type: 'preventive',
        name: 'Taller de elaboración de protocolos de seguridad',
      })
      .returning();
    measureId = m!.id;
  });
  afterAll(() => ctx.close());

  const training = {
    kind: 'training',
    format: 'taller',
    modality: 'virtual',
    title: 'Seguridad digital',
    objective: 'Fortalecer la seguridad digital.',
    partner: 'Social TIC',
    thematicLine: 3,
    audiences: ['journalists'],
    status: 'registration',
    participants: { woman: 10, man: 5, lgbttti: 0, preferNotToSay: 1 },
    sessions: [
      { on: '2024-02-08', hours: 2 },
      { on: '2024-02-15', hours: 2.5 },
    ],
  };

  it('registers a training with sessions and participants, audited, and lists it by period', async () => {
    const res = await dg.post('/api/prevention/activities', training);
    expect(res.statusCode, res.body).toBe(201);
    const a = res.json();
    expect(a.code).toBe('PA-2024-001');
    expect(a.sessions.map((s: { on: string; hours: number }) => [s.on, s.hours])).toEqual([
      ['2024-02-08', 2],
      ['2024-02-15', 2.5],
    ]);
    expect(a.participants).toEqual(training.participants);
    const entries = await ctx.handle.db.select().from(auditLog).where(eq(auditLog.entityId, a.id));
    expect(entries.map((e) => e.action)).toEqual(['create']);

    const inFeb = (await planning.get('/api/prevention/activities?from=2024-02-01&to=2024-02-29')).json();
    expect(inFeb.items.map((i: { id: string }) => i.id)).toContain(a.id);
    expect(inFeb.items[0]).toMatchObject({ sessions: 2, participants: 16, firstOn: '2024-02-08' });
    const inMarch = (await planning.get('/api/prevention/activities?from=2024-03-01&to=2024-03-31')).json();
    expect(inMarch.total).toBe(0);
  });

  it('refuses bad input with Spanish messages and stale versions with 409', async () => {
    const bad = await dg.post('/api/prevention/activities', {
      ...training,
      thematicLine: 7,
      sessions: [{ on: '2024-02-30', hours: 2 }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
    const created = (await dg.post('/api/prevention/activities', training)).json();
    const { code: _c, ...body } = training as typeof training & { code?: string };
    const ok = await dg.put(`/api/prevention/activities/${created.id}`, { ...body, status: 'delivery', version: 1 });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().status).toBe('delivery');
    const stale = await dg.put(`/api/prevention/activities/${created.id}`, { ...body, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
  });

  it('shows the link of a workshop to a case measure only to case roles', async () => {
    const res = await dg.post('/api/prevention/activities', {
      ...training,
      kind: 'self_protection_workshop',
      title: 'Taller de autoprotección',
      targetLabel: 'Colectivo de personas defensoras de derechos humanos',
      measureId,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().measureId).toBe(measureId);
    for (const role of ['planning', 'board', 'legal'] as const) {
      const client = await ctx.signInAs([role]);
      const seen = await client.get(`/api/prevention/activities/${res.json().id}`);
      expect(seen.statusCode).toBe(200);
      expect(seen.json()).not.toHaveProperty('measureId');
      expect(seen.body).not.toContain(measureId);
    }
    const cdemp = await ctx.signInAs(['cdemp']);
    expect((await cdemp.get(`/api/prevention/activities/${res.json().id}`)).json().measureId).toBe(measureId);
    // Route × role matrix: every reading route, every role; the measure (and so the case) reaches
    // only the roles of cases.read, and never the report, whoever reads it.
    const id = res.json().id as string;
    const routes = [
      '/api/prevention/activities?from=2024-01-01&to=2024-12-31',
      `/api/prevention/activities/${id}`,
      `/api/prevention/activities/${id}/registrations`,
      '/api/reports/bimonthly?from=2024-01-01&to=2024-02-29',
    ];
    for (const role of roles)
      for (const url of routes) {
        const client = await ctx.signInAs([role]);
        const got = await client.get(url);
        if (got.statusCode === 403) continue;
        expect(got.statusCode, `${role} ${url}`).toBe(200);
        const mayKnow = rolesAllow('cases.read', [role]) && url === `/api/prevention/activities/${id}`;
        expect(got.body.includes(measureId), `${role} ${url}`).toBe(mayKnow);
      }
    // and planning may not write at all
    expect((await planning.post('/api/prevention/activities', training)).statusCode).toBe(403);
  });

  it('strips EXIF from an uploaded JPEG, hashes it, and serves the clean bytes', async () => {
    const a = (await dg.post('/api/prevention/activities', training)).json();
    const raw = jpegWithExif();
    expect(raw.includes(Buffer.from('Exif\0\0'))).toBe(true);
    const res = await upload(dg, `/api/prevention/activities/${a.id}/photos`, 'Taller virtual', raw);
    expect(res.statusCode, res.body).toBe(201);
    const photo = res.json();
    expect(photo.mime).toBe('image/jpeg');
    expect(photo.size).toBeLessThan(raw.length);
    const served = await planning.get(`/api/prevention/photos/${photo.id}`);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    const bytes = served.rawPayload;
    expect(bytes.includes(Buffer.from('Exif'))).toBe(false);
    expect(bytes.includes(Buffer.from('GPS'))).toBe(false);
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(photo.sha256);
    expect((await dg.get(`/api/prevention/activities/${a.id}`)).json().photos).toHaveLength(1);
  });

  it('refuses files that are not JPEG/PNG by content, and photos of case-linked workshops', async () => {
    const a = (await dg.post('/api/prevention/activities', training)).json();
    const fake = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(100)]);
    const res = await upload(dg, `/api/prevention/activities/${a.id}/photos`, 'x', fake);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('prevention_photo_invalid');
    const png = await upload(dg, `/api/prevention/activities/${a.id}/photos`, 'PNG', tinyPng(), 'image/png');
    expect(png.statusCode, png.body).toBe(201);

    const w = (
      await dg.post('/api/prevention/activities', { ...training, kind: 'self_protection_workshop', measureId })
    ).json();
    const refused = await upload(dg, `/api/prevention/activities/${w.id}/photos`, 'x', jpegWithExif());
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('prevention_photo_not_allowed');
  });

  it('keeps agreements with commitments and actions, flagging those behind', async () => {
    const legal = await ctx.signInAs(['legal']);
    const a = await legal.post('/api/prevention/agreements', {
      counterpart: 'Instituto de Sinaloa',
      signedOn: '2023-06-01',
      endsOn: '2025-06-01',
      kind: 'colaboración y vinculación',
    });
    expect(a.statusCode, a.body).toBe(201);
    const id = a.json().id;
    const withC = await legal.post(`/api/prevention/agreements/${id}/commitments`, {
      text: 'Intercambio de buenas prácticas',
      plannedActions: 2,
      dueOn: '2024-01-31',
    });
    expect(withC.statusCode, withC.body).toBe(201);
    expect(withC.json().behind).toBe(true);
    const commitmentId = withC.json().commitments[0].id;
    await legal.post(`/api/prevention/agreements/${id}/actions`, {
      on: '2024-01-10',
      description: 'Reunión',
      commitmentId,
    });
    const done = await legal.post(`/api/prevention/agreements/${id}/actions`, {
      on: '2024-02-14',
      description: 'Reunión virtual',
      commitmentId,
    });
    expect(done.json().commitments[0]).toMatchObject({ actions: 2, behind: false });
    expect(done.json().behind).toBe(false);
    expect((await planning.get('/api/prevention/agreements')).json().items).toHaveLength(1);
  });

  it('records liaison events and meetings', async () => {
    const res = await dg.post('/api/prevention/liaison', {
      kind: 'event',
      on: '2024-01-17',
      institution: 'Secretaría de Gobernación, SEGOB',
      title: 'Foro de buenas prácticas',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().code).toBe('EV-2024-001');
    const list = (await planning.get('/api/prevention/liaison?kind=event&from=2024-01-01&to=2024-01-31')).json();
    expect(list.total).toBe(1);
  });
});
