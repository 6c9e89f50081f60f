// Acceptance test (issue #4): the seed 003 fixture package, imported through the product's
// import, must give the report JSON of seed 003 for 2024-01-01..2024-02-29, number for number.
// The expected numbers are typed from the seed text (testing/seed003.expected.ts), independently
// of the fixture generator.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.js';
import type { DatabaseHandle } from '../../db/client.js';
import { importPackage } from '../interchange/import.service.js';
import { buildBimonthlyReport } from './report.service.js';
import { SEED003_REPORT } from './testing/seed003.expected.js';

const PACKAGE = path.resolve('tests/fixtures/seed003.package.json');
const period = { from: '2024-01-01', to: '2024-02-29' };
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
  const result = await importPackage(handle.db, JSON.parse(fs.readFileSync(PACKAGE, 'utf8')), { actor: null });
  expect(result.ok).toBe(true);
});

afterAll(async () => {
  await handle?.close();
});

/** The report objects of the other modules (shared/docs/interchange.md). */
const MODULE_OBJECTS = [
  'bodySessions',
  'contracts',
  'deliverables',
  'gazettePublications',
  'liaison',
  'monitoring',
  'preventionActions',
  'selfProtectionWorkshops',
];

describe('seed 003 report (January–February 2024)', () => {
  it('Cuadro 3: 53 cases by type, profile and identity', async () => {
    const r = await buildBimonthlyReport(handle.db, period);
    expect(r.casesByType).toEqual(SEED003_REPORT.casesByType);
    expect(r.casesByType.total.total).toBe(53);
  });

  it('Cuadro 4: no incorporations in 2024 up to February', async () => {
    const r = await buildBimonthlyReport(handle.db, period);
    expect(r.incorporationsByMonth).toEqual(SEED003_REPORT.incorporationsByMonth);
  });

  it('Cuadro 5: 87 incorporations since 2016, year by year', async () => {
    const r = await buildBimonthlyReport(handle.db, period);
    expect(r.incorporationsByYear).toEqual(SEED003_REPORT.incorporationsByYear);
    expect(r.incorporationsByYear.total.total).toBe(87);
  });

  it('Cuadro 6: 127 measures with 3,217 actions, row by row in the seed order', async () => {
    const r = await buildBimonthlyReport(handle.db, period);
    expect(r.measures.rows).toEqual(SEED003_REPORT.measures.rows);
    expect(r.measures).toEqual(SEED003_REPORT.measures);
    expect(r.measures.total).toEqual({ measures: 127, actions: 3217 });
  });

  it('Cuadro 11: 14 information requests', async () => {
    const r = await buildBimonthlyReport(handle.db, period);
    expect(r.informationRequests).toEqual(SEED003_REPORT.informationRequests);
  });

  it('the whole document, key order included', async () => {
    const r = await buildBimonthlyReport(handle.db, period);
    expect(JSON.stringify(r)).toBe(JSON.stringify(SEED003_REPORT));
  });
});

describe('seed 003 through the command line', () => {
  it('`import` then `report bimonthly --format json` prints only the seed 003 JSON', { timeout: 120_000 }, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reports-cli-'));
    try {
      const env = { ...process.env, SALVAGUARDA_DATA_DIR: dir, DATABASE_URL: '', NODE_ENV: 'test' };
      delete (env as Record<string, string | undefined>).DATABASE_URL;
      const cli = (args: string[]) =>
        execFileSync('npx', ['tsx', 'src/server/main.ts', ...args], {
          env,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        });
      cli(['import', PACKAGE]);
      const stdout = cli(['report', 'bimonthly', '--from', period.from, '--to', period.to, '--format', 'json']);
      const report = JSON.parse(stdout) as Record<string, unknown>;
      // The core tables as the seed prints them, then every module's object (empty modules give zeros).
      expect(Object.fromEntries(Object.keys(SEED003_REPORT).map((k) => [k, report[k]]))).toEqual(SEED003_REPORT);
      expect(Object.keys(report).slice(Object.keys(SEED003_REPORT).length).sort()).toEqual(MODULE_OBJECTS);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
