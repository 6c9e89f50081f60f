// Issuing: freezes a period's report (contract JSON, narrative, documents and their SHA-256)
// as a new version. Issued rows are never updated; re-issuing creates version n+1.
import crypto from 'node:crypto';
import { and, asc, desc, eq, max } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { audit, type AuditActor } from '../../platform/audit/audit.js';
import { conflict, notFound } from '../../platform/http/errors.js';
import { users } from '../../platform/auth/auth.schema.js';
import { writeDocument, type DocumentFormat } from './documents/index.js';
import { loadOverrides } from './narrative.service.js';
import { publicDocument } from './public.js';
import { FullReport } from './report.contract.js';
import { buildReportDocument } from './report.document.js';
import type { ReportDocument } from './report.model.js';
import { generateReport } from './report.service.js';
import type { ReportSection } from './sections.js';
import { issuedReports } from './reports.schema.js';
import { loadInstitution } from './settings.service.js';

export const sha256 = (data: string | Buffer) => crypto.createHash('sha256').update(data).digest('hex');

export interface IssuedSummary {
  id: string;
  period: { from: string; to: string };
  version: number;
  dataSha256: string;
  docxSha256: string;
  xlsxSha256: string;
  pdfSha256: string;
  /** SHA-256 of the public version's documents issued with it; null before public versions were issued. */
  public: { docxSha256: string; xlsxSha256: string; pdfSha256: string } | null;
  note: string | null;
  issuedBy: string | null;
  issuedAt: string;
}

const summaryColumns = {
  id: issuedReports.id,
  from: issuedReports.periodFrom,
  to: issuedReports.periodTo,
  version: issuedReports.version,
  dataSha256: issuedReports.dataSha256,
  docxSha256: issuedReports.docxSha256,
  xlsxSha256: issuedReports.xlsxSha256,
  pdfSha256: issuedReports.pdfSha256,
  publicDocxSha256: issuedReports.publicDocxSha256,
  publicXlsxSha256: issuedReports.publicXlsxSha256,
  publicPdfSha256: issuedReports.publicPdfSha256,
  note: issuedReports.note,
  issuedBy: users.username,
  issuedAt: issuedReports.issuedAt,
};

type SummaryRow = {
  id: string;
  from: string;
  to: string;
  version: number;
  dataSha256: string;
  docxSha256: string;
  xlsxSha256: string;
  pdfSha256: string;
  publicDocxSha256: string | null;
  publicXlsxSha256: string | null;
  publicPdfSha256: string | null;
  note: string | null;
  issuedBy: string | null;
  issuedAt: Date;
};
const toSummary = ({
  from,
  to,
  issuedAt,
  publicDocxSha256,
  publicXlsxSha256,
  publicPdfSha256,
  ...r
}: SummaryRow): IssuedSummary => ({
  ...r,
  period: { from, to },
  public:
    publicDocxSha256 && publicXlsxSha256 && publicPdfSha256
      ? { docxSha256: publicDocxSha256, xlsxSha256: publicXlsxSha256, pdfSha256: publicPdfSha256 }
      : null,
  issuedAt: issuedAt.toISOString(),
});

