// Report sections of prevention and liaison (seed 003): §3 CAPACITACIONES (Cuadros 7 and 8),
// §4 VINCULACIÓN INTERINSTITUCIONAL (events and meetings), §8 ACTIVIDADES A LA COMUNIDAD and
// §9 ANEXO FOTOGRÁFICO; and the report JSON objects `selfProtectionWorkshops`,
// `preventionActions` and `liaison` (shared/docs/interchange.md).
import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { cases, measures } from '../../records/records.schema.js';
import {
  reportImage,
  type Block,
  type ImageBlock,
  type ReportSection,
  type SectionBuildContext,
  type TableBlock,
} from '../reports/api.js';
import { cutNote, sourceNote } from '../reports/narrative/notes.js';
import { MONTHS, capitalize, joinList, periodNoun } from '../reports/narrative/spanish.js';
import { dash } from '../reports/sections/format.js';
import {
  countAgreementActions,
  countAgreementsSigned,
  liaisonInPeriod,
  photosInPeriod,
  sessionsInPeriod,
  type ActivityRow,
  type LiaisonRow,
} from './prevention.queries.js';

export interface Period {
  from: string;
  to: string;
}

export interface ParticipantCounts {
  woman: number;
  man: number;
  lgbttti: number;
  preferNotToSay: number;
  total: number;
}

export interface ActivityInPeriod extends ParticipantCounts {
  id: string;
  format: ActivityRow['format'];
  modality: ActivityRow['modality'];
  title: string;
  objective: string;
  partner: string | null;
  thematicLine: number | null;
  /** Session dates in the period, in order. */
  dates: string[];
  sessions: number;
  hours: number;
  /** Public "Dirigido a" label: typed, or derived from the linked case's kind of person (never the case). */
  target: string;
  /** How the lead sentence names the target when the workshop carries out a case measure. */
  caseTarget: 'collective' | 'individual' | null;
}

export interface PreventionData {
  period: Period;
  workshops: ActivityInPeriod[];
  trainings: ActivityInPeriod[];
}

export interface LiaisonData {
  period: Period;
  activities: Array<
    Pick<LiaisonRow, 'code' | 'kind' | 'on' | 'institution' | 'title' | 'international' | 'description'>
  >;
  agreementActions: number;
  agreementsSigned: number;
}

export interface PhotoData {
  period: Period;
  photos: Array<{ id: string; caption: string; on: string; image: ImageBlock | null }>;
}

const DEFAULT_TARGET = 'Personas defensoras de derechos humanos y periodistas';

function genericTarget(identity: string, profile: string): string {
  const who = profile === 'journalist' ? 'personas periodistas' : 'personas defensoras de derechos humanos';
  if (identity === 'collective') return `Colectivo de ${who}`;
  return profile === 'journalist' ? 'Persona periodista' : 'Persona defensora de derechos humanos';
}

const sum = (p: Omit<ParticipantCounts, 'total'>) => p.woman + p.man + p.lgbttti + p.preferNotToSay;

/** Activities of a kind with at least one session in the period; sessions and hours count only those. */
export async function loadActivities(
  db: Database,
  kind: ActivityRow['kind'],
  period: Period,
): Promise<ActivityInPeriod[]> {
  const rows = await sessionsInPeriod(db, kind, period.from, period.to);
  const byId = new Map<string, ActivityInPeriod & { measureId: string | null }>();
  for (const { activity: a, session: s } of rows) {
    let item = byId.get(a.id);
    if (!item) {
      const counts = { woman: a.women, man: a.men, lgbttti: a.lgbttti, preferNotToSay: a.preferNotToSay };
      item = {
        id: a.code,
        format: a.format,
        modality: a.modality,
        title: a.title,
        objective: a.objective,
        partner: a.partner,
        thematicLine: a.thematicLine,
        dates: [],
        sessions: 0,
        hours: 0,
        ...counts,
        total: sum(counts),
        target: a.targetLabel ?? DEFAULT_TARGET,
        caseTarget: null,
        measureId: a.measureId,
      };
      byId.set(a.id, item);
    }
    item.dates.push(s.on);
    item.sessions += 1;
    item.hours = Math.round((item.hours + Number(s.hours)) * 100) / 100;
  }
  const linked = [...byId.values()].filter((i) => i.measureId);
  if (linked.length) {
    const people = await db
      .select({ measureId: measures.id, identity: cases.identity, profile: cases.profile })
      .from(measures)
      .innerJoin(cases, eq(cases.id, measures.caseId))
      .where(
        inArray(
          measures.id,
          linked.map((l) => l.measureId!),
        ),
      );
    for (const item of linked) {
      const p = people.find((x) => x.measureId === item.measureId);
      if (!p) continue;
      item.caseTarget = p.identity === 'collective' ? 'collective' : 'individual';
      if (item.target === DEFAULT_TARGET) item.target = genericTarget(p.identity, p.profile);
    }
  }
  // Ordered by their first session in the period, then id.
  return [...byId.values()]
    .map(({ measureId: _m, ...rest }) => rest)
    .sort((a, b) => a.dates[0]!.localeCompare(b.dates[0]!) || a.id.localeCompare(b.id));
}

