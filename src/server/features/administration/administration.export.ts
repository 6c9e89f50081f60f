// Spreadsheet exports of the CAF registers (what the pages show, with the same filters).
import { tableWorkbook } from '../../platform/http/xlsx.js';
import { PROCUREMENT_STATUSES, PROCUREMENT_TYPES } from './administration.schema.js';
import { STATUS_LABELS } from './administration.section.js';
import { recipientsLabel } from './deliverables.logic.js';

export const PROCUREMENT_TYPE_LABELS: Record<(typeof PROCUREMENT_TYPES)[number], string> = {
  restricted_invitation: 'Invitación Restringida',
  public_tender: 'Licitación Pública',
  direct_award: 'Adjudicación Directa',
};
export const PROCUREMENT_STATUS_LABELS: Record<(typeof PROCUREMENT_STATUSES)[number], string> = {
  planned: 'Programado',
  in_progress: 'En curso',
  awarded: 'Adjudicado',
  deserted: 'Desierto',
  cancelled: 'Cancelado',
};

interface GridLike {
  months: string[];
  rows: Array<{
    id: string;
    name: string;
    recipients: string[];
    cells: Array<{ status: keyof typeof STATUS_LABELS; deliveredOn: string | null; dueOn: string }>;
  }>;
}

export function deliverablesWorkbook(grid: GridLike): Promise<Buffer> {
  const header = ['Clave', 'Informe', 'Dependencia a la que se entrega'];
  for (const m of grid.months) header.push(`${m} Estatus`, `${m} Fecha de entrega`, `${m} Fecha límite`);
  return tableWorkbook(
    'Informes',
    header,
    grid.rows.map((r) => [
      r.id,
      r.name,
      recipientsLabel(r.recipients),
      ...r.cells.flatMap((c) => [STATUS_LABELS[c.status], c.deliveredOn, c.dueOn]),
    ]),
  );
}

export function activitiesWorkbook(items: Array<{ on: string; area: string; text: string; public: boolean }>) {
  return tableWorkbook(
    'Actividades',
    ['Fecha', 'Área', 'Actividad', 'En el informe'],
    items.map((a) => [a.on, a.area, a.text, a.public ? 'Sí' : 'No']),
  );
}

export function procurementsWorkbook(
  items: Array<{
    number: string;
    type: (typeof PROCUREMENT_TYPES)[number];
    object: string;
    minimumBidders: number;
    status: (typeof PROCUREMENT_STATUSES)[number];
    startedOn: string;
    note: string | null;
  }>,
) {
  return tableWorkbook(
    'Procedimientos',
    ['Número', 'Tipo', 'Objeto', 'Mínimo de participantes', 'Estatus', 'Inicio', 'Nota'],
    items.map((p) => [
      p.number,
      PROCUREMENT_TYPE_LABELS[p.type],
      p.object,
      p.minimumBidders,
      PROCUREMENT_STATUS_LABELS[p.status],
      p.startedOn,
      p.note,
    ]),
  );
}
