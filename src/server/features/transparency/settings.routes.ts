// Calendar of published non-working days and versioned rule sets.
import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/deps.js';
import { audit } from '../../platform/audit/audit.js';
import { users } from '../../platform/auth/auth.schema.js';
import { alreadyExists, notFound } from '../../platform/http/errors.js';
import { expandRange, federalHolidays } from './calendar.js';
import { loadStoredRuleSets } from './engine.service.js';
import { VerificationOut } from './governance.routes.js';
import { DEFAULT_RULE_SETS, ruleSetSchema, type RuleSet } from './rules.js';
import { IdParams, isoDate } from './transparency.contract.js';
import {
  transparencyNonWorkingDays,
  transparencyRuleSets,
  transparencyRuleSetVerifications,
} from './transparency.schema.js';

const DayOut = z.object({ id: z.string(), day: z.string(), description: z.string(), source: z.string() });
const DayBody = z.object({
  day: isoDate,
  description: z.string().trim().max(200).default(''),
  source: z.string().trim().max(300).default(''),
});
const ImportBody = z.object({
  source: z.string().trim().max(300).default(''),
  entries: z
    .array(
      z
        .object({ from: isoDate, to: isoDate.optional(), description: z.string().trim().max(200).default('') })
        .refine((e) => !e.to || e.to >= e.from, { message: 'El fin del rango es anterior a su inicio', path: ['to'] })
        .refine((e) => !e.to || e.to <= `${Number(e.from.slice(0, 4)) + 1}${e.from.slice(4)}`, {
          message: 'Rango mayor a un año',
          path: ['to'],
        }),
    )
    .min(1)
    .max(200),
});

