// The bimonthly lawsuit report as staff download it: which lawsuits it lists, its due date on the
// business-day calendar (weekends, holidays, published non-working days), and who sees the plaintiff.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { auditLog } from '../../platform/audit/audit.schema.js';
import { DEFAULT_INSTITUTION } from '../reports/report.model.js';
import { transparencyNonWorkingDays } from '../transparency/transparency.schema.js';
import { createCalendar } from '../transparency/calendar.js';
import { lawsuitReportDocument } from './lawsuit-report.document.js';
import { bimester, lawsuitReportDue } from './legal.logic.js';

/** One entry of a ZIP (the DOCX's word/document.xml), read from the central directory. */
function unzipEntry(zip: Buffer, name: string): string {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = zip.readUInt32LE(eocd + 16);
  const entries = zip.readUInt16LE(eocd + 10);
  for (let i = 0; i < entries; i++) {
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    if (zip.subarray(p + 46, p + 46 + nameLen).toString('utf8') === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  throw new Error(`${name} not in archive`);
}
/** The DOCX's visible text: runs joined, tags dropped. */
const docxText = (file: Buffer) =>
  unzipEntry(file, 'word/document.xml')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');

describe('lawsuit report document (pure)', () => {
  const due = lawsuitReportDue(createCalendar(), bimester(2024, 1));
  const row = {
    fileNumber: 'JCA-1/2024',
    typeLabel: 'Laboral',
    court: 'Junta Local',
    plaintiff: 'Nombre Ficticio',
    claims: 'Reinstalación',
    stage: 'evidence' as const,
    resolution: null,
    projectedAmount: '1500.5',
    followUp: [],
  };
  it('leaves the plaintiff column out when the reader may not see it', () => {
    const table = (show: boolean) =>
      lawsuitReportDocument({
        due,
        rows: [row],
        showPlaintiff: show,
        institution: DEFAULT_INSTITUTION,
      }).sections[0]!.blocks.find((b) => b.kind === 'table')!;
    const withP = table(true);
    const without = table(false);
    if (withP.kind !== 'table' || without.kind !== 'table') throw new Error('no table');
    expect(withP.header[0]!.map((h) => h.text)).toContain('Parte actora');
    expect(withP.body[0]).toContain('Nombre Ficticio');
    expect(without.header[0]!.map((h) => h.text)).not.toContain('Parte actora');
    expect(JSON.stringify(without)).not.toContain('Nombre Ficticio');
    expect(without.body[0]).toContain('Pruebas');
    expect(without.body.at(-1)!.at(-1)).toMatch(/1,500\.50/);
  });
  it('says so when no lawsuit was in course, without an empty table', () => {
    const doc = lawsuitReportDocument({ due, rows: [], showPlaintiff: true, institution: DEFAULT_INSTITUTION });
    expect(doc.sections[0]!.blocks.map((b) => b.kind)).toEqual(['paragraph']);
    expect(doc.subtitle).toContain('07 de marzo de 2024');
  });
});

let ctx: TestContext;
let legal: TestClient;
let dg: TestClient;
let admin: TestClient;
let planning: TestClient;
let cdemp: TestClient;

beforeAll(async () => {
  ctx = await createTestContext();
  legal = await ctx.signInAs(['legal']);
  dg = await ctx.signInAs(['dg']);
  admin = await ctx.signInAs(['admin']);
  planning = await ctx.signInAs(['planning']);
  cdemp = await ctx.signInAs(['cdemp']);
  const suit = (fileNumber: string, filedOn: string, plaintiff: string, projectedAmount: string | null) => ({
    fileNumber,
    typeCode: 'labour',
    court: 'Junta Local de Conciliación y Arbitraje',
    plaintiff,
    claims: 'Reinstalación',
    projectedAmount,
    filedOn,
  });
  const a = await legal.post('/api/legal/lawsuits', suit('JCA-100/2023', '2023-11-10', 'Actora Ficticia Uno', '1000'));
  await legal.post(`/api/legal/lawsuits/${a.json().id}/events`, {
    kind: 'hearing',
    on: '2024-02-12',
    description: 'Audiencia de ofrecimiento de pruebas',
  });
  await legal.patch(`/api/legal/lawsuits/${a.json().id}`, { version: 1, stage: 'evidence' });
  await legal.post('/api/legal/lawsuits', suit('TJA-7/2024', '2024-02-20', 'Actora Ficticia Dos', '2500.25'));
  // Filed after the bimester: not in it.
  await legal.post('/api/legal/lawsuits', suit('JCA-300/2024', '2024-03-02', 'Actora Ficticia Tres', '9'));
  // Resolved before the bimester began: not in it.
  const old = await legal.post('/api/legal/lawsuits', suit('JCA-1/2022', '2022-05-02', 'Actora Ficticia Cuatro', '7'));
  await legal.patch(`/api/legal/lawsuits/${old.json().id}`, {
    version: 1,
    stage: 'concluded',
    resolution: 'Laudo absolutorio',
    resolvedOn: '2023-12-15',
  });
});
afterAll(() => ctx.close());

const download = (c: TestClient, q: string) => c.get(`/api/legal/lawsuit-reports/document?${q}`);

describe('lawsuit report route', () => {
  it('lists the bimester’s lawsuits with state, follow-up and projected quantification (DOCX)', async () => {
    const res = await download(legal, 'year=2024&bimester=1&format=docx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const text = docxText(res.rawPayload);
    expect(text).toContain('JCA-100/2023');
    expect(text).toContain('TJA-7/2024');
    expect(text).not.toContain('JCA-300/2024');
    expect(text).not.toContain('JCA-1/2022');
    expect(text).toContain('12/02/2024 Audiencia: Audiencia de ofrecimiento de pruebas');
    expect(text).toContain('Pruebas');
    expect(text).toMatch(/\$3,500\.25/); // the total of the projected quantifications
    expect(text).toContain('07 de marzo de 2024'); // due date: five business days after Thursday 29 Feb
    expect(text).toContain('Actora Ficticia Uno');
  });

  it('prints the plaintiff only for legal and dg, audits the read, and refuses roles without legal.read', async () => {
    const asDg = docxText((await download(dg, 'year=2024&bimester=1')).rawPayload);
    expect(asDg).toContain('Parte actora');
    expect(asDg).toContain('Actora Ficticia Dos');
    const asAdmin = await download(admin, 'year=2024&bimester=1');
    expect(asAdmin.statusCode).toBe(200);
    const adminText = docxText(asAdmin.rawPayload);
    expect(adminText).toContain('TJA-7/2024');
    expect(adminText).not.toContain('Parte actora');
    expect(adminText).not.toContain('Actora Ficticia');
    for (const c of [planning, cdemp]) expect((await download(c, 'year=2024&bimester=1')).statusCode).toBe(403);
    const reads = (userId: string) =>
      ctx.handle.db
        .select()
        .from(auditLog)
        .where(
          and(
            eq(auditLog.actorUserId, userId),
            eq(auditLog.action, 'read_personal'),
            eq(auditLog.entity, 'legal_lawsuit'),
          ),
        );
    expect(await reads(dg.user.id)).toHaveLength(1);
    expect(await reads(admin.user.id)).toHaveLength(0);
    const exports = await ctx.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'export'), eq(auditLog.entity, 'legal_lawsuit_report')));
    expect(exports.length).toBeGreaterThanOrEqual(3);
  });

  it('moves the due date with a published non-working day and refuses a bimester outside 1..6', async () => {
    await ctx.handle.db.insert(transparencyNonWorkingDays).values({ day: '2024-03-05', description: 'Inhábil' });
    const text = docxText((await download(legal, 'year=2024&bimester=1')).rawPayload);
    expect(text).toContain('08 de marzo de 2024');
    const bad = await download(legal, 'year=2024&bimester=7');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Bimestre inválido');
  });

  it('writes a PDF with the same content', async () => {
    const res = await download(admin, 'year=2024&bimester=1&format=pdf');
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (spawnSync('sh', ['-c', 'command -v pdftotext']).status !== 0) return;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawsuits-'));
    try {
      fs.writeFileSync(path.join(dir, 'r.pdf'), res.rawPayload);
      const text = spawnSync('pdftotext', [path.join(dir, 'r.pdf'), '-']).stdout.toString('utf8');
      expect(text).toContain('TJA-7/2024');
      expect(text).not.toContain('Actora Ficticia');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
