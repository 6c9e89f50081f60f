// Data access of prevention, training and liaison. Lists are paged and filtered in SQL.
import { and, asc, count, desc, eq, gte, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import {
  preventionActivities,
  preventionAgreementActions,
  preventionAgreements,
  preventionCommitments,
  preventionInstitutions,
  preventionLiaisonActivities,
  preventionPhotos,
  preventionSessions,
} from './prevention.schema.js';

export type ActivityRow = typeof preventionActivities.$inferSelect;
export type SessionRow = typeof preventionSessions.$inferSelect;
export type LiaisonRow = typeof preventionLiaisonActivities.$inferSelect;
export type AgreementRow = typeof preventionAgreements.$inferSelect;

const photoMeta = {
  id: preventionPhotos.id,
  caption: preventionPhotos.caption,
  mime: preventionPhotos.mime,
  size: preventionPhotos.size,
  sha256: preventionPhotos.sha256,
};

export async function findActivity(db: Database, id: string) {
  const [row] = await db.select().from(preventionActivities).where(eq(preventionActivities.id, id)).limit(1);
  if (!row) return null;
  const sessions = await db
    .select()
    .from(preventionSessions)
    .where(eq(preventionSessions.activityId, id))
    .orderBy(asc(preventionSessions.on), asc(preventionSessions.id));
  const photos = await db
    .select(photoMeta)
    .from(preventionPhotos)
    .where(eq(preventionPhotos.activityId, id))
    .orderBy(asc(preventionPhotos.createdAt), asc(preventionPhotos.id));
  return { row, sessions, photos };
}

export interface ActivityFilter {
  kind?: ActivityRow['kind'];
  from?: string;
  to?: string;
  q?: string;
  limit: number;
  offset: number;
}

/** Activities with their session span; a period filter keeps activities with a session in it. */
export async function listActivities(db: Database, f: ActivityFilter) {
  const where: SQL[] = [];
  if (f.kind) where.push(eq(preventionActivities.kind, f.kind));
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(preventionActivities.title, like), ilike(preventionActivities.code, like))!);
  }
  if (f.from || f.to) {
    const conds: SQL[] = [sql`s.activity_id = prevention_activities.id`];
    if (f.from) conds.push(sql`s.on >= ${f.from}`);
    if (f.to) conds.push(sql`s.on <= ${f.to}`);
    where.push(sql`exists (select 1 from prevention_sessions s where ${sql.join(conds, sql` and `)})`);
  }
  const cond = where.length ? and(...where) : undefined;
  const firstOn = sql<
    string | null
  >`(select min(s.on)::text from prevention_sessions s where s.activity_id = prevention_activities.id)`;
  const items = await db
    .select({
      id: preventionActivities.id,
      code: preventionActivities.code,
      kind: preventionActivities.kind,
      format: preventionActivities.format,
      modality: preventionActivities.modality,
      title: preventionActivities.title,
      status: preventionActivities.status,
      thematicLine: preventionActivities.thematicLine,
      firstOn,
      lastOn: sql<
        string | null
      >`(select max(s.on)::text from prevention_sessions s where s.activity_id = prevention_activities.id)`,
      sessions: sql<number>`(select count(*)::int from prevention_sessions s where s.activity_id = prevention_activities.id)`,
      participants: sql<number>`(${preventionActivities.women} + ${preventionActivities.men} + ${preventionActivities.lgbttti} + ${preventionActivities.preferNotToSay})::int`,
    })
    .from(preventionActivities)
    .where(cond)
    .orderBy(sql`${firstOn} desc nulls first`, desc(preventionActivities.code))
    .limit(f.limit)
    .offset(f.offset);
  const [{ n }] = (await db.select({ n: count() }).from(preventionActivities).where(cond)) as [{ n: number }];
  return { items, total: Number(n) };
}

export async function activityIdsForMeasure(db: Database, measureId: string) {
  return db
    .select({ id: preventionActivities.id })
    .from(preventionActivities)
    .where(eq(preventionActivities.measureId, measureId));
}

/** Sessions of the given kind dated in the period, with their activity (for the report and indicators). */
export async function sessionsInPeriod(db: Database, kind: ActivityRow['kind'], from: string, to: string) {
  return db
    .select({ activity: preventionActivities, session: preventionSessions })
    .from(preventionSessions)
    .innerJoin(preventionActivities, eq(preventionActivities.id, preventionSessions.activityId))
    .where(and(eq(preventionActivities.kind, kind), gte(preventionSessions.on, from), lte(preventionSessions.on, to)))
    .orderBy(asc(preventionSessions.on), asc(preventionActivities.code), asc(preventionSessions.id));
}

export async function listInstitutions(db: Database) {
  return db.select().from(preventionInstitutions).orderBy(asc(preventionInstitutions.name)).limit(1000);
}

export async function findLiaison(db: Database, id: string) {
  const [row] = await db
    .select()
    .from(preventionLiaisonActivities)
    .where(eq(preventionLiaisonActivities.id, id))
    .limit(1);
  if (!row) return null;
  const photos = await db
    .select(photoMeta)
    .from(preventionPhotos)
    .where(eq(preventionPhotos.liaisonId, id))
    .orderBy(asc(preventionPhotos.createdAt), asc(preventionPhotos.id));
  return { row, photos };
}

