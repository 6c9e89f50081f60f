// The quarterly progress report ("avance trimestral") of a plan: a summary of every indicator
// sheet at the cut (goal, cumulative achieved, progress, traffic light) and one table per sheet with
// its values by measurement period. Pure: written as DOCX, XLSX or PDF by the report engine.
import { longDate, type Block, type InstitutionHeader, type ReportDocument, type TableBlock } from '../reports/api.js';
import type { PeriodProgress } from './planning.service.js';
import { figure, LIGHTS } from './planning.section.js';
import type { Light } from './indicators.logic.js';

export interface ProgressSheet {
  code: string;
  name: string;
  goalText: string | null;
  goalValue: number | null;
  responsible: string | null;
  periods: Pick<PeriodProgress, 'period' | 'programmed' | 'achieved' | 'percent' | 'light' | 'note' | 'closed'>[];
  cumulative: { to: string; achieved: number | null; programmed: number | null; percent: number | null; light: Light };
}

export interface ProgressReportInput {
  plan: { id: string; title: string; year: number };
  asOf: string;
  sheets: ProgressSheet[];
  institution: InstitutionHeader;
}

const pct = (n: number | null) => (n === null ? 'n.d.' : `${figure(n)}%`);
/** "2023-Q2" → "2.º trimestre"; "2023" → "Anual"; other keys as they are. */
export function periodName(key: string): string {
  const q = /-Q([1-4])$/.exec(key);
  if (q) return `${q[1]}.º trimestre`;
  return /^\d{4}$/.test(key) ? 'Anual' : key;
}
const ND_NOTE = 'n.d.: sin dato registrado o sin meta programada para el periodo.';

function summaryTable(input: ProgressReportInput, notes: string[]): TableBlock {
  return {
    kind: 'table',
    id: 'planning.progress.summary',
    number: 1,
    title: `AVANCE ACUMULADO DE LOS INDICADORES AL ${longDate(input.asOf).toUpperCase()}`,
    header: [['Clave', 'Indicador', 'Meta', 'Programado', 'Alcanzado', 'Avance', 'Semáforo'].map((text) => ({ text }))],
    body: input.sheets.map((s) => [
      s.code,
      s.name,
      s.goalValue === null ? (s.goalText ?? 'n.d.') : figure(s.goalValue),
      figure(s.cumulative.programmed),
      figure(s.cumulative.achieved),
      pct(s.cumulative.percent),
      LIGHTS[s.cumulative.light],
    ]),
    totalRows: 0,
    align: ['center', 'left', 'left', 'center', 'center', 'center', 'center'],
    notes: [...notes, ND_NOTE],
  };
}

function sheetTable(s: ProgressSheet, number: number, notes: string[]): TableBlock {
  return {
    kind: 'table',
    id: `planning.progress.${s.code}`,
    number,
    title: `INDICADOR ${s.code}: VALORES POR PERIODO`,
    header: [['Periodo', 'Programado', 'Alcanzado', 'Avance', 'Semáforo', 'Nota'].map((text) => ({ text }))],
    body: [
      ...s.periods.map((p) => [
        p.closed ? periodName(p.period) : `${periodName(p.period)} (en curso)`,
        figure(p.programmed),
        figure(p.achieved),
        pct(p.percent),
        LIGHTS[p.light],
        p.note ?? '',
      ]),
      [
        'Acumulado',
        figure(s.cumulative.programmed),
        figure(s.cumulative.achieved),
        pct(s.cumulative.percent),
        LIGHTS[s.cumulative.light],
        '',
      ],
    ],
    totalRows: 1,
    align: ['left', 'center', 'center', 'center', 'center', 'left'],
    notes: [...notes, ND_NOTE],
  };
}

export function progressReportDocument(input: ProgressReportInput): ReportDocument {
  const { plan, asOf, sheets, institution } = input;
  const notes = [
    `*Corte con fecha al ${longDate(asOf)}.`,
    `Fuente: ${institution.shortName}, registros del sistema y valores capturados por las áreas responsables.`,
  ];
  const met = sheets.filter((s) => s.cumulative.light === 'green').length;
  const behind = sheets.filter((s) => s.cumulative.light === 'yellow' || s.cumulative.light === 'red').length;
  const summary: Block[] = [
    {
      kind: 'paragraph',
      id: 'planning.progress.lead',
      text: `El Cuadro 1 presenta el avance acumulado de los ${sheets.length} indicadores del ${plan.title} al ${longDate(asOf)}: ${met} en meta y ${behind} con rezago.`,
    },
    summaryTable(input, notes),
  ];
  const detail: Block[] = [];
  sheets.forEach((s, i) => {
    detail.push({ kind: 'heading', id: `planning.progress.${s.code}.h`, text: `${s.code} ${s.name}` });
    const lines = [s.goalText && `Meta: ${s.goalText}`, s.responsible && `Responsables: ${s.responsible}`].filter(
      Boolean,
    );
    if (lines.length) detail.push({ kind: 'paragraph', id: `planning.progress.${s.code}.meta`, text: lines.join(' ') });
    detail.push(sheetTable(s, i + 2, notes));
  });
  return {
    title: `Avance trimestral del ${plan.title}`,
    subtitle: `Corte al ${longDate(asOf)}.`,
    intro:
      'Valores de cada indicador por periodo de medición, su meta, el avance respecto de lo programado y el semáforo.',
    institution,
    period: { from: `${plan.year}-01-01`, to: asOf < `${plan.year}-12-31` ? asOf : `${plan.year}-12-31` },
    sections: [
      { id: 'planning.progress.summary', number: '1', title: 'Resumen del avance', blocks: summary },
      { id: 'planning.progress.sheets', number: '2', title: 'Indicadores por periodo', blocks: detail },
    ],
  };
}
