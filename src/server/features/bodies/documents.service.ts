// Session documents (convocatoria, signed acta, annexes): type by magic bytes, size limit, SHA-256,
// bytes kept in the database (bytea) so backups carry them; and the acta draft generated as DOCX.
import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { z } from 'zod';
import type { AppDeps } from '../../platform/deps.js';
import { audit, auditNow } from '../../platform/audit/audit.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import { longDate } from '../reports/narrative/spanish.js';
import { agendaTextOf } from './agenda-text.js';
import { auditActor, requireRestrictedAccess, requireWrite, type BodiesContext } from './bodies.access.js';
import type { DocumentUpload } from '../../../common/features/bodies.contract.js';
import { groupedAgenda, ofBody, ordinalWord, sessionDate } from './bodies.logic.js';
import { agendaOfSession, agreementsOfSession, bodyByCode, membersOfBody, sessionById } from './bodies.queries.js';
import { bodyAttendance, bodyDocuments } from './bodies.schema.js';

type Deps = Pick<AppDeps, 'db' | 'crypto'>;

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The file's real type from its first bytes (a renamed file is refused): PDF, or DOCX (a zip with word/). */
export function sniffDocument(bytes: Buffer): { mime: string; ext: 'pdf' | 'docx' } | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return { mime: 'application/pdf', ext: 'pdf' };
  const zip = bytes.length > 30 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (zip && bytes.includes('[Content_Types].xml') && bytes.includes('word/')) return { mime: DOCX_MIME, ext: 'docx' };
  return null;
}

export async function uploadDocument(
  { db }: Deps,
  ctx: BodiesContext,
  sessionId: string,
  input: z.infer<typeof DocumentUpload>,
) {
  const session = await sessionById(db, sessionId);
  const body = await bodyByCode(db, session.bodyCode);
  await requireWrite(db, ctx, body);
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length > MAX_DOCUMENT_BYTES) throw new AppError('bodies_file_too_large', 413);
  const type = sniffDocument(bytes);
  if (!type) throw new AppError('bodies_file_type', 415);
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const base = input.filename.replace(/\.(pdf|docx)$/i, '');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(bodyDocuments)
      .values({
        sessionId,
        kind: input.kind,
        filename: `${base}.${type.ext}`,
        mime: type.mime,
        size: bytes.length,
        sha256,
        bytes,
        uploadedBy: ctx.actor.userId,
      })
      .returning({ id: bodyDocuments.id });
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'create',
      entity: 'body_document',
      entityId: row!.id,
      ip: ctx.ip,
      details: { session: sessionId, kind: input.kind, size: bytes.length, sha256 },
    });
    return { id: row!.id, version: 1, sha256, size: bytes.length };
  });
}

/** Served only to roles that may see the body (CEM documents: case roles). */
export async function getDocument({ db }: Deps, ctx: BodiesContext, id: string) {
  const [doc] = await db.select().from(bodyDocuments).where(eq(bodyDocuments.id, id));
  if (!doc) throw notFound();
  const session = await sessionById(db, doc.sessionId);
  const body = await bodyByCode(db, session.bodyCode);
  await requireRestrictedAccess(db, ctx, body, id);
  await auditNow(db, {
    actor: auditActor(ctx.actor),
    action: 'read',
    entity: 'body_document',
    entityId: id,
    ip: ctx.ip,
    details: { session: doc.sessionId, kind: doc.kind },
  });
  return doc;
}

const GROUP_TITLES: Record<string, string> = {
  none: '',
  approval: 'Para aprobación:',
  information: 'Para conocimiento:',
};

/** A DOCX draft of the acta from the session's record; the secretary completes and signs it. */
export async function actaDraft({ db, crypto: fc }: Deps, ctx: BodiesContext, sessionId: string): Promise<Buffer> {
  const session = await sessionById(db, sessionId);
  const body = await bodyByCode(db, session.bodyCode);
  await requireRestrictedAccess(db, ctx, body, sessionId);
  const agenda = groupedAgenda(await agendaOfSession(db, sessionId));
  const agreements = await agreementsOfSession(db, sessionId);
  const members = await membersOfBody(db, session.bodyCode);
  const present = new Set(
    (
      await db
        .select({ m: bodyAttendance.memberId })
        .from(bodyAttendance)
        .where(and(eq(bodyAttendance.sessionId, sessionId), eq(bodyAttendance.present, true)))
    ).map((r) => r.m),
  );
  const type = session.type === 'ordinary' ? 'Ordinaria' : 'Extraordinaria';
  const title = `Acta de la ${ordinalWord(session.ordinal)} Sesión ${type} ${session.year} ${ofBody(body.name)}`;
  const p = (text: string, opts: { bold?: boolean } = {}) =>
    new Paragraph({
      spacing: { after: 120 },
      children: [new TextRun({ text, bold: opts.bold, font: 'Arial', size: 22 })],
    });
  const children: Paragraph[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: title, font: 'Arial' })],
    }),
    p(`Fecha: ${longDate(sessionDate(session))}${session.place ? `. Lugar: ${session.place}` : ''}.`),
    p('Lista de asistencia', { bold: true }),
    ...members
      .filter((m) => present.has(m.id))
      .map((m) => p(`• ${m.name}${m.post ? `, ${m.post}` : ''}${m.institution ? ` (${m.institution})` : ''}`)),
    p(
      session.quorumReached === false
        ? `Sin quórum. Motivo registrado: ${session.noQuorumReason ?? ''}`
        : 'Se declara la existencia de quórum legal para sesionar.',
    ),
    p('Orden del día', { bold: true }),
  ];
  let group = '';
  for (const item of agenda) {
    if (item.group !== group && GROUP_TITLES[item.group]) children.push(p(GROUP_TITLES[item.group]!, { bold: true }));
    group = item.group;
    children.push(p(`• ${agendaTextOf(item, fc)}`));
  }
  if (agreements.length) {
    children.push(p('Acuerdos', { bold: true }));
    for (const a of agreements)
      children.push(
        p(
          `${String(a.number).padStart(2, '0')}/${a.year}. ${a.text}${a.responsible ? ` Responsable: ${a.responsible}.` : ''}${a.dueOn ? ` Fecha compromiso: ${longDate(a.dueOn)}.` : ''}`,
        ),
      );
  }
  children.push(
    p('Borrador generado por Salvaguarda a partir del registro de la sesión; no tiene validez sin firmas.'),
  );
  await auditNow(db, {
    actor: auditActor(ctx.actor),
    action: body.restrictedAgenda ? 'read_personal' : 'read',
    entity: 'body_session',
    entityId: sessionId,
    ip: ctx.ip,
    details: { document: 'acta_draft' },
  });
  return Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}
