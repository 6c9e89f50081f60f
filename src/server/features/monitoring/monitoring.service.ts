// Use cases of the monitoring of aggressions. Writes run in one transaction with their audit entry;
// the people involved in a finding are decrypted only for the roles of `monitoring.people`, and
// every such read is audited as read_personal.
import { and, eq, inArray, like, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  ALCALDIAS,
  AGGRESSION_TYPES,
  type AggressionType,
  type Form,
  type Place,
} from '../../../common/features/monitoring.js';
import type { Database } from '../../db/client.js';
import { rolesAllow } from '../../platform/access/policies.js';
import { audit, auditNow } from '../../platform/audit/audit.js';
import type { AppDeps } from '../../platform/deps.js';
import { checkedUpload, openFile, sealFile, type UploadRules } from '../../platform/files/upload.js';
import { AppError, badRequest, conflict, notFound } from '../../platform/http/errors.js';
import { auditActor, todayInMexicoCity, type RequestContext } from '../cases/access.js';
import { createCase } from '../cases/cases.service.js';
import { cases } from '../../records/records.schema.js';
import type {
  ActivationCreate,
  DuplicateQuery,
  FindingCreate,
  FindingListQuery,
  FindingUpdate,
  MobilizationCreate,
  SourceCreate,
  StatsQuery,
} from '../../../common/features/monitoring.contract.js';
import {
  addDays,
  DUPLICATE_SIMILARITY,
  DUPLICATE_WINDOW_DAYS,
  isVerified,
  MAX_FILE_BYTES,
  monitoringObject,
  sha256,
  similarity,
  sniffMediaType,
  suppressAll,
} from './monitoring.logic.js';
import {
  countFindingsBy,
  countFindingsByType,
  duplicateCandidates,
  findFinding,
  findFindings,
  findSources,
  listProtest,
  loadActivationFacts,
  loadFindingFacts,
} from './monitoring.queries.js';
import {
  monitoringActivationCases,
  monitoringActivations,
  monitoringFindings,
  monitoringMobilizations,
  monitoringSources,
} from './monitoring.schema.js';

type Deps = Pick<AppDeps, 'db' | 'crypto'>;

const CODE_LOCK = 7_345_130;

