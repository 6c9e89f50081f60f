// Section "TRANSPARENCIA Y GOBIERNO ABIERTO" of the bimonthly report (seed 003 §7): the request
// statistics (the information-request Cuadro) always, and paragraphs only when the unit recorded
// the underlying data (SIPOT updates, committee classifications, answered requests, training).
import { and, asc, eq, gte, isNotNull, lte } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import {
  count,
  joinList,
  longDate,
  numberWord,
  requestStatisticsBlocks,
  type Block,
  type ReportSection,
} from '../reports/api.js';
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

/** The paragraphs the unit's records give for the period (null where nothing was recorded). */
export interface TransparencySectionData {
  sipot: string | null;
  sessions: string[];
  committee: string | null;
  deadlines: string | null;
  training: string | null;
}

export async function loadTransparencySection(
  db: Database,
  from: string,
  to: string,
): Promise<TransparencySectionData> {
  return {
    sipot: await sipotParagraph(db, from, to),
    sessions: await sessionParagraphs(db, from, to),
    committee: await committeeParagraph(db, from, to),
    deadlines: await deadlinesParagraph(db, from, to),
    training: await trainingParagraph(db, to),
  };
}

export const transparencySection: ReportSection<TransparencySectionData> = {
  id: 'transparency',
  order: 700,
  title: 'TRANSPARENCIA Y GOBIERNO ABIERTO',
  load: ({ db, period }) => loadTransparencySection(db, period.from, period.to),
  build(data, ctx) {
    const blocks: Block[] = [];
    if (data.sipot) {
      blocks.push({
        kind: 'heading',
        id: 'transparency.sipot',
        text: 'Plataforma del Sistema de Obligaciones de Transparencia (SIPOT).',
      });
      blocks.push({ kind: 'paragraph', id: 'transparency.sipot', text: data.sipot });
    }
    if (data.sessions.length > 0 || data.committee) {
      blocks.push({ kind: 'heading', id: 'transparency.committee', text: 'Comité de Transparencia.' });
      data.sessions.forEach((text, i) =>
        blocks.push({ kind: 'paragraph', id: `transparency.committee.session${i + 1}`, text }),
      );
      if (data.committee) blocks.push({ kind: 'paragraph', id: 'transparency.committee', text: data.committee });
    }
    const stats = requestStatisticsBlocks(ctx.core, ctx.nextTable(), ctx.institution.shortName);
    blocks.push(stats.heading, stats.paragraph);
    if (data.deadlines) blocks.push({ kind: 'paragraph', id: 'transparency.deadlines', text: data.deadlines });
    blocks.push(stats.table);
    if (data.training) {
      blocks.push({ kind: 'heading', id: 'transparency.training', text: 'Capacitación.' });
      blocks.push({ kind: 'paragraph', id: 'transparency.training', text: data.training });
    }
    return { blocks };
  },
};
