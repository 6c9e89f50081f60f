// Test helpers for the cases feature (imported by *.test.ts only).
import { expect } from 'vitest';
import type { TestClient, TestContext } from '../../../../tests/support/context.js';
import { caseLeads } from './cases.schema.js';

export async function makeLead(ctx: TestContext): Promise<TestClient> {
  const lead = await ctx.signInAs(['cdemp']);
  await ctx.handle.db.insert(caseLeads).values({ userId: lead.user.id });
  return lead;
}

export async function createCase(client: TestClient, body: Record<string, unknown> = {}) {
  const res = await client.post('/api/cases', {
    kind: 'incorporation',
    procedure: 'ordinary',
    profile: 'defender',
    identity: 'woman',
    openedOn: '2024-01-10',
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; folio: string; version: number };
}

export async function catalogueId(client: TestClient, type: string, name?: string): Promise<string> {
  const res = await client.get('/api/measure-catalogue');
  expect(res.statusCode).toBe(200);
  const entries = res.json().entries as { id: string; type: string; name: string }[];
  const hit = entries.find((e) => e.type === type && (name === undefined || e.name === name));
  if (!hit) throw new Error(`no catalogue entry ${type} ${name ?? ''}`);
  return hit.id;
}
