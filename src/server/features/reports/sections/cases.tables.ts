// Cuadros 3, 4, 5 and 6 of seed 003 as printable tables.
import {
  CASE_BUCKETS,
  IDENTITIES,
  MEASURE_TYPES,
  type BimonthlyReport,
  type CaseBucket,
  type Group,
} from '../report.contract.js';
import type { HeaderCell, TableBlock } from '../report.model.js';
import { IDENTITY_LABELS, MEASURE_TYPE_LABELS } from '../charts/options.js';
import { MONTHS, capitalize, periodLabel } from '../narrative/spanish.js';
import { dash, num } from './format.js';

export const BUCKET_LABELS: Record<CaseBucket, (year: string, short: string) => string> = {
  incorporation: (year, short) => `Incorporados al ${short} en ${year}`,
  incorporationFollowUp: () => 'Seguimiento a casos incorporados',
  attention: () => 'Atenciones o canalización',
  attentionFollowUp: () => 'Seguimiento en atenciones o canalización',
  federalCollaboration: () => 'Colaboraciones con el Mecanismo de Protección Federal',
  federalCollaborationFollowUp: () => 'Seguimiento a colaboraciones con el Mecanismo de Protección Federal',
};

const groupCells = (g: Group, withCases = true) => [
  ...IDENTITIES.map((i) => dash(g[i])),
  ...(withCases ? [dash(g.cases)] : []),
];

const identityHeader = (mark = ''): HeaderCell[] =>
  IDENTITIES.map((i) => ({ text: i === 'collective' ? `${IDENTITY_LABELS[i]}${mark}` : IDENTITY_LABELS[i] }));

export interface TableMeta {
  number: number;
  short: string;
  notes: string[];
}

export function casesByTypeTable(data: BimonthlyReport, meta: TableMeta): TableBlock {
  const year = data.period.to.slice(0, 4);
  const t = data.casesByType;
  const rows = CASE_BUCKETS.map((b) => [
    BUCKET_LABELS[b](year, meta.short),
    ...groupCells(t.rows[b].defender),
    ...groupCells(t.rows[b].journalist),
    dash(t.rows[b].total),
  ]);
  rows.push(['Totales', ...groupCells(t.total.defender), ...groupCells(t.total.journalist), dash(t.total.total)]);
  return {
    kind: 'table',
    id: 'casesByType',
    number: meta.number,
    title: `CASOS ATENDIDOS POR EL ${meta.short}, ${periodLabel(data.period.from, data.period.to).toUpperCase()}.`,
    header: [
      [
        { text: 'Tipo de casos', rowSpan: 2 },
        { text: 'Número de casos vinculados a personas defensoras de derechos humanos', colSpan: 4 },
        { text: 'Número de casos', rowSpan: 2 },
        { text: 'Número de casos vinculados a personas periodistas o colaboradoras periodísticas', colSpan: 4 },
        { text: 'Número de casos', rowSpan: 2 },
        { text: 'Totales', rowSpan: 2 },
      ],
      [...identityHeader('¹'), ...identityHeader('²')],
    ],
    body: rows,
    totalRows: 1,
    align: ['left'],
    notes: [
      ...meta.notes,
      '¹ Se considera colectivo cuando se atiende un caso integrado por dos personas o más, o bien, se trata de una organización o medio.',
      // Seed 003 marks the journalists' "Colectivo" with its own footnote.
      '² Idem.',
    ],
  };
}

export function incorporationsByMonthTable(data: BimonthlyReport, meta: TableMeta): TableBlock {
  const m = data.incorporationsByMonth;
  const line = (label: string, values: number[]) => [
    label,
    ...values.map(dash),
    dash(values.reduce((a, b) => a + b, 0)),
  ];
  const blank = (label: string) => [label, ...Array.from({ length: 13 }, () => '')];
  return {
    kind: 'table',
    id: 'incorporationsByMonth',
    number: meta.number,
    title: `CASOS INCORPORADOS AL ${meta.short} ${m.year}; POR TIPO DE PROCEDIMIENTO Y PERFIL`,
    header: [[{ text: 'Tipo de procedimiento' }, ...MONTHS.map((mo) => ({ text: capitalize(mo) })), { text: 'Total' }]],
    body: [
      blank('Incorporación por mes y tipo de procedimiento'),
      line('Ordinario', m.byProcedure.ordinary),
      line('Extraordinario', m.byProcedure.extraordinary),
      blank('Incorporación por tipo de perfil'),
      line('Personas periodistas', m.byProfile.journalist),
      line('Personas defensoras de derechos humanos', m.byProfile.defender),
    ],
    totalRows: 0,
    align: ['left'],
    notes: meta.notes,
  };
}

export function incorporationsByYearTable(data: BimonthlyReport, meta: TableMeta): TableBlock {
  const y = data.incorporationsByYear;
  const body = y.rows.map((r) => [
    String(r.year),
    ...groupCells(r.defender),
    ...groupCells(r.journalist),
    dash(r.total),
  ]);
  body.push(['Totales', ...groupCells(y.total.defender), ...groupCells(y.total.journalist), dash(y.total.total)]);
  const sub = [...identityHeader(), { text: 'Número de casos' }];
  return {
    kind: 'table',
    id: 'incorporationsByYear',
    number: meta.number,
    title: `CASOS INCORPORADOS AL ${meta.short} POR AÑO`,
    header: [
      [
        { text: 'Año', rowSpan: 2 },
        { text: 'Personas defensoras de derechos humanos', colSpan: 5 },
        { text: 'Personas periodistas', colSpan: 5 },
        { text: 'Total', rowSpan: 2 },
      ],
      [...sub, ...sub],
    ],
    body,
    totalRows: 1,
    notes: meta.notes,
  };
}

export function measuresTable(data: BimonthlyReport, meta: TableMeta): TableBlock {
  const m = data.measures;
  const body = m.rows.map((r) => [r.name, MEASURE_TYPE_LABELS[r.type], num(r.measures), num(r.actions)]);
  body.push(['Totales', '', num(m.total.measures), num(m.total.actions)]);
  return {
    kind: 'table',
    id: 'measures',
    number: meta.number,
    title: `MEDIDAS OTORGADAS EN ${periodLabel(data.period.from, data.period.to).toUpperCase()}`,
    header: [
      [
        { text: 'Acciones y medidas vinculadas a los planes de protección' },
        { text: 'Tipo de medida' },
        { text: 'Número de medidas' },
        { text: 'Número de acciones' },
      ],
    ],
    body,
    totalRows: 1,
    align: ['left', 'left', 'right', 'right'],
    notes: meta.notes,
  };
}

/** Types in contract order — exported for writers that group rows. */
export { MEASURE_TYPES };
