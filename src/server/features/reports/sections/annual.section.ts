// Section "RESUMEN DEL EJERCICIO" of the annual report (issue 15): the year's totals, their
// comparison with the year before, and month-by-month tables and charts. Only in the annual report.
import type { EChartsOption } from 'echarts';
import { PALETTE } from '../charts/options.js';
import { cutNote, sourceNote } from '../narrative/notes.js';
import { count, MONTHS } from '../narrative/spanish.js';
import type { Block, TableBlock } from '../report.model.js';
import type { ReportSection, SectionBuildContext } from '../sections.js';
import { num } from './format.js';
import { yearFigures, type MonthFigures, type YearFigures } from './annual.queries.js';

export interface AnnualData {
  current: YearFigures;
  previous: YearFigures;
}

const ROWS: Array<{ key: keyof MonthFigures; label: string }> = [
  { key: 'cases', label: 'Casos atendidos' },
  { key: 'newCases', label: 'Casos nuevos (incorporaciones, atenciones y colaboraciones)' },
  { key: 'measures', label: 'Medidas con acciones' },
  { key: 'actions', label: 'Acciones de las medidas' },
  { key: 'requests', label: 'Solicitudes de información recibidas' },
];

/** "+25.0%", "-3.4%", or "n.a." when the previous year had none. */
export function variation(previous: number, current: number): string {
  if (previous === 0) return current === 0 ? '0.0%' : 'n.a.';
  const v = ((current - previous) / previous) * 100;
  return `${v > 0 ? '+' : ''}${v.toFixed(1)}%`;
}

const capital = (m: string) => m[0]!.toUpperCase() + m.slice(1);

function comparisonTable(d: AnnualData, number: number, notes: string[]): TableBlock {
  const { current: c, previous: p } = d;
  return {
    kind: 'table',
    id: 'annual.comparison',
    number,
    title: `PRINCIPALES CIFRAS DEL EJERCICIO ${c.year} Y COMPARACIÓN CON ${p.year}`,
    header: [[{ text: 'Concepto' }, { text: String(p.year) }, { text: String(c.year) }, { text: 'Variación' }]],
    body: ROWS.map((r) => [
      r.label,
      num(p.total[r.key]),
      num(c.total[r.key]),
      variation(p.total[r.key], c.total[r.key]),
    ]),
    totalRows: 0,
    align: ['left', 'center', 'center', 'center'],
    notes: [...notes, 'Un caso atendido en varios meses se cuenta una vez en el año y una vez en cada mes.'],
  };
}

function monthsTable(d: AnnualData, number: number, notes: string[]): TableBlock {
  const c = d.current;
  return {
    kind: 'table',
    id: 'annual.months',
    number,
    title: `CIFRAS POR MES, EJERCICIO ${c.year}`,
    header: [[{ text: 'Concepto' }, ...MONTHS.map((m) => ({ text: capital(m) })), { text: 'Año' }]],
    body: ROWS.map((r) => [r.label, ...c.months.map((m) => num(m[r.key])), num(c.total[r.key])]),
    totalRows: 0,
    align: ['left'],
    notes,
  };
}

function monthChart(d: AnnualData, key: keyof MonthFigures, title: string): EChartsOption {
  return {
    animation: false,
    color: PALETTE,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: 'Helvetica, Arial, sans-serif' },
    title: { text: title, left: 'center', top: 8, textStyle: { fontSize: 14, fontWeight: 'bold', color: '#333' } },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 8, left: 'center' },
    grid: { left: 48, right: 24, top: 48, bottom: 72 },
    xAxis: { type: 'category', data: MONTHS.map((m) => capital(m).slice(0, 3)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'bar', name: String(d.current.year), barMaxWidth: 28, data: d.current.months.map((m) => m[key]) },
      { type: 'line', name: String(d.previous.year), data: d.previous.months.map((m) => m[key]) },
    ],
  };
}

export function buildAnnual(d: AnnualData, ctx: SectionBuildContext) {
  const short = ctx.institution.shortName;
  const notes = [cutNote(ctx.period.to), sourceNote(short)];
  const { current: c, previous: p } = d;
  const blocks: Block[] = [{ kind: 'heading', id: 'annual.totals', text: `Cifras del ejercicio ${c.year}.` }];
  const t1 = ctx.nextTable();
  blocks.push({
    kind: 'paragraph',
    id: 'annual.lead',
    text: `Durante el ejercicio ${c.year}, el ${short} atendió ${count(c.total.cases, 'caso', 'casos', 'm')} (${num(p.total.cases)} en ${p.year}), de los cuales ${count(c.total.newCases, 'fue nuevo', 'fueron nuevos', 'm')}; dio seguimiento a ${count(c.total.measures, 'medida', 'medidas', 'f')} con ${count(c.total.actions, 'acción', 'acciones', 'f')} y recibió ${count(c.total.requests, 'solicitud', 'solicitudes', 'f')} de información. En el Cuadro ${t1} se comparan estas cifras con las de ${p.year}.`,
  });
  blocks.push(comparisonTable(d, t1, notes));
  blocks.push({ kind: 'heading', id: 'annual.months', text: 'Cifras por mes.' });
  const t2 = ctx.nextTable();
  blocks.push({
    kind: 'paragraph',
    id: 'annual.months',
    text: `El Cuadro ${t2} presenta las cifras mes por mes; las gráficas siguientes comparan cada mes con el mismo mes de ${p.year}.`,
  });
  blocks.push(monthsTable(d, t2, notes));
  for (const [key, label] of [
    ['cases', 'Casos atendidos por mes'],
    ['actions', 'Acciones de las medidas por mes'],
    ['requests', 'Solicitudes de información por mes'],
  ] as const)
    blocks.push({
      kind: 'chart',
      id: `annual.${key}`,
      number: ctx.nextChart(),
      title: `${label}, ${c.year} y ${p.year}`,
      option: monthChart(d, key, label),
      width: 640,
      height: 320,
      notes,
    });
  return { blocks };
}

export const annualSection: ReportSection<AnnualData> = {
  id: 'annual',
  order: 50,
  title: 'RESUMEN DEL EJERCICIO',
  kinds: ['annual'],
  async load({ db, period }) {
    const year = Number(period.from.slice(0, 4));
    return { current: await yearFigures(db, year, period.to), previous: await yearFigures(db, year - 1) };
  },
  contract: (d) => ({ annual: d }),
  build: buildAnnual,
};
