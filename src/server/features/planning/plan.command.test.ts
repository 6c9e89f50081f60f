// `plan indicators` in a subprocess: the real command line and the product's registry, on an
// embedded database in a temporary directory, after importing a data package.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-plan-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    ...process.env,
    SALVAGUARDA_DATA_DIR: path.join(tmp, 'data'),
    SALVAGUARDA_DATA_KEY: Buffer.alloc(32, 7).toString('base64'),
    LOG_LEVEL: 'silent',
  };
  delete (env as Record<string, string | undefined>).DATABASE_URL;
  try {
    const { stdout, stderr } = await run(path.join(root, 'node_modules/.bin/tsx'), ['src/server/main.ts', ...args], {
      cwd: root,
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const aCase = (folio: string, kind: string, openedOn: string, procedure: string | null = null) => ({
  folio,
  kind,
  procedure,
  profile: 'journalist',
  identity: 'man',
  openedOn,
  closedOn: null,
  followUps: [],
});
const pkg = {
  format: 'salvaguarda/v1',
  cases: [
    aCase('MPI-2022-090', 'attention', '2022-12-20'),
    aCase('MPI-2023-001', 'attention', '2023-01-15'),
    aCase('MPI-2023-002', 'attention', '2023-02-15'),
    aCase('MPI-2023-003', 'incorporation', '2023-03-01', 'extraordinary'),
  ],
  measures: [],
  informationRequests: [
    { folio: '090171123000001', receivedOn: '2023-01-09', kind: 'public', admissible: true },
    { folio: '090171123000002', receivedOn: '2023-04-09', kind: 'arco', admissible: true },
  ],
};

describe('plan indicators (CLI)', () => {
  it('prints the contract JSON for a quarter, computed from the imported records', async () => {
    const file = path.join(tmp, 'pkg.json');
    fs.writeFileSync(file, JSON.stringify(pkg));
    expect((await cli('import', file)).code).toBe(0);
    const res = await cli(
      'plan',
      'indicators',
      '--plan',
      'MPI-PAT-2023',
      '--from',
      '2023-01-01',
      '--to',
      '2023-03-31',
      '--format',
      'json',
    );
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(out.plan).toBe('MPI-PAT-2023');
    expect(out.period).toEqual({ from: '2023-01-01', to: '2023-03-31' });
    expect(out.indicators).toHaveLength(25);
    const byCode = Object.fromEntries((out.indicators as Array<{ code: string }>).map((i) => [i.code, i]));
    // 2 new attention cases vs 1 in Q4 2022 (type B) → 200 %.
    expect(byCode['1.2.1']).toEqual({ code: '1.2.1', achieved: 2, programmed: null, percent: 200 });
    expect(byCode['1.2.2 b)']).toEqual({ code: '1.2.2 b)', achieved: 1, programmed: null, percent: null });
    expect(byCode['5.2']).toMatchObject({ achieved: 1 });
    // The Junta's sessions come from the bodies module: none were recorded in the first quarter.
    expect(byCode['1.1.1']).toMatchObject({ code: '1.1.1', achieved: 0, programmed: 1 });
    expect(res.stderr).not.toMatch(/bodies\.sessions/);
  }, 120_000);

  it('refuses bad options and unknown plans with a Spanish message', async () => {
    const bad = await cli('plan', 'indicators', '--plan', 'MPI-PAT-2023', '--from', '2023-04-01', '--to', '2023-01-01');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--from debe ser anterior/);
    const unknown = await cli(
      'plan',
      'indicators',
      '--plan',
      'NO-EXISTE',
      '--from',
      '2023-01-01',
      '--to',
      '2023-03-31',
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/No existe el plan «NO-EXISTE»/);
  }, 120_000);
});
