import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { statementFor } from '../../db/statements.js';
import type { AppDeps } from '../../platform/deps.js';
import { auditNow } from '../../platform/audit/audit.js';
import { users } from '../../platform/auth/auth.schema.js';
import { auditActor, caseCan, caseWithAccess, todayInMexicoCity, type RequestContext } from './access.js';
import { presentBeneficiary } from './beneficiaries.service.js';
import {
  beneficiaries,
  caseAssignments,
  caseStatusChanges,
  measureDecisions,
  measureDetails,
  protectionPlans,
  riskAssessments,
} from './cases.schema.js';
import { caseFollowUps, measureActions, measures } from '../../records/records.schema.js';
import { nextStatuses, type CaseStatus } from './lifecycle.js';
import { buildTimeline } from './timeline.js';
import { urgencyOf } from './urgency.js';

type Deps = Pick<AppDeps, 'db' | 'crypto'>;

/**
 * Everything the case page shows. Without identity access (not assigned, not a lead) every
 * personal field is null and beneficiaries are not loaded at all; with it, the read is audited.
 */
export async function getCasePage({ db, crypto }: Deps, ctx: RequestContext, caseId: string, now = new Date()) {
  // Two round trips: the case with the actor's access, then every record of the page at once (each
  // statement built once: building them cost more CPU than running them).
  const { c, details, lead, identities } = await caseWithAccess(db, ctx.actor, caseId);
  const dec = (v: string | null) => (identities ? crypto.decryptNullable(v) : null);
  const status = (details?.status ?? (c.closedOn ? 'concluded' : 'follow_up')) as CaseStatus;
  const next = nextStatuses(c.kind, status);
  const records = statementFor(db, 'case_page', pageStatements);
  const values = { caseId };
  const [assignments, changes, assessments, plans, measureRows, followUps, decisions, actionMonths, beneficiaryRows] =
    await Promise.all([
      records.assignments.execute(values),
      records.changes.execute(values),
      records.assessments.execute(values),
      records.plans.execute(values),
      records.measures.execute(values),
      records.followUps.execute(values),
      records.decisions.execute(values),
      records.actionMonths.execute(values),
      identities ? records.beneficiaries.execute(values) : Promise.resolve([]),
    ]);

  const mxDate = (d: Date) => todayInMexicoCity(d);
  const measuresOut = measureRows.map(({ m, d }) => ({
    id: m.id,
    code: m.code,
    type: m.type,
    name: m.name,
    startedOn: m.startedOn,
    endedOn: m.endedOn,
    version: m.version,
    status: d?.status ?? (m.endedOn ? 'ended' : 'active'),
    responsibleInstitution: d?.responsibleInstitution ?? null,
    planId: d?.planId ?? null,
    actions: actionMonths.filter((a) => a.measureId === m.id).reduce((s, a) => s + Number(a.count), 0),
  }));
  const timeline = buildTimeline({
    statusChanges: changes.map((s) => ({
      id: s.id,
      on: mxDate(s.at),
      at: s.at.toISOString(),
      from: s.fromStatus,
      to: s.toStatus,
    })),
    assessments: assessments.map(({ a }) => ({ id: a.id, assessedOn: a.assessedOn, level: a.level })),
    plans: plans.map((p) => ({ id: p.id, validFrom: p.validFrom, number: p.number })),
    measures: measureRows.map(({ m }) => ({
      id: m.id,
      code: m.code,
      name: m.name,
      type: m.type,
      recordedOn: m.startedOn ?? mxDate(m.createdAt),
    })),
    decisions: decisions.map((d) => ({
      id: d.id,
      measureId: d.measureId,
      decidedOn: d.decidedOn,
      decision: d.decision,
      sessionRef: d.sessionRef,
    })),
    actionMonths: actionMonths.map((a) => ({ ...a, count: Number(a.count) })),
    followUps: followUps.map((f) => ({ id: f.id, on: f.on, kind: f.kind })),
  });
  const urgency = urgencyOf(
    {
      procedure: c.procedure,
      requestReceivedAt: details?.requestReceivedAt ?? null,
      urgentMeasures: measureRows
        .filter((r) => r.m.type === 'urgent_protection')
        .map(({ m, d }) => ({ createdAt: m.createdAt, startedOn: m.startedOn, status: d?.status ?? 'active' })),
      concluded: status === 'concluded',
    },
    now,
  );

  if (identities) {
    await auditNow(db, {
      actor: auditActor(ctx.actor),
      action: 'read_personal',
      entity: 'case',
      entityId: caseId,
      ip: ctx.ip,
      details: { fields: ['beneficiaries', 'narratives', 'notes'], beneficiaries: beneficiaryRows.length },
    });
  }
  return {
    case: {
      id: c.id,
      folio: c.folio,
      kind: c.kind,
      procedure: c.procedure,
      profile: c.profile,
      identity: c.identity,
      openedOn: c.openedOn,
      closedOn: c.closedOn,
      version: c.version,
      status,
      location: details?.location ?? null,
      closingReason: details?.closingReason ?? null,
      requestReceivedAt: details?.requestReceivedAt?.toISOString() ?? null,
    },
    access: { identities, lead, nextStatuses: next },
    can: caseCan(ctx.actor.roles, { identities, lead, concluded: status === 'concluded', nextStatuses: next }),
    beneficiaries: identities ? beneficiaryRows.map((b) => presentBeneficiary(crypto, b)) : null,
    assignments,
    assessments: assessments.map(({ a, author }) => ({
      id: a.id,
      assessedOn: a.assessedOn,
      level: a.level,
      factors: a.factors,
      narrative: dec(a.narrativeEnc),
      authorId: a.authorId,
      authorName: author,
      version: a.version,
    })),
    plans: plans.map((p) => ({ id: p.id, number: p.number, validFrom: p.validFrom, summary: dec(p.summaryEnc) })),
    measures: measuresOut,
    decisions: decisions.map((d) => ({
      id: d.id,
      measureId: d.measureId,
      decision: d.decision,
      decidedOn: d.decidedOn,
      sessionRef: d.sessionRef,
      sessionId: d.sessionId,
      note: dec(d.noteEnc),
    })),
    followUps: followUps.map((f) => ({ id: f.id, on: f.on, kind: f.kind, note: dec(f.note), version: f.version })),
    timeline,
    urgency,
  };
}

