// Use cases of the administration and finance coordination. Every write runs in one transaction
// with its audit entry; edited rows carry a version (409 conflict when it moved).
import crypto from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../platform/auth/session.js';
import { audit } from '../../platform/audit/audit.js';
import type { AppDeps } from '../../platform/deps.js';
import { AppError, alreadyExists, conflict, notFound } from '../../platform/http/errors.js';
import type {
  ActivityCreate,
  ActivityPatch,
  DeliverableCreate,
  DeliverablePatch,
  EvidenceUpload,
  GridQuery,
  ProcurementCreate,
  ProcurementPatch,
  RemindersQuery,
  SubmissionPut,
} from '../../../common/features/administration.contract.js';
import { deliverablesTable, loadAdministrationSection } from './administration.section.js';
import {
  procurementColumns,
  selectDeliverable,
  selectDeliverables,
  selectEvidence,
  selectSubmission,
  selectSubmissionFactsSince,
  selectSubmissions,
  type SubmissionRow,
} from './administration.queries.js';
import {
  administrationActivities,
  administrationDeliverables,
  administrationEvidence,
  administrationProcurements,
  administrationSubmissions,
} from './administration.schema.js';
import {
  addMonths,
  deliverableReminders,
  dueDateOf,
  EVIDENCE_MAX_BYTES,
  EVIDENCE_MEDIA_TYPES,
  monthBounds,
  monthsOverlapping,
  sniffEvidence,
} from './deliverables.logic.js';

export interface RequestContext {
  actor: Actor;
  ip: string;
}

const who = (ctx: RequestContext) => ({ userId: ctx.actor.userId, username: ctx.actor.username });

/** Today's calendar date in Mexico City (deadlines are calendar dates there). */
export function todayInMexicoCity(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Mexico_City',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

// ---------------------------------------------------------------- deliverables

/** The month grid: rows = deliverables (filtered), columns = months from..to (at most 24). */
export async function deliverablesGrid({ db }: Pick<AppDeps, 'db'>, q: z.output<typeof GridQuery>) {
  if (q.from > q.to)
    throw new AppError('validation_failed', 400, [{ path: 'to', message: 'El mes final es anterior al inicial' }]);
  const months = monthsOverlapping(`${q.from}-01`, `${q.to}-01`);
  if (months.length > 24)
    throw new AppError('validation_failed', 400, [{ path: 'to', message: 'El periodo no puede exceder 24 meses' }]);
  const [catalogue, submissions] = await Promise.all([selectDeliverables(db), selectSubmissions(db, months)]);
  const byKey = new Map(submissions.map((s) => [`${s.deliverableId}|${s.month}`, s]));
  const total = { delivered: 0, in_progress: 0, pending: 0 };
  const rows = catalogue
    .filter((d) => d.active || submissions.some((s) => s.deliverableId === d.id))
    .filter((d) => !q.recipient || d.recipients.includes(q.recipient))
    .map((d) => ({
      ...d,
      cells: months.map((month) => {
        const s = byKey.get(`${d.id}|${month}`);
        return {
          month,
          status: s?.status ?? ('pending' as const),
          deliveredOn: s?.deliveredOn ?? null,
          dueOn: dueDateOf(month, d.dueDay),
          hasEvidence: s?.hasEvidence ?? false,
          version: s?.version ?? null,
        };
      }),
    }))
    .filter((r) => !q.status || r.cells.some((c) => c.status === q.status));
  for (const r of rows) for (const c of r.cells) total[c.status] += 1;
  return { months, rows, total };
}

/** Reports due within `leadDays` (reminders) and overdue ones, over the last twelve months by default. */
export async function deliverablesReminders({ db }: Pick<AppDeps, 'db'>, q: z.output<typeof RemindersQuery>) {
  const today = q.today ?? todayInMexicoCity();
  const since = q.since ?? addMonths(today.slice(0, 7), -12);
  const [catalogue, facts] = await Promise.all([selectDeliverables(db), selectSubmissionFactsSince(db, since)]);
  const all = deliverableReminders(catalogue, facts, today, q.leadDays, since);
  return {
    today,
    leadDays: q.leadDays,
    dueSoon: all.filter((r) => !r.overdue),
    overdue: all.filter((r) => r.overdue),
  };
}

export async function listDeliverables({ db }: Pick<AppDeps, 'db'>) {
  return { items: await selectDeliverables(db) };
}

export async function createDeliverable(
  { db }: Pick<AppDeps, 'db'>,
  ctx: RequestContext,
  body: z.output<typeof DeliverableCreate>,
) {
  return db.transaction(async (tx) => {
    if (await selectDeliverable(tx, body.id)) throw alreadyExists({ field: 'id' });
    await tx.insert(administrationDeliverables).values(body);
    await audit(tx, {
      actor: who(ctx),
      action: 'create',
      entity: 'administration_deliverable',
      entityId: body.id,
      ip: ctx.ip,
    });
    return (await selectDeliverable(tx, body.id))!;
  });
}

export async function updateDeliverable(
  { db }: Pick<AppDeps, 'db'>,
  ctx: RequestContext,
  id: string,
  body: z.output<typeof DeliverablePatch>,
) {
  const { version, ...changes } = body;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(administrationDeliverables)
      .set({ ...changes, version: sql`${administrationDeliverables.version} + 1`, updatedAt: new Date() })
      .where(and(eq(administrationDeliverables.id, id), eq(administrationDeliverables.version, version)))
      .returning({ id: administrationDeliverables.id });
    if (!row) throw (await selectDeliverable(tx, id)) ? conflict() : notFound();
    await audit(tx, {
      actor: who(ctx),
      action: 'update',
      entity: 'administration_deliverable',
      entityId: id,
      ip: ctx.ip,
      details: { fields: Object.keys(changes) },
    });
    return (await selectDeliverable(tx, id))!;
  });
}

