// Section "MONITOREO DE AGRESIONES" of the bimonthly report (order 850; seed-modules.md §4: the
// seeds print no monitoring section, so its format is new): findings by month against the same
// month a year earlier, by situation and form, by alcaldía (table and choropleth map), and the
// Base MPI CDMX activations by phase. Staff's report prints exact counts; the public version
// (publicMonitoringSection) prints every count under 3 as "<3".
import { ALCALDIA_KEYS, ALCALDIAS, type Place } from '../../../common/features/monitoring.js';
import { alcaldiaMapOption, monthsComparisonOption, type ShownCount } from '../../../common/monitoring.charts.js';
import {
  capitalize,
  count,
  cutNote,
  joinList,
  MONTHS,
  numberWord,
  periodLabel,
  sourceNote,
  type Block,
  type ReportSection,
  type SectionBuildContext,
  type TableBlock,
} from '../reports/api.js';
import { monitoringObject, suppressAll, type MonitoringObject, type Period } from './monitoring.logic.js';
import './monitoring.map.js';
import { loadActivationFacts, loadFindingFacts } from './monitoring.queries.js';

export interface MonitoringSectionData {
  period: Period;
  monitoring: MonitoringObject;
}

const SITUATION_LABELS = {
  at_risk: 'En situación de riesgo',
  attacked: 'Víctimas de agresión',
  killed: 'Perdieron la vida',
} as const;
const FORM_LABELS = { physical: 'Física', verbal: 'Verbal', digital: 'Digital' } as const;
export const PLACE_LABELS: Record<Place, string> = {
  ...ALCALDIAS,
  outside: 'Fuera de la Ciudad de México',
  unknown: 'No determinada',
};

/** "tres hallazgos", "menos de tres hallazgos" (published variant). */
function shownCount(v: ShownCount, singular: string, plural: string, gender: 'm' | 'f'): string {
  return v === '<3' ? `menos de tres ${plural}` : count(v, singular, plural, gender);
}
const cell = (v: ShownCount) => (v === '<3' ? '<3' : v.toLocaleString('en-US'));
const word = (v: ShownCount, gender: 'm' | 'f') => (v === '<3' ? 'menos de tres' : numberWord(v, gender));

export async function loadMonitoring(db: Parameters<ReportSection['load']>[0]['db'], period: Period) {
  const [findings, activations] = [await loadFindingFacts(db, period), await loadActivationFacts(db, period)];
  return { period, monitoring: monitoringObject(period, findings, activations) };
}

function monthLabel(month: string, oneYear: boolean): string {
  const name = capitalize(MONTHS[Number(month.slice(5, 7)) - 1]!);
  return oneYear ? name : `${name} de ${month.slice(0, 4)}`;
}

