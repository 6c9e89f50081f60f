import { saneIsoDate } from '../../../common/dates.js';
import { and, desc, eq, gte, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { App, AppDeps } from '../deps.js';
import { users } from '../auth/auth.schema.js';
import { auditLog } from './audit.schema.js';

const AuditQuery = z.object({
  actor: z.string().max(100).optional(),
  action: z.string().max(60).optional(),
  entity: z.string().max(60).optional(),
  /** The record: its id, or the folio of a case or request, or the code of a measure. */
  entityId: z.string().trim().max(200).optional(),
  from: saneIsoDate.optional(),
  to: saneIsoDate.optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const AuditEntryOut = z.object({
  id: z.number(),
  at: z.string(),
  actorUsername: z.string().nullable(),
  /** The person's display name, for people reading the trail (the username stays for filtering). */
  actorName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  /** The record's folio (cases, requests) or code (measures) instead of its id, when it has one. */
  record: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
});

// The trail names records by id; people know them by folio. Read by table name: the platform does
// not import the features' schemas.
const recordSql = sql<string | null>`case ${auditLog.entity}
  when 'case' then (select c.folio from cases c where c.id::text = ${auditLog.entityId})
  when 'information_request' then (select r.folio from information_requests r where r.id::text = ${auditLog.entityId})
  when 'measure' then (select m.code from measures m where m.code is not null and m.id::text = ${auditLog.entityId})
  end`;

const byFolio = (folio: string) => sql`(select c.id::text from cases c where c.folio = ${folio}
  union all select r.id::text from information_requests r where r.folio = ${folio}
  union all select m.id::text from measures m where m.code = ${folio})`;

export async function auditRoutes(app: App, { db }: AppDeps): Promise<void> {
  app.get(
    '/audit',
    {
      config: { policy: 'audit.read' },
      schema: {
        querystring: AuditQuery,
        response: { 200: z.object({ entries: z.array(AuditEntryOut), nextBefore: z.number().nullable() }) },
      },
    },
    async (req) => {
      const q = req.query;
      const where: SQL[] = [];
      if (q.actor) where.push(eq(auditLog.actorUsername, q.actor));
      if (q.action) where.push(eq(auditLog.action, q.action));
      if (q.entity) where.push(eq(auditLog.entity, q.entity));
      if (q.entityId)
        where.push(or(eq(auditLog.entityId, q.entityId), sql`${auditLog.entityId} in ${byFolio(q.entityId)}`)!);
      if (q.from) where.push(gte(auditLog.at, new Date(`${q.from}T00:00:00-06:00`)));
      if (q.to) where.push(lte(auditLog.at, new Date(`${q.to}T23:59:59.999-06:00`)));
      if (q.before) where.push(lt(auditLog.id, q.before));
      const rows = await db
        .select({ entry: auditLog, actorName: users.displayName, record: recordSql })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.actorUserId))
        .where(and(...where))
        .orderBy(desc(auditLog.id))
        .limit(q.limit);
      return {
        entries: rows.map(({ entry: r, actorName, record }) => ({
          ...r,
          actorName,
          record,
          at: r.at.toISOString(),
          details: r.details ?? null,
        })),
        nextBefore: rows.length === q.limit ? rows[rows.length - 1]!.entry.id : null,
      };
    },
  );
}
