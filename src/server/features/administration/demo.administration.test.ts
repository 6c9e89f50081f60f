// The demo data: several years of plausible submissions, the seed's bimester as printed, a log
// and procedures each year; every delivery date inside its month..today.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.js';
import type { DatabaseHandle } from '../../db/client.js';
import { SEED003_ACTIVITIES } from './administration.fixtures.js';
import {
  administrationActivities,
  administrationProcurements,
  administrationSubmissions,
} from './administration.schema.js';
import { administrationContract, loadAdministrationSection } from './administration.section.js';
import { seedAdministrationDemo } from './administration.seeder.js';

let handle: DatabaseHandle;
const TODAY = '2026-03-15';

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedAdministrationDemo({ db: handle.db }, TODAY);
});
afterAll(async () => handle?.close());

describe('administration demo data', () => {
  it('covers every month from January 2022 to the last finished month, dates within month..today', async () => {
    const rows = await handle.db.select().from(administrationSubmissions);
    const months = [...new Set(rows.map((r) => r.month))].sort();
    expect(months[0]).toBe('2022-01');
    expect(months.at(-1)).toBe('2026-02');
    expect(months).toHaveLength(50);
    for (const r of rows) {
      if (r.status !== 'delivered') expect(r.deliveredOn).toBeNull();
      else {
        expect(r.deliveredOn! >= `${r.month}-01`).toBe(true);
        expect(r.deliveredOn! <= TODAY).toBe(true);
      }
    }
    // The last two months still have work to do; older ones are complete.
    expect(rows.filter((r) => r.month < '2026-01').every((r) => r.status === 'delivered')).toBe(true);
    expect(rows.filter((r) => r.month >= '2026-01').length).toBeLessThan(28);
  });

  it('gives the seed bimester as printed: 28 delivered and the nine bullets', async () => {
    const period = { from: '2024-01-01', to: '2024-02-29' };
    const data = await handle.db.transaction((tx) => loadAdministrationSection({ db: tx, period }));
    expect(administrationContract(data).deliverables.total).toEqual({ delivered: 28, in_progress: 0, pending: 0 });
    expect(data.activities.map((a) => a.text)).toEqual(SEED003_ACTIVITIES.map((a) => a.text));
    const logs = await handle.db.select().from(administrationActivities);
    expect(new Set(logs.map((l) => l.on.slice(0, 4)))).toEqual(new Set(['2022', '2023', '2024', '2025', '2026']));
    const procedures = await handle.db.select().from(administrationProcurements);
    expect(procedures.map((p) => p.number)).toContain('MPI CDMX/IR/01/2024');
    expect(procedures.every((p) => p.startedOn <= TODAY)).toBe(true);
  });
});
