// Section "COORDINACIÓN DE ADMINISTRACIÓN Y FINANZAS" of the bimonthly report (seed 003 §6,
// L473–513): the activity log bullets and Cuadro 12, one group of columns per month of the period,
// "Pendiente" where nothing was delivered. `contract` gives the report JSON's `deliverables`.
import { inArray } from 'drizzle-orm';
import type { Block, ReportSection, TableBlock } from '../reports/api.js';
import { sourceNote } from '../reports/narrative/notes.js';
import { longDate, MONTHS } from '../reports/narrative/spanish.js';
import { selectDeliverables, selectPublicActivities } from './administration.queries.js';
import { administrationSubmissions, type SubmissionStatus } from './administration.schema.js';
import {
  deliverablesReport,
  monthBounds,
  monthsOverlapping,
  recipientsLabel,
  type DeliverableRow,
  type DeliverablesReport,
  type SubmissionFact,
} from './deliverables.logic.js';

export interface AdministrationSectionData {
  period: { from: string; to: string };
  catalogue: DeliverableRow[];
  submissions: SubmissionFact[];
  activities: Array<{ on: string; text: string }>;
}

export const STATUS_LABELS: Record<SubmissionStatus, string> = {
  delivered: 'Entregado',
  in_progress: 'En proceso',
  pending: 'Pendiente',
};

export const PUBLICATION_NOTE =
  'Nota: Cabe señalar que los informes son publicados en la página institucional del MPI CDMX, sección Administración <https://www.mpi.cdmx.gob.mx/informes-mpi-cdmx>';

export async function loadAdministrationSection({
  db,
  period,
}: {
  db: Parameters<typeof selectDeliverables>[0];
  period: { from: string; to: string };
}): Promise<AdministrationSectionData> {
  const months = monthsOverlapping(period.from, period.to);
  const [catalogue, submissions, activities] = await Promise.all([
    selectDeliverables(db),
    db
      .select({
        deliverableId: administrationSubmissions.deliverableId,
        month: administrationSubmissions.month,
        status: administrationSubmissions.status,
      })
      .from(administrationSubmissions)
      .where(inArray(administrationSubmissions.month, months)),
    selectPublicActivities(db, period.from, period.to),
  ]);
  return {
    period,
    catalogue: catalogue.map(({ version: _v, ...d }) => d),
    submissions,
    activities,
  };
}

export function administrationContract(data: AdministrationSectionData): { deliverables: DeliverablesReport } {
  return { deliverables: deliverablesReport(data.catalogue, data.submissions, data.period) };
}

/** "enero-febrero … correspondiente al Ejercicio 2024" (same year) or both years otherwise. */
function periodWords(from: string, to: string): { months: string; exercise: string } {
  const fm = MONTHS[Number(from.slice(5, 7)) - 1]!;
  const tm = MONTHS[Number(to.slice(5, 7)) - 1]!;
  const fy = from.slice(0, 4);
  const ty = to.slice(0, 4);
  if (fy === ty) return { months: fm === tm ? fm : `${fm}-${tm}`, exercise: `correspondiente al Ejercicio ${ty}` };
  return { months: `${fm} de ${fy}-${tm} de ${ty}`, exercise: `correspondiente a los Ejercicios ${fy} y ${ty}` };
}

export function deliverablesTable(data: AdministrationSectionData, number: number, shortName: string): TableBlock {
  const report = deliverablesReport(data.catalogue, data.submissions, data.period);
  const byId = new Map(data.catalogue.map((d) => [d.id, d]));
  return {
    kind: 'table',
    id: 'administration.deliverables',
    number,
    title: 'COORDINACIÓN DE ADMINISTRACIÓN Y FINANZAS',
    header: [
      [
        { text: 'Informe', rowSpan: 2 },
        { text: 'Dependencia a la que se entrega', rowSpan: 2 },
        ...report.months.flatMap(() => [
          { text: 'Período que se reporta', colSpan: 2 },
          { text: 'Estatus', rowSpan: 2 },
        ]),
      ],
      report.months.flatMap(() => [{ text: 'Fecha de inicio' }, { text: 'Fecha de término' }]),
    ],
    body: report.rows.map((row) => {
      const d = byId.get(row.id)!;
      return [
        d.name,
        recipientsLabel(d.recipients),
        ...report.months.flatMap((m, i) => {
          const { start, end } = monthBounds(m);
          return [longDate(start), longDate(end), STATUS_LABELS[row.statuses[i]!]];
        }),
      ];
    }),
    totalRows: 0,
    align: ['left', 'left', ...report.months.flatMap(() => ['center', 'center', 'center'] as const)],
    notes: [sourceNote(shortName), `¹ ${PUBLICATION_NOTE.replace('MPI CDMX', shortName)}`],
  };
}

export function buildAdministrationSection(
  data: AdministrationSectionData,
  ctx: { nextTable(): number; institution: { shortName: string } },
): { blocks: Block[] } {
  const blocks: Block[] = [];
  if (data.activities.length > 0) {
    blocks.push({
      kind: 'paragraph',
      id: 'administration.activities',
      text: 'En temas de administración, finanzas y capital humano se realizaron las siguientes actividades:',
    });
    data.activities.forEach((a, i) =>
      blocks.push({ kind: 'paragraph', id: `administration.activity.${i + 1}`, text: `• ${a.text}` }),
    );
  } else {
    blocks.push({
      kind: 'paragraph',
      id: 'administration.activities',
      text: 'En temas de administración, finanzas y capital humano no se registraron actividades en el periodo.',
    });
  }
  const { months, exercise } = periodWords(data.period.from, data.period.to);
  const twoMonths = monthsOverlapping(data.period.from, data.period.to).length === 2;
  blocks.push({ kind: 'heading', id: 'administration.reports', text: 'Informes.' });
  blocks.push({
    kind: 'paragraph',
    id: 'administration.reports',
    // The footnote mark of the publication note under the table (seed 003 ⁷, numbered in the document).
    text: `Se presenta el listado de Informes de Actividades ${twoMonths ? 'Bimestrales' : 'del periodo'} ${months} de la Coordinación de Administración y Finanzas, ${exercise}:¹`,
  });
  blocks.push(deliverablesTable(data, ctx.nextTable(), ctx.institution.shortName));
  return { blocks };
}

export const administrationSection: ReportSection<AdministrationSectionData> = {
  id: 'administration',
  order: 600,
  title: 'COORDINACIÓN DE ADMINISTRACIÓN Y FINANZAS',
  load: loadAdministrationSection,
  contract: administrationContract,
  build: buildAdministrationSection,
};