export async function loadPrevention(db: Database, period: Period): Promise<PreventionData> {
  return {
    period,
    workshops: await loadActivities(db, 'self_protection_workshop', period),
    trainings: await loadActivities(db, 'training', period),
  };
}

export async function loadLiaison(db: Database, period: Period): Promise<LiaisonData> {
  const rows = await liaisonInPeriod(db, period.from, period.to);
  return {
    period,
    activities: rows.map((r) => ({
      code: r.code,
      kind: r.kind,
      on: r.on,
      institution: r.institution,
      title: r.title,
      international: r.international,
      description: r.description,
    })),
    agreementActions: await countAgreementActions(db, period.from, period.to),
    agreementsSigned: await countAgreementsSigned(db, period.from, period.to),
  };
}

// ---- report JSON ----

const counts = (r: ParticipantCounts) => ({
  woman: r.woman,
  man: r.man,
  lgbttti: r.lgbttti,
  preferNotToSay: r.preferNotToSay,
  total: r.total,
});

function totals(rows: ParticipantCounts[]) {
  const t = { woman: 0, man: 0, lgbttti: 0, preferNotToSay: 0, total: 0 };
  for (const r of rows) {
    t.woman += r.woman;
    t.man += r.man;
    t.lgbttti += r.lgbttti;
    t.preferNotToSay += r.preferNotToSay;
    t.total += r.total;
  }
  return t;
}

export function preventionContract(data: PreventionData) {
  const w = data.workshops;
  const byThematicLine: Record<string, number> = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, none: 0 };
  for (const t of data.trainings) byThematicLine[t.thematicLine === null ? 'none' : String(t.thematicLine)]! += 1;
  return {
    selfProtectionWorkshops: {
      rows: w.map((r) => ({ id: r.id, sessions: r.sessions, hours: r.hours, ...counts(r) })),
      total: {
        sessions: w.reduce((n, r) => n + r.sessions, 0),
        hours: Math.round(w.reduce((n, r) => n + r.hours, 0) * 100) / 100,
        ...totals(w),
      },
    },
    preventionActions: {
      rows: data.trainings.map((r) => ({ id: r.id, dates: r.dates, ...counts(r) })),
      byThematicLine,
      total: { activities: data.trainings.length, ...totals(data.trainings) },
    },
  };
}

export function liaisonContract(data: LiaisonData) {
  const of = (k: LiaisonRow['kind']) => data.activities.filter((a) => a.kind === k).length;
  return {
    liaison: {
      events: of('event'),
      meetings: of('meeting'),
      community: of('community'),
      international: data.activities.filter((a) => a.international).length,
      agreementActions: data.agreementActions,
      agreementsSigned: data.agreementsSigned,
    },
  };
}

// ---- Spanish wording ----

const dd = (iso: string) => iso.slice(8, 10);
const monthOf = (iso: string) => MONTHS[Number(iso.slice(5, 7)) - 1]!;

/** "08 y 15 de febrero de 2024", "30 de enero y 06 de febrero de 2024" (Cuadro 8's Fecha). */
export function datesPhrase(dates: readonly string[]): string {
  const years: string[] = [];
  for (const year of [...new Set(dates.map((d) => d.slice(0, 4)))]) {
    const inYear = dates.filter((d) => d.startsWith(year));
    const months = [...new Set(inYear.map((d) => d.slice(0, 7)))].map((ym) => {
      const days = inYear.filter((d) => d.startsWith(ym)).map(dd);
      return `${joinList(days)} de ${monthOf(`${ym}-01`)}`;
    });
    years.push(`${joinList(months)} de ${year}`);
  }
  return joinList(years);
}

