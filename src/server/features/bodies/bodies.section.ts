// Report section 1 "ÓRGANOS DE GOBIERNO Y TOMA DE DECISIONES" (seed 003 §1.1–1.2, L72–94):
// Cuadro 1 (Junta de Gobierno), Cuadro 2 (Consejo Consultivo), their lead sentences for zero, one
// and several sessions, and the `bodySessions` object of the report JSON (interchange.md).
import { and, asc, eq, gte, inArray, lte, or } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { Block, ReportSection, SectionBuildContext, TableBlock } from '../reports/api.js';
import { sourceNote } from '../reports/narrative/notes.js';
import { joinList, longDate, numberWord, periodNoun } from '../reports/narrative/spanish.js';
import {
  BODY_CODES,
  type AgendaGroup,
  type BodyCode,
  type SessionType,
} from '../../../common/features/bodies.codes.js';
import { groupedAgenda, ordinalAbbrev, ordinalWord } from './bodies.logic.js';
import { bodyAgendaItems, bodyAgreements, bodyAttendance, bodyMembers, bodySessions } from './bodies.schema.js';

/** A session held in the period. The CEM's agenda texts (encrypted) are not read: its items only count. */
export interface ReportedSession {
  id: string;
  body: BodyCode;
  type: SessionType;
  ordinal: number;
  heldOn: string;
  agenda: Array<{ group: AgendaGroup; text: string; position: number }>;
  agreements: Array<{ text: string }>;
}

export interface BodiesSectionData {
  period: { from: string; to: string };
  sessions: ReportedSession[];
  /** A member of the Consejo Consultivo (or its representative) attended a Junta session in the period. */
  consejoAtJunta: boolean;
}

const bodyOrder = (b: string) => BODY_CODES.indexOf(b as BodyCode);

