// The filtered case list as a spreadsheet: the same query and scope as GET /cases (no identities),
// in Spanish words, every download audited with its filters (never the name searched).
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { CaseListQuery } from '../../../common/features/cases.contract.js';
import { auditNow } from '../../platform/audit/audit.js';
import type { AppDeps } from '../../platform/deps.js';
import { tableWorkbook } from '../../platform/http/xlsx.js';
import { auditActor, type RequestContext } from './access.js';
import { listCases } from './cases.queries.js';

/** Rows of one download at most; a larger history goes through the data package. */
export const CASE_EXPORT_MAX = 10_000;

type Labels = Record<'kind' | 'profile' | 'identity' | 'status' | 'procedure', Record<string, string>>;
// The page's own words (the Spanish catalogue), so the file says what the list says.
const labels = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../../web/i18n/es-MX/cases.json'), 'utf8'),
) as Labels;
const word = (group: keyof Labels, code: string | null) => (code === null ? '' : (labels[group][code] ?? code));

const HEADER = [
  'Folio',
  'Tipo',
  'Procedimiento',
  'Perfil',
  'Identidad',
  'Estado',
  'Apertura',
  'Conclusión',
  'Sin medida urgente',
];

export async function exportCases(
  deps: Pick<AppDeps, 'db' | 'crypto'>,
  ctx: RequestContext,
  q: Omit<z.infer<typeof CaseListQuery>, 'limit' | 'offset'>,
): Promise<Buffer> {
  const { items, total } = await listCases(deps, ctx, { ...q, limit: CASE_EXPORT_MAX, offset: 0 });
  const rows = items.map((c) => [
    c.folio,
    word('kind', c.kind),
    word('procedure', c.procedure),
    word('profile', c.profile),
    word('identity', c.identity),
    word('status', c.status),
    c.openedOn,
    c.closedOn,
    c.urgentMissing ? 'Sí' : '',
  ]);
  const { name: _name, ...filters } = q;
  await auditNow(deps.db, {
    actor: auditActor(ctx.actor),
    action: 'export',
    entity: 'case',
    entityId: null,
    ip: ctx.ip,
    details: { format: 'xlsx', rows: rows.length, total, filters, nameSearch: q.name !== undefined },
  });
  return tableWorkbook('Casos', HEADER, rows);
}
