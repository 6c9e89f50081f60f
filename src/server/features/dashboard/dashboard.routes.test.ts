// The home page per role: each section appears only for the roles of its policy, shows the records
// the module's own list marks urgent, overdue or due soon, and its counts equal that list's totals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { addCalendarDays, mexicoCityDate } from '../transparency/calendar.js';

let ctx: TestContext;
let cdemp: TestClient;
let transparency: TestClient;
let legal: TestClient;
let dg: TestClient;
let board: TestClient;
let caseFolio: string;
const today = mexicoCityDate(new Date());

interface Section {
  key: string;
  urgent: number;
  overdue: number;
  dueSoon: number;
  items: { kind: string; label: string; on: string | null; state: string; href: string }[];
}
interface Dashboard {
  sections: Section[];
  figures: { key: string; value: number }[];
}

const dashboardOf = async (c: TestClient) => {
  const res = await c.get('/api/dashboard');
  expect(res.statusCode).toBe(200);
  return res.json() as Dashboard;
};
const sectionOf = (d: Dashboard, key: string) => d.sections.find((s) => s.key === key);

beforeAll(async () => {
  ctx = await createTestContext();
  cdemp = await ctx.signInAs(['cdemp']);
  transparency = await ctx.signInAs(['transparency']);
  legal = await ctx.signInAs(['legal']);
  dg = await ctx.signInAs(['dg']);
  board = await ctx.signInAs(['board']);
  const created = await cdemp.post('/api/cases', {
    kind: 'incorporation',
    procedure: 'extraordinary',
    profile: 'journalist',
    identity: 'woman',
    openedOn: addCalendarDays(today, -2),
  });
  expect(created.statusCode).toBe(201);
  caseFolio = created.json().folio;
  const request = await transparency.post('/api/transparency/requests', {
    folio: '090171199000001',
    receivedOn: addCalendarDays(today, -90),
    kind: 'public',
    channel: 'platform',
    subject: 'Presupuesto',
  });
  expect(request.statusCode).toBe(201);
  const contract = await legal.post('/api/legal/contracts', {
    number: 'MPICDMX/CAF/CT/99/2026',
    kind: 'professional_services',
    counterpart: 'Persona Ficticia',
    object: 'Asesoría',
    amount: '1000.00',
    signedOn: addCalendarDays(today, -100),
    startsOn: addCalendarDays(today, -100),
    endsOn: addCalendarDays(today, 10),
  });
  expect(contract.statusCode).toBe(201);
});
afterAll(() => ctx.close());

describe('GET /api/dashboard', () => {
  it('requires a signed-in person', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/dashboard' })).statusCode).toBe(401);
  });

  it('gives each role only the sections of the policies it passes', async () => {
    const keys = async (c: TestClient) => (await dashboardOf(c)).sections.map((s) => s.key).sort();
    expect(await keys(cdemp)).toEqual(['agreements', 'cases']);
    expect(await keys(transparency)).toEqual(['agreements', 'requests']);
    expect(await keys(legal)).toEqual(['agreements', 'legal']);
    expect(await keys(board)).toEqual(['agreements']);
    expect(await keys(dg)).toEqual(['agreements', 'cases', 'deliverables', 'legal', 'requests']);
  });

  it('shows the extraordinary case without an urgent measure, counted as the case list counts it', async () => {
    const cases = sectionOf(await dashboardOf(cdemp), 'cases')!;
    const list = (await cdemp.get('/api/cases?urgent=true')).json() as { total: number };
    expect(list.total).toBeGreaterThan(0);
    expect(cases.urgent).toBe(list.total);
    expect(cases.items.map((i) => i.label)).toContain(caseFolio);
    expect(cases.items[0]).toMatchObject({ kind: 'case_without_urgent_measure', state: 'urgent' });
  });

  it('shows the overdue request, counted as the request list counts it', async () => {
    const requests = sectionOf(await dashboardOf(transparency), 'requests')!;
    const overdue = (await transparency.get('/api/transparency/requests?attention=overdue')).json() as {
      total: number;
    };
    expect(overdue.total).toBe(1);
    expect(requests.overdue).toBe(overdue.total);
    expect(requests.items).toEqual([
      expect.objectContaining({ kind: 'request', label: '090171199000001', state: 'overdue' }),
    ]);
  });

  it('shows the contract ending soon to legal and dg', async () => {
    for (const c of [legal, dg]) {
      const section = sectionOf(await dashboardOf(c), 'legal')!;
      const item = section.items.find((i) => i.kind === 'contract_ending');
      expect(item).toMatchObject({
        label: 'MPICDMX/CAF/CT/99/2026',
        on: addCalendarDays(today, 10),
        state: 'due_soon',
      });
    }
  });

  it('gives key figures only from the aggregates each role may read', async () => {
    const figures = async (c: TestClient) => (await dashboardOf(c)).figures.map((f) => f.key).sort();
    expect(await figures(board)).toEqual(['cases_concluded', 'cases_open', 'contracts_active', 'lawsuits_open']);
    expect(await figures(transparency)).toEqual(['requests_open']);
    const open = (await dashboardOf(dg)).figures.find((f) => f.key === 'cases_open')!;
    expect(open.value).toBe(1);
  });
});
