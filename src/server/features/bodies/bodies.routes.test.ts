import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { auditLog } from '../../platform/audit/audit.schema.js';
import { makeLead } from '../cases/cases.fixtures.js';
import { bodyDocuments, bodyMembers } from './bodies.schema.js';

/** The bodies module through HTTP, on the engine of TEST_DATABASE_URL (PGlite by default). */
let ctx: TestContext;
let dg: TestClient;
let legal: TestClient; // Junta secretariat
let cdemp: TestClient; // CEM secretariat
let board: TestClient;
let planning: TestClient;

const CONTACT = 'consejera.privada@example.org 55 9876 5432';

beforeAll(async () => {
  ctx = await createTestContext();
  dg = await ctx.signInAs(['dg']);
  legal = await ctx.signInAs(['legal']);
  cdemp = await makeLead(ctx); // the CEM's agendas are seen by case leads (and dg)
  board = await ctx.signInAs(['board']);
  planning = await ctx.signInAs(['planning']);
});
afterAll(async () => ctx?.close());

async function session(client: TestClient, code: string, type: string, plannedOn: string) {
  const res = await client.post(`/api/bodies/${code}/sessions`, { type, plannedOn });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number; ordinal: number };
}

const page = async (client: TestClient, id: string) => {
  const res = await client.get(`/api/bodies/sessions/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('catalogue', () => {
  it('lists the eight bodies of the contract in order, with what each may do', async () => {
    const res = await board.get('/api/bodies');
    expect(res.statusCode).toBe(200);
    const bodies = res.json().bodies as Array<{ code: string; canWrite: boolean; yearlyTarget: number | null }>;
    expect(bodies.map((b) => b.code)).toEqual([
      'junta_gobierno',
      'cem',
      'consejo_consultivo',
      'mesa_multisectorial',
      'comite_transparencia',
      'saaps',
      'comite_archivos',
      'comite_riesgos',
    ]);
    expect(bodies[0]!.yearlyTarget).toBe(4);
    expect(bodies.every((b) => !b.canWrite)).toBe(true);
  });
});

describe('sessions', () => {
  it('numbers sessions per body, year and type in date order, renumbering when one is scheduled earlier', async () => {
    const a = await session(legal, 'junta_gobierno', 'ordinary', '2010-06-10');
    const b = await session(legal, 'junta_gobierno', 'ordinary', '2010-03-10');
    const e = await session(legal, 'junta_gobierno', 'extraordinary', '2010-04-01');
    const other = await session(dg, 'consejo_consultivo', 'ordinary', '2010-07-01');
    const nextYear = await session(legal, 'junta_gobierno', 'ordinary', '2011-01-15');
    expect(b.ordinal).toBe(1);
    expect((await page(dg, a.id)).session.ordinal).toBe(2);
    expect((await page(dg, a.id)).session.ordinalWord).toBe('Segunda');
    expect(e.ordinal).toBe(1);
    expect(other.ordinal).toBe(1);
    expect(nextYear.ordinal).toBe(1);
    // Moving the March session after June swaps them.
    const moved = await legal.patch(`/api/bodies/sessions/${b.id}`, { version: 1, plannedOn: '2010-09-01' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await page(dg, a.id)).session.ordinal).toBe(1);
    expect((await page(dg, b.id)).session.ordinal).toBe(2);
    // A stale version is a conflict.
    expect((await legal.patch(`/api/bodies/sessions/${b.id}`, { version: 1, place: 'Sala' })).statusCode).toBe(409);
  });

  it('refuses writes from a role that is not the body secretariat, and audits the refusal', async () => {
    const res = await cdemp.post('/api/bodies/junta_gobierno/sessions', { type: 'ordinary', plannedOn: '2010-02-02' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('bodies_not_secretariat');
    const denials = await ctx.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, cdemp.user.id), eq(auditLog.action, 'access_denied')));
    expect(denials.length).toBe(1);
  });

  it('cannot be marked held without quorum unless the secretary records why', async () => {
    const s = await session(legal, 'junta_gobierno', 'ordinary', '2012-02-01');
    const ids: string[] = [];
    for (const [name, role] of [
      ['Presidencia de prueba', 'presidencia'],
      ['Vocal Uno', 'vocal'],
      ['Vocal Dos', 'vocal'],
      ['Invitada Permanente', 'invitado_permanente'],
    ] as const) {
      const res = await legal.post('/api/bodies/junta_gobierno/members', { name, role, fromOn: '2012-01-01' });
      expect(res.statusCode, res.body).toBe(201);
      ids.push(res.json().id);
    }
    // Only one of three voting members, plus the guest who does not count.
    let res = await legal.put(`/api/bodies/sessions/${s.id}/attendance`, {
      version: 1,
      attendance: [
        { memberId: ids[0], present: true },
        { memberId: ids[1], present: false },
        { memberId: ids[3], present: true },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    res = await legal.post(`/api/bodies/sessions/${s.id}/held`, { version: 2, heldOn: '2012-02-01' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('bodies_quorum_reason_required');
    expect((await page(dg, s.id)).quorum).toEqual({ voting: 3, present: 1, needed: 2, reached: false });
    res = await legal.post(`/api/bodies/sessions/${s.id}/held`, {
      version: 2,
      heldOn: '2012-02-01',
      noQuorumReason: 'Sesión informativa por contingencia; acuerdos se ratificarán.',
    });
    expect(res.statusCode, res.body).toBe(200);
    const p = await page(dg, s.id);
    expect(p.session.status).toBe('held');
    expect(p.session.quorumReached).toBe(false);

    // With two of three present the quorum holds and no reason is needed.
    const s2 = await session(legal, 'junta_gobierno', 'ordinary', '2012-05-01');
    await legal.put(`/api/bodies/sessions/${s2.id}/attendance`, {
      version: 1,
      attendance: [
        { memberId: ids[0], present: true },
        { memberId: ids[2], present: true },
      ],
    });
    res = await legal.post(`/api/bodies/sessions/${s2.id}/held`, { version: 2, heldOn: '2012-05-02' });
    expect(res.statusCode, res.body).toBe(200);
    expect((await page(dg, s2.id)).session.quorumReached).toBe(true);
    // A member of another body cannot be recorded as attending.
    const foreign = await dg.post('/api/bodies/consejo_consultivo/members', {
      name: 'Otra',
      role: 'integrante',
      fromOn: '2010-01-01',
    });
    res = await legal.put(`/api/bodies/sessions/${s2.id}/attendance`, {
      version: 3,
      attendance: [{ memberId: foreign.json().id, present: true }],
    });
    expect(res.json().error.code).toBe('bodies_member_not_in_body');
  });

  it('keeps agenda items in their groups with outcomes', async () => {
    const s = await session(legal, 'junta_gobierno', 'extraordinary', '2013-02-08');
    for (const [group, text] of [
      ['information', 'Techo presupuestal'],
      ['approval', 'Informe anual'],
      ['none', 'Toma de protesta'],
    ])
      expect((await legal.post(`/api/bodies/sessions/${s.id}/agenda`, { group, text })).statusCode).toBe(201);
    const p = await page(board, s.id);
    expect(p.agendaCounts).toEqual({ none: 1, approval: 1, information: 1 });
    const item = p.agenda.find((a: { text: string }) => a.text === 'Informe anual');
    const res = await legal.patch(`/api/bodies/agenda/${item.id}`, { version: 1, outcome: 'approved' });
    expect(res.statusCode, res.body).toBe(200);
    expect((await page(board, s.id)).agenda.find((a: { id: string }) => a.id === item.id).outcome).toBe('approved');
    expect((await legal.del(`/api/bodies/agenda/${item.id}`, { version: 1 })).statusCode).toBe(409);
    expect((await legal.del(`/api/bodies/agenda/${item.id}`, { version: 2 })).statusCode).toBe(200);
    expect((await page(board, s.id)).agenda).toHaveLength(2);
  });
});

describe('agreements', () => {
  it('are numbered per body and year, follow pending -> in progress -> done, and show in the overdue list', async () => {
    const s1 = await session(legal, 'junta_gobierno', 'ordinary', '2020-03-01');
    const s2 = await session(legal, 'junta_gobierno', 'ordinary', '2020-06-01');
    const a1 = (
      await legal.post(`/api/bodies/sessions/${s1.id}/agreements`, {
        text: 'Publicar los lineamientos',
        responsible: 'Coordinación de Asuntos Jurídicos',
        dueOn: '2020-04-01',
      })
    ).json();
    const a2 = (
      await legal.post(`/api/bodies/sessions/${s2.id}/agreements`, { text: 'Otro', dueOn: '2027-12-01' })
    ).json();
    const a3 = (await legal.post(`/api/bodies/sessions/${s2.id}/agreements`, { text: 'Sin fecha' })).json();
    expect([a1.number, a2.number, a3.number]).toEqual([1, 2, 3]);
    const other = await session(dg, 'consejo_consultivo', 'ordinary', '2020-06-01');
    expect((await dg.post(`/api/bodies/sessions/${other.id}/agreements`, { text: 'x' })).json().number).toBe(1);

    const res0 = await board.get('/api/bodies/agreements?status=overdue&body=junta_gobierno');
    expect(res0.statusCode, res0.body).toBe(200);
    let overdue = res0.json();
    expect(overdue.agreements.map((a: { id: string }) => a.id)).toEqual([a1.id]);
    expect(overdue.agreements[0].label).toBe('01/2020');

    let res = await legal.post(`/api/bodies/agreements/${a1.id}/notes`, {
      version: 1,
      on: '2020-04-02',
      note: 'Enviado a la Gaceta',
      status: 'in_progress',
    });
    expect(res.statusCode, res.body).toBe(201);
    res = await legal.post(`/api/bodies/agreements/${a1.id}/notes`, {
      version: 2,
      on: '2020-04-20',
      note: 'Publicado',
      status: 'done',
    });
    expect(res.statusCode, res.body).toBe(201);
    overdue = (await board.get('/api/bodies/agreements?status=overdue&body=junta_gobierno')).json();
    expect(overdue.agreements).toEqual([]);
    const done = (await board.get('/api/bodies/agreements?status=done&body=junta_gobierno')).json();
    expect(done.agreements[0].doneOn).toBe('2020-04-20');
    expect(done.agreements[0].notes.map((n: { note: string }) => n.note)).toEqual(['Enviado a la Gaceta', 'Publicado']);
    const list = (await board.get('/api/bodies')).json().bodies;
    expect(list.find((b: { code: string }) => b.code === 'junta_gobierno').openAgreements).toBe(2);
  });
});

describe('confidentiality', () => {
  it('shows CEM agendas, agreements and documents only to case leads and dg; others get counts', async () => {
    const s = await session(cdemp, 'cem', 'ordinary', '2014-03-01');
    const SECRET = 'Caso MPI-2014-001: ampliación de rondines en el domicilio';
    await cdemp.post(`/api/bodies/sessions/${s.id}/agenda`, { group: 'approval', text: SECRET });
    await cdemp.post(`/api/bodies/sessions/${s.id}/agreements`, { text: `${SECRET} (acuerdo)` });
    const pdf = Buffer.from('%PDF-1.4\n% acta CEM\n');
    const up = await cdemp.post(`/api/bodies/sessions/${s.id}/documents`, {
      kind: 'acta',
      filename: 'acta.pdf',
      contentBase64: pdf.toString('base64'),
    });
    expect(up.statusCode, up.body).toBe(201);
    const notLead = await ctx.signInAs(['cdemp']); // sees only assigned cases: counts, like the others
    for (const client of [board, planning, legal, notLead]) {
      const res = await client.get(`/api/bodies/sessions/${s.id}`);
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain('MPI-2014-001');
      expect(res.json().agendaVisible).toBe(false);
      expect(res.json().agendaCounts.approval).toBe(1);
      expect(res.json().documentCount).toBe(1);
      const cem = await client.get('/api/bodies/cem?year=2014');
      expect(cem.statusCode, cem.body).toBe(200);
      expect(cem.json().sessions).toHaveLength(1);
      expect(cem.body).not.toContain('MPI-2014-001');
      expect((await client.get('/api/bodies/agreements?status=all')).body).not.toContain('MPI-2014-001');
      const doc = await client.get(`/api/bodies/documents/${up.json().id}`);
      expect(doc.statusCode).toBe(403);
      expect((await client.get(`/api/bodies/sessions/${s.id}/acta-draft`)).statusCode).toBe(403);
    }
    for (const client of [cdemp, dg]) {
      const res = await client.get(`/api/bodies/sessions/${s.id}`);
      expect(res.body).toContain('MPI-2014-001');
      expect((await client.get(`/api/bodies/documents/${up.json().id}`)).statusCode).toBe(200);
    }
    const reads = await ctx.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, cdemp.user.id), eq(auditLog.action, 'read_personal')));
    expect(reads.length).toBeGreaterThan(0);
  });

  it("keeps members' contact data encrypted and gives it only to dg and admin, audited", async () => {
    const res = await dg.post('/api/bodies/consejo_consultivo/members', {
      name: 'Persona Consejera de Prueba',
      role: 'persona_consejera',
      fromOn: '2024-02-08',
      appointment: 'oath',
      contact: CONTACT,
    });
    expect(res.statusCode, res.body).toBe(201);
    const [row] = await ctx.handle.db.select().from(bodyMembers).where(eq(bodyMembers.id, res.json().id));
    expect(row!.contactEnc).not.toContain('example.org');
    for (const client of [board, legal, cdemp, planning]) {
      expect((await client.get('/api/bodies/consejo_consultivo')).body).not.toContain('example.org');
      expect((await client.get('/api/bodies/consejo_consultivo/members/contacts')).statusCode).toBe(403);
    }
    const admin = await ctx.signInAs(['admin']);
    for (const client of [dg, admin]) {
      const contacts = await client.get('/api/bodies/consejo_consultivo/members/contacts');
      expect(contacts.statusCode).toBe(200);
      expect(contacts.json().members.find((m: { id: string }) => m.id === res.json().id).contact).toBe(CONTACT);
      const reads = await ctx.handle.db
        .select()
        .from(auditLog)
        .where(
          and(
            eq(auditLog.actorUserId, client.user.id),
            eq(auditLog.action, 'read_personal'),
            eq(auditLog.entity, 'body_members'),
          ),
        );
      expect(reads).toHaveLength(1);
    }
  });
});

describe('documents', () => {
  it('checks the type by magic bytes and the size, stores the SHA-256 and serves the same bytes', async () => {
    const s = await session(legal, 'junta_gobierno', 'ordinary', '2015-01-10');
    const fake = await legal.post(`/api/bodies/sessions/${s.id}/documents`, {
      kind: 'acta',
      filename: 'acta.pdf',
      contentBase64: Buffer.from('MZ not a pdf at all').toString('base64'),
    });
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.code).toBe('bodies_file_type');
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x20);
    big.write('%PDF-1.4');
    const tooBig = await legal.post(`/api/bodies/sessions/${s.id}/documents`, {
      kind: 'acta',
      filename: 'grande.pdf',
      contentBase64: big.toString('base64'),
    });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error.code).toBe('bodies_file_too_large');

    const draft = await legal.get(`/api/bodies/sessions/${s.id}/acta-draft`);
    expect(draft.statusCode).toBe(200);
    const docx = draft.rawPayload;
    const up = await legal.post(`/api/bodies/sessions/${s.id}/documents`, {
      kind: 'acta',
      filename: 'acta firmada.docx',
      contentBase64: docx.toString('base64'),
    });
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json().sha256).toBe(crypto.createHash('sha256').update(docx).digest('hex'));
    const [stored] = await ctx.handle.db.select().from(bodyDocuments).where(eq(bodyDocuments.id, up.json().id));
    expect(stored!.mime).toContain('wordprocessingml');
    const got = await board.get(`/api/bodies/documents/${up.json().id}`);
    expect(got.statusCode).toBe(200);
    expect(Buffer.compare(got.rawPayload, docx)).toBe(0);
    expect(got.headers['x-content-sha256']).toBe(up.json().sha256);
  });
});
