// Legal opinions (seed 002 §4.7): who asked, about what, when it was asked and answered, and the
// signed document (checked, hashed, encrypted). Each write is one transaction with its audit entry;
// a document read is audited as `read_personal` (an opinion may concern a case).
import { and, asc, count, desc, eq, gte, ilike, isNull, isNotNull, lte, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { badRequest, conflict, notFound } from '../../platform/http/errors.js';
import { openFile, sealFile } from '../../platform/files/upload.js';
import { checkedDocument } from './documents.js';
import type { LegalContext, LegalDeps } from './legal.service.js';
import type {
  OpinionCreateInput,
  OpinionListQueryInput,
  OpinionUpdateInput,
} from '../../../common/features/legal.opinions.contract.js';
import { legalOpinionDocuments, legalOpinions } from './legal.schema.js';

const who = (ctx: LegalContext) => ({ userId: ctx.actor.userId, username: ctx.actor.username });
const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const documentsCount = sql<number>`(select count(*)::int from legal_opinion_documents d where d.opinion_id = legal_opinions.id)`;

const rowColumns = {
  id: legalOpinions.id,
  requestedBy: legalOpinions.requestedBy,
  subjectKind: legalOpinions.subjectKind,
  subject: legalOpinions.subject,
  requestedOn: legalOpinions.requestedOn,
  answeredOn: legalOpinions.answeredOn,
  documents: documentsCount,
  version: legalOpinions.version,
};

export async function listOpinions(db: Database, q: OpinionListQueryInput) {
  const where = and(
    q.year
      ? and(gte(legalOpinions.requestedOn, `${q.year}-01-01`), lte(legalOpinions.requestedOn, `${q.year}-12-31`))
      : undefined,
    q.subjectKind ? eq(legalOpinions.subjectKind, q.subjectKind) : undefined,
    q.pending === 'true'
      ? isNull(legalOpinions.answeredOn)
      : q.pending === 'false'
        ? isNotNull(legalOpinions.answeredOn)
        : undefined,
    q.q ? or(ilike(legalOpinions.subject, like(q.q)), ilike(legalOpinions.requestedBy, like(q.q))) : undefined,
  );
  const [total] = await db.select({ n: count() }).from(legalOpinions).where(where);
  const rows = await db
    .select(rowColumns)
    .from(legalOpinions)
    .where(where)
    .orderBy(desc(legalOpinions.requestedOn), asc(legalOpinions.subject))
    .limit(q.limit)
    .offset(q.offset);
  return { total: total!.n, rows };
}

export async function createOpinion({ db }: LegalDeps, ctx: LegalContext, input: OpinionCreateInput) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(legalOpinions)
      .values({ ...input, answeredOn: input.answeredOn ?? null })
      .returning({ id: legalOpinions.id, version: legalOpinions.version });
    await audit(tx, {
      actor: who(ctx),
      action: 'create',
      entity: 'legal_opinion',
      entityId: row!.id,
      ip: ctx.ip,
      details: { subjectKind: input.subjectKind },
    });
    return row!;
  });
}

export async function updateOpinion({ db }: LegalDeps, ctx: LegalContext, id: string, input: OpinionUpdateInput) {
  const { version, ...rest } = input;
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(legalOpinions).where(eq(legalOpinions.id, id));
    if (!current) throw notFound();
    const requestedOn = rest.requestedOn ?? current.requestedOn;
    const answeredOn = rest.answeredOn === undefined ? current.answeredOn : rest.answeredOn;
    if (answeredOn && answeredOn < requestedOn)
      throw badDates('La fecha de respuesta no puede ser anterior a la de solicitud');
    const [row] = await tx
      .update(legalOpinions)
      .set({ ...rest, version: sql`${legalOpinions.version} + 1`, updatedAt: new Date() })
      .where(and(eq(legalOpinions.id, id), eq(legalOpinions.version, version)))
      .returning({ id: legalOpinions.id, version: legalOpinions.version });
    if (!row) throw conflict();
    await audit(tx, {
      actor: who(ctx),
      action: 'update',
      entity: 'legal_opinion',
      entityId: id,
      ip: ctx.ip,
      details: { fields: Object.keys(rest) },
    });
    return row;
  });
}

const badDates = (message: string) => badRequest('validation_failed', [{ path: 'answeredOn', message }]);

const documentMeta = (d: typeof legalOpinionDocuments.$inferSelect) => ({
  id: d.id,
  fileName: d.fileName,
  mediaType: d.mediaType,
  size: d.size,
  sha256: d.sha256,
  createdAt: d.createdAt.toISOString(),
});

export async function getOpinion(db: Database, id: string) {
  const [row] = await db.select(rowColumns).from(legalOpinions).where(eq(legalOpinions.id, id));
  if (!row) throw notFound();
  const docs = await db
    .select()
    .from(legalOpinionDocuments)
    .where(eq(legalOpinionDocuments.opinionId, id))
    .orderBy(asc(legalOpinionDocuments.createdAt));
  return { ...row, documentList: docs.map(documentMeta) };
}

export async function uploadOpinionDocument(
  { db, crypto: fc }: LegalDeps,
  ctx: LegalContext,
  opinionId: string,
  input: { fileName: string; contentBase64: string },
) {
  const doc = checkedDocument(input.contentBase64);
  return db.transaction(async (tx) => {
    const [opinion] = await tx
      .select({ id: legalOpinions.id })
      .from(legalOpinions)
      .where(eq(legalOpinions.id, opinionId));
    if (!opinion) throw notFound();
    const [row] = await tx
      .insert(legalOpinionDocuments)
      .values({
        opinionId,
        fileName: input.fileName,
        mediaType: doc.mediaType,
        size: doc.bytes.length,
        sha256: doc.sha256,
        contentEnc: sealFile(fc, doc.bytes),
        uploadedBy: ctx.actor.userId,
      })
      .returning();
    await audit(tx, {
      actor: who(ctx),
      action: 'create',
      entity: 'legal_opinion_document',
      entityId: row!.id,
      ip: ctx.ip,
      details: { opinionId, sha256: doc.sha256, size: doc.bytes.length, mediaType: doc.mediaType },
    });
    return documentMeta(row!);
  });
}

export async function readOpinionDocument(
  { db, crypto: fc }: LegalDeps,
  ctx: LegalContext,
  opinionId: string,
  documentId: string,
) {
  const [row] = await db
    .select()
    .from(legalOpinionDocuments)
    .where(and(eq(legalOpinionDocuments.id, documentId), eq(legalOpinionDocuments.opinionId, opinionId)));
  if (!row) throw notFound();
  const bytes = openFile(fc, row.contentEnc);
  await audit(db, {
    actor: who(ctx),
    action: 'read_personal',
    entity: 'legal_opinion_document',
    entityId: documentId,
    ip: ctx.ip,
    details: { opinionId },
  });
  return { fileName: row.fileName, mediaType: row.mediaType, bytes };
}
