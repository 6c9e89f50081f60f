import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { generateData, generatePackage } from './generate/generate.js';
import { SCALES } from './generate/scales.js';
import { createTestDatabase } from '../../../../tests/support/database.js';
import { rowsOf } from '../../db/client.js';
import { testConfig } from '../../../../tests/support/context.js';
import { createFieldCrypto } from '../../platform/crypto/fields.js';
import { keyRingFromFile, newKeyFile } from '../../platform/crypto/keys.js';
import { interchangeDemoSeeder } from './demo.seeder.js';
import { validatePackage } from './package.validate.js';

describe('data generator', () => {
  it('is deterministic for a seed and differs for another seed', () => {
    const a = JSON.stringify(generatePackage({ scale: SCALES.S, seed: 7 }));
    expect(JSON.stringify(generatePackage({ scale: SCALES.S, seed: 7 }))).toBe(a);
    expect(JSON.stringify(generatePackage({ scale: SCALES.S, seed: 8 }))).not.toBe(a);
  });

  it('produces a valid package of the size of scale S, within its years', async () => {
    const pkg = generatePackage({ scale: SCALES.S, until: '2025-12-31' });
    const r = await validatePackage(pkg);
    expect(r.ok ? [] : r.problems.slice(0, 5)).toEqual([]);
    const incorporations = pkg.cases.filter((c) => c.kind === 'incorporation');
    expect(incorporations).toHaveLength(90);
    expect(pkg.measures).toHaveLength(400);
    expect(pkg.measures.reduce((s, m) => s + m.actions.length, 0)).toBe(10_000);
    expect(pkg.informationRequests).toHaveLength(300);
    const dates = [
      ...pkg.cases.map((c) => c.openedOn),
      ...pkg.measures.flatMap((m) => m.actions.map((a) => a.on)),
    ].sort();
    expect(dates[0]! >= '2016-01-01').toBe(true);
    expect(dates[dates.length - 1]! <= '2025-12-31').toBe(true);
    // Actions stay within their measure's life.
    for (const m of pkg.measures)
      for (const a of m.actions) expect(a.on >= m.startedOn! && (m.endedOn === null || a.on <= m.endedOn)).toBe(true);
  });

  it('announces exactly the number of action entries it streams at scale L (checked on the first measures)', () => {
    const data = generateData({ scale: SCALES.L });
    expect(data.actionEntries).toBe(5_000_000);
    expect(data.cases).toHaveLength(50_000);
    expect(data.informationRequests).toHaveLength(200_000);
    let n = 0;
    let entries = 0;
    for (const m of data.measures()) {
      entries += m.actions.length;
      if (++n === 1000) break;
    }
    expect(entries).toBe(1000 * SCALES.L.entriesPerMeasure); // pairs of (mean + r, mean - r)
  });
});

describe('demo seeder', () => {
  it('loads scale S into an empty database, up to today', async () => {
    const handle = await createTestDatabase();
    try {
      const deps = {
        db: handle.db,
        engine: handle.engine,
        config: testConfig(),
        crypto: createFieldCrypto(keyRingFromFile(newKeyFile())),
      };
      const lines = await interchangeDemoSeeder.seed(deps);
      expect(lines[0]).toMatch(/^Datos ficticios cargados: 220 casos, 400 medidas/);
      const [row] = rowsOf<{ cases: number; last: string }>(
        await handle.db.execute(
          sql`select (select count(*)::int from cases) as cases, (select max("on")::text from measure_actions) as last`,
        ),
      );
      expect(row!.cases).toBe(220);
      expect(row!.last >= new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10)).toBe(true);
    } finally {
      await handle.close();
    }
  });
});
