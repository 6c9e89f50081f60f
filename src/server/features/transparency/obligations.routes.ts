// Transparency obligations (SIPOT and the local platform): catalogue, per-period status with
// evidence, and the compliance percentage of seed 000 §2 for a quarter.
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/deps.js';
import { audit } from '../../platform/audit/audit.js';
import { AppError, alreadyExists, conflict, notFound } from '../../platform/http/errors.js';
import { checkUpdateDates, compliance, periodClosingInQuarter, periodicityOf } from './periods.js';
import { IdParams, isoDate } from './transparency.contract.js';
import {
  OBLIGATION_STATUSES,
  PERIODICITIES,
  transparencyObligationUpdates,
  transparencyObligations,
} from './transparency.schema.js';

const ObligationOut = z.object({
  id: z.string(),
  fraction: z.string(),
  title: z.string(),
  responsibleArea: z.string(),
  periodicity: z.enum(PERIODICITIES),
  active: z.boolean(),
  version: z.number(),
});
const ObligationBody = z.object({
  fraction: z.string().trim().min(1).max(40),
  title: z.string().trim().min(1).max(300),
  responsibleArea: z.string().trim().min(1).max(200),
  periodicity: z.enum(PERIODICITIES),
});
const ObligationPatch = ObligationBody.partial().extend({
  version: z.number().int().positive(),
  active: z.boolean().optional(),
});
// Years 2000-2099 only: periods are real reporting periods, not arbitrary dates.
const PeriodParams = z.object({ id: z.uuid(), period: z.string().regex(/^20\d{2}(-Q[1-4]|-H[12])?$/) });
const PeriodBody = z
  .object({
    /** 0 when the period has no record yet. */
    version: z.number().int().min(0),
    status: z.enum(OBLIGATION_STATUSES),
    updatedOn: isoDate.nullable().optional(),
    validatedOn: isoDate.nullable().optional(),
    evidenceRef: z.string().trim().max(500).nullable().optional(),
    notes: z.string().trim().max(2000).nullable().optional(),
  })
  .refine((b) => b.status === 'pending' || !!b.updatedOn, {
    message: 'Indique la fecha de actualización',
    path: ['updatedOn'],
  })
  .refine((b) => b.status !== 'validated' || !!b.validatedOn, {
    message: 'Indique la fecha de validación',
    path: ['validatedOn'],
  });
const QuarterQuery = z.object({ quarter: z.string().regex(/^20\d{2}-Q[1-4]$/) });
const ComplianceRow = z.object({
  obligation: ObligationOut,
  period: z.string(),
  status: z.enum(OBLIGATION_STATUSES),
  updatedOn: z.string().nullable(),
  validatedOn: z.string().nullable(),
  evidenceRef: z.string().nullable(),
  notes: z.string().nullable(),
  version: z.number(),
});
export const ComplianceOut = z.object({
  quarter: z.string(),
  rows: z.array(ComplianceRow),
  compliance: z.object({
    required: z.number(),
    uploaded: z.number(),
    validated: z.number(),
    percent: z.number().nullable(),
    validatedPercent: z.number().nullable(),
  }),
});

/** Every active obligation whose period closes in the quarter, with its status (pending if never recorded). */
export async function quarterCompliance(db: AppDeps['db'], quarter: string): Promise<z.infer<typeof ComplianceOut>> {
  const obligations = await db
    .select()
    .from(transparencyObligations)
    .where(eq(transparencyObligations.active, true))
    .orderBy(asc(transparencyObligations.fraction));
  const updates = await db.select().from(transparencyObligationUpdates);
  const rows = obligations.flatMap((o) => {
    const period = periodClosingInQuarter(o.periodicity, quarter);
    if (!period) return [];
    const u = updates.find((x) => x.obligationId === o.id && x.period === period);
    return [
      {
        obligation: o,
        period,
        status: u?.status ?? 'pending',
        updatedOn: u?.updatedOn ?? null,
        validatedOn: u?.validatedOn ?? null,
        evidenceRef: u?.evidenceRef ?? null,
        notes: u?.notes ?? null,
        version: u?.version ?? 0,
      },
    ];
  });
  return { quarter, rows, compliance: compliance(rows) };
}

