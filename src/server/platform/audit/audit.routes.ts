import { saneIsoDate } from '../../../common/dates.js';
import { and, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { App, AppDeps } from '../deps.js';
import { auditLog } from './audit.schema.js';

const AuditQuery = z.object({
  actor: z.string().max(100).optional(),
  action: z.string().max(60).optional(),
  entity: z.string().max(60).optional(),
  entityId: z.string().max(200).optional(),
  from: saneIsoDate.optional(),
  to: saneIsoDate.optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const AuditEntryOut = z.object({
  id: z.number(),
  at: z.string(),
  actorUsername: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
});

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
      if (q.entityId) where.push(eq(auditLog.entityId, q.entityId));
      if (q.from) where.push(gte(auditLog.at, new Date(`${q.from}T00:00:00-06:00`)));
      if (q.to) where.push(lte(auditLog.at, new Date(`${q.to}T23:59:59.999-06:00`)));
      if (q.before) where.push(lt(auditLog.id, q.before));
      const rows = await db
        .select()
        .from(auditLog)
        .where(and(...where))
        .orderBy(desc(auditLog.id))
        .limit(q.limit);
      return {
        entries: rows.map((r) => ({ ...r, at: r.at.toISOString(), details: r.details ?? null })),
        nextBefore: rows.length === q.limit ? rows[rows.length - 1]!.id : null,
      };
    },
  );
}
