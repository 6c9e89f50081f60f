// Section "TRANSPARENCIA Y GOBIERNO ABIERTO" with the statistics of information requests
// (seed 003 §7.3). Registered as a fallback: the transparency feature may register a richer
// section under the same id ('transparency') and reuse `informationRequestsTable`.
import type { BimonthlyReport } from '../report.contract.js';
import type { SectionContent, TableBlock } from '../report.model.js';
import type { LegacyReportSection, SectionContext } from '../sections.js';
import { requestsParagraph } from '../narrative/requests.narrative.js';
import { longDate, MONTHS, capitalize } from '../narrative/spanish.js';
import { sourceNote } from '../narrative/notes.js';
import { num } from './format.js';

export function informationRequestsTable(data: BimonthlyReport, number: number, shortName: string): TableBlock {
  const r = data.informationRequests;
  const oneYear = data.period.from.slice(0, 4) === data.period.to.slice(0, 4);
  const monthName = (m: string) => {
    const name = capitalize(MONTHS[Number(m.slice(5, 7)) - 1]!);
    return oneYear ? name : `${name} de ${m.slice(0, 4)}`;
  };
  const cells = (x: typeof r.total) => [
    num(x.received),
    num(x.public),
    num(x.arco),
    num(x.admissible),
    num(x.inadmissible),
  ];
  return {
    kind: 'table',
    id: 'informationRequests',
    number,
    title: 'ESTADÍSTICA DE SOLICITUDES DE INFORMACIÓN.',
    header: [
      [
        { text: 'No.', rowSpan: 2 },
        { text: 'Mes de registro', rowSpan: 2 },
        { text: 'Número de solicitudes por mes', rowSpan: 2 },
        { text: 'Tipo de solicitud', colSpan: 2 },
        { text: 'Categoría', colSpan: 2 },
      ],
      [{ text: 'Pública' }, { text: 'ARCO' }, { text: 'Procedente' }, { text: 'Improcedente' }],
    ],
    body: [
      ...r.rows.map((row, i) => [String(i + 1), monthName(row.month), ...cells(row)]),
      ['', 'Totales', ...cells(r.total)],
    ],
    totalRows: 1,
    notes: [`*Información al ${longDate(data.period.to)}.`, sourceNote(shortName)],
  };
}

export function buildRequestsSection(ctx: SectionContext): SectionContent {
  const number = ctx.nextTable();
  return {
    blocks: [
      { kind: 'heading', id: 'transparency.requests', text: 'Estadística de solicitudes de información.' },
      {
        kind: 'paragraph',
        id: 'transparency.requests',
        text: requestsParagraph(ctx.data.informationRequests, ctx.period),
      },
      informationRequestsTable(ctx.data, number, ctx.institution.shortName),
    ],
  };
}

export const requestsSection: LegacyReportSection = {
  id: 'transparency',
  order: 70,
  title: 'TRANSPARENCIA Y GOBIERNO ABIERTO',
  build: buildRequestsSection,
};
