// Folio and measure-code counters continue after the highest number already there, whatever its
// padding (issue 18: a new case got MPI-2026-001 while MPI-2026-0001…0010 existed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { catalogueId, createCase } from './cases.fixtures.js';
import { cases, measures } from '../../records/records.schema.js';
import { folioRegex, widthAfter } from './folio.js';

let ctx: TestContext;
let worker: TestClient;

beforeAll(async () => {
  ctx = await createTestContext();
  worker = await ctx.signInAs(['cdemp']);
});
afterAll(async () => ctx?.close());

const aCase = (folio: string, openedOn: string) => ({
  folio,
  kind: 'attention' as const,
  profile: 'defender' as const,
  identity: 'woman' as const,
  openedOn,
});

describe('folio and code counters', () => {
  it('builds a regex that matches any padding of the year only', () => {
    const re = new RegExp(folioRegex('MPI-{year}-{seq:3}', 2026));
    expect(re.exec('MPI-2026-0010')?.[1]).toBe('0010');
    expect(re.exec('MPI-2026-7')?.[1]).toBe('7');
    expect(re.test('MPI-2025-0010')).toBe(false);
    expect(re.test('MPIX2026-001')).toBe(false);
    expect(new RegExp(folioRegex('C.{year}/{seq}', 2026)).test('CX2026/1')).toBe(false);
    expect([widthAfter('0010', 3), widthAfter('11', 3), widthAfter(null, 3), widthAfter('7', 6)]).toEqual([4, 3, 3, 6]);
  });

  it('gives the next number after folios with another padding, padded like them', async () => {
    await ctx.handle.db
      .insert(cases)
      .values(Array.from({ length: 10 }, (_, i) => aCase(`MPI-2026-${String(i + 1).padStart(4, '0')}`, '2026-01-05')));
    await ctx.handle.db.insert(cases).values(aCase('MPI-2025-009', '2025-03-01'));
    const a = await createCase(worker, { openedOn: '2026-02-01' });
    const b = await createCase(worker, { openedOn: '2026-02-02' });
    const c = await createCase(worker, { openedOn: '2025-05-01' });
    expect([a.folio, b.folio, c.folio]).toEqual(['MPI-2026-0011', 'MPI-2026-0012', 'MPI-2025-010']);
    // An import after the counter moved: the next folio still goes past it.
    await ctx.handle.db.insert(cases).values(aCase('MPI-2026-40', '2026-03-01'));
    expect((await createCase(worker, { openedOn: '2026-03-02' })).folio).toBe('MPI-2026-041');
    const found = (await worker.get('/api/cases?folio=2026-001')).json() as { items: { folio: string }[] };
    expect(found.items.map((i) => i.folio).sort()).toEqual(['MPI-2026-0010', 'MPI-2026-0011', 'MPI-2026-0012']);
  });

  it('gives the next measure code after the highest code, padded like it', async () => {
    const { id } = await createCase(worker, { openedOn: '2024-01-10' });
    const cat = await catalogueId(worker, 'protection');
    const add = async () => {
      const res = await worker.post(`/api/cases/${id}/measures`, { catalogueId: cat, responsibleInstitution: 'SSC' });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().code as string;
    };
    expect(await add()).toBe('M-000001');
    await ctx.handle.db.insert(measures).values([
      { code: 'M-000401', caseId: id, type: 'protection', name: 'Importada' },
      { code: 'M-0000104', caseId: id, type: 'protection', name: 'Importada' },
    ]);
    expect(await add()).toBe('M-000402');
    await ctx.handle.db
      .insert(measures)
      .values({ code: 'M-0000999', caseId: id, type: 'protection', name: 'Importada' });
    expect(await add()).toBe('M-0001000');
  });
});