/** Next public code of the year ("HZ-2024-0007", "BASE-2024-003"), after the highest one taken. */
export async function nextCode(tx: Database, kind: 'finding' | 'activation', year: number): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(${CODE_LOCK})`);
  const [table, column, prefix, width] =
    kind === 'finding'
      ? ([monitoringFindings, monitoringFindings.code, 'HZ', 4] as const)
      : ([monitoringActivations, monitoringActivations.code, 'BASE', 3] as const);
  const stem = `${prefix}-${year}-`;
  const [row] = await tx
    .select({
      last: sql<number>`coalesce(max(substring(${column} from ${`^${stem}([0-9]{1,9})$`})::int), 0)::int`,
    })
    .from(table)
    .where(like(column, `${stem}%`));
  return `${stem}${String((row?.last ?? 0) + 1).padStart(width, '0')}`;
}

/** A finding as the list and the page show it. The linked case's folio only for who may see cases. */
const toSummary = (deps: Deps, ctx: RequestContext, r: Awaited<ReturnType<typeof findFindings>>['rows'][number]) => ({
  ...r,
  caseFolio: rolesAllow('cases.read', ctx.actor.roles) ? r.caseFolio : null,
  forms: r.forms as Form[],
  types: r.types as AggressionType[],
  verified: isVerified(r.sources),
  summary: deps.crypto.decryptNullable(r.summary),
});

export async function listFindings(deps: Deps, ctx: RequestContext, q: z.infer<typeof FindingListQuery>) {
  const { rows, total } = await findFindings(deps.db, q);
  return { items: rows.map((r) => toSummary(deps, ctx, r)), total };
}

export async function getFinding(deps: Deps, ctx: RequestContext, id: string) {
  const row = await findFinding(deps.db, id);
  if (!row) throw notFound();
  const mayReadPeople = rolesAllow('monitoring.people', ctx.actor.roles);
  let people: string | null = null;
  if (mayReadPeople && row.people) {
    people = deps.crypto.decrypt(row.people);
    await auditNow(deps.db, {
      actor: auditActor(ctx.actor),
      action: 'read_personal',
      entity: 'monitoring_finding',
      entityId: id,
      ip: ctx.ip,
      details: { fields: ['people'] },
    });
  }
  const sourceList = await findSources(deps.db, id);
  const { people: _p, perpetrator, activationId, ...summary } = row;
  return {
    ...toSummary(deps, ctx, summary),
    perpetrator,
    activationId,
    people,
    sourceList: sourceList.map((s) => ({ ...s, capturedAt: s.capturedAt.toISOString() })),
  };
}

async function requireActivation(db: Database, id: string | null | undefined) {
  if (!id) return;
  const [row] = await db
    .select({ id: monitoringActivations.id })
    .from(monitoringActivations)
    .where(eq(monitoringActivations.id, id));
  if (!row)
    throw badRequest('validation_failed', [{ path: 'activationId', message: 'La activación de la base no existe.' }]);
}

export async function createFinding(deps: Deps, ctx: RequestContext, input: z.infer<typeof FindingCreate>) {
  await requireActivation(deps.db, input.activationId);
  return deps.db.transaction(async (tx) => {
    const code = await nextCode(tx, 'finding', Number(input.detectedOn.slice(0, 4)));
    const [row] = await tx
      .insert(monitoringFindings)
      .values({
        code,
        detectedOn: input.detectedOn,
        factsOn: input.factsOn ?? null,
        situation: input.situation,
        forms: input.forms,
        types: input.types,
        perpetrator: input.perpetrator ?? null,
        profile: input.profile,
        identity: input.identity,
        alcaldia: input.alcaldia,
        protest: input.protest,
        activationId: input.activationId ?? null,
        summary: deps.crypto.encrypt(input.summary),
        people: deps.crypto.encryptNullable(input.people || null),
        createdBy: ctx.actor.userId,
      })
      .returning({ id: monitoringFindings.id, version: monitoringFindings.version });
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'create',
      entity: 'monitoring_finding',
      entityId: row!.id,
      ip: ctx.ip,
      details: { code },
    });
    return { id: row!.id, code, version: row!.version };
  });
}

export async function updateFinding(deps: Deps, ctx: RequestContext, id: string, input: z.infer<typeof FindingUpdate>) {
  const [current] = await deps.db
    .select({ detectedOn: monitoringFindings.detectedOn, factsOn: monitoringFindings.factsOn })
    .from(monitoringFindings)
    .where(eq(monitoringFindings.id, id));
  if (!current) throw notFound();
  const detectedOn = input.detectedOn ?? current.detectedOn;
  const factsOn = input.factsOn === undefined ? current.factsOn : input.factsOn;
  if (factsOn && factsOn > detectedOn)
    throw badRequest('validation_failed', [
      { path: 'factsOn', message: 'La fecha de los hechos no puede ser posterior a la de detección.' },
    ]);
  await requireActivation(deps.db, input.activationId);
  if (input.caseId) {
    const [c] = await deps.db.select({ id: cases.id }).from(cases).where(eq(cases.id, input.caseId));
    if (!c) throw badRequest('validation_failed', [{ path: 'caseId', message: 'El caso no existe.' }]);
  }
  const { version, summary, people, ...rest } = input;
  const set: Partial<typeof monitoringFindings.$inferInsert> = { ...rest };
  if (summary !== undefined) set.summary = deps.crypto.encrypt(summary);
  if (people !== undefined) set.people = deps.crypto.encryptNullable(people || null);
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .update(monitoringFindings)
      .set({ ...set, version: sql`${monitoringFindings.version} + 1`, updatedAt: new Date() })
      .where(and(eq(monitoringFindings.id, id), eq(monitoringFindings.version, version)))
      .returning({ version: monitoringFindings.version });
    if (!row) throw conflict();
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'update',
      entity: 'monitoring_finding',
      entityId: id,
      ip: ctx.ip,
      details: { fields: Object.keys(input).filter((k) => k !== 'version') },
    });
    return { id, version: row.version };
  });
}

const SOURCE_FILE_RULES: UploadRules<string> = {
  maxBytes: MAX_FILE_BYTES,
  sniff: sniffMediaType,
  errors: { tooLarge: 'monitoring_file_too_large', type: 'monitoring_file_type', empty: 'monitoring_file_too_large' },
};

/** Decodes, checks (magic bytes, size) and hashes a preserved copy. */
export function preparedFile(file: { name: string; contentBase64: string }) {
  const { bytes, type, size, sha256 } = checkedUpload(file.contentBase64, SOURCE_FILE_RULES);
  return { bytes, mediaType: type, size, sha256 };
}

export async function addSource(
  deps: Deps,
  ctx: RequestContext,
  findingId: string,
  input: z.infer<typeof SourceCreate>,
) {
  const [finding] = await deps.db
    .select({ id: monitoringFindings.id })
    .from(monitoringFindings)
    .where(eq(monitoringFindings.id, findingId));
  if (!finding) throw notFound();
  const file = input.file ? preparedFile(input.file) : null;
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(monitoringSources)
      .values({
        findingId,
        kind: input.kind,
        outlet: input.outlet,
        url: input.url ?? null,
        capturedAt: new Date(input.capturedAt),
        fileName: input.file?.name ?? null,
        mediaType: file?.mediaType ?? null,
        size: file?.size ?? null,
        sha256: file?.sha256 ?? null,
        content: file ? sealFile(deps.crypto, file.bytes) : null,
        createdBy: ctx.actor.userId,
      })
      .returning({ id: monitoringSources.id });
    await tx
      .update(monitoringFindings)
      .set({ version: sql`${monitoringFindings.version} + 1`, updatedAt: new Date() })
      .where(eq(monitoringFindings.id, findingId));
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'create',
      entity: 'monitoring_source',
      entityId: row!.id,
      ip: ctx.ip,
      details: { findingId, sha256: file?.sha256 ?? null, size: file?.size ?? null },
    });
    return { id: row!.id, sha256: file?.sha256 ?? null };
  });
}

/**
 * The preserved copy, after checking it still has the SHA-256 taken at capture. A mismatch is
 * audited and refused with `monitoring_source_tampered` (the copy is no longer evidence).
 */
export async function downloadSource(deps: Deps, ctx: RequestContext, sourceId: string) {
  const [row] = await deps.db.select().from(monitoringSources).where(eq(monitoringSources.id, sourceId));
  if (!row) throw notFound();
  if (!row.content || !row.sha256) throw new AppError('monitoring_no_file', 404);
  let bytes: Buffer | null = null;
  try {
    bytes = openFile(deps.crypto, row.content);
  } catch {
    bytes = null;
  }
  const actual = bytes ? sha256(bytes) : null;
  const ok = actual === row.sha256;
  await auditNow(deps.db, {
    actor: auditActor(ctx.actor),
    action: ok ? 'read_personal' : 'integrity_failure',
    entity: 'monitoring_source',
    entityId: sourceId,
    ip: ctx.ip,
    details: ok ? { fields: ['content'] } : { expected: row.sha256, actual },
  });
  if (!ok || !bytes) throw new AppError('monitoring_source_tampered', 409, { expected: row.sha256, actual });
  return { bytes, mediaType: row.mediaType ?? 'application/octet-stream', fileName: row.fileName, sha256: row.sha256 };
}

/** Findings that may be the same aggression: same place and profile, near dates, similar summary. */
export async function findDuplicates(deps: Deps, q: z.infer<typeof DuplicateQuery>) {
  const day = q.factsOn ?? q.detectedOn;
  const rows = await duplicateCandidates(deps.db, {
    from: addDays(day, -DUPLICATE_WINDOW_DAYS),
    to: addDays(day, DUPLICATE_WINDOW_DAYS),
    alcaldia: q.alcaldia,
    profile: q.profile,
    excludeId: q.excludeId,
  });
  const candidates = rows
    .map((r) => ({
      id: r.id,
      code: r.code,
      detectedOn: r.detectedOn,
      factsOn: r.factsOn,
      alcaldia: r.alcaldia as Place,
      similarity: Math.round(similarity(q.summary, deps.crypto.decryptNullable(r.summary) ?? '') * 100) / 100,
    }))
    .filter((c) => c.similarity >= DUPLICATE_SIMILARITY)
    .sort((a, b) => b.similarity - a.similarity);
  return { candidates };
}

/** Opens an attention case request from a finding (cases feature's createCase) and links it. */
export async function openCaseFromFinding(deps: Deps, ctx: RequestContext, id: string, version: number) {
  const [finding] = await deps.db.select().from(monitoringFindings).where(eq(monitoringFindings.id, id));
  if (!finding) throw notFound();
  if (finding.caseId) throw new AppError('monitoring_case_already_linked', 409);
  return deps.db.transaction(async (tx) => {
    const place = finding.alcaldia in ALCALDIAS ? ALCALDIAS[finding.alcaldia as keyof typeof ALCALDIAS] : null;
    const opened = await createCase({ db: tx }, ctx, {
      kind: 'attention',
      profile: finding.profile,
      identity: finding.identity,
      openedOn: todayInMexicoCity(),
      location: place,
    });
    const [row] = await tx
      .update(monitoringFindings)
      .set({ caseId: opened.id, version: sql`${monitoringFindings.version} + 1`, updatedAt: new Date() })
      .where(
        and(
          eq(monitoringFindings.id, id),
          eq(monitoringFindings.version, version),
          sql`${monitoringFindings.caseId} is null`,
        ),
      )
      .returning({ version: monitoringFindings.version });
    if (!row) throw conflict();
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'open_case',
      entity: 'monitoring_finding',
      entityId: id,
      ip: ctx.ip,
      details: { caseId: opened.id, folio: opened.folio },
    });
    return { id, version: row.version, caseId: opened.id, folio: opened.folio };
  });
}

export async function createMobilization(deps: Deps, ctx: RequestContext, input: z.infer<typeof MobilizationCreate>) {
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(monitoringMobilizations)
      .values({ on: input.on, cause: input.cause, alcaldias: input.alcaldias, createdBy: ctx.actor.userId })
      .returning({ id: monitoringMobilizations.id, version: monitoringMobilizations.version });
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'create',
      entity: 'monitoring_mobilization',
      entityId: row!.id,
      ip: ctx.ip,
    });
    return row!;
  });
}

export async function createActivation(deps: Deps, ctx: RequestContext, input: z.infer<typeof ActivationCreate>) {
  if (input.mobilizationId) {
    const [m] = await deps.db
      .select({ id: monitoringMobilizations.id })
      .from(monitoringMobilizations)
      .where(eq(monitoringMobilizations.id, input.mobilizationId));
    if (!m) throw badRequest('validation_failed', [{ path: 'mobilizationId', message: 'La movilización no existe.' }]);
  }
  const caseIds = [...new Set(input.caseIds ?? [])];
  // The case link never reaches a role that may not see cases.
  if (caseIds.length > 0 && !rolesAllow('cases.read', ctx.actor.roles))
    throw new AppError('monitoring_cases_forbidden', 403);
  if (caseIds.length > 0) {
    const found = await deps.db.select({ id: cases.id }).from(cases).where(inArray(cases.id, caseIds));
    if (found.length !== caseIds.length)
      throw badRequest('validation_failed', [{ path: 'caseIds', message: 'Alguno de los casos no existe.' }]);
  }
  return deps.db.transaction(async (tx) => {
    const code = await nextCode(tx, 'activation', Number(input.on.slice(0, 4)));
    const [row] = await tx
      .insert(monitoringActivations)
      .values({
        code,
        mobilizationId: input.mobilizationId ?? null,
        on: input.on,
        phase: input.phase,
        staffOnDuty: input.staffOnDuty ?? null,
        notes: input.notes ?? null,
        createdBy: ctx.actor.userId,
      })
      .returning({ id: monitoringActivations.id, version: monitoringActivations.version });
    if (caseIds.length > 0)
      await tx.insert(monitoringActivationCases).values(caseIds.map((caseId) => ({ activationId: row!.id, caseId })));
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'create',
      entity: 'monitoring_activation',
      entityId: row!.id,
      ip: ctx.ip,
      details: { code, cases: caseIds.length },
    });
    return { id: row!.id, code, version: row!.version };
  });
}

export const protestList = (deps: Deps, ctx: RequestContext, q: { from?: string; to?: string }) =>
  listProtest(deps.db, q, rolesAllow('cases.read', ctx.actor.roles));

/** Exact figures for the monitoring staff; the published variant (and the board) gets "<3" cells. */
export function mustSuppress(ctx: RequestContext, askedPublic: boolean): boolean {
  return askedPublic || !rolesAllow('monitoring.read', ctx.actor.roles);
}

export async function monitoringStats(deps: Deps, ctx: RequestContext, q: z.infer<typeof StatsQuery>) {
  const period = { from: q.from, to: q.to };
  const [findings, activations, byType, byProfile, byIdentity] = await Promise.all([
    loadFindingFacts(deps.db, period),
    loadActivationFacts(deps.db, period),
    countFindingsByType(deps.db, period),
    countFindingsBy(deps.db, period, 'profile'),
    countFindingsBy(deps.db, period, 'identity'),
  ]);
  const obj = monitoringObject(period, findings, activations);
  const exact = {
    findings: {
      ...obj.findings,
      byType: Object.fromEntries(AGGRESSION_TYPES.map((t) => [t, byType[t]])),
      byProfile: { defender: byProfile.get('defender') ?? 0, journalist: byProfile.get('journalist') ?? 0 },
      byIdentity: Object.fromEntries(
        (['woman', 'man', 'lgbttti', 'collective'] as const).map((i) => [i, byIdentity.get(i) ?? 0]),
      ),
    },
    protestMonitoring: obj.protestMonitoring,
  };
  const isPublic = mustSuppress(ctx, q.public === 'true');
  return { period, public: isPublic, ...(isPublic ? suppressAll(exact) : exact) };
}