function submissionOut(s: SubmissionRow) {
  return {
    id: s.id,
    deliverableId: s.deliverableId,
    month: s.month,
    status: s.status,
    deliveredOn: s.deliveredOn,
    note: s.note,
    version: s.version,
    evidence: s.evidenceSha256
      ? {
          fileName: s.evidenceFileName!,
          mediaType: s.evidenceMediaType!,
          size: s.evidenceSize!,
          sha256: s.evidenceSha256,
        }
      : null,
  };
}

export async function getSubmission({ db }: Pick<AppDeps, 'db'>, deliverableId: string, month: string) {
  const row = await selectSubmission(db, deliverableId, month);
  if (!row) throw notFound();
  return submissionOut(row);
}

/**
 * Records the state of one deliverable for one month: creates the row, or updates it when the
 * caller sends the version it read. The month must have started; a delivery date lies between the
 * first day of the month and today, and only a delivered report has one.
 */
export async function putSubmission(
  { db }: Pick<AppDeps, 'db'>,
  ctx: RequestContext,
  deliverableId: string,
  month: string,
  body: z.output<typeof SubmissionPut>,
  today = todayInMexicoCity(),
) {
  if (month > today.slice(0, 7)) throw new AppError('administration_month_future', 400, { field: 'month' });
  const deliveredOn = body.status === 'delivered' ? (body.deliveredOn ?? null) : null;
  if (deliveredOn && (deliveredOn < monthBounds(month).start || deliveredOn > today))
    throw new AppError('administration_delivered_on_invalid', 400, { field: 'deliveredOn' });
  const values = { status: body.status, deliveredOn, note: body.note?.trim() ? body.note.trim() : null };
  return db.transaction(async (tx) => {
    if (!(await selectDeliverable(tx, deliverableId))) throw notFound({ field: 'deliverableId' });
    const existing = await selectSubmission(tx, deliverableId, month);
    if (existing) {
      if (body.version === undefined || body.version !== existing.version) throw conflict();
      await tx
        .update(administrationSubmissions)
        .set({ ...values, version: existing.version + 1, updatedAt: new Date() })
        .where(
          and(eq(administrationSubmissions.id, existing.id), eq(administrationSubmissions.version, existing.version)),
        );
    } else {
      if (body.version !== undefined) throw conflict();
      await tx.insert(administrationSubmissions).values({ deliverableId, month, ...values });
    }
    const saved = (await selectSubmission(tx, deliverableId, month))!;
    await audit(tx, {
      actor: who(ctx),
      action: existing ? 'update' : 'create',
      entity: 'administration_submission',
      entityId: saved.id,
      ip: ctx.ip,
      details: { deliverableId, month, status: body.status },
    });
    return submissionOut(saved);
  });
}

/** Attaches (or replaces) the evidence file: type from the bytes, size limit, SHA-256 stored. */
export async function uploadEvidence(
  { db }: Pick<AppDeps, 'db'>,
  ctx: RequestContext,
  deliverableId: string,
  month: string,
  body: z.output<typeof EvidenceUpload>,
) {
  const bytes = Buffer.from(body.contentBase64, 'base64');
  if (bytes.length > EVIDENCE_MAX_BYTES)
    throw new AppError('administration_evidence_too_large', 413, { field: 'contentBase64' });
  const kind = sniffEvidence(bytes);
  if (!kind) throw new AppError('administration_evidence_type', 415, { field: 'contentBase64' });
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  return db.transaction(async (tx) => {
    const submission = await selectSubmission(tx, deliverableId, month);
    if (!submission) throw notFound();
    const values = {
      fileName: body.fileName,
      mediaType: EVIDENCE_MEDIA_TYPES[kind],
      size: bytes.length,
      sha256,
      content: bytes,
      uploadedBy: ctx.actor.userId,
      uploadedAt: new Date(),
    };
    await tx
      .insert(administrationEvidence)
      .values({ submissionId: submission.id, ...values })
      .onConflictDoUpdate({ target: administrationEvidence.submissionId, set: values });
    await tx
      .update(administrationSubmissions)
      .set({ version: submission.version + 1, updatedAt: new Date() })
      .where(eq(administrationSubmissions.id, submission.id));
    await audit(tx, {
      actor: who(ctx),
      action: 'attach',
      entity: 'administration_submission',
      entityId: submission.id,
      ip: ctx.ip,
      details: { kind, size: bytes.length, sha256 },
    });
    return submissionOut((await selectSubmission(tx, deliverableId, month))!);
  });
}

