// Transparency obligations (SIPOT and the local platform): catalogue, per-period status with
// evidence, and the compliance percentage of seed 000 §2 for a quarter.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../platform/context.js';
import { AppError, alreadyExists, conflict, notFound } from '../../platform/http/errors.js';
import type {
  Compliance,
  ObligationInput,
  ObligationPatchInput,
  PeriodInput,
} from '../../../common/features/transparency.obligations.contract.js';
import { checkUpdateDates, compliance, periodClosingInQuarter, periodicityOf } from './periods.js';
import { transparencyObligationUpdates, transparencyObligations } from './transparency.schema.js';

type Reader = Pick<ServiceContext, 'db'>;

export async function listObligations({ db }: Reader) {
  return { items: await db.select().from(transparencyObligations).orderBy(asc(transparencyObligations.fraction)) };
}

export async function createObligation(ctx: ServiceContext, input: ObligationInput) {
  return ctx.db.transaction(async (tx) => {
    const [dup] = await tx
      .select({ id: transparencyObligations.id })
      .from(transparencyObligations)
      .where(eq(transparencyObligations.fraction, input.fraction));
    if (dup) throw alreadyExists({ field: 'fraction' });
    const [created] = await tx.insert(transparencyObligations).values(input).returning();
    await ctx.audit(tx, {
      action: 'create',
      entity: 'transparency_obligation',
      entityId: created!.id,
      details: { fraction: input.fraction },
    });
    return created!;
  });
}

export async function updateObligation(ctx: ServiceContext, id: string, input: ObligationPatchInput) {
  const { version, ...changes } = input;
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(transparencyObligations)
      .set({ ...changes, version: sql`${transparencyObligations.version} + 1`, updatedAt: ctx.now() })
      .where(and(eq(transparencyObligations.id, id), eq(transparencyObligations.version, version)))
      .returning();
    if (!row) {
      const [exists] = await tx
        .select({ id: transparencyObligations.id })
        .from(transparencyObligations)
        .where(eq(transparencyObligations.id, id));
      throw exists ? conflict() : notFound();
    }
    await ctx.audit(tx, {
      action: 'update',
      entity: 'transparency_obligation',
      entityId: row.id,
      details: { fields: Object.keys(changes) },
    });
    return row;
  });
}

/** Every active obligation whose period closes in the quarter, with its status (pending if never recorded). */
export async function quarterCompliance({ db }: Reader, quarter: string): Promise<Compliance> {
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

/** Records the status of one obligation for one period (creates the record on version 0). */
export async function recordPeriod(ctx: ServiceContext, id: string, period: string, b: PeriodInput) {
  const [obligation] = await ctx.db.select().from(transparencyObligations).where(eq(transparencyObligations.id, id));
  if (!obligation) throw notFound();
  if (periodicityOf(period) !== obligation.periodicity) throw new AppError('transparency_period_invalid', 400);
  const values = {
    status: b.status,
    updatedOn: b.updatedOn ?? null,
    validatedOn: b.status === 'validated' ? (b.validatedOn ?? null) : null,
    evidenceRef: b.evidenceRef ?? null,
    notes: b.notes ?? null,
  };
  const problems = checkUpdateDates(period, values.updatedOn, values.validatedOn);
  if (problems.length > 0) throw new AppError('transparency_dates_invalid', 400, { problems });
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(transparencyObligationUpdates)
      .where(and(eq(transparencyObligationUpdates.obligationId, id), eq(transparencyObligationUpdates.period, period)));
    if ((current?.version ?? 0) !== b.version) throw conflict();
    const [row] = current
      ? await tx
          .update(transparencyObligationUpdates)
          .set({ ...values, version: sql`${transparencyObligationUpdates.version} + 1`, updatedAt: ctx.now() })
          .where(
            and(eq(transparencyObligationUpdates.id, current.id), eq(transparencyObligationUpdates.version, b.version)),
          )
          .returning()
      : await tx
          .insert(transparencyObligationUpdates)
          .values({ obligationId: id, period, ...values })
          .returning();
    if (!row) throw conflict();
    await ctx.audit(tx, {
      action: current ? 'update' : 'create',
      entity: 'transparency_obligation_update',
      entityId: row.id,
      details: { period, status: b.status },
    });
    return row;
  });
}
