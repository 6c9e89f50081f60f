// The quarterly progress report ("avance trimestral"): DOCX through the API, opened by LibreOffice
// (converted to PDF) and read back with pdftotext; each sheet's values by quarter must be printed.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { auditLog } from '../../platform/audit/audit.schema.js';
import { planningDemoSeeder } from './planning.seeder.js';
import { figure, LIGHTS } from './planning.section.js';
import { periodName } from './progress-report.document.js';
import type { Light } from './indicators.logic.js';

const hasTool = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const tools = hasTool('soffice') && hasTool('pdftotext');
const AS_OF = '2023-12-31';
const URL = `/api/planning/plans/MPI-PAT-2023/progress-report?asOf=${AS_OF}`;

interface Fig {
  achieved: number | null;
  programmed: number | null;
  percent: number | null;
  light: Light;
}
interface Progress {
  indicators: Array<{ code: string; periods: Array<Fig & { period: string }>; cumulative: Fig }>;
}

let ctx: TestContext;
let planning: TestClient;
beforeAll(async () => {
  ctx = await createTestContext();
  // The values no module holds, typed with evidence (1.1.4, 2.1, 4.1, 5.1, 5.3 and the annual 6).
  await planningDemoSeeder.seed({ db: ctx.deps.db } as never);
  planning = await ctx.signInAs(['planning']);
}, 60_000);
afterAll(async () => ctx?.close());

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const pct = (n: number | null) => (n === null ? 'n.d.' : `${figure(n)}%`);
const row = (label: string, f: Fig) =>
  squash(`${label} ${figure(f.programmed)} ${figure(f.achieved)} ${pct(f.percent)} ${LIGHTS[f.light]}`);

describe('the quarterly progress report', () => {
  it('is a declared download for planning.read only, in DOCX, XLSX and PDF; the export is audited', async () => {
    const docx = await planning.get(URL);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.headers['content-disposition']).toBe(
      `attachment; filename="avance-trimestral-MPI-PAT-2023-${AS_OF}.docx"`,
    );
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const xlsx = await planning.get(`${URL}&format=xlsx`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const pdf = await planning.get(`${URL}&format=pdf`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await planning.get(`${URL}&format=odt`)).statusCode).toBe(400);
    expect((await planning.get('/api/planning/plans/NO-EXISTE/progress-report')).statusCode).toBe(404);
    const cdemp = await ctx.signInAs(['cdemp']);
    expect((await cdemp.get(URL)).statusCode).toBe(403);
    const audits = await ctx.deps.db
      .select({ action: auditLog.action, entityId: auditLog.entityId })
      .from(auditLog)
      .where(eq(auditLog.entity, 'planning_progress_report'));
    expect(audits).toHaveLength(3);
    expect(audits.every((a) => a.action === 'export' && a.entityId === 'MPI-PAT-2023')).toBe(true);
  });

  it.skipIf(!tools)(
    'opens in LibreOffice and prints every sheet with its values by quarter, progress and light',
    { timeout: 240_000 },
    async () => {
      const progress = (
        await planning.get(`/api/planning/plans/MPI-PAT-2023/progress?asOf=${AS_OF}`)
      ).json() as Progress;
      expect(progress.indicators).toHaveLength(25);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'progress-report-'));
      try {
        fs.writeFileSync(path.join(dir, 'r.docx'), (await planning.get(URL)).rawPayload);
        const profile = `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`;
        execFileSync(
          'soffice',
          [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'r.docx')],
          {
            stdio: 'ignore',
            timeout: 200_000,
          },
        );
        execFileSync('pdftotext', ['-layout', path.join(dir, 'r.pdf'), path.join(dir, 'r.txt')]);
        const text = squash(fs.readFileSync(path.join(dir, 'r.txt'), 'utf8'));
        expect(text).toContain('Avance trimestral del Plan Anual de Trabajo 2023');
        const sheets = progress.indicators.map((i) => text.indexOf(`INDICADOR ${i.code}: VALORES POR PERIODO`));
        expect(sheets.every((at) => at >= 0)).toBe(true);
        progress.indicators.forEach((ind, k) => {
          const own = text.slice(sheets[k], k + 1 < sheets.length ? sheets[k + 1] : undefined);
          for (const p of ind.periods) expect(own, `${ind.code} ${p.period}`).toContain(row(periodName(p.period), p));
          expect(own, `${ind.code} cumulative`).toContain(row('Acumulado', ind.cumulative));
        });
        // Hand-worked: 5.3 typed 1 a quarter against its goal 4 (1 a quarter) is on target every quarter.
        const own53 = text.slice(text.indexOf('INDICADOR 5.3:'), text.indexOf('INDICADOR 5.4:'));
        expect(own53).toContain('1.º trimestre 1 1 100% En meta');
        expect(own53).toContain('Acumulado 4 4 100% En meta');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
