// Transparency Committee sessions: the yearly calendar of ordinary sessions, extraordinary ones,
// and the indicator of seed 000 §4 (sessions held / sessions programmed × 100).
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/deps.js';
import { audit } from '../../platform/audit/audit.js';
import { conflict, notFound } from '../../platform/http/errors.js';
import { IdParams, isoDate } from './transparency.contract.js';
import { SESSION_KINDS, transparencyCommitteeSessions } from './transparency.schema.js';

const SessionOut = z.object({
  id: z.string(),
  kind: z.enum(SESSION_KINDS),
  ordinal: z.number(),
  scheduledOn: z.string().nullable(),
  heldOn: z.string().nullable(),
  topics: z.string(),
  minutesRef: z.string().nullable(),
  version: z.number(),
});
const SessionBody = z
  .object({
    kind: z.enum(SESSION_KINDS),
    ordinal: z.number().int().min(1).max(99),
    scheduledOn: isoDate.nullable().optional(),
    heldOn: isoDate.nullable().optional(),
    topics: z.string().trim().max(4000).default(''),
    minutesRef: z.string().trim().max(300).nullable().optional(),
  })
  .refine((b) => !!b.scheduledOn || !!b.heldOn, {
    message: 'Indique la fecha programada o la de celebración',
    path: ['scheduledOn'],
  });
const SessionPatch = z.object({
  version: z.number().int().positive(),
  scheduledOn: isoDate.nullable().optional(),
  heldOn: isoDate.nullable().optional(),
  topics: z.string().trim().max(4000).optional(),
  minutesRef: z.string().trim().max(300).nullable().optional(),
});

type Session = z.infer<typeof SessionOut>;

/** Seed 000 §4: ordinary sessions held in the year over those programmed for it, plus extraordinary ones held. */
export function committeeIndicator(
  sessions: readonly Pick<Session, 'kind' | 'scheduledOn' | 'heldOn'>[],
  year: number,
) {
  const inYear = (d: string | null) => !!d && d.startsWith(`${year}-`);
  const ordinary = sessions.filter((s) => s.kind === 'ordinary');
  const programmed = ordinary.filter((s) => inYear(s.scheduledOn ?? s.heldOn)).length;
  const held = ordinary.filter((s) => inYear(s.heldOn)).length;
  return {
    year,
    programmed,
    held,
    extraordinaryHeld: sessions.filter((s) => s.kind === 'extraordinary' && inYear(s.heldOn)).length,
    percent: programmed === 0 ? null : Math.round((held / programmed) * 1000) / 10,
  };
}

export async function committeeRoutes(app: App, { db }: AppDeps): Promise<void> {
  const who = (req: { actor?: { userId: string; username: string } }) => ({
    userId: req.actor!.userId,
    username: req.actor!.username,
  });

  app.get(
    '/transparency/committee',
    {
      config: { policy: 'transparency.read' },
      schema: {
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: {
          200: z.object({
            sessions: z.array(SessionOut),
            indicator: z.object({
              year: z.number(),
              programmed: z.number(),
              held: z.number(),
              extraordinaryHeld: z.number(),
              percent: z.number().nullable(),
            }),
          }),
        },
      },
    },
    async (req) => {
      const year = req.query.year;
      const all = await db
        .select()
        .from(transparencyCommitteeSessions)
        .orderBy(
          asc(sql`coalesce(${transparencyCommitteeSessions.heldOn}, ${transparencyCommitteeSessions.scheduledOn})`),
        );
      const sessions = all.filter(
        (s) => (s.heldOn ?? s.scheduledOn ?? '').startsWith(`${year}-`) || (s.scheduledOn ?? '').startsWith(`${year}-`),
      );
      return { sessions, indicator: committeeIndicator(all, year) };
    },
  );

  app.post(
    '/transparency/committee/sessions',
    {
      config: { policy: 'transparency.write' },
      schema: { body: SessionBody, response: { 201: SessionOut } },
    },
    async (req, reply) => {
      const row = await db.transaction(async (tx) => {
        const [created] = await tx.insert(transparencyCommitteeSessions).values(req.body).returning();
        await audit(tx, {
          actor: who(req),
          action: 'create',
          entity: 'transparency_committee_session',
          entityId: created!.id,
          ip: req.ip,
          details: { kind: req.body.kind, ordinal: req.body.ordinal },
        });
        return created!;
      });
      return reply.status(201).send(row);
    },
  );

  app.patch(
    '/transparency/committee/sessions/:id',
    {
      config: { policy: 'transparency.write' },
      schema: { params: IdParams, body: SessionPatch, response: { 200: SessionOut } },
    },
    async (req) => {
      const { version, ...changes } = req.body;
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(transparencyCommitteeSessions)
          .set({ ...changes, version: sql`${transparencyCommitteeSessions.version} + 1`, updatedAt: new Date() })
          .where(
            and(
              eq(transparencyCommitteeSessions.id, req.params.id),
              eq(transparencyCommitteeSessions.version, version),
            ),
          )
          .returning();
        if (!row) {
          const [exists] = await tx
            .select({ id: transparencyCommitteeSessions.id })
            .from(transparencyCommitteeSessions)
            .where(eq(transparencyCommitteeSessions.id, req.params.id));
          throw exists ? conflict() : notFound();
        }
        await audit(tx, {
          actor: who(req),
          action: 'update',
          entity: 'transparency_committee_session',
          entityId: row.id,
          ip: req.ip,
          details: { fields: Object.keys(changes) },
        });
        return row;
      });
    },
  );
}