/** Sessions held in the period, ordered by date, body (contract order) and id. */
export function sortSessions<T extends { heldOn: string; body: string; id: string }>(rows: T[]): T[] {
  return [...rows].sort(
    (a, b) =>
      a.heldOn.localeCompare(b.heldOn) ||
      bodyOrder(a.body) - bodyOrder(b.body) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export async function loadBodiesSection(
  db: Database,
  period: { from: string; to: string },
): Promise<BodiesSectionData> {
  const sessions = await db
    .select()
    .from(bodySessions)
    .where(
      and(eq(bodySessions.status, 'held'), gte(bodySessions.heldOn, period.from), lte(bodySessions.heldOn, period.to)),
    );
  const ids = sessions.map((s) => s.id);
  const agenda = ids.length
    ? await db
        .select()
        .from(bodyAgendaItems)
        .where(inArray(bodyAgendaItems.sessionId, ids))
        .orderBy(asc(bodyAgendaItems.position))
    : [];
  const agreements = ids.length
    ? await db
        .select()
        .from(bodyAgreements)
        .where(inArray(bodyAgreements.sessionId, ids))
        .orderBy(asc(bodyAgreements.position))
    : [];
  const juntaIds = sessions.filter((s) => s.bodyCode === 'junta_gobierno').map((s) => s.id);
  const consejo = juntaIds.length
    ? await db
        .select({ id: bodyAttendance.memberId })
        .from(bodyAttendance)
        .innerJoin(bodyMembers, eq(bodyMembers.id, bodyAttendance.memberId))
        .where(
          and(
            inArray(bodyAttendance.sessionId, juntaIds),
            eq(bodyAttendance.present, true),
            or(eq(bodyMembers.bodyCode, 'consejo_consultivo'), eq(bodyMembers.representsBody, 'consejo_consultivo')),
          ),
        )
        .limit(1)
    : [];
  return {
    period,
    consejoAtJunta: consejo.length > 0,
    sessions: sortSessions(
      sessions.map((s) => ({
        id: s.id,
        body: s.bodyCode as BodyCode,
        type: s.type as SessionType,
        ordinal: s.ordinal,
        heldOn: s.heldOn!,
        agenda: agenda
          .filter((a) => a.sessionId === s.id)
          .map((a) => ({ group: a.group as AgendaGroup, text: a.text ?? '', position: a.position })),
        agreements: agreements.filter((a) => a.sessionId === s.id).map((a) => ({ text: a.text })),
      })),
    ),
  };
}

/** The `bodySessions` object of the report JSON (shared/docs/interchange.md). */
export function bodySessionsContract(data: BodiesSectionData) {
  const rows = data.sessions.map((s) => ({
    id: s.id,
    body: s.body,
    type: s.type,
    ordinal: s.ordinal,
    heldOn: s.heldOn,
    agendaItems: s.agenda.length,
    agreements: s.agreements.length,
  }));
  const byBody: Record<string, { ordinary: number; extraordinary: number; agreements: number }> = {};
  for (const code of BODY_CODES) {
    const mine = rows.filter((r) => r.body === code);
    if (mine.length === 0) continue;
    byBody[code] = {
      ordinary: mine.filter((r) => r.type === 'ordinary').length,
      extraordinary: mine.filter((r) => r.type === 'extraordinary').length,
      agreements: mine.reduce((n, r) => n + r.agreements, 0),
    };
  }
  return {
    bodySessions: {
      rows,
      byBody,
      total: {
        sessions: rows.length,
        agendaItems: rows.reduce((n, r) => n + r.agendaItems, 0),
        agreements: rows.reduce((n, r) => n + r.agreements, 0),
      },
    },
  };
}

const TYPE_WORD: Record<SessionType, string> = { ordinary: 'Ordinaria', extraordinary: 'Extraordinaria' };
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const sessionName = (s: ReportedSession) => `${ordinalWord(s.ordinal)} Sesión ${TYPE_WORD[s.type]}`;

/** "Temas abordados": items without heading, "Para aprobación:", "Para conocimiento:", then the agreements. */
export function topicsCell(s: ReportedSession, style: 'junta' | 'consejo'): string {
  const lines: string[] = [];
  const items = groupedAgenda(s.agenda);
  const none = items.filter((i) => i.group === 'none');
  const approval = items.filter((i) => i.group === 'approval');
  const information = items.filter((i) => i.group === 'information');
  lines.push(...none.map((i) => `• ${i.text}`));
  if (approval.length) lines.push('Para aprobación:', ...approval.map((i) => `• ${i.text}`));
  if (information.length) {
    const lead =
      style === 'consejo'
        ? lines.length
          ? 'De la misma forma para conocimiento se presentaron los siguientes temas:'
          : 'Para conocimiento se presentaron los siguientes temas:'
        : 'Para conocimiento:';
    lines.push(lead, ...information.map((i) => `• ${i.text}`));
  }
  if (s.agreements.length === 1) lines.push(`Finalmente se acordó ${lowerFirst(s.agreements[0]!.text)}`);
  else if (s.agreements.length > 1)
    lines.push('Finalmente se tomaron los siguientes acuerdos:', ...s.agreements.map((a) => `• ${a.text}`));
  return lines.join('\n');
}

function sessionsTable(
  id: string,
  title: string,
  sessions: ReportedSession[],
  style: 'junta' | 'consejo',
  number: number,
  short: string,
): TableBlock {
  return {
    kind: 'table',
    id,
    number,
    title,
    header: [
      [{ text: 'Número de sesión' }, { text: 'Tipo de Sesión' }, { text: 'Fecha' }, { text: 'Temas abordados' }],
    ],
    body: sessions.map((s) => [ordinalWord(s.ordinal), TYPE_WORD[s.type], longDate(s.heldOn), topicsCell(s, style)]),
    totalRows: 0,
    align: ['center', 'center', 'center', 'left'],
    notes: [sourceNote(short)],
  };
}

/** Seed 003 L76, with the zero and plural forms the seed does not show. */
export function juntaLead(
  sessions: ReportedSession[],
  period: { from: string; to: string },
  institutionName: string,
): string {
  const during = `Durante ${periodNoun(period.from, period.to)} a reportar`;
  const of = `de la Junta de Gobierno del ${institutionName}`;
  if (sessions.length === 0) return `${during} no se llevaron a cabo sesiones ${of}.`;
  if (sessions.length === 1)
    return `${during} se llevó a cabo la ${sessionName(sessions[0]!)} ${of}, como parte de los puntos abordados destacan los siguientes:`;
  return `${during} se llevaron a cabo ${numberWord(sessions.length, 'f')} sesiones ${of}: ${joinList(
    sessions.map((s) => `la ${sessionName(s)}`),
  )}; como parte de los puntos abordados destacan los siguientes:`;
}

/** Seed 003 L88, with the zero and plural forms and without the Junta sentence when nobody attended. */
export function consejoLead(
  sessions: ReportedSession[],
  consejoAtJunta: boolean,
  period: { from: string; to: string },
  short: string,
): string {
  const consejo = `Consejo Consultivo del ${short}`;
  const opening = `Referente a las actividades de este órgano, se comunica que durante ${periodNoun(period.from, period.to)} reportado`;
  const abbrev = (s: ReportedSession) => `${ordinalAbbrev(s.ordinal)} Sesión ${TYPE_WORD[s.type]}`;
  const held =
    sessions.length === 1
      ? `el ${longDate(sessions[0]!.heldOn)}, se celebró la ${abbrev(sessions[0]!)} del ${consejo}.`
      : `se celebraron ${numberWord(sessions.length, 'f')} sesiones del ${consejo}: ${joinList(
          sessions.map((s) => `la ${abbrev(s)}, el ${longDate(s.heldOn)}`),
        )}.`;
  if (consejoAtJunta) {
    const first = `${opening} el ${consejo} participó en la Junta de Gobierno.`;
    if (sessions.length === 0) return `${first} No se celebraron sesiones del ${consejo}.`;
    return `${first} De igual forma ${held}`;
  }
  if (sessions.length === 0) return `${opening} no se celebraron sesiones del ${consejo}.`;
  return `${opening}, ${held}`;
}

export function buildBodiesSection(data: BodiesSectionData, ctx: SectionBuildContext): { blocks: Block[] } {
  const short = ctx.institution.shortName;
  const year = data.period.to.slice(0, 4);
  const junta = data.sessions.filter((s) => s.body === 'junta_gobierno');
  const consejo = data.sessions.filter((s) => s.body === 'consejo_consultivo');
  const blocks: Block[] = [{ kind: 'heading', id: 'bodies.junta', text: 'Junta de Gobierno.' }];
  blocks.push({ kind: 'paragraph', id: 'bodies.junta', text: juntaLead(junta, data.period, ctx.institution.name) });
  if (junta.length)
    blocks.push(
      sessionsTable('bodies.junta', `SESIONES JUNTA DE GOBIERNO ${year}`, junta, 'junta', ctx.nextTable(), short),
    );
  blocks.push({ kind: 'heading', id: 'bodies.consejo', text: `Consejo Consultivo del ${short}.` });
  blocks.push({
    kind: 'paragraph',
    id: 'bodies.consejo',
    text: consejoLead(consejo, data.consejoAtJunta, data.period, short),
  });
  if (consejo.length)
    blocks.push(
      sessionsTable(
        'bodies.consejo',
        `SESIONES CONSEJO CONSULTIVO ${year}`,
        consejo,
        'consejo',
        ctx.nextTable(),
        short,
      ),
    );
  return { blocks };
}

export const bodiesSection: ReportSection<BodiesSectionData> = {
  id: 'bodies',
  order: 100,
  title: (ctx) => `ÓRGANOS DE GOBIERNO Y TOMA DE DECISIONES DEL ${ctx.institution.shortName}`,
  load: ({ db, period }) => loadBodiesSection(db, period),
  contract: bodySessionsContract,
  build: buildBodiesSection,
};