/** The page's records of one case (placeholder `caseId`), built once per database handle. */
function pageStatements(db: Database) {
  const caseId = sql.placeholder('caseId');
  const ofThisCase = sql`(select ${measures.id} from ${measures} where ${measures.caseId} = ${caseId})`;
  return {
    assignments: db
      .select({ userId: caseAssignments.userId, displayName: users.displayName })
      .from(caseAssignments)
      .innerJoin(users, eq(users.id, caseAssignments.userId))
      .where(eq(caseAssignments.caseId, caseId))
      .prepare('case_page_assignments'),
    changes: db
      .select()
      .from(caseStatusChanges)
      .where(eq(caseStatusChanges.caseId, caseId))
      .orderBy(asc(caseStatusChanges.at))
      .prepare('case_page_changes'),
    assessments: db
      .select({ a: riskAssessments, author: users.displayName })
      .from(riskAssessments)
      .leftJoin(users, eq(users.id, riskAssessments.authorId))
      .where(eq(riskAssessments.caseId, caseId))
      .orderBy(desc(riskAssessments.assessedOn))
      .prepare('case_page_assessments'),
    plans: db
      .select()
      .from(protectionPlans)
      .where(eq(protectionPlans.caseId, caseId))
      .orderBy(desc(protectionPlans.number))
      .prepare('case_page_plans'),
    measures: db
      .select({ m: measures, d: measureDetails })
      .from(measures)
      .leftJoin(measureDetails, eq(measureDetails.measureId, measures.id))
      .where(eq(measures.caseId, caseId))
      .orderBy(asc(measures.code))
      .prepare('case_page_measures'),
    followUps: db
      .select()
      .from(caseFollowUps)
      .where(eq(caseFollowUps.caseId, caseId))
      .orderBy(desc(caseFollowUps.on))
      .prepare('case_page_follow_ups'),
    decisions: db
      .select()
      .from(measureDecisions)
      .where(sql`${measureDecisions.measureId} in ${ofThisCase}`)
      .orderBy(desc(measureDecisions.decidedOn))
      .prepare('case_page_decisions'),
    actionMonths: db
      .select({
        measureId: measureActions.measureId,
        month: sql<string>`to_char(${measureActions.on}, 'YYYY-MM')`,
        lastOn: sql<string>`max(${measureActions.on})::text`,
        count: sql<number>`sum(${measureActions.count})::int`,
      })
      .from(measureActions)
      .where(sql`${measureActions.measureId} in ${ofThisCase}`)
      .groupBy(measureActions.measureId, sql`to_char(${measureActions.on}, 'YYYY-MM')`)
      .prepare('case_page_action_months'),
    beneficiaries: db
      .select()
      .from(beneficiaries)
      .where(eq(beneficiaries.caseId, caseId))
      .orderBy(asc(beneficiaries.createdAt))
      .prepare('case_page_beneficiaries'),
  };
}
