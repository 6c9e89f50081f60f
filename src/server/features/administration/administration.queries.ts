// Data access of the administration feature. Lists are filtered and paged in SQL.
import { and, asc, count, desc, eq, gte, ilike, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import {
  administrationActivities,
  administrationDeliverables,
  administrationEvidence,
  administrationProcurements,
  administrationSubmissions,
} from './administration.schema.js';
import type { DeliverableRow, SubmissionFact } from './deliverables.logic.js';

const deliverableColumns = {
  id: administrationDeliverables.id,
  position: administrationDeliverables.position,
  name: administrationDeliverables.name,
  recipients: administrationDeliverables.recipients,
  dueDay: administrationDeliverables.dueDay,
  active: administrationDeliverables.active,
  version: administrationDeliverables.version,
};

export async function selectDeliverables(db: Database): Promise<Array<DeliverableRow & { version: number }>> {
  return db
    .select(deliverableColumns)
    .from(administrationDeliverables)
    .orderBy(asc(administrationDeliverables.position), asc(administrationDeliverables.id));
}

export async function selectDeliverable(db: Database, id: string) {
  const [row] = await db
    .select(deliverableColumns)
    .from(administrationDeliverables)
    .where(eq(administrationDeliverables.id, id));
  return row;
}

/** Submissions of the given months (no file bytes), with whether each has evidence. */
export async function selectSubmissions(db: Database, months: readonly string[]) {
  if (months.length === 0) return [];
  return db
    .select({
      id: administrationSubmissions.id,
      deliverableId: administrationSubmissions.deliverableId,
      month: administrationSubmissions.month,
      status: administrationSubmissions.status,
      deliveredOn: administrationSubmissions.deliveredOn,
      note: administrationSubmissions.note,
      version: administrationSubmissions.version,
      hasEvidence: sql<boolean>`${administrationEvidence.submissionId} is not null`,
    })
    .from(administrationSubmissions)
    .leftJoin(administrationEvidence, eq(administrationEvidence.submissionId, administrationSubmissions.id))
    .where(inArray(administrationSubmissions.month, [...months]))
    .orderBy(asc(administrationSubmissions.deliverableId), asc(administrationSubmissions.month));
}

/** Status facts from `sinceMonth` on (for reminders). */
export async function selectSubmissionFactsSince(db: Database, sinceMonth: string): Promise<SubmissionFact[]> {
  return db
    .select({
      deliverableId: administrationSubmissions.deliverableId,
      month: administrationSubmissions.month,
      status: administrationSubmissions.status,
    })
    .from(administrationSubmissions)
    .where(gte(administrationSubmissions.month, sinceMonth));
}

export async function selectSubmission(db: Database, deliverableId: string, month: string) {
  const [row] = await db
    .select({
      id: administrationSubmissions.id,
      deliverableId: administrationSubmissions.deliverableId,
      month: administrationSubmissions.month,
      status: administrationSubmissions.status,
      deliveredOn: administrationSubmissions.deliveredOn,
      note: administrationSubmissions.note,
      version: administrationSubmissions.version,
      evidenceFileName: administrationEvidence.fileName,
      evidenceMediaType: administrationEvidence.mediaType,
      evidenceSize: administrationEvidence.size,
      evidenceSha256: administrationEvidence.sha256,
    })
    .from(administrationSubmissions)
    .leftJoin(administrationEvidence, eq(administrationEvidence.submissionId, administrationSubmissions.id))
    .where(and(eq(administrationSubmissions.deliverableId, deliverableId), eq(administrationSubmissions.month, month)));
  return row;
}

export type SubmissionRow = NonNullable<Awaited<ReturnType<typeof selectSubmission>>>;

export async function selectEvidence(db: Database, submissionId: string) {
  const [row] = await db
    .select()
    .from(administrationEvidence)
    .where(eq(administrationEvidence.submissionId, submissionId));
  return row;
}

// ---------------------------------------------------------------- activity log
export interface ActivityFilter {
  from?: string;
  to?: string;
  area?: string;
  public?: 'true' | 'false';
  q?: string;
  limit: number;
  offset: number;
}

export async function listActivities(db: Database, f: ActivityFilter) {
  const where: SQL[] = [];
  if (f.from) where.push(gte(administrationActivities.on, f.from));
  if (f.to) where.push(lte(administrationActivities.on, f.to));
  if (f.area) where.push(eq(administrationActivities.area, f.area));
  if (f.public) where.push(eq(administrationActivities.public, f.public === 'true'));
  if (f.q) where.push(ilike(administrationActivities.text, `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  const cond = where.length ? and(...where) : undefined;
  const [items, [total], areas] = await Promise.all([
    db
      .select({
        id: administrationActivities.id,
        on: administrationActivities.on,
        text: administrationActivities.text,
        area: administrationActivities.area,
        public: administrationActivities.public,
        version: administrationActivities.version,
      })
      .from(administrationActivities)
      .where(cond)
      .orderBy(desc(administrationActivities.on), desc(administrationActivities.seq))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: count() }).from(administrationActivities).where(cond),
    db
      .selectDistinct({ area: administrationActivities.area })
      .from(administrationActivities)
      .orderBy(asc(administrationActivities.area)),
  ]);
  return { items, total: total?.n ?? 0, areas: areas.map((a) => a.area) };
}

/** The public entries of the period, in the printed order (date, then registration). */
export async function selectPublicActivities(db: Database, from: string, to: string) {
  return db
    .select({ on: administrationActivities.on, text: administrationActivities.text })
    .from(administrationActivities)
    .where(
      and(
        eq(administrationActivities.public, true),
        gte(administrationActivities.on, from),
        lte(administrationActivities.on, to),
      ),
    )
    .orderBy(asc(administrationActivities.on), asc(administrationActivities.seq));
}

// ---------------------------------------------------------------- procurement
export interface ProcurementFilter {
  year?: number;
  type?: (typeof administrationProcurements.type.enumValues)[number];
  status?: (typeof administrationProcurements.status.enumValues)[number];
  q?: string;
  limit: number;
  offset: number;
}

const procurementColumns = {
  id: administrationProcurements.id,
  number: administrationProcurements.number,
  type: administrationProcurements.type,
  object: administrationProcurements.object,
  minimumBidders: administrationProcurements.minimumBidders,
  status: administrationProcurements.status,
  startedOn: administrationProcurements.startedOn,
  note: administrationProcurements.note,
  version: administrationProcurements.version,
};

export async function listProcurements(db: Database, f: ProcurementFilter) {
  const where: SQL[] = [];
  if (f.year) {
    where.push(gte(administrationProcurements.startedOn, `${f.year}-01-01`));
    where.push(lte(administrationProcurements.startedOn, `${f.year}-12-31`));
  }
  if (f.type) where.push(eq(administrationProcurements.type, f.type));
  if (f.status) where.push(eq(administrationProcurements.status, f.status));
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      sql`(${ilike(administrationProcurements.number, like)} or ${ilike(administrationProcurements.object, like)})`,
    );
  }
  const cond = where.length ? and(...where) : undefined;
  const [items, [total]] = await Promise.all([
    db
      .select(procurementColumns)
      .from(administrationProcurements)
      .where(cond)
      .orderBy(desc(administrationProcurements.startedOn), asc(administrationProcurements.number))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: count() }).from(administrationProcurements).where(cond),
  ]);
  return { items, total: total?.n ?? 0 };
}

export { procurementColumns };
