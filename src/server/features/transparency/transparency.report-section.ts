// The richer "TRANSPARENCIA Y GOBIERNO ABIERTO" section of the bimonthly report (seed 003 §7).
// It supersedes the reports feature's fallback under the same id: the request statistics
// (Cuadro 11) are reused unchanged, and paragraphs are added only when the unit recorded the
// underlying data (SIPOT updates, committee classifications, answered requests, training), so a
// report of imported data alone reads exactly like the fallback.
import { and, asc, eq, gte, isNotNull, lte } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { requestsParagraph } from '../reports/narrative/requests.narrative.js';
import { count, joinList, longDate, numberWord } from '../reports/narrative/spanish.js';
import type { Block } from '../reports/report.model.js';
import { registerReportSection, type LegacyReportSection, type SectionContext } from '../reports/sections.js';
import { informationRequestsTable } from '../reports/sections/requests.section.js';
import { loadFacts } from './statistics.service.js';
import { trainingCoverage } from './training.logic.js';
import {
  informationRequestDetails,
  transparencyCommitteeSessions,
  transparencyCourses,
  transparencyObligationUpdates,
  transparencyObligations,
  transparencyStaff,
  transparencyTrainings,
} from './transparency.schema.js';

const ORDINAL_Q = ['primer', 'segundo', 'tercer', 'cuarto'];

/** '2023-Q4' -> "cuarto trimestre de 2023"; '2024-H1' -> "primer semestre de 2024"; '2024' -> "ejercicio 2024". */
export function periodWords(key: string): string {
  const y = key.slice(0, 4);
  if (key.includes('-Q')) return `${ORDINAL_Q[Number(key.slice(6)) - 1]} trimestre de ${y}`;
  if (key.includes('-H')) return `${key.endsWith('1') ? 'primer' : 'segundo'} semestre de ${y}`;
  return `ejercicio ${y}`;
}

async function sipotParagraph(db: Database, from: string, to: string): Promise<string | null> {
  const rows = await db
    .select({ period: transparencyObligationUpdates.period, area: transparencyObligations.responsibleArea })
    .from(transparencyObligationUpdates)
    .innerJoin(transparencyObligations, eq(transparencyObligations.id, transparencyObligationUpdates.obligationId))
    .where(and(gte(transparencyObligationUpdates.updatedOn, from), lte(transparencyObligationUpdates.updatedOn, to)));
  if (rows.length === 0) return null;
  const periods = [...new Set(rows.map((r) => r.period))].sort().map(periodWords);
  const areas = [...new Set(rows.map((r) => r.area))].sort((a, b) => a.localeCompare(b, 'es'));
  return `Se llevó a cabo la actualización del SIPOT correspondiente al ${joinList(periods)}, ${count(rows.length, 'formato', 'formatos', 'm')} en total, efectuada por ${joinList(areas)}, en la Plataforma Nacional de Transparencia, así como en la Plataforma Local.`;
}

async function committeeParagraph(db: Database, from: string, to: string): Promise<string | null> {
  const rows = await db
    .select({ classification: informationRequestDetails.classification })
    .from(informationRequestDetails)
    .where(
      and(
        isNotNull(informationRequestDetails.classificationDecidedOn),
        gte(informationRequestDetails.classificationDecidedOn, from),
        lte(informationRequestDetails.classificationDecidedOn, to),
      ),
    );
  const classified = rows.filter((r) => r.classification && r.classification !== 'public');
  if (classified.length === 0) return null;
  const reserved = classified.filter(
    (r) => r.classification === 'reserved' || r.classification === 'partially_reserved',
  ).length;
  const confidential = classified.length - reserved;
  const parts = [];
  if (reserved > 0) parts.push(`${count(reserved, 'como reservada', 'como reservadas', 'f')}`);
  if (confidential > 0) parts.push(`${count(confidential, 'como confidencial', 'como confidenciales', 'f')}`);
  return `El Comité de Transparencia resolvió la clasificación de la información de ${count(classified.length, 'solicitud', 'solicitudes', 'f')}: ${joinList(parts)}.`;
}

const ORDINAL_F = [
  'Primera',
  'Segunda',
  'Tercera',
  'Cuarta',
  'Quinta',
  'Sexta',
  'Séptima',
  'Octava',
  'Novena',
  'Décima',
];

