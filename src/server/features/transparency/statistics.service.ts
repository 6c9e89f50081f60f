// Facts for the statistics: every request with its computed deadlines, appeals and closing time.
import { and, count, eq, gte, inArray, isNotNull, lte } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Database } from '../../db/client.js';
import { informationRequests } from '../../records/records.schema.js';
import { businessDaysBetween } from './deadlines.js';
import { loadEngine } from './engine.service.js';
import { summarise } from './requests.queries.js';
import { quarterBounds, quarterStatistics, type QuarterStatistics, type RequestFact } from './statistics.js';
import { informationRequestAppeals, informationRequestDetails } from './transparency.schema.js';

/** `closedOnly`: only requests with a recorded closing (the report's deadlines paragraph). */
export async function loadFacts(db: Database, from: string, to: string, now = new Date(), { closedOnly = false } = {}) {
  const engine = await loadEngine(db, now);
  const rows = await db
    .select({ core: informationRequests, details: informationRequestDetails })
    .from(informationRequests)
    .leftJoin(informationRequestDetails, eq(informationRequestDetails.requestId, informationRequests.id))
    .where(
      and(
        gte(informationRequests.receivedOn, from),
        lte(informationRequests.receivedOn, to),
        closedOnly ? isNotNull(informationRequestDetails.closedOn) : undefined,
      ),
    );
  // The appeals of these requests only (not a count over the whole table).
  const inPeriod = db
    .select({ id: informationRequests.id })
    .from(informationRequests)
    .where(and(gte(informationRequests.receivedOn, from), lte(informationRequests.receivedOn, to)));
  const appeals = rows.length
    ? await db
        .select({ requestId: informationRequestAppeals.requestId, n: count() })
        .from(informationRequestAppeals)
        .where(inArray(informationRequestAppeals.requestId, inPeriod))
        .groupBy(informationRequestAppeals.requestId)
    : [];
  const appealsOf = new Map(appeals.map((a) => [a.requestId, Number(a.n)]));
  const facts: RequestFact[] = rows.map(({ core, details }) => {
    const s = summarise(engine, core, details);
    return {
      receivedOn: core.receivedOn,
      kind: core.kind,
      channel: details?.channel ?? 'imported',
      arcoRight: details?.arcoRight ?? null,
      status: s.status,
      closedOn: details?.closedOn ?? null,
      dueOn: s.deadlines.dueOn,
      overdue: s.deadlines.overdue,
      closedLate: s.deadlines.answeredLate,
      extended: !!details?.extensionNotifiedOn,
      clarificationRequested: !!details?.clarificationRequestedOn,
      appeals: appealsOf.get(core.id) ?? 0,
      workingDaysToClose:
        details?.closedOn && s.deadlines.noticeOn
          ? businessDaysBetween(engine.calendar, s.deadlines.noticeOn, details.closedOn)
          : null,
    };
  });
  return { facts, today: engine.today };
}

export async function quarterReport(db: Database, year: number, quarter: 1 | 2 | 3 | 4): Promise<QuarterStatistics> {
  const { from, to } = quarterBounds(year, quarter);
  const { facts } = await loadFacts(db, from, to);
  return quarterStatistics(facts, from, to);
}

export const LABELS: Record<string, string> = {
  public: 'Acceso a información pública',
  arco: 'Derechos ARCO',
  platform: 'Plataforma (SISAI / PNT)',
  email: 'Correo electrónico',
  written: 'Escrito',
  verbal: 'Verbal',
  other: 'Otro',
  imported: 'Importadas (sin medio de recepción registrado)',
  access: 'Acceso',
  rectification: 'Rectificación',
  cancellation: 'Cancelación',
  opposition: 'Oposición',
  portability: 'Portabilidad',
  received: 'Recibida',
  clarification_requested: 'En prevención',
  in_process: 'En trámite en área',
  extended: 'Con ampliación',
  answered: 'Respondida',
  referred: 'Orientada / incompetencia',
  not_admissible: 'Improcedente',
  not_filed: 'No presentada',
};

/** The quarter as a one-sheet workbook (Spanish labels) for the unit's quarterly reports. */
export async function quarterWorkbook(s: QuarterStatistics, label: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(`Estadística ${label}`.slice(0, 31));
  ws.columns = [
    { header: 'Concepto', key: 'k', width: 46 },
    { header: 'Número', key: 'v', width: 14 },
  ];
  ws.getRow(1).font = { bold: true };
  const add = (k: string, v: number | string | null) => ws.addRow({ k, v: v ?? '—' });
  const group = (title: string, map: Record<string, number>) => {
    ws.addRow({}).getCell(1).value = title;
    ws.lastRow!.font = { bold: true };
    for (const [key, n] of Object.entries(map)) add(`  ${LABELS[key] ?? key}`, n);
  };
  add('Periodo', `${s.from} a ${s.to}`);
  add('Solicitudes recibidas', s.received);
  group('Por tipo', s.byKind);
  group('Por medio de recepción', s.byChannel);
  group('Derechos ARCO por derecho', s.byArcoRight);
  group('Por estado', s.byStatus);
  ws.addRow({});
  add('Concluidas', s.closed);
  add('Concluidas en plazo', s.closedInTime);
  add('Concluidas fuera de plazo', s.closedLate);
  add('En trámite', s.open);
  add('En trámite con plazo vencido', s.openOverdue);
  add('Con ampliación de plazo', s.extended);
  add('Con prevención', s.clarificationRequested);
  add('Recursos de revisión', s.appeals);
  add('Promedio de días hábiles para concluir', s.averageWorkingDaysToClose);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