/** "el mes de febrero" when every date falls in one month, "los meses de enero y febrero", else the period noun. */
export function monthsPhrase(dates: readonly string[], period: Period): string {
  const months = [...new Set(dates.map((d) => d.slice(0, 7)))].sort();
  if (months.length === 1) return `el mes de ${monthOf(`${months[0]}-01`)}`;
  const sameYear = new Set(months.map((m) => m.slice(0, 4))).size === 1;
  if (months.length > 1 && sameYear) return `los meses de ${joinList(months.map((m) => monthOf(`${m}-01`)))}`;
  return periodNoun(period.from, period.to);
}

const FORMAT: Record<ActivityRow['format'], { label: string; f: boolean }> = {
  taller: { label: 'Taller', f: false },
  seminario: { label: 'Seminario', f: false },
  curso: { label: 'Curso', f: false },
  foro: { label: 'Foro', f: false },
  platica: { label: 'Plática', f: true },
  conversatorio: { label: 'Conversatorio', f: false },
};

function modalityWord(m: ActivityRow['modality'], feminine: boolean): string {
  if (m === 'virtual') return 'virtual';
  if (m === 'in_person') return 'presencial';
  return feminine ? 'híbrida' : 'híbrido';
}

/** Cuadro 8's Acciones: `{Formato} {modalidad} “{título}”`. */
export function actionLabel(a: Pick<ActivityInPeriod, 'format' | 'modality' | 'title'>): string {
  const f = FORMAT[a.format];
  return `${f.label} ${modalityWord(a.modality, f.f)} “${a.title}”`;
}

/** Cuadro 8's Objetivo, built from the partner and the objective (never a pasted sentence). */
export function objectiveText(a: Pick<ActivityInPeriod, 'partner' | 'objective'>): string {
  const objective = a.objective.trim();
  if (!a.partner) return capitalize(objective);
  const rest = objective.charAt(0).toLowerCase() + objective.slice(1);
  return `En colaboración con la organización ${a.partner}, el cual tuvo como objetivo ${rest}`;
}

const hoursText = (h: number) => h.toLocaleString('en-US', { maximumFractionDigits: 2 });

// ---- §3 CAPACITACIONES ----

export const WORKSHOPS_PURPOSE =
  'Los talleres de autoprotección tienen como finalidad facilitar a las personas defensoras de derechos humanos, periodistas y colaboradoras periodísticas que ejercen la libertad de expresión, herramientas que les permitan trazar un conjunto de acciones preventivas para enfrentar riesgos y reducir las probabilidades de consumación de alguna agresión.';

export function trainingsPurpose(period: Period): string {
  return `Las Acciones de Prevención y Capacitación se encuentran dirigidas a personas defensoras de derechos humanos y periodistas o colaboradoras periodísticas, representantes e integrantes de colectivas y organizaciones sociales así como a estudiantes o personas miembros de la academia cuya actividad esté relacionada con la defensa de derechos humanos, la libertad de expresión y el periodismo, por lo que estas acciones buscan proporcionar herramientas que les permita ejercer sus actividades de forma más segura, en este sentido durante ${periodNoun(period.from, period.to)} llevamos a cabo las siguientes actividades:`;
}

/** "Durante el mes de febrero, se otorgaron 3 sesiones de taller de autoprotección dirigido a un caso colectivo como medida preventiva. A continuación, se detalla." */
export function workshopsLead(workshops: ActivityInPeriod[], period: Period): string {
  const when = monthsPhrase(
    workshops.flatMap((w) => w.dates),
    period,
  );
  if (workshops.length === 0)
    return `Durante ${periodNoun(period.from, period.to)} no se otorgaron sesiones de taller de autoprotección.`;
  const sessions = workshops.reduce((n, w) => n + w.sessions, 0);
  const verb = sessions === 1 ? 'se otorgó 1 sesión' : `se otorgaron ${sessions} sesiones`;
  if (workshops.length === 1) {
    const w = workshops[0]!;
    const target =
      w.caseTarget === 'collective'
        ? ' dirigido a un caso colectivo como medida preventiva'
        : w.caseTarget === 'individual'
          ? ' dirigido a un caso individual como medida preventiva'
          : ` dirigido a ${w.target.charAt(0).toLowerCase()}${w.target.slice(1)}`;
    return `Durante ${when}, ${verb} de taller de autoprotección${target}. A continuación, se detalla.`;
  }
  return `Durante ${when}, ${verb} de ${workshops.length} talleres de autoprotección. A continuación, se detalla.`;
}