export async function downloadEvidence({ db }: Pick<AppDeps, 'db'>, deliverableId: string, month: string) {
  const submission = await selectSubmission(db, deliverableId, month);
  const file = submission && (await selectEvidence(db, submission.id));
  if (!file) throw notFound();
  return file;
}

// ---------------------------------------------------------------- activity log

const activityColumns = {
  id: administrationActivities.id,
  on: administrationActivities.on,
  text: administrationActivities.text,
  area: administrationActivities.area,
  public: administrationActivities.public,
  version: administrationActivities.version,
};

export async function createActivity(
  { db }: Pick<AppDeps, 'db'>,
  ctx: RequestContext,
  body: z.output<typeof ActivityCreate>,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(administrationActivities).values(body).returning(activityColumns);
    await audit(tx, {
      actor: who(ctx),
      action: 'create',
      entity: 'administration_activity',
      entityId: row!.id,
      ip: ctx.ip,
    });
    return row!;
  });
}

export async function updateActivity(
  { db }: Pick<AppDeps, 'db'>,
  ctx: RequestContext,
  id: string,
  body: z.output<typeof ActivityPatch>,
) {
  const { version, ...changes } = body;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(administrationActivities)
      .set({ ...changes, version: sql`${administrationActivities.version} + 1`, updatedAt: new Date() })
      .where(and(eq(administrationActivities.id, id), eq(administrationActivities.version, version)))
      .returning(activityColumns);
    if (!row) {
      const [exists] = await tx
        .select({ id: administrationActivities.id })
        .from(administrationActivities)
        .where(eq(administrationActivities.id, id));
      throw exists ? conflict() : notFound();
    }
    await audit(tx, {
      actor: who(ctx),
      action: 'update',
      entity: 'administration_activity',
      entityId: id,
      ip: ctx.ip,
      details: { fields: Object.keys(changes) },
    });
    return row;
  });
}

export async function deleteActivity({ db }: Pick<AppDeps, 'db'>, ctx: RequestContext, id: string) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(administrationActivities)
      .where(eq(administrationActivities.id, id))
      .returning({ id: administrationActivities.id });
    if (!row) throw notFound();
    await audit(tx, { actor: who(ctx), action: 'delete', entity: 'administration_activity', entityId: id, ip: ctx.ip });
  });
}

// ---------------------------------------------------------------- procurement

export async function createProcurement(
  { db }: Pick<AppDeps, 'db'>,
  ctx: RequestContext,
  body: z.output<typeof ProcurementCreate>,
) {
  return db.transaction(async (tx) => {
    const [dup] = await tx
      .select({ id: administrationProcurements.id })
      .from(administrationProcurements)
      .where(eq(administrationProcurements.number, body.number));
    if (dup) throw alreadyExists({ field: 'number' });
    const [row] = await tx
      .insert(administrationProcurements)
      .values({ ...body, note: body.note ?? null })
      .returning(procurementColumns);
    await audit(tx, {
      actor: who(ctx),
      action: 'create',
      entity: 'administration_procurement',
      entityId: row!.id,
      ip: ctx.ip,
    });
    return row!;
  });
}

export async function updateProcurement(
  { db }: Pick<AppDeps, 'db'>,
  ctx: RequestContext,
  id: string,
  body: z.output<typeof ProcurementPatch>,
) {
  const { version, ...changes } = body;
  return db.transaction(async (tx) => {
    if (changes.number) {
      const [dup] = await tx
        .select({ id: administrationProcurements.id })
        .from(administrationProcurements)
        .where(eq(administrationProcurements.number, changes.number));
      if (dup && dup.id !== id) throw alreadyExists({ field: 'number' });
    }
    const [row] = await tx
      .update(administrationProcurements)
      .set({ ...changes, version: sql`${administrationProcurements.version} + 1`, updatedAt: new Date() })
      .where(and(eq(administrationProcurements.id, id), eq(administrationProcurements.version, version)))
      .returning(procurementColumns);
    if (!row) {
      const [exists] = await tx
        .select({ id: administrationProcurements.id })
        .from(administrationProcurements)
        .where(eq(administrationProcurements.id, id));
      throw exists ? conflict() : notFound();
    }
    await audit(tx, {
      actor: who(ctx),
      action: 'update',
      entity: 'administration_procurement',
      entityId: id,
      ip: ctx.ip,
      details: { fields: Object.keys(changes) },
    });
    return row;
  });
}

/** Cuadro 12 of a period exactly as the bimonthly report prints it (same load and build). */
export async function printedDeliverablesTable({ db }: Pick<AppDeps, 'db'>, period: { from: string; to: string }) {
  const data = await db.transaction((tx) => loadAdministrationSection({ db: tx, period }));
  const { title, header, body, notes } = deliverablesTable(data, 0, 'MPI CDMX');
  return { title, header, body, notes };
}
