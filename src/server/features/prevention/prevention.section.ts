// Report sections of prevention and liaison (seed 003): §3 CAPACITACIONES (Cuadros 7 and 8),
// §4 VINCULACIÓN INTERINSTITUCIONAL (events and meetings), §8 ACTIVIDADES A LA COMUNIDAD and
// §9 ANEXO FOTOGRÁFICO; and the report JSON objects `selfProtectionWorkshops`,
// `preventionActions` and `liaison` (shared/docs/interchange.md).
import {
  reportImage,
  type Block,
  type ReportSection,
  type SectionBuildContext,
  type TableBlock,
} from '../reports/api.js';
import { cutNote, sourceNote } from '../reports/narrative/notes.js';
import { periodNoun } from '../reports/narrative/spanish.js';
import { dash } from '../reports/sections/format.js';
import { photosInPeriod, type LiaisonRow } from './prevention.queries.js';
import {
  type Period,
  type ParticipantCounts,
  type ActivityInPeriod,
  type PreventionData,
  type LiaisonData,
  type PhotoData,
  loadPrevention,
  loadLiaison,
} from './prevention.report-data.js';
import { actionLabel, datesPhrase, dd, hoursText, monthOf, monthsPhrase, objectiveText } from './prevention.wording.js';

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