export function workshopsTable(
  workshops: ActivityInPeriod[],
  number: number,
  period: Period,
  short: string,
): TableBlock {
  const body = workshops.map((w, i) => [
    String(i + 1),
    w.target,
    String(w.sessions),
    hoursText(w.hours),
    dash(w.woman),
    dash(w.man),
    dash(w.lgbttti),
    dash(w.total),
  ]);
  if (workshops.length > 1) {
    const t = totals(workshops);
    body.push([
      'Totales',
      '',
      String(workshops.reduce((n, w) => n + w.sessions, 0)),
      hoursText(workshops.reduce((n, w) => n + w.hours, 0)),
      dash(t.woman),
      dash(t.man),
      dash(t.lgbttti),
      dash(t.total),
    ]);
  }
  return {
    kind: 'table',
    id: 'selfProtectionWorkshops',
    number,
    title: 'SESIONES DEL TALLER AUTOPROTECCIÓN',
    header: [
      [
        { text: 'No.', rowSpan: 2 },
        { text: 'Dirigido a:', rowSpan: 2 },
        { text: 'Número de sesiones', rowSpan: 2 },
        { text: 'Número de horas', rowSpan: 2 },
        { text: 'Personas participantes', colSpan: 4 },
      ],
      [{ text: 'Mujeres' }, { text: 'Hombres' }, { text: 'LGBTTTI' }, { text: 'Total' }],
    ],
    body,
    totalRows: workshops.length > 1 ? 1 : 0,
    align: ['center', 'left', 'center', 'center', 'center', 'center', 'center', 'center'],
    notes: [cutNote(period.to), sourceNote(short)],
  };
}

export function trainingsTable(trainings: ActivityInPeriod[], number: number, short: string): TableBlock {
  const t = totals(trainings);
  const body = trainings.map((a) => [
    actionLabel(a),
    datesPhrase(a.dates),
    objectiveText(a),
    dash(a.woman),
    dash(a.man),
    dash(a.preferNotToSay),
    dash(a.total),
  ]);
  body.push(['Totales', '', '', dash(t.woman), dash(t.man), dash(t.preferNotToSay), dash(t.total)]);
  return {
    kind: 'table',
    id: 'preventionActions',
    number,
    title: 'ACCIONES DE PREVENCIÓN Y CAPACITACIÓN DIRIGIDAS A PERSONAS DEFENSORAS DE DERECHOS HUMANOS Y PERIODISTAS',
    header: [
      [
        { text: 'Acciones', rowSpan: 2 },
        { text: 'Fecha', rowSpan: 2 },
        { text: 'Objetivo', rowSpan: 2 },
        { text: 'Número de participantes', colSpan: 4 },
      ],
      [{ text: 'Mujeres' }, { text: 'Hombres' }, { text: 'Prefiero no decirlo' }, { text: 'Total' }],
    ],
    body,
    totalRows: 1,
    align: ['left', 'left', 'left', 'center', 'center', 'center', 'center'],
    notes: [sourceNote(short)],
  };
}

/** Seed 003 §3.1: the programme the workshops and actions belong to. */
export const PREVENTION_HEADING =
  'Prevención para el ejercicio de la libertad de expresión y el derecho a defender derechos humanos.';

