import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-interchange-cli-'));

/** The real command line, in a subprocess, against an embedded database in a temporary directory. */
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

const pkg = {
  format: 'salvaguarda/v1',
  cases: [
    {
      folio: 'MPI-2019-007',
      kind: 'incorporation',
      procedure: 'ordinary',
      profile: 'defender',
      identity: 'woman',
      openedOn: '2019-05-14',
      closedOn: null,
      followUps: ['2024-01-10'],
    },
  ],
  measures: [
    {
      id: 'M-000123',
      caseFolio: 'MPI-2019-007',
      type: 'protection',
      name: 'Números de emergencia',
      startedOn: '2023-11-02',
      endedOn: null,
      actions: [{ on: '2024-01-03', count: 30 }],
    },
  ],
  informationRequests: [{ folio: '090171124000001', receivedOn: '2024-01-09', kind: 'public', admissible: true }],
};

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('import / export command line', () => {
  it('refuses an invalid package with every problem and stores nothing; then imports, re-imports and exports', async () => {
    const badFile = path.join(tmp, 'bad.json');
    const bad = structuredClone(pkg) as typeof pkg & { extra?: number };
    bad.cases[0]!.openedOn = '2019-02-30';
    bad.measures[0]!.caseFolio = 'X';
    bad.extra = 1;
    fs.writeFileSync(badFile, JSON.stringify(bad));
    const refused = await cli('import', badFile);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('extra: campo no reconocido');
    expect(refused.stderr).toContain('cases[0].openedOn: fecha no válida');
    expect(refused.stderr).toContain('measures[0].caseFolio: no existe un caso con el folio «X»');

    const out = path.join(tmp, 'out.json');
    expect((await cli('export', out)).code).toBe(0);
    // Nothing stored: the core arrays are empty (catalogues such as the deliverables ship with the product).
    const empty = JSON.parse(fs.readFileSync(out, 'utf8')) as Record<string, unknown>;
    expect([empty.format, empty.cases, empty.measures, empty.informationRequests]).toEqual([
      'salvaguarda/v1',
      [],
      [],
      [],
    ]);

    const goodFile = path.join(tmp, 'good.json');
    fs.writeFileSync(goodFile, JSON.stringify(pkg));
    const first = await cli('import', goodFile);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Casos: 1 nuevos');
    const again = await cli('import', goodFile);
    expect(again.stdout).toContain('Casos: 0 nuevos, 0 actualizados, 1 sin cambios');

    expect((await cli('export', out)).code).toBe(0);
    const whole = JSON.parse(fs.readFileSync(out, 'utf8')) as Record<string, unknown>;
    expect(Object.fromEntries(Object.keys(pkg).map((k) => [k, whole[k]]))).toEqual(pkg);
    expect(Array.isArray(whole.bodySessions)).toBe(true);
    const refusedPersonal = await cli('export', out, '--include-personal-data');
    expect(refusedPersonal.code).not.toBe(0);
    expect(refusedPersonal.stderr).toContain('--include-personal-data');
  }, 120_000);

  it('reports a file that is not JSON', async () => {
    const f = path.join(tmp, 'broken.json');
    fs.writeFileSync(f, '{"format": ');
    const r = await cli('import', f);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no es JSON válido');
  }, 60_000);
});
