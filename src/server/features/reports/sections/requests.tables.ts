// The statistics of information requests (seed 003 §7.3, the information-request Cuadro): the
// table and its paragraph, used by the transparency feature's section.
import type { BimonthlyReport } from '../report.contract.js';
import type { Block, TableBlock } from '../report.model.js';
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

/** The heading, paragraph and Cuadro of the request statistics, numbered in the report. */
export function requestStatisticsBlocks(
  core: BimonthlyReport,
  number: number,
  shortName: string,
): { heading: Block; paragraph: Block; table: TableBlock } {
  return {
    heading: { kind: 'heading', id: 'transparency.requests', text: 'Estadística de solicitudes de información.' },
    paragraph: {
      kind: 'paragraph',
      id: 'transparency.requests',
      text: requestsParagraph(core.informationRequests, core.period),
    },
    table: informationRequestsTable(core, number, shortName),
  };
}
