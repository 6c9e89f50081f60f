// The registration list of an activity: personal data encrypted at rest, reads audited, only for the
// staff who register people, and the participant counts derived from it.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { roles } from '../../../common/roles.js';
import { rolesAllow } from '../../platform/access/policies.js';
import { auditLog } from '../../platform/audit/audit.schema.js';
import { preventionActivities, preventionRegistrations } from './prevention.schema.js';

let ctx: TestContext;
let dg: TestClient;

beforeAll(async () => {
  ctx = await createTestContext();
  dg = await ctx.signInAs(['dg']);
});
afterAll(async () => ctx?.close());

const training = {
  kind: 'training',
  format: 'taller',
  modality: 'in_person',
  title: 'Taller ficticio de seguridad digital',
  thematicLine: 2,
  participants: { woman: 7, man: 1, lgbttti: 0, preferNotToSay: 0 },
  sessions: [{ on: '2024-01-15', hours: 3 }],
};

describe('registration list', () => {
  it('stores names encrypted, derives the counts, audits reads and keeps them from other roles', async () => {
    const created = await dg.post('/api/prevention/activities', training);
    expect(created.statusCode, created.body).toBe(201);
    const activity = created.json();
    expect(activity.registered).toBe(0);
    const url = `/api/prevention/activities/${activity.id}/registrations`;

    const people = [
      { name: 'Persona Ficticia Uno', contact: 'uno@example.org', category: 'woman' },
      { name: 'Persona Ficticia Dos', category: 'woman' },
      { name: 'Persona Ficticia Tres', contact: 'Colectiva Ejemplo', category: 'lgbttti' },
    ];
    let last: { items: { id: string; name: string }[]; participants: unknown; version: number } | null = null;
    for (const p of people) {
      const res = await dg.post(url, p);
      expect(res.statusCode, res.body).toBe(201);
      last = res.json();
    }
    expect(last!.items.map((i) => i.name)).toEqual(people.map((p) => p.name));
    // The list replaces the counts typed before (7 women, 1 man).
    expect(last!.participants).toEqual({ woman: 2, man: 0, lgbttti: 1, preferNotToSay: 0 });
    const after = (await dg.get(`/api/prevention/activities/${activity.id}`)).json();
    expect(after.participants).toEqual({ woman: 2, man: 0, lgbttti: 1, preferNotToSay: 0 });
    expect(after.registered).toBe(3);
    expect(after.version).toBe(last!.version);

    // Encrypted at rest: no name or contact in the stored columns, and none in the audit details.
    const stored = await ctx.handle.db
      .select()
      .from(preventionRegistrations)
      .where(eq(preventionRegistrations.activityId, activity.id));
    expect(stored).toHaveLength(3);
    const raw = JSON.stringify(stored);
    for (const p of people) expect(raw).not.toContain(p.name);
    expect(raw).not.toContain('uno@example.org');
    const trail = JSON.stringify(await ctx.handle.db.select().from(auditLog));
    expect(trail).not.toContain('Persona Ficticia');

    const readsBefore = await ctx.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, activity.id), eq(auditLog.action, 'read_personal')));
    const listed = await dg.get(url);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items[0]).toMatchObject({ name: people[0]!.name, contact: 'uno@example.org' });
    const readsAfter = await ctx.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, activity.id), eq(auditLog.action, 'read_personal')));
    expect(readsAfter.length).toBe(readsBefore.length + 1);
    expect(readsAfter.at(-1)!.actorUserId).toBe(dg.user.id);

    // A form saved with other counts keeps the list's.
    const put = await dg.put(`/api/prevention/activities/${activity.id}`, {
      ...training,
      participants: { woman: 40, man: 40, lgbttti: 0, preferNotToSay: 0 },
      version: after.version,
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().participants).toEqual({ woman: 2, man: 0, lgbttti: 1, preferNotToSay: 0 });

    // Route × role: only the roles of prevention.write read or change the list.
    for (const role of roles) {
      const client = await ctx.signInAs([role]);
      const res = await client.get(url);
      if (rolesAllow('prevention.write', [role])) expect(res.statusCode, role).toBe(200);
      else {
        expect(res.statusCode, role).toBe(403);
        expect(res.body).not.toContain('Persona Ficticia');
        expect((await client.post(url, people[0])).statusCode, role).toBe(403);
      }
    }

    // Removing a person recounts; a registration of another activity is not found.
    const gone = await dg.del(`${url}/${last!.items[0]!.id}`);
    expect(gone.statusCode).toBe(204);
    const [row] = await ctx.handle.db
      .select()
      .from(preventionActivities)
      .where(eq(preventionActivities.id, activity.id));
    expect([row!.women, row!.men, row!.lgbttti, row!.preferNotToSay]).toEqual([1, 0, 1, 0]);
    expect((await dg.del(`${url}/${last!.items[0]!.id}`)).statusCode).toBe(404);
    const bad = await dg.post(url, { name: '', category: 'alien' });
    expect(bad.statusCode).toBe(400);
  });
});