export async function settingsRoutes(app: App, { db }: AppDeps): Promise<void> {
  const who = (req: { actor?: { userId: string; username: string } }) => ({
    userId: req.actor!.userId,
    username: req.actor!.username,
  });

  app.get(
    '/transparency/calendar',
    {
      config: { policy: 'transparency.read' },
      schema: {
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: {
          200: z.object({
            year: z.number(),
            holidays: z.array(z.object({ date: z.string(), reason: z.string() })),
            published: z.array(DayOut),
          }),
        },
      },
    },
    async (req) => {
      const { year } = req.query;
      const published = await db
        .select()
        .from(transparencyNonWorkingDays)
        .where(
          and(
            gte(transparencyNonWorkingDays.day, `${year}-01-01`),
            lte(transparencyNonWorkingDays.day, `${year}-12-31`),
          ),
        )
        .orderBy(asc(transparencyNonWorkingDays.day));
      return { year, holidays: federalHolidays(year), published };
    },
  );

  app.post(
    '/transparency/calendar/days',
    {
      config: { policy: 'transparency.write' },
      schema: { body: DayBody, response: { 201: DayOut } },
    },
    async (req, reply) => {
      const row = await db.transaction(async (tx) => {
        const [exists] = await tx
          .select({ id: transparencyNonWorkingDays.id })
          .from(transparencyNonWorkingDays)
          .where(eq(transparencyNonWorkingDays.day, req.body.day));
        if (exists) throw alreadyExists({ field: 'day' });
        const [created] = await tx.insert(transparencyNonWorkingDays).values(req.body).returning();
        await audit(tx, {
          actor: who(req),
          action: 'create',
          entity: 'transparency_non_working_day',
          entityId: created!.id,
          ip: req.ip,
          details: { day: req.body.day },
        });
        return created!;
      });
      return reply.status(201).send(row);
    },
  );

  app.post(
    '/transparency/calendar/import',
    {
      config: { policy: 'transparency.write' },
      schema: { body: ImportBody, response: { 200: z.object({ added: z.number(), skipped: z.number() }) } },
    },
    async (req) => {
      const wanted = new Map<string, string>();
      for (const e of req.body.entries)
        for (const day of expandRange(e.from, e.to ?? e.from)) wanted.set(day, e.description);
      return db.transaction(async (tx) => {
        const days = [...wanted.keys()];
        const existing = new Set(
          (
            await tx
              .select({ day: transparencyNonWorkingDays.day })
              .from(transparencyNonWorkingDays)
              .where(inArray(transparencyNonWorkingDays.day, days))
          ).map((r) => r.day),
        );
        const fresh = days.filter((d) => !existing.has(d));
        if (fresh.length > 0) {
          await tx
            .insert(transparencyNonWorkingDays)
            .values(fresh.map((day) => ({ day, description: wanted.get(day)!, source: req.body.source })));
        }
        await audit(tx, {
          actor: who(req),
          action: 'import',
          entity: 'transparency_non_working_day',
          ip: req.ip,
          details: { added: fresh.length, skipped: existing.size },
        });
        return { added: fresh.length, skipped: existing.size };
      });
    },
  );

  app.patch(
    '/transparency/calendar/days/:id',
    {
      config: { policy: 'transparency.write' },
      schema: { params: IdParams, body: DayBody.omit({ day: true }).partial(), response: { 200: DayOut } },
    },
    async (req) =>
      db.transaction(async (tx) => {
        const [row] = await tx
          .update(transparencyNonWorkingDays)
          .set(req.body)
          .where(eq(transparencyNonWorkingDays.id, req.params.id))
          .returning();
        if (!row) throw notFound();
        await audit(tx, {
          actor: who(req),
          action: 'update',
          entity: 'transparency_non_working_day',
          entityId: row.id,
          ip: req.ip,
          details: { fields: Object.keys(req.body) },
        });
        return row;
      }),
  );

  app.delete(
    '/transparency/calendar/days/:id',
    {
      config: { policy: 'transparency.write' },
      schema: { params: IdParams, response: { 204: z.null() } },
    },
    async (req, reply) => {
      await db.transaction(async (tx) => {
        const [gone] = await tx
          .delete(transparencyNonWorkingDays)
          .where(eq(transparencyNonWorkingDays.id, req.params.id))
          .returning();
        if (!gone) throw notFound();
        await audit(tx, {
          actor: who(req),
          action: 'delete',
          entity: 'transparency_non_working_day',
          entityId: gone.id,
          ip: req.ip,
          details: { day: gone.day },
        });
      });
      return reply.status(204).send(null);
    },
  );

  const RuleSetOut = z.object({
    builtIn: z.boolean(),
    ruleSet: ruleSetSchema,
    /** Verified in code or by a recorded check; false = "por verificar". */
    verified: z.boolean(),
    verification: VerificationOut.nullable(),
  });
  app.get(
    '/transparency/rule-sets',
    {
      config: { policy: 'transparency.read' },
      schema: { response: { 200: z.object({ items: z.array(RuleSetOut) }) } },
    },
    async () => {
      const rows = await db
        .select({ v: transparencyRuleSetVerifications, username: users.username })
        .from(transparencyRuleSetVerifications)
        .leftJoin(users, eq(users.id, transparencyRuleSetVerifications.recordedBy));
      const byKey = new Map(rows.map((r) => [r.v.ruleSetKey, r]));
      const item = (builtIn: boolean) => (ruleSet: RuleSet) => {
        const r = byKey.get(ruleSet.key);
        return {
          builtIn,
          ruleSet,
          verified: (builtIn && ruleSet.verified) || !!r,
          verification: r
            ? {
                verifiedBy: r.v.verifiedBy,
                verifiedOn: r.v.verifiedOn,
                source: r.v.source,
                notes: r.v.notes,
                recordedBy: r.username ?? null,
                recordedAt: r.v.createdAt.toISOString(),
              }
            : null,
        };
      };
      return {
        items: [...DEFAULT_RULE_SETS.map(item(true)), ...(await loadStoredRuleSets(db)).map(item(false))],
      };
    },
  );

  // Rule sets are versions: never edited, a change is a new set with a later effective date.
  app.post(
    '/transparency/rule-sets',
    {
      config: { policy: 'transparency.admin' },
      schema: { body: ruleSetSchema, response: { 201: RuleSetOut } },
    },
    async (req, reply) => {
      const set = req.body;
      if (DEFAULT_RULE_SETS.some((d) => d.key === set.key)) throw alreadyExists({ field: 'key' });
      await db.transaction(async (tx) => {
        const [exists] = await tx
          .select({ id: transparencyRuleSets.id })
          .from(transparencyRuleSets)
          .where(eq(transparencyRuleSets.key, set.key));
        if (exists) throw alreadyExists({ field: 'key' });
        const [row] = await tx
          .insert(transparencyRuleSets)
          .values({ key: set.key, effectiveFrom: set.effectiveFrom, definition: set, createdBy: req.actor!.userId })
          .returning();
        await audit(tx, {
          actor: who(req),
          action: 'create',
          entity: 'transparency_rule_set',
          entityId: row!.id,
          ip: req.ip,
          details: { key: set.key, effectiveFrom: set.effectiveFrom, verified: set.verified },
        });
      });
      if (!set.verified) req.log.info({ key: set.key }, 'unverified rule set added');
      return reply.status(201).send({ builtIn: false, ruleSet: set, verified: false, verification: null });
    },
  );
}
