// The filtered request list as a spreadsheet: the same query and deadline judgement as
// GET /transparency/requests, in Spanish words, every download audited with its filters.
import type { z } from 'zod';
import type { Database } from '../../db/client.js';
import type { Actor } from '../../platform/auth/session.js';
import { auditNow } from '../../platform/audit/audit.js';
import { tableWorkbook } from '../../platform/http/xlsx.js';
import { loadEngine } from './engine.service.js';
import { listRequests } from './requests.queries.js';
import { LABELS } from './statistics.service.js';
import type { ListRequestsQuery } from '../../../common/features/transparency.contract.js';

export const REQUEST_EXPORT_MAX = 10_000;

const HEADER = [
  'Folio',
  'Recepción',
  'Tipo',
  'Medio',
  'Asunto',
  'Estado',
  'Vence',
  'Días hábiles restantes',
  'Vencida',
  'Conclusión',
];
const word = (code: string | null) => (code === null ? '' : (LABELS[code] ?? code));

export async function exportRequests(
  db: Database,
  ctx: { actor: Actor; ip: string },
  q: Omit<z.infer<typeof ListRequestsQuery>, 'limit' | 'offset'>,
): Promise<Buffer> {
  const engine = await loadEngine(db);
  const { items, total } = await listRequests(db, engine, { ...q, limit: REQUEST_EXPORT_MAX, offset: 0 });
  const rows = items.map((r) => [
    r.folio,
    r.receivedOn,
    word(r.kind),
    word(r.channel),
    r.subject,
    word(r.status),
    r.deadlines.dueOn,
    r.deadlines.daysLeft,
    r.deadlines.overdue ? 'Sí' : '',
    r.closedOn,
  ]);
  await auditNow(db, {
    actor: { userId: ctx.actor.userId, username: ctx.actor.username },
    action: 'export',
    entity: 'information_request',
    entityId: null,
    ip: ctx.ip,
    details: { format: 'xlsx', rows: rows.length, total, filters: q },
  });
  return tableWorkbook('Solicitudes', HEADER, rows);
}
