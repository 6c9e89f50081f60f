// Section "TRANSPARENCIA Y GOBIERNO ABIERTO" of the bimonthly report (seed 003 §7): the request
// statistics (the information-request Cuadro) always, and paragraphs only when the unit recorded
// the underlying data: portal work (§7.1), SIPOT updates (§7.1.2), the Comité's sessions (bodies
// module) and integration steps (§7.2), classifications, answered requests, training, and
// open government activities (§7.4). The sentences are written in narratives.ts.
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
import { committeeSessions as committeeSessionsOf } from '../bodies/committee.queries.js';
import {
  committeeStepParagraphs,
  openGovernmentParagraphs,
  portalParagraphs,
  sessionParagraphs,
  sipotParagraph,
  type CommitteeSession,
} from './narratives.js';
import { loadFacts } from './statistics.service.js';
import { trainingCoverage } from './training.logic.js';
import {
  informationRequestDetails,
  transparencyActivities,
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

async function sipotRows(db: Database, from: string, to: string) {
  return db
    .select({ period: transparencyObligationUpdates.period, area: transparencyObligations.responsibleArea })
    .from(transparencyObligationUpdates)
    .innerJoin(transparencyObligations, eq(transparencyObligations.id, transparencyObligationUpdates.obligationId))
    .where(and(gte(transparencyObligationUpdates.updatedOn, from), lte(transparencyObligationUpdates.updatedOn, to)));
}

async function activitiesIn(db: Database, from: string, to: string) {
  return db
    .select()
    .from(transparencyActivities)
    .where(and(gte(transparencyActivities.occurredOn, from), lte(transparencyActivities.occurredOn, to)))
    .orderBy(asc(transparencyActivities.occurredOn), asc(transparencyActivities.createdAt));
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

/** Seed 003 §7.2: the Comité's sessions held in the period (bodies module), their agenda as topics. */
async function committeeSessions(db: Database, from: string, to: string): Promise<CommitteeSession[]> {
  const rows = await committeeSessionsOf(db, { heldFrom: from, heldTo: to });
  return rows.map((r) => ({ kind: r.kind, ordinal: r.ordinal, heldOn: r.heldOn!, topics: r.topics }));
}

async function deadlinesParagraph(db: Database, from: string, to: string): Promise<string | null> {
  const { facts } = await loadFacts(db, from, to, new Date(), { closedOnly: true });
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

/** The paragraphs the unit's records give for the period (empty or null where nothing was recorded). */
export interface TransparencySectionData {
  /** §7.1 */
  portal: string[];
  /** §7.1.2 */
  sipot: string | null;
  /** §7.2: each session's lead and topic bullets, then the integration steps. */
  sessions: string[];
  committee: string | null;
  committeeSteps: string[];
  deadlines: string | null;
  training: string | null;
  /** §7.4 */
  openGovernment: string[];
}

export async function loadTransparencySection(
  db: Database,
  from: string,
  to: string,
): Promise<TransparencySectionData> {
  const activities = await activitiesIn(db, from, to);
  const of = (c: (typeof activities)[number]['category']) => activities.filter((a) => a.category === c);
  const portal = portalParagraphs(of('portal'));
  const sessions = (await committeeSessions(db, from, to)).flatMap(sessionParagraphs);
  return {
    portal,
    sipot: sipotParagraph(await sipotRows(db, from, to), portal.length > 0),
    sessions,
    committee: await committeeParagraph(db, from, to),
    committeeSteps: committeeStepParagraphs(of('committee'), sessions.length > 0),
    deadlines: await deadlinesParagraph(db, from, to),
    training: await trainingParagraph(db, to),
    openGovernment: openGovernmentParagraphs(of('open_government')),
  };
}

export const transparencySection: ReportSection<TransparencySectionData> = {
  id: 'transparency',
  order: 700,
  title: 'TRANSPARENCIA Y GOBIERNO ABIERTO',
  load: ({ db, period }) => loadTransparencySection(db, period.from, period.to),
  build(data, ctx) {
    const blocks: Block[] = [];
    const list = (id: string, texts: readonly string[]) =>
      texts.forEach((text, i) => blocks.push({ kind: 'paragraph', id: `${id}${i + 1}`, text }));
    if (data.portal.length > 0) {
      blocks.push({ kind: 'heading', id: 'transparency.portal', text: 'Portales de transparencia.' });
      list('transparency.portal', data.portal);
    }
    if (data.sipot) {
      blocks.push({
        kind: 'heading',
        id: 'transparency.sipot',
        text: 'Plataforma del Sistema de Obligaciones de Transparencia (SIPOT).',
      });
      blocks.push({ kind: 'paragraph', id: 'transparency.sipot', text: data.sipot });
    }
    if (data.sessions.length > 0 || data.committee || data.committeeSteps.length > 0) {
      blocks.push({ kind: 'heading', id: 'transparency.committee', text: 'Comité de Transparencia.' });
      list('transparency.committee.session', data.sessions);
      list('transparency.committee.step', data.committeeSteps);
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
    if (data.openGovernment.length > 0) {
      blocks.push({ kind: 'heading', id: 'transparency.openGovernment', text: 'Gobierno Abierto.' });
      list('transparency.openGovernment', data.openGovernment);
    }
    return { blocks };
  },
};