export function buildPrevention(data: PreventionData, ctx: SectionBuildContext) {
  const short = ctx.institution.shortName;
  const blocks: Block[] = [];
  blocks.push({ kind: 'heading', id: 'prevention.freedom', text: PREVENTION_HEADING });
  blocks.push({ kind: 'heading', id: 'prevention.workshops', text: 'Talleres de autoprotección.', level: 3 });
  blocks.push({ kind: 'paragraph', id: 'prevention.workshops.purpose', text: WORKSHOPS_PURPOSE });
  blocks.push({ kind: 'paragraph', id: 'prevention.workshops.lead', text: workshopsLead(data.workshops, data.period) });
  if (data.workshops.length) blocks.push(workshopsTable(data.workshops, ctx.nextTable(), data.period, short));
  blocks.push({ kind: 'heading', id: 'prevention.actions', text: 'Acciones de Prevención y Capacitación.', level: 3 });
  if (data.trainings.length) {
    blocks.push({ kind: 'paragraph', id: 'prevention.actions.purpose', text: trainingsPurpose(data.period) });
    blocks.push(trainingsTable(data.trainings, ctx.nextTable(), short));
  } else {
    blocks.push({
      kind: 'paragraph',
      id: 'prevention.actions.none',
      text: `Durante ${periodNoun(data.period.from, data.period.to)} no se llevaron a cabo acciones de prevención y capacitación.`,
    });
  }
  return { blocks };
}

// ---- §4 VINCULACIÓN INTERINSTITUCIONAL ----

export const LIAISON_PURPOSE = (short: string) =>
  `El ${short} participa en eventos con la colaboración de diversas instituciones y organizaciones del ámbito gubernamental, con la finalidad de crear alianzas que permitan un trabajo conjunto para garantizar y fortalecer el libre ejercicio de la libertad y el derecho a defender derechos, incorporando la perspectiva de género, la igualdad y equidad de género.`;

export const EVENTS_LEAD = (short: string) =>
  `El ${short} participó en diferentes eventos con la finalidad de fortalecer las relaciones interinstitucionales, así como fomentar la promoción y defensa de los derechos de las personas periodistas y defensoras de derechos humanos; al respecto, se enuncian los siguientes:`;

const withPeriod = (s: string) => (/[.:]$/.test(s) ? s : `${s}.`);

/** "El 09 de enero, …": the stored description, or a sentence from the title. */
export function liaisonBullet(a: LiaisonData['activities'][number], short: string): string {
  const date = `El ${dd(a.on)} de ${monthOf(a.on)}`;
  if (a.description) return `${date}, ${a.description}`;
  if (a.kind === 'meeting') return `${date}, el ${short} sostuvo una reunión: “${a.title}”.`;
  if (a.kind === 'community') return `${date}, ${withPeriod(a.title)}`;
  return `${date}, el ${short} participó en “${a.title}”.`;
}

function itemBlocks(items: LiaisonData['activities'], short: string, prefix: string): Block[] {
  return items.flatMap((a): Block[] => [
    { kind: 'paragraph', id: `${prefix}.${a.code}.institution`, text: withPeriod(a.institution) },
    { kind: 'paragraph', id: `${prefix}.${a.code}`, text: `- ${liaisonBullet(a, short)}` },
  ]);
}

export function buildLiaison(data: LiaisonData, ctx: SectionBuildContext) {
  const short = ctx.institution.shortName;
  const noun = periodNoun(data.period.from, data.period.to);
  const events = data.activities.filter((a) => a.kind === 'event');
  const meetings = data.activities.filter((a) => a.kind === 'meeting');
  const international = data.activities.filter((a) => a.kind === 'international');
  const blocks: Block[] = [
    { kind: 'heading', id: 'liaison.collaboration', text: 'Colaboración interinstitucional.' },
    { kind: 'paragraph', id: 'liaison.purpose', text: LIAISON_PURPOSE(short) },
    { kind: 'heading', id: 'liaison.events', text: 'Eventos.', level: 3 },
  ];
  if (events.length) {
    blocks.push({ kind: 'paragraph', id: 'liaison.events.lead', text: EVENTS_LEAD(short) });
    blocks.push(...itemBlocks(events, short, 'liaison.event'));
  } else
    blocks.push({ kind: 'paragraph', id: 'liaison.events.none', text: `Durante ${noun} no se registraron eventos.` });
  blocks.push({ kind: 'heading', id: 'liaison.meetings', text: 'Reuniones', level: 3 });
  if (meetings.length) blocks.push(...itemBlocks(meetings, short, 'liaison.meeting'));
  else
    blocks.push({
      kind: 'paragraph',
      id: 'liaison.meetings.none',
      text: `Durante ${noun} no se registraron reuniones.`,
    });
  if (international.length) {
    blocks.push({ kind: 'heading', id: 'liaison.international', text: 'Colaboración internacional.' });
    blocks.push(...itemBlocks(international, short, 'liaison.international'));
  }
  return { blocks };
}