export async function listLiaison(
  db: Database,
  f: { kind?: LiaisonRow['kind']; from?: string; to?: string; limit: number; offset: number },
) {
  const where: SQL[] = [];
  if (f.kind) where.push(eq(preventionLiaisonActivities.kind, f.kind));
  if (f.from) where.push(gte(preventionLiaisonActivities.on, f.from));
  if (f.to) where.push(lte(preventionLiaisonActivities.on, f.to));
  const cond = where.length ? and(...where) : undefined;
  const items = await db
    .select()
    .from(preventionLiaisonActivities)
    .where(cond)
    .orderBy(desc(preventionLiaisonActivities.on), desc(preventionLiaisonActivities.code))
    .limit(f.limit)
    .offset(f.offset);
  const [{ n }] = (await db.select({ n: count() }).from(preventionLiaisonActivities).where(cond)) as [{ n: number }];
  return { items, total: Number(n) };
}

/** Liaison activities dated in the period, chronological (then by code), for §4 and §8. */
export async function liaisonInPeriod(db: Database, from: string, to: string) {
  return db
    .select()
    .from(preventionLiaisonActivities)
    .where(and(gte(preventionLiaisonActivities.on, from), lte(preventionLiaisonActivities.on, to)))
    .orderBy(asc(preventionLiaisonActivities.on), asc(preventionLiaisonActivities.code));
}

export async function agreementsWithDetails(db: Database, ids?: string[]) {
  const agreements = await db
    .select()
    .from(preventionAgreements)
    .where(ids ? inArray(preventionAgreements.id, ids) : undefined)
    .orderBy(asc(preventionAgreements.counterpart), asc(preventionAgreements.code))
    .limit(500);
  const agreementIds = agreements.map((a) => a.id);
  if (agreementIds.length === 0) return [];
  const commitments = await db
    .select()
    .from(preventionCommitments)
    .where(inArray(preventionCommitments.agreementId, agreementIds))
    .orderBy(asc(preventionCommitments.createdAt), asc(preventionCommitments.id));
  const actions = await db
    .select()
    .from(preventionAgreementActions)
    .where(inArray(preventionAgreementActions.agreementId, agreementIds))
    .orderBy(asc(preventionAgreementActions.on), asc(preventionAgreementActions.id));
  return agreements.map((a) => ({
    agreement: a,
    commitments: commitments.filter((c) => c.agreementId === a.id),
    actions: actions.filter((x) => x.agreementId === a.id),
  }));
}

export async function countAgreementActions(db: Database, from: string, to: string, agreementCode?: string) {
  const where: SQL[] = [gte(preventionAgreementActions.on, from), lte(preventionAgreementActions.on, to)];
  if (agreementCode) where.push(eq(preventionAgreements.code, agreementCode));
  const [{ n }] = (await db
    .select({ n: count() })
    .from(preventionAgreementActions)
    .innerJoin(preventionAgreements, eq(preventionAgreements.id, preventionAgreementActions.agreementId))
    .where(and(...where))) as [{ n: number }];
  return Number(n);
}

export async function countAgreementsSigned(db: Database, from: string, to: string) {
  const [{ n }] = (await db
    .select({ n: count() })
    .from(preventionAgreements)
    .where(and(gte(preventionAgreements.signedOn, from), lte(preventionAgreements.signedOn, to)))) as [{ n: number }];
  return Number(n);
}

/** Photos for the annex: those of activities with a session, or liaison records dated, in the period. */
export async function photosInPeriod(db: Database, from: string, to: string) {
  const liaison = await db
    .select({
      id: preventionPhotos.id,
      caption: preventionPhotos.caption,
      mime: preventionPhotos.mime,
      sha256: preventionPhotos.sha256,
      bytes: preventionPhotos.bytes,
      on: preventionLiaisonActivities.on,
    })
    .from(preventionPhotos)
    .innerJoin(preventionLiaisonActivities, eq(preventionLiaisonActivities.id, preventionPhotos.liaisonId))
    .where(and(gte(preventionLiaisonActivities.on, from), lte(preventionLiaisonActivities.on, to)));
  const firstOn = sql<string>`(select min(s.on)::text from prevention_sessions s where s.activity_id = prevention_activities.id and s.on between ${from} and ${to})`;
  const activities = await db
    .select({
      id: preventionPhotos.id,
      caption: preventionPhotos.caption,
      mime: preventionPhotos.mime,
      sha256: preventionPhotos.sha256,
      bytes: preventionPhotos.bytes,
      on: firstOn,
    })
    .from(preventionPhotos)
    .innerJoin(preventionActivities, eq(preventionActivities.id, preventionPhotos.activityId))
    .where(sql`${firstOn} is not null and ${preventionActivities.measureId} is null`);
  return [...liaison, ...activities].sort((a, b) => a.on.localeCompare(b.on) || a.id.localeCompare(b.id));
}