/** The printable blocks; `publicVersion` suppresses every count under 3. */
export function buildMonitoringBlocks(
  data: MonitoringSectionData,
  ctx: SectionBuildContext,
  publicVersion = false,
): Block[] {
  const m = publicVersion ? suppressAll(data.monitoring) : data.monitoring;
  const exact = data.monitoring;
  const f = m.findings;
  const short = ctx.institution.shortName;
  const label = periodLabel(data.period.from, data.period.to);
  const notes = [cutNote(data.period.to), sourceNote(short)];
  if (publicVersion)
    notes.push('Las cifras menores a tres se muestran como «<3» para proteger la identidad de las personas.');
  const year = data.period.to.slice(0, 4);
  const prevYear = String(Number(year) - 1);
  const oneYear = data.period.from.slice(0, 4) === year;
  const prevTotal = exact.findings.byMonth.reduce((s, r) => s + r.previousYear, 0);
  const shownPrev: ShownCount = publicVersion ? (suppressAll(prevTotal) as ShownCount) : prevTotal;
  const blocks: Block[] = [];
  const p = (key: string, text: string) => blocks.push({ kind: 'paragraph', id: `monitoring.${key}`, text });

  blocks.push({
    kind: 'heading',
    id: 'monitoring.findings',
    text: 'Monitoreo de agresiones a personas defensoras de derechos humanos y periodistas.',
  });
  const tMonth = ctx.nextTable();
  const tSituation = ctx.nextTable();
  const tPlace = ctx.nextTable();
  const hasFindings = exact.findings.total > 0;
  const hasAny = hasFindings || prevTotal > 0;
  const gMonth = hasAny ? ctx.nextChart() : null;
  const gMap = hasFindings ? ctx.nextChart() : null;

  const lead = `La Dirección General del ${short} realiza una búsqueda diaria de información en fuentes abiertas sobre personas defensoras de derechos humanos y periodistas en situación de riesgo, víctimas de una agresión física, verbal o digital, o que perdieron la vida con motivo de su labor.`;
  if (!hasFindings) {
    p(
      'findings',
      `${lead} Durante ${label} no se registraron hallazgos de información (${shownCount(shownPrev, 'hallazgo', 'hallazgos', 'm')} en el mismo periodo de ${prevYear}). El Cuadro ${tMonth} presenta la comparación por mes.`,
    );
  } else {
    const situations = (['at_risk', 'attacked', 'killed'] as const)
      .filter((s) => exact.findings.bySituation[s] > 0)
      .map((s) => `${word(f.bySituation[s], 'm')} ${SITUATION_LABELS[s].toLowerCase()}`);
    p(
      'findings',
      `${lead} Durante ${label} se registraron ${shownCount(f.total, 'hallazgo', 'hallazgos', 'm')} de información, frente a ${shownCount(shownPrev, 'hallazgo', 'hallazgos', 'm')} en el mismo periodo de ${prevYear}: ${joinList(situations)}. De ellos, ${word(f.verified, 'm')} ${exact.findings.verified === 1 ? 'cuenta' : 'cuentan'} con al menos dos fuentes independientes. El Cuadro ${tMonth} presenta los hallazgos por mes, el Cuadro ${tSituation} por situación y forma de agresión, y el Cuadro ${tPlace}${gMap ? ` y la Gráfica ${gMap}` : ''} por alcaldía.`,
    );
  }

  const monthTable: TableBlock = {
    kind: 'table',
    id: 'monitoring.byMonth',
    number: tMonth,
    title: `HALLAZGOS DE INFORMACIÓN POR MES, ${label.toUpperCase()} Y MISMO PERIODO DE ${prevYear}.`,
    header: [[{ text: 'Mes' }, { text: oneYear ? year : 'Periodo' }, { text: oneYear ? prevYear : 'Año anterior' }]],
    body: [
      ...f.byMonth.map((r) => [monthLabel(r.month, oneYear), cell(r.total), cell(r.previousYear)]),
      ['Total', cell(f.total), cell(shownPrev)],
    ],
    totalRows: 1,
    align: ['left', 'center', 'center'],
    notes,
  };
  const situationTable: TableBlock = {
    kind: 'table',
    id: 'monitoring.bySituation',
    number: tSituation,
    title: 'HALLAZGOS POR SITUACIÓN Y POR FORMA DE AGRESIÓN.',
    header: [[{ text: 'Concepto' }, { text: 'Hallazgos' }]],
    body: [
      ...(['at_risk', 'attacked', 'killed'] as const).map((s) => [SITUATION_LABELS[s], cell(f.bySituation[s])]),
      ...(['physical', 'verbal', 'digital'] as const).map((k) => [
        `Agresión ${FORM_LABELS[k].toLowerCase()}`,
        cell(f.byForm[k]),
      ]),
      ['Con dos o más fuentes independientes', cell(f.verified)],
      ['Total de hallazgos', cell(f.total)],
    ],
    totalRows: 1,
    align: ['left', 'center'],
    notes: [...notes, 'Un hallazgo con varias formas de agresión se cuenta una vez en cada forma.'],
  };
  const places: Place[] = [...ALCALDIA_KEYS, 'outside', 'unknown'];
  const placeTable: TableBlock = {
    kind: 'table',
    id: 'monitoring.byAlcaldia',
    number: tPlace,
    title: 'HALLAZGOS POR ALCALDÍA.',
    header: [[{ text: 'Alcaldía' }, { text: 'Hallazgos' }]],
    body: [
      ...places
        .slice()
        .sort(
          (a, b) =>
            (a.startsWith('09') === b.startsWith('09') ? 0 : a.startsWith('09') ? -1 : 1) ||
            PLACE_LABELS[a].localeCompare(PLACE_LABELS[b], 'es'),
        )
        .map((k) => [PLACE_LABELS[k], cell(f.byAlcaldia[k])]),
      ['Total', cell(f.total)],
    ],
    totalRows: 1,
    align: ['left', 'center'],
    notes,
  };
  blocks.push(monthTable);
  if (gMonth !== null)
    blocks.push({
      kind: 'chart',
      id: 'monitoring.byMonthChart',
      number: gMonth,
      title: `Hallazgos por mes y mismo mes de ${prevYear}`,
      option: monthsComparisonOption(
        'Hallazgos por mes',
        f.byMonth.map((r) => ({ label: monthLabel(r.month, oneYear), total: r.total, previousYear: r.previousYear })),
        { current: oneYear ? year : 'Periodo', previous: oneYear ? prevYear : 'Año anterior' },
      ),
      width: 560,
      height: 320,
      notes,
    });
  blocks.push(situationTable, placeTable);
  if (gMap !== null)
    blocks.push({
      kind: 'chart',
      id: 'monitoring.map',
      number: gMap,
      title: `Hallazgos por alcaldía, ${label}`,
      option: alcaldiaMapOption(
        'Hallazgos por alcaldía',
        Object.fromEntries(ALCALDIA_KEYS.map((k) => [k, f.byAlcaldia[k]])) as Record<
          (typeof ALCALDIA_KEYS)[number],
          ShownCount
        >,
      ),
      width: 520,
      height: 560,
      notes: [
        ...notes,
        `Fuera de la Ciudad de México: ${cell(f.byAlcaldia.outside)}; alcaldía no determinada: ${cell(f.byAlcaldia.unknown)}.`,
      ],
    });

  const pm = m.protestMonitoring;
  blocks.push({
    kind: 'heading',
    id: 'monitoring.protest',
    text: `Instalación de la Base ${short} en el contexto de movilizaciones.`,
  });
  if (exact.protestMonitoring.total === 0) {
    p('protest', `Durante ${label} no se registraron activaciones de la Base ${short}.`);
  } else {
    const phases = (
      [
        ['before', 'antes'],
        ['during', 'durante'],
        ['after', 'después'],
      ] as const
    )
      .filter(([k]) => exact.protestMonitoring[k] > 0)
      .map(([k, w]) => `${word(pm[k], 'f')} ${w} de la movilización`);
    p(
      'protest',
      `Durante ${label} se registraron ${shownCount(pm.total, 'activación', 'activaciones', 'f')} de la Base ${short} para el monitoreo de personas defensoras de derechos humanos y periodistas en el contexto de movilizaciones: ${joinList(phases)}.`,
    );
  }
  return blocks;
}

export const monitoringSection: ReportSection<MonitoringSectionData> = {
  id: 'monitoring',
  order: 850,
  title: 'MONITOREO DE AGRESIONES',
  // On by default; the report settings can switch it off (seed-modules.md, Q8).
  switchable: true,
  load: ({ db, period }) => loadMonitoring(db, period),
  contract: (data) => ({ monitoring: data.monitoring }),
  build: (data, ctx) => ({ blocks: buildMonitoringBlocks(data, ctx) }),
};

/** The same section for a published version of the report: counts under 3 as "<3". */
export const publicMonitoringSection: ReportSection<MonitoringSectionData> = {
  ...monitoringSection,
  build: (data, ctx) => ({ blocks: buildMonitoringBlocks(data, ctx, true) }),
};