// ---- §8 ACTIVIDADES A LA COMUNIDAD ----

export function buildCommunity(data: LiaisonData, ctx: SectionBuildContext) {
  const short = ctx.institution.shortName;
  const items = data.activities.filter((a) => a.kind === 'community');
  if (items.length === 0)
    return {
      blocks: [
        {
          kind: 'paragraph' as const,
          id: 'community.none',
          text: `Durante ${periodNoun(data.period.from, data.period.to)} no se registraron actividades a la comunidad.`,
        },
      ],
    };
  // One lead per convening institution or programme, in the order of its first date.
  const groups = [...new Set(items.map((a) => a.institution))];
  const blocks: Block[] = [];
  groups.forEach((institution, g) => {
    const own = items.filter((a) => a.institution === institution);
    // Seed 003 §8.1 heads each programme with its quoted name ("“La Escuela es Nuestra. Mejor Escuela”").
    const programme = /“[^”]+”/.exec(institution)?.[0];
    if (programme) blocks.push({ kind: 'heading', id: `community.programme${g + 1}`, text: programme });
    blocks.push({
      kind: 'paragraph',
      id: `community.lead${g + 1}`,
      text: `Durante ${monthsPhrase(
        own.map((a) => a.on),
        data.period,
      )}, personas servidoras públicas del ${short} participaron, en representación del Director General, en ${institution}, en las fechas y lugares siguientes:`,
    });
    for (const a of own)
      blocks.push({ kind: 'paragraph', id: `community.${a.code}`, text: `- ${liaisonBullet(a, short)}` });
  });
  return { blocks };
}

// ---- §9 ANEXO FOTOGRÁFICO ----

/** The annex by month: each photo (downscaled, see reports/images.ts) followed by its caption. */
export function buildPhotos(data: PhotoData) {
  if (data.photos.length === 0)
    return {
      blocks: [{ kind: 'paragraph' as const, id: 'photos.none', text: 'No se registraron fotografías en el periodo.' }],
    };
  const blocks: Block[] = [];
  for (const month of [...new Set(data.photos.map((p) => p.on.slice(0, 7)))]) {
    blocks.push({ kind: 'heading', id: `photos.${month}`, text: monthOf(`${month}-01`) });
    for (const p of data.photos.filter((x) => x.on.startsWith(month))) {
      if (p.image) blocks.push(p.image);
      blocks.push({ kind: 'paragraph', id: `photos.${p.id}`, text: p.caption });
    }
  }
  if (data.photos.some((p) => !p.image))
    blocks.push({
      kind: 'paragraph',
      id: 'photos.note',
      text: 'Las fotografías que no pudieron incluirse se consultan en el sistema, en la página de cada actividad.',
    });
  return { blocks };
}

// ---- the sections ----

export const preventionSection: ReportSection<PreventionData> = {
  id: 'prevention',
  order: 300,
  title: 'CAPACITACIONES',
  load: ({ db, period }) => loadPrevention(db, period),
  contract: preventionContract,
  build: buildPrevention,
};

export const liaisonSection: ReportSection<LiaisonData> = {
  id: 'liaison',
  order: 400,
  title: 'VINCULACIÓN INTERINSTITUCIONAL',
  load: ({ db, period }) => loadLiaison(db, period),
  contract: liaisonContract,
  build: buildLiaison,
};

export const communitySection: ReportSection<LiaisonData> = {
  id: 'community',
  order: 800,
  title: 'ACTIVIDADES A LA COMUNIDAD',
  load: ({ db, period }) => loadLiaison(db, period),
  build: buildCommunity,
};

export const photosSection: ReportSection<PhotoData> = {
  id: 'photos',
  order: 900,
  title: 'ANEXO FOTOGRÁFICO',
  load: async ({ db, period }) => ({
    period,
    photos: (await photosInPeriod(db, period.from, period.to)).map((p) => ({
      id: p.id,
      caption: p.caption,
      on: p.on,
      image: reportImage(`photos.image.${p.id}`, p.caption, Buffer.from(p.bytes), p.mime),
    })),
  }),
  build: buildPhotos,
};

export const preventionSections = [preventionSection, liaisonSection, communitySection, photosSection];