export async function issueReport(
  db: Database,
  actor: AuditActor & { userId: string },
  period: { from: string; to: string },
  sections: readonly ReportSection[],
  note: string | null = null,
): Promise<IssuedSummary> {
  const generated = await generateReport(db, period, sections);
  const { overrides } = await loadOverrides(db, period);
  const { institution } = await loadInstitution(db);
  const doc = buildReportDocument(generated, { institution, overrides });
  const dataJson = JSON.stringify(generated.report);
  const [docx, xlsx, pdf] = [
    await writeDocument(doc, 'docx', { contentsPageNumbers: true }),
    await writeDocument(doc, 'xlsx'),
    await writeDocument(doc, 'pdf'),
  ];
  // The public version of the same frozen model, with the paragraphs staff marked public.
  const pub = publicDocument(doc, overrides.public);
  const [publicDocx, publicXlsx, publicPdf] = [
    await writeDocument(pub, 'docx', { contentsPageNumbers: true }),
    await writeDocument(pub, 'xlsx'),
    await writeDocument(pub, 'pdf'),
  ];
  try {
    const id = await db.transaction(async (tx) => {
      const [last] = await tx
        .select({ v: max(issuedReports.version) })
        .from(issuedReports)
        .where(and(eq(issuedReports.periodFrom, period.from), eq(issuedReports.periodTo, period.to)));
      const version = (last?.v ?? 0) + 1;
      const [row] = await tx
        .insert(issuedReports)
        .values({
          periodFrom: period.from,
          periodTo: period.to,
          version,
          dataJson,
          dataSha256: sha256(dataJson),
          narrative: overrides,
          institution,
          document: doc,
          docx,
          docxSha256: sha256(docx),
          xlsx,
          xlsxSha256: sha256(xlsx),
          pdf,
          pdfSha256: sha256(pdf),
          publicDocx,
          publicDocxSha256: sha256(publicDocx),
          publicXlsx,
          publicXlsxSha256: sha256(publicXlsx),
          publicPdf,
          publicPdfSha256: sha256(publicPdf),
          note,
          issuedBy: actor.userId,
        })
        .returning({ id: issuedReports.id });
      await audit(tx, {
        actor,
        action: 'issue',
        entity: 'issued_report',
        entityId: row!.id,
        details: { from: period.from, to: period.to, version },
      });
      return row!.id;
    });
    return (await getIssuedSummary(db, id))!;
  } catch (err) {
    // Two people issuing the same period at once: the unique (period, version) index refuses one.
    if (
      String(
        (err as { code?: string; cause?: { code?: string } }).code ??
          (err as { cause?: { code?: string } }).cause?.code,
      ) === '23505'
    )
      throw conflict();
    throw err;
  }
}

async function getIssuedSummary(db: Database, id: string): Promise<IssuedSummary | null> {
  const [row] = await db
    .select(summaryColumns)
    .from(issuedReports)
    .leftJoin(users, eq(users.id, issuedReports.issuedBy))
    .where(eq(issuedReports.id, id));
  return row ? toSummary(row) : null;
}

export async function listIssued(db: Database, period?: { from: string; to: string }): Promise<IssuedSummary[]> {
  const where = period
    ? and(eq(issuedReports.periodFrom, period.from), eq(issuedReports.periodTo, period.to))
    : undefined;
  const rows = await db
    .select(summaryColumns)
    .from(issuedReports)
    .leftJoin(users, eq(users.id, issuedReports.issuedBy))
    .where(where)
    .orderBy(desc(issuedReports.periodTo), asc(issuedReports.version))
    .limit(500);
  return rows.map(toSummary);
}

/** An issued version exactly as frozen: its contract data and its printable model. */
export async function getIssued(
  db: Database,
  id: string,
): Promise<{ summary: IssuedSummary; report: FullReport; document: ReportDocument }> {
  const summary = await getIssuedSummary(db, id);
  if (!summary) throw notFound();
  const [row] = await db
    .select({ dataJson: issuedReports.dataJson, document: issuedReports.document })
    .from(issuedReports)
    .where(eq(issuedReports.id, id));
  return { summary, report: FullReport.parse(JSON.parse(row!.dataJson)), document: row!.document };
}

const PUBLIC_COLUMNS = {
  docx: issuedReports.publicDocx,
  xlsx: issuedReports.publicXlsx,
  pdf: issuedReports.publicPdf,
} as const;

/**
 * The stored bytes of an issued document (exactly those whose SHA-256 was recorded), whole or its
 * public version; a version issued before public versions existed has none (not found).
 */
export async function issuedDocument(
  db: Database,
  id: string,
  format: DocumentFormat,
  audience: 'internal' | 'public' = 'internal',
): Promise<{ bytes: Buffer; summary: IssuedSummary }> {
  const summary = await getIssuedSummary(db, id);
  if (!summary) throw notFound();
  const column = audience === 'public' ? PUBLIC_COLUMNS[format] : issuedReports[format];
  const [row] = await db.select({ bytes: column }).from(issuedReports).where(eq(issuedReports.id, id));
  if (!row?.bytes) throw notFound();
  return { bytes: row.bytes, summary };
}