/** Seed 003 §7.2: "El 31 de enero de 2024 se llevó a cabo la Primera Sesión Extraordinaria del Comité…". */
async function sessionParagraphs(db: Database, from: string, to: string): Promise<string[]> {
  const rows = await db
    .select()
    .from(transparencyCommitteeSessions)
    .where(and(gte(transparencyCommitteeSessions.heldOn, from), lte(transparencyCommitteeSessions.heldOn, to)))
    .orderBy(asc(transparencyCommitteeSessions.heldOn));
  return rows.map((r) => {
    const name = `${ORDINAL_F[r.ordinal - 1] ?? `${r.ordinal}a`} Sesión ${r.kind === 'ordinary' ? 'Ordinaria' : 'Extraordinaria'}`;
    const topics = r.topics.trim().replace(/[.;\s]+$/, '');
    return `El ${longDate(r.heldOn!)} se llevó a cabo la ${name} del Comité de Transparencia.${topics ? ` En dicha sesión se abordaron los siguientes temas: ${topics}.` : ''}`;
  });
}

async function deadlinesParagraph(db: Database, from: string, to: string): Promise<string | null> {
  const { facts } = await loadFacts(db, from, to);
  const closed = facts.filter((f) => f.closedOn && f.channel !== 'imported');
  if (closed.length === 0) return null;
  const late = closed.filter((f) => f.closedLate).length;
  const inTime = closed.length - late;
  const lead = `De las solicitudes concluidas, ${inTime === closed.length ? (closed.length === 1 ? 'la única se atendió' : `las ${numberWord(closed.length, 'f')} se atendieron`) : `${numberWord(inTime, 'f')} ${inTime === 1 ? 'se atendió' : 'se atendieron'}`} dentro del plazo legal`;
  return late === 0 ? `${lead}.` : `${lead} y ${numberWord(late, 'f')} fuera de él.`;
}

async function trainingParagraph(db: Database, to: string): Promise<string | null> {
  const year = Number(to.slice(0, 4));
  const [staff, courses, trainings] = await Promise.all([
    db.select().from(transparencyStaff),
    db.select().from(transparencyCourses),
    db.select().from(transparencyTrainings).where(lte(transparencyTrainings.completedOn, to)),
  ]);
  const c = trainingCoverage(year, staff, courses, trainings);
  if (c.staff === 0 || trainings.length === 0) return null;
  return `Al ${longDate(to)}, ${count(c.trained, 'persona servidora pública concluyó', 'personas servidoras públicas concluyeron', 'f')} los cursos obligatorios en materia de transparencia del ejercicio ${year}, de un total de ${c.staff} (${c.percent}%), con miras a la certificación "100% capacitados".`;
}

export async function buildTransparencySection(ctx: SectionContext) {
  // Without a database (documents built from contract data alone) only the statistics remain.
  const db = (ctx.db ?? null) as Database | null;
  const { from, to } = ctx.period;
  const blocks: Block[] = [];
  const sipot = db && (await sipotParagraph(db, from, to));
  if (sipot) {
    blocks.push({
      kind: 'heading',
      id: 'transparency.sipot',
      text: 'Plataforma del Sistema de Obligaciones de Transparencia (SIPOT).',
    });
    blocks.push({ kind: 'paragraph', id: 'transparency.sipot', text: sipot });
  }
  const sessions = db ? await sessionParagraphs(db, from, to) : [];
  const committee = db && (await committeeParagraph(db, from, to));
  if (sessions.length > 0 || committee) {
    blocks.push({ kind: 'heading', id: 'transparency.committee', text: 'Comité de Transparencia.' });
    sessions.forEach((text, i) =>
      blocks.push({ kind: 'paragraph', id: `transparency.committee.session${i + 1}`, text }),
    );
    if (committee) blocks.push({ kind: 'paragraph', id: 'transparency.committee', text: committee });
  }
  const number = ctx.nextTable();
  blocks.push({ kind: 'heading', id: 'transparency.requests', text: 'Estadística de solicitudes de información.' });
  blocks.push({
    kind: 'paragraph',
    id: 'transparency.requests',
    text: requestsParagraph(ctx.data.informationRequests, ctx.period),
  });
  const deadlines = db && (await deadlinesParagraph(db, from, to));
  if (deadlines) blocks.push({ kind: 'paragraph', id: 'transparency.deadlines', text: deadlines });
  blocks.push(informationRequestsTable(ctx.data, number, ctx.institution.shortName));
  const training = db && (await trainingParagraph(db, to));
  if (training) {
    blocks.push({ kind: 'heading', id: 'transparency.training', text: 'Capacitación.' });
    blocks.push({ kind: 'paragraph', id: 'transparency.training', text: training });
  }
  return { blocks };
}

export const transparencySection: LegacyReportSection = {
  id: 'transparency',
  order: 70,
  title: 'TRANSPARENCIA Y GOBIERNO ABIERTO',
  build: buildTransparencySection,
};

registerReportSection(transparencySection);