export async function obligationsRoutes(app: App, { db }: AppDeps): Promise<void> {
  const who = (req: { actor?: { userId: string; username: string } }) => ({
    userId: req.actor!.userId,
    username: req.actor!.username,
  });

  app.get(
    '/transparency/obligations',
    {
      config: { policy: 'transparency.read' },
      schema: { response: { 200: z.object({ items: z.array(ObligationOut) }) } },
    },
    async () => ({
      items: await db.select().from(transparencyObligations).orderBy(asc(transparencyObligations.fraction)),
    }),
  );

  app.post(
    '/transparency/obligations',
    {
      config: { policy: 'transparency.write' },
      schema: { body: ObligationBody, response: { 201: ObligationOut } },
    },
    async (req, reply) => {
      const row = await db.transaction(async (tx) => {
        const [dup] = await tx
          .select({ id: transparencyObligations.id })
          .from(transparencyObligations)
          .where(eq(transparencyObligations.fraction, req.body.fraction));
        if (dup) throw alreadyExists({ field: 'fraction' });
        const [created] = await tx.insert(transparencyObligations).values(req.body).returning();
        await audit(tx, {
          actor: who(req),
          action: 'create',
          entity: 'transparency_obligation',
          entityId: created!.id,
          ip: req.ip,
          details: { fraction: req.body.fraction },
        });
        return created!;
      });
      return reply.status(201).send(row);
    },
  );

  app.patch(
    '/transparency/obligations/:id',
    {
      config: { policy: 'transparency.write' },
      schema: { params: IdParams, body: ObligationPatch, response: { 200: ObligationOut } },
    },
    async (req) => {
      const { version, ...changes } = req.body;
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(transparencyObligations)
          .set({ ...changes, version: sql`${transparencyObligations.version} + 1`, updatedAt: new Date() })
          .where(and(eq(transparencyObligations.id, req.params.id), eq(transparencyObligations.version, version)))
          .returning();
        if (!row) {
          const [exists] = await tx
            .select({ id: transparencyObligations.id })
            .from(transparencyObligations)
            .where(eq(transparencyObligations.id, req.params.id));
          throw exists ? conflict() : notFound();
        }
        await audit(tx, {
          actor: who(req),
          action: 'update',
          entity: 'transparency_obligation',
          entityId: row.id,
          ip: req.ip,
          details: { fields: Object.keys(changes) },
        });
        return row;
      });
    },
  );

  app.get(
    '/transparency/obligations/compliance',
    {
      config: { policy: 'transparency.read' },
      schema: { querystring: QuarterQuery, response: { 200: ComplianceOut } },
    },
    async (req) => quarterCompliance(db, req.query.quarter),
  );

  app.put(
    '/transparency/obligations/:id/periods/:period',
    {
      config: { policy: 'transparency.write' },
      schema: { params: PeriodParams, body: PeriodBody, response: { 200: ComplianceRow.omit({ obligation: true }) } },
    },
    async (req) => {
      const { id, period } = req.params;
      const [obligation] = await db.select().from(transparencyObligations).where(eq(transparencyObligations.id, id));
      if (!obligation) throw notFound();
      if (periodicityOf(period) !== obligation.periodicity) throw new AppError('transparency_period_invalid', 400);
      const b = req.body;
      const values = {
        status: b.status,
        updatedOn: b.updatedOn ?? null,
        validatedOn: b.status === 'validated' ? (b.validatedOn ?? null) : null,
        evidenceRef: b.evidenceRef ?? null,
        notes: b.notes ?? null,
      };
      const problems = checkUpdateDates(period, values.updatedOn, values.validatedOn);
      if (problems.length > 0) throw new AppError('transparency_dates_invalid', 400, { problems });
      return db.transaction(async (tx) => {
        const [current] = await tx
          .select()
          .from(transparencyObligationUpdates)
          .where(
            and(eq(transparencyObligationUpdates.obligationId, id), eq(transparencyObligationUpdates.period, period)),
          );
        if ((current?.version ?? 0) !== b.version) throw conflict();
        const [row] = current
          ? await tx
              .update(transparencyObligationUpdates)
              .set({ ...values, version: sql`${transparencyObligationUpdates.version} + 1`, updatedAt: new Date() })
              .where(
                and(
                  eq(transparencyObligationUpdates.id, current.id),
                  eq(transparencyObligationUpdates.version, b.version),
                ),
              )
              .returning()
          : await tx
              .insert(transparencyObligationUpdates)
              .values({ obligationId: id, period, ...values })
              .returning();
        if (!row) throw conflict();
        await audit(tx, {
          actor: who(req),
          action: current ? 'update' : 'create',
          entity: 'transparency_obligation_update',
          entityId: row.id,
          ip: req.ip,
          details: { period, status: b.status },
        });
        return row;
      });
    },
  );
}
