// Generates the bimonthly lawsuit report (DOCX or PDF). The plaintiff is printed only for the
// roles of `legal.plaintiffs`, and that read is audited; every generation is audited as an export.
import { and, asc, gte, inArray, isNull, lte, or, eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { loadInstitution, writeDocument } from '../reports/api.js';
import { bimester, lawsuitReportDue } from './legal.logic.js';
import { loadCalendar } from './legal.queries.js';
import { legalLawsuitEvents, legalLawsuits, legalLawsuitTypes, type LawsuitEventKind } from './legal.schema.js';
import { lawsuitReportDocument, type LawsuitReportRow } from './lawsuit-report.document.js';
import { mayReadPersonal, type LegalContext, type LegalDeps } from './legal.service.js';

const EVENT_ES: Record<LawsuitEventKind, string> = {
  hearing: 'Audiencia',
  filing: 'Promoción',
  deadline: 'Plazo',
  stage_change: 'Cambio de etapa',
  note: 'Nota',
};
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export async function lawsuitReportFile(
  { db, crypto: fc }: LegalDeps,
  ctx: LegalContext,
  year: number,
  index: number,
  format: 'docx' | 'pdf',
) {
  const b = bimester(year, index);
  const due = lawsuitReportDue(await loadCalendar(db), b);
  // In course during the bimester: filed by its end and not resolved before it began.
  const suits = await db
    .select({
      id: legalLawsuits.id,
      fileNumber: legalLawsuits.fileNumber,
      typeLabel: legalLawsuitTypes.label,
      court: legalLawsuits.court,
      plaintiffEnc: legalLawsuits.plaintiffEnc,
      claims: legalLawsuits.claims,
      stage: legalLawsuits.stage,
      resolution: legalLawsuits.resolution,
      projectedAmount: legalLawsuits.projectedAmount,
    })
    .from(legalLawsuits)
    .innerJoin(legalLawsuitTypes, eq(legalLawsuitTypes.code, legalLawsuits.typeCode))
    .where(
      and(
        lte(legalLawsuits.filedOn, b.to),
        or(isNull(legalLawsuits.resolvedOn), gte(legalLawsuits.resolvedOn, b.from)),
      ),
    )
    .orderBy(asc(legalLawsuits.filedOn), asc(legalLawsuits.fileNumber));
  const events =
    suits.length === 0
      ? []
      : await db
          .select()
          .from(legalLawsuitEvents)
          .where(
            and(
              inArray(
                legalLawsuitEvents.lawsuitId,
                suits.map((s) => s.id),
              ),
              gte(legalLawsuitEvents.on, b.from),
              lte(legalLawsuitEvents.on, b.to),
            ),
          )
          .orderBy(asc(legalLawsuitEvents.on), asc(legalLawsuitEvents.createdAt));
  const showPlaintiff = mayReadPersonal(ctx.actor);
  const rows: LawsuitReportRow[] = suits.map((s) => ({
    fileNumber: s.fileNumber,
    typeLabel: s.typeLabel,
    court: s.court,
    plaintiff: showPlaintiff ? fc.decrypt(s.plaintiffEnc) : undefined,
    claims: s.claims,
    stage: s.stage,
    resolution: s.resolution,
    projectedAmount: s.projectedAmount,
    followUp: events
      .filter((e) => e.lawsuitId === s.id)
      .map((e) => `${dmy(e.on)} ${EVENT_ES[e.kind]}: ${e.description}`),
  }));
  const { institution } = await loadInstitution(db);
  const file = await writeDocument(lawsuitReportDocument({ due, rows, showPlaintiff, institution }), format);
  const actor = { userId: ctx.actor.userId, username: ctx.actor.username };
  await db.transaction(async (tx) => {
    await audit(tx, {
      actor,
      action: 'export',
      entity: 'legal_lawsuit_report',
      entityId: `${year}-${index}`,
      ip: ctx.ip,
      details: { format, lawsuits: suits.length, plaintiffs: showPlaintiff },
    });
    if (showPlaintiff && suits.length > 0)
      await audit(tx, {
        actor,
        action: 'read_personal',
        entity: 'legal_lawsuit',
        entityId: `${year}-${index}`,
        ip: ctx.ip,
        details: { fields: ['plaintiff'], lawsuitIds: suits.map((s) => s.id), document: 'lawsuit_report' },
      });
  });
  return { file, fileName: `informe-juicios-${year}-bimestre-${index}.${format}`, dueOn: due.dueOn };
}
