// The bimonthly lawsuit report (seed 002 §4.1): every lawsuit in course during the bimester with
// its procedural state, the follow-up given and the projected quantification. Pure: the service
// loads the rows and decides whether the plaintiff column may be printed.
import {
  longDate,
  periodLabel,
  type Block,
  type InstitutionHeader,
  type ReportDocument,
  type TableBlock,
} from '../reports/api.js';
import type { LawsuitReportDue } from './legal.logic.js';
import type { LawsuitStage } from './legal.schema.js';

export const STAGE_ES: Record<LawsuitStage, string> = {
  filed: 'Demanda presentada',
  answered: 'Contestación',
  evidence: 'Pruebas',
  hearings: 'Audiencias',
  closing_arguments: 'Alegatos',
  judgment: 'Laudo o sentencia',
  appeal: 'Impugnación',
  enforcement: 'Ejecución',
  concluded: 'Concluido',
};

export interface LawsuitReportRow {
  fileNumber: string;
  typeLabel: string;
  court: string;
  /** Undefined when the reader may not see it: the column is then left out, not blanked. */
  plaintiff?: string;
  claims: string;
  stage: LawsuitStage;
  resolution: string | null;
  projectedAmount: string | null;
  /** The bimester's procedural events, oldest first ("05/01/2024 Audiencia: …"). */
  followUp: string[];
}

const mxn = new Intl.NumberFormat('es-MX', { style: 'currency', currency: 'MXN' });
const money = (v: string | null) => (v === null ? 'Sin cuantificar' : mxn.format(Number(v)));

export function lawsuitReportDocument(input: {
  due: LawsuitReportDue;
  rows: LawsuitReportRow[];
  showPlaintiff: boolean;
  institution: InstitutionHeader;
}): ReportDocument {
  const { due, rows, showPlaintiff, institution } = input;
  const b = due.bimester;
  const period = periodLabel(b.from, b.to);
  const header = [
    'Expediente',
    'Tipo',
    'Autoridad',
    ...(showPlaintiff ? ['Parte actora'] : []),
    'Prestaciones',
    'Estado procesal',
    'Seguimiento en el bimestre',
    'Cuantificación proyectada',
  ];
  const body = rows.map((r) => [
    r.fileNumber,
    r.typeLabel,
    r.court,
    ...(showPlaintiff ? [r.plaintiff ?? ''] : []),
    r.claims,
    r.resolution ? `${STAGE_ES[r.stage]}. ${r.resolution}` : STAGE_ES[r.stage],
    r.followUp.length > 0 ? r.followUp.join('; ') : 'Sin actuaciones en el bimestre',
    money(r.projectedAmount),
  ]);
  const total = rows.reduce((s, r) => s + (r.projectedAmount === null ? 0 : Number(r.projectedAmount)), 0);
  const width = header.length;
  const table: TableBlock = {
    kind: 'table',
    id: 'legal.lawsuitReport',
    number: 1,
    title: `JUICIOS A CARGO DE LA COORDINACIÓN DE ASUNTOS JURÍDICOS, ${period.toUpperCase()}`,
    header: [header.map((text) => ({ text }))],
    body: rows.length > 0 ? [...body, ['Total', ...Array(width - 2).fill(''), mxn.format(total)]] : [],
    totalRows: rows.length > 0 ? 1 : 0,
    align: header.map((_, i) => (i === width - 1 ? 'right' : 'left')),
    notes: [`*Corte con fecha al ${longDate(b.to)}.`, 'Fuente: Coordinación de Asuntos Jurídicos.'],
  };
  const count = rows.length;
  const lead =
    count === 0
      ? `Durante el bimestre ${period} no hubo juicios en trámite a cargo del ${institution.shortName}.`
      : `Durante el bimestre ${period} se dio seguimiento a ${count === 1 ? 'un juicio' : `${count} juicios`} a cargo del ${institution.shortName}; para cada uno se informa el estado procesal, el seguimiento dado y la proyección de la cuantificación.`;
  const blocks: Block[] = [{ kind: 'paragraph', id: 'legal.lawsuitReport.lead', text: lead }];
  if (count > 0) blocks.push(table);
  return {
    title: 'Informe bimestral de juicios',
    subtitle: `Bimestre ${period}. Fecha límite de entrega: ${longDate(due.dueOn)}.`,
    intro:
      'Informe que se rinde dentro de los cinco días hábiles posteriores al cierre de cada bimestre, con el seguimiento dado, el estado procesal y la proyección de la cuantificación que guarda cada juicio.',
    institution,
    period: { from: b.from, to: b.to },
    sections: [{ id: 'legal.lawsuitReport', number: '1', title: 'Juicios', blocks }],
  };
}
