// Activities of the transparency unit that the report narrates (seed 003 §7.1, §7.2, §7.4): portal
// work, steps in the Comité's integration, open government activities.
import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/deps.js';
import { audit } from '../../platform/audit/audit.js';
import { conflict, notFound } from '../../platform/http/errors.js';
import { IdParams, isoDate } from '../../../common/features/transparency.contract.js';
import { ACTIVITY_CATEGORIES, ACTIVITY_VERBS, transparencyActivities } from './transparency.schema.js';

const ActivityOut = z.object({
  id: z.string(),
  category: z.enum(ACTIVITY_CATEGORIES),
  verb: z.enum(ACTIVITY_VERBS),
  occurredOn: z.string(),
  text: z.string(),
  version: z.number(),
});
const ActivityBody = z.object({
  category: z.enum(ACTIVITY_CATEGORIES),
  verb: z.enum(ACTIVITY_VERBS).default('carried_out'),
  occurredOn: isoDate,
  text: z.string().trim().min(3, 'Describa la actividad').max(2000),
});
const ActivityPatch = ActivityBody.partial().extend({ version: z.number().int().positive() });

export async function activityRoutes(app: App, { db }: AppDeps): Promise<void> {
  const who = (req: { actor?: { userId: string; username: string } }) => ({
    userId: req.actor!.userId,
    username: req.actor!.username,
  });

  app.get(
    '/transparency/activities',
    {
      config: { policy: 'transparency.read' },
      schema: {
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: { 200: z.array(ActivityOut) },
      },
    },
    (req) =>
      db
        .select()
        .from(transparencyActivities)
        .where(
          and(
            gte(transparencyActivities.occurredOn, `${req.query.year}-01-01`),
            lte(transparencyActivities.occurredOn, `${req.query.year}-12-31`),
          ),
        )
        .orderBy(asc(transparencyActivities.occurredOn), asc(transparencyActivities.createdAt)),
  );

  app.post(
    '/transparency/activities',
    { config: { policy: 'transparency.write' }, schema: { body: ActivityBody, response: { 201: ActivityOut } } },
    async (req, reply) => {
      const row = await db.transaction(async (tx) => {
        const [created] = await tx.insert(transparencyActivities).values(req.body).returning();
        await audit(tx, {
          actor: who(req),
          action: 'create',
          entity: 'transparency_activity',
          entityId: created!.id,
          ip: req.ip,
          details: { category: req.body.category },
        });
        return created!;
      });
      return reply.status(201).send(row);
    },
  );

  app.patch(
    '/transparency/activities/:id',
    {
      config: { policy: 'transparency.write' },
      schema: { params: IdParams, body: ActivityPatch, response: { 200: ActivityOut } },
    },
    async (req) => {
      const { version, ...changes } = req.body;
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(transparencyActivities)
          .set({ ...changes, version: sql`${transparencyActivities.version} + 1`, updatedAt: new Date() })
          .where(and(eq(transparencyActivities.id, req.params.id), eq(transparencyActivities.version, version)))
          .returning();
        if (!row) {
          const [exists] = await tx
            .select({ id: transparencyActivities.id })
            .from(transparencyActivities)
            .where(eq(transparencyActivities.id, req.params.id));
          throw exists ? conflict() : notFound();
        }
        await audit(tx, {
          actor: who(req),
          action: 'update',
          entity: 'transparency_activity',
          entityId: row.id,
          ip: req.ip,
          details: { fields: Object.keys(changes) },
        });
        return row;
      });
    },
  );
}
