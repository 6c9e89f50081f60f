// Use cases of the legal area: each write is one transaction with its audit entry; reads of
// personal data (a contract's counterpart, a lawsuit's plaintiff, a document) are audited as
// `read_personal` and reach only the roles of `legal.plaintiffs`.
import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { rolesAllow } from '../../platform/access/policies.js';
import { audit } from '../../platform/audit/audit.js';
import type { Actor } from '../../platform/auth/session.js';
import type { FieldCrypto } from '../../platform/crypto/fields.js';
import { AppError, alreadyExists, badRequest, conflict, notFound } from '../../platform/http/errors.js';
import { addCalendarDays, mexicoCityDate } from '../transparency/calendar.js';
import type {
  ContractCreateInput,
  ContractUpdateInput,
  LawsuitCreateInput,
  LawsuitUpdateInput,
} from '../../../common/features/legal.contract.js';
import {
  bimester,
  CONTRACT_ENDING_DAYS,
  gazetteFootnote,
  lawsuitReportDue,
  lawsuitReportReminder,
} from './legal.logic.js';
import { openFile, sealFile } from '../../platform/files/upload.js';
import { checkedDocument } from './documents.js';
import { loadCalendar } from './legal.queries.js';
import {
  GAZETTE_KINDS,
  legalContractDocuments,
  legalContracts,
  legalGazettePublications,
  legalLawsuitEvents,
  legalLawsuits,
  legalLawsuitTypes,
  type LawsuitEventKind,
} from './legal.schema.js';

export interface LegalDeps {
  db: Database;
  crypto: FieldCrypto;
}
export interface LegalContext {
  actor: Actor;
  ip: string;
}

const who = (ctx: LegalContext) => ({ userId: ctx.actor.userId, username: ctx.actor.username });
const isUniqueViolation = (e: unknown) =>
  /duplicate key|unique constraint/i.test(String((e as { message?: string })?.message ?? '')) ||
  (e as { code?: string })?.code === '23505' ||
  (e as { cause?: { code?: string } })?.cause?.code === '23505';

export const mayReadPersonal = (actor: Actor) => rolesAllow('legal.plaintiffs', actor.roles);
export const today = (now = new Date()) => mexicoCityDate(now);

// ---- Contracts -------------------------------------------------------------------------------

export async function createContract({ db, crypto: fc }: LegalDeps, ctx: LegalContext, input: ContractCreateInput) {
  try {
    return await db.transaction(async (tx) => {
      if (input.renewsId) {
        const [prev] = await tx
          .select({ id: legalContracts.id })
          .from(legalContracts)
          .where(eq(legalContracts.id, input.renewsId));
        if (!prev)
          throw badRequest('validation_failed', [{ path: 'renewsId', message: 'El contrato renovado no existe.' }]);
      }
      const [row] = await tx
        .insert(legalContracts)
        .values({
          number: input.number,
          kind: input.kind,
          counterpartEnc: fc.encryptNullable(input.counterpart || null),
          object: input.object ?? '',
          amount: input.amount ?? null,
          signedOn: input.signedOn,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          renewsId: input.renewsId ?? null,
        })
        .returning({ id: legalContracts.id, version: legalContracts.version });
      await audit(tx, {
        actor: who(ctx),
        action: 'create',
        entity: 'legal_contract',
        entityId: row!.id,
        ip: ctx.ip,
        details: { number: input.number, kind: input.kind, renewsId: input.renewsId ?? null },
      });
      return row!;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw alreadyExists({ field: 'number' });
    throw e;
  }
}

export async function updateContract(
  { db, crypto: fc }: LegalDeps,
  ctx: LegalContext,
  id: string,
  input: ContractUpdateInput,
) {
  const { version, counterpart, ...rest } = input;
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx.select().from(legalContracts).where(eq(legalContracts.id, id));
      if (!current) throw notFound();
      const startsOn = rest.startsOn ?? current.startsOn;
      const endsOn = rest.endsOn ?? current.endsOn;
      if (endsOn < startsOn) throw new AppError('legal_dates_order', 400);
      const set: Partial<typeof legalContracts.$inferInsert> = { ...rest };
      if (counterpart !== undefined) set.counterpartEnc = fc.encryptNullable(counterpart || null);
      const [row] = await tx
        .update(legalContracts)
        .set({ ...set, version: sql`${legalContracts.version} + 1`, updatedAt: new Date() })
        .where(and(eq(legalContracts.id, id), eq(legalContracts.version, version)))
        .returning({ id: legalContracts.id, version: legalContracts.version });
      if (!row) throw conflict();
      await audit(tx, {
        actor: who(ctx),
        action: 'update',
        entity: 'legal_contract',
        entityId: id,
        ip: ctx.ip,
        details: { fields: Object.keys(input).filter((k) => k !== 'version') },
      });
      return row;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw alreadyExists({ field: 'number' });
    throw e;
  }
}

export async function getContract({ db, crypto: fc }: LegalDeps, ctx: LegalContext, id: string) {
  const [row] = await db.select().from(legalContracts).where(eq(legalContracts.id, id));
  if (!row) throw notFound();
  const documents = await db
    .select({
      id: legalContractDocuments.id,
      fileName: legalContractDocuments.fileName,
      mediaType: legalContractDocuments.mediaType,
      size: legalContractDocuments.size,
      sha256: legalContractDocuments.sha256,
      createdAt: legalContractDocuments.createdAt,
    })
    .from(legalContractDocuments)
    .where(eq(legalContractDocuments.contractId, id))
    .orderBy(asc(legalContractDocuments.createdAt));
  const renewals = await db
    .select({
      id: legalContracts.id,
      number: legalContracts.number,
      startsOn: legalContracts.startsOn,
      endsOn: legalContracts.endsOn,
    })
    .from(legalContracts)
    .where(eq(legalContracts.renewsId, id))
    .orderBy(asc(legalContracts.startsOn));
  let counterpart: string | null = null;
  if (row.counterpartEnc && mayReadPersonal(ctx.actor)) {
    counterpart = fc.decrypt(row.counterpartEnc);
    await audit(db, {
      actor: who(ctx),
      action: 'read_personal',
      entity: 'legal_contract',
      entityId: id,
      ip: ctx.ip,
      details: { fields: ['counterpart'] },
    });
  }
  const { counterpartEnc: _omit, seq: _seq, createdAt: _c, updatedAt: _u, ...rest } = row;
  return {
    ...rest,
    counterpart,
    hasDocument: documents.length > 0,
    documents: documents.map((d) => ({ ...d, createdAt: d.createdAt.toISOString() })),
    renewals,
  };
}

export async function uploadContractDocument(
  { db, crypto: fc }: LegalDeps,
  ctx: LegalContext,
  contractId: string,
  input: { fileName: string; contentBase64: string },
) {
  const { bytes, mediaType, sha256 } = checkedDocument(input.contentBase64);
  const type = { mediaType };
  return db.transaction(async (tx) => {
    const [contract] = await tx
      .select({ id: legalContracts.id })
      .from(legalContracts)
      .where(eq(legalContracts.id, contractId));
    if (!contract) throw notFound();
    const [row] = await tx
      .insert(legalContractDocuments)
      .values({
        contractId,
        fileName: input.fileName,
        mediaType: type.mediaType,
        size: bytes.length,
        sha256,
        contentEnc: sealFile(fc, bytes),
        uploadedBy: ctx.actor.userId,
      })
      .returning();
    await audit(tx, {
      actor: who(ctx),
      action: 'create',
      entity: 'legal_contract_document',
      entityId: row!.id,
      ip: ctx.ip,
      details: { contractId, sha256, size: bytes.length, mediaType: type.mediaType },
    });
    return {
      id: row!.id,
      fileName: row!.fileName,
      mediaType: row!.mediaType,
      size: row!.size,
      sha256: row!.sha256,
      createdAt: row!.createdAt.toISOString(),
    };
  });
}

export async function readContractDocument(
  { db, crypto: fc }: LegalDeps,
  ctx: LegalContext,
  contractId: string,
  documentId: string,
) {
  const [row] = await db
    .select()
    .from(legalContractDocuments)
    .where(and(eq(legalContractDocuments.id, documentId), eq(legalContractDocuments.contractId, contractId)));
  if (!row) throw notFound();
  const bytes = openFile(fc, row.contentEnc);
  await audit(db, {
    actor: who(ctx),
    action: 'read_personal',
    entity: 'legal_contract_document',
    entityId: documentId,
    ip: ctx.ip,
    details: { contractId },
  });
  return { fileName: row.fileName, mediaType: row.mediaType, bytes };
}

// ---- Lawsuits --------------------------------------------------------------------------------

/** The catalogue's starting entries; staff add more (the catalogue is open, §8 Q12). */
export const DEFAULT_LAWSUIT_TYPES = [
  { code: 'labour', label: 'Laboral' },
  { code: 'administrative', label: 'Administrativo' },
  { code: 'amparo', label: 'Amparo' },
  { code: 'other', label: 'Otro' },
] as const;

export async function ensureLawsuitTypes(db: Database) {
  await db
    .insert(legalLawsuitTypes)
    .values([...DEFAULT_LAWSUIT_TYPES])
    .onConflictDoNothing();
}

/** The catalogue; a read never writes, so the defaults not stored yet are merged in. */
export async function listLawsuitTypes(db: Database) {
  const stored = await db
    .select({ code: legalLawsuitTypes.code, label: legalLawsuitTypes.label, active: legalLawsuitTypes.active })
    .from(legalLawsuitTypes);
  const missing = DEFAULT_LAWSUIT_TYPES.filter((d) => !stored.some((s) => s.code === d.code)).map((d) => ({
    ...d,
    active: true,
  }));
  return [...stored, ...missing].sort((a, b) => a.label.localeCompare(b.label, 'es'));
}

export async function createLawsuitType({ db }: LegalDeps, ctx: LegalContext, input: { code: string; label: string }) {
  await ensureLawsuitTypes(db);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(legalLawsuitTypes).values(input).onConflictDoNothing().returning();
    if (!row) throw alreadyExists({ field: 'code' });
    await audit(tx, {
      actor: who(ctx),
      action: 'create',
      entity: 'legal_lawsuit_type',
      entityId: row.code,
      ip: ctx.ip,
    });
    return { code: row.code, label: row.label, active: row.active };
  });
}

export async function createLawsuit({ db, crypto: fc }: LegalDeps, ctx: LegalContext, input: LawsuitCreateInput) {
  await ensureLawsuitTypes(db);
  try {
    return await db.transaction(async (tx) => {
      const [type] = await tx.select().from(legalLawsuitTypes).where(eq(legalLawsuitTypes.code, input.typeCode));
      if (!type) throw new AppError('legal_unknown_lawsuit_type', 400);
      const [row] = await tx
        .insert(legalLawsuits)
        .values({
          fileNumber: input.fileNumber,
          typeCode: input.typeCode,
          court: input.court,
          plaintiffEnc: fc.encrypt(input.plaintiff),
          defendant: input.defendant ?? '',
          claims: input.claims ?? '',
          claimedAmount: input.claimedAmount ?? null,
          projectedAmount: input.projectedAmount ?? null,
          stage: input.stage,
          filedOn: input.filedOn,
        })
        .returning({ id: legalLawsuits.id, version: legalLawsuits.version });
      await tx.insert(legalLawsuitEvents).values({
        lawsuitId: row!.id,
        kind: 'filing',
        on: input.filedOn,
        description: 'Presentación de la demanda',
        done: true,
        createdBy: ctx.actor.userId,
      });
      await audit(tx, {
        actor: who(ctx),
        action: 'create',
        entity: 'legal_lawsuit',
        entityId: row!.id,
        ip: ctx.ip,
        details: { fileNumber: input.fileNumber, typeCode: input.typeCode },
      });
      return row!;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw alreadyExists({ field: 'fileNumber' });
    throw e;
  }
}

export async function updateLawsuit(
  { db, crypto: fc }: LegalDeps,
  ctx: LegalContext,
  id: string,
  input: LawsuitUpdateInput,
) {
  const { version, plaintiff, ...rest } = input;
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(legalLawsuits).where(eq(legalLawsuits.id, id));
    if (!current) throw notFound();
    const set: Partial<typeof legalLawsuits.$inferInsert> = { ...rest };
    if (plaintiff !== undefined) set.plaintiffEnc = fc.encrypt(plaintiff);
    const [row] = await tx
      .update(legalLawsuits)
      .set({ ...set, version: sql`${legalLawsuits.version} + 1`, updatedAt: new Date() })
      .where(and(eq(legalLawsuits.id, id), eq(legalLawsuits.version, version)))
      .returning({ id: legalLawsuits.id, version: legalLawsuits.version });
    if (!row) throw conflict();
    // A stage change is part of the procedural history.
    if (rest.stage && rest.stage !== current.stage) {
      await tx.insert(legalLawsuitEvents).values({
        lawsuitId: id,
        kind: 'stage_change',
        on: today(),
        description: `${current.stage} → ${rest.stage}`,
        done: true,
        createdBy: ctx.actor.userId,
      });
    }
    await audit(tx, {
      actor: who(ctx),
      action: 'update',
      entity: 'legal_lawsuit',
      entityId: id,
      ip: ctx.ip,
      details: { fields: Object.keys(input).filter((k) => k !== 'version') },
    });
    return row;
  });
}

export async function getLawsuit({ db, crypto: fc }: LegalDeps, ctx: LegalContext, id: string) {
  const [row] = await db.select().from(legalLawsuits).where(eq(legalLawsuits.id, id));
  if (!row) throw notFound();
  const events = await db
    .select({
      id: legalLawsuitEvents.id,
      kind: legalLawsuitEvents.kind,
      on: legalLawsuitEvents.on,
      description: legalLawsuitEvents.description,
      done: legalLawsuitEvents.done,
    })
    .from(legalLawsuitEvents)
    .where(eq(legalLawsuitEvents.lawsuitId, id))
    .orderBy(asc(legalLawsuitEvents.on), asc(legalLawsuitEvents.createdAt));
  let plaintiff: string | null = null;
  if (mayReadPersonal(ctx.actor)) {
    plaintiff = fc.decrypt(row.plaintiffEnc);
    await audit(db, {
      actor: who(ctx),
      action: 'read_personal',
      entity: 'legal_lawsuit',
      entityId: id,
      ip: ctx.ip,
      details: { fields: ['plaintiff'] },
    });
  }
  const next = events.find((e) => !e.done && (e.kind === 'deadline' || e.kind === 'hearing'));
  const { plaintiffEnc: _p, createdAt: _c, updatedAt: _u, ...rest } = row;
  return { ...rest, plaintiff, events, nextDeadline: next?.on ?? null };
}

export async function addLawsuitEvent(
  { db }: LegalDeps,
  ctx: LegalContext,
  lawsuitId: string,
  input: { kind: LawsuitEventKind; on: string; description: string },
) {
  return db.transaction(async (tx) => {
    const [suit] = await tx.select({ id: legalLawsuits.id }).from(legalLawsuits).where(eq(legalLawsuits.id, lawsuitId));
    if (!suit) throw notFound();
    // Past hearings and filings are history; deadlines and future hearings stay open until done.
    const done = input.kind === 'note' || input.kind === 'filing' || input.kind === 'stage_change';
    const [row] = await tx
      .insert(legalLawsuitEvents)
      .values({ lawsuitId, ...input, done, createdBy: ctx.actor.userId })
      .returning();
    await audit(tx, {
      actor: who(ctx),
      action: 'create',
      entity: 'legal_lawsuit_event',
      entityId: row!.id,
      ip: ctx.ip,
      details: { lawsuitId, kind: input.kind },
    });
    return { id: row!.id, kind: row!.kind, on: row!.on, description: row!.description, done: row!.done };
  });
}

export async function setLawsuitEventDone(
  { db }: LegalDeps,
  ctx: LegalContext,
  lawsuitId: string,
  eventId: string,
  done: boolean,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(legalLawsuitEvents)
      .set({ done })
      .where(and(eq(legalLawsuitEvents.id, eventId), eq(legalLawsuitEvents.lawsuitId, lawsuitId)))
      .returning();
    if (!row) throw notFound();
    await audit(tx, {
      actor: who(ctx),
      action: 'update',
      entity: 'legal_lawsuit_event',
      entityId: eventId,
      ip: ctx.ip,
      details: { lawsuitId, done },
    });
    return { id: row.id, kind: row.kind, on: row.on, description: row.description, done: row.done };
  });
}

export async function lawsuitReportSchedule(db: Database, year: number) {
  const calendar = await loadCalendar(db);
  return {
    year,
    bimesters: [1, 2, 3, 4, 5, 6].map((i) => {
      const due = lawsuitReportDue(calendar, bimester(year, i));
      return { index: i, from: due.bimester.from, to: due.bimester.to, dueOn: due.dueOn, remindFrom: due.remindFrom };
    }),
  };
}

// ---- Gazette ---------------------------------------------------------------------------------

type GazetteInput = {
  ref: string;
  publishedOn: string;
  title: string;
  kind: (typeof GAZETTE_KINDS)[number];
  page?: number | null;
  url?: string | null;
};

export const gazetteOut = (r: typeof legalGazettePublications.$inferSelect) => ({
  id: r.id,
  ref: r.ref,
  publishedOn: r.publishedOn,
  title: r.title,
  kind: r.kind,
  page: r.page,
  url: r.url,
  footnote: gazetteFootnote(r),
  version: r.version,
});

export async function createGazette({ db }: LegalDeps, ctx: LegalContext, input: GazetteInput) {
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(legalGazettePublications)
        .values({ ...input, page: input.page ?? null, url: input.url ?? null })
        .returning({ id: legalGazettePublications.id, version: legalGazettePublications.version });
      await audit(tx, {
        actor: who(ctx),
        action: 'create',
        entity: 'legal_gazette_publication',
        entityId: row!.id,
        ip: ctx.ip,
        details: { ref: input.ref },
      });
      return row!;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw alreadyExists({ field: 'ref' });
    throw e;
  }
}

export async function updateGazette(
  { db }: LegalDeps,
  ctx: LegalContext,
  id: string,
  input: Partial<GazetteInput> & { version: number },
) {
  const { version, ...rest } = input;
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .update(legalGazettePublications)
        .set({ ...rest, version: sql`${legalGazettePublications.version} + 1`, updatedAt: new Date() })
        .where(and(eq(legalGazettePublications.id, id), eq(legalGazettePublications.version, version)))
        .returning({ id: legalGazettePublications.id, version: legalGazettePublications.version });
      if (!row) {
        const [exists] = await tx
          .select({ id: legalGazettePublications.id })
          .from(legalGazettePublications)
          .where(eq(legalGazettePublications.id, id));
        throw exists ? conflict() : notFound();
      }
      await audit(tx, {
        actor: who(ctx),
        action: 'update',
        entity: 'legal_gazette_publication',
        entityId: id,
        ip: ctx.ip,
        details: { fields: Object.keys(rest) },
      });
      return row;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw alreadyExists({ field: 'ref' });
    throw e;
  }
}

// ---- Dashboard -------------------------------------------------------------------------------

export async function reminders(db: Database, now = new Date()) {
  const t = today(now);
  const contractsEnding = await db
    .select({
      id: legalContracts.id,
      number: legalContracts.number,
      kind: legalContracts.kind,
      endsOn: legalContracts.endsOn,
    })
    .from(legalContracts)
    .where(and(gte(legalContracts.endsOn, t), lte(legalContracts.endsOn, addCalendarDays(t, CONTRACT_ENDING_DAYS))))
    .orderBy(asc(legalContracts.endsOn), asc(legalContracts.number))
    .limit(200);
  const deadlines = await db
    .select({
      lawsuitId: legalLawsuitEvents.lawsuitId,
      fileNumber: legalLawsuits.fileNumber,
      kind: legalLawsuitEvents.kind,
      on: legalLawsuitEvents.on,
      description: legalLawsuitEvents.description,
    })
    .from(legalLawsuitEvents)
    .innerJoin(legalLawsuits, eq(legalLawsuits.id, legalLawsuitEvents.lawsuitId))
    .where(
      and(
        eq(legalLawsuitEvents.done, false),
        sql`${legalLawsuitEvents.kind} in ('deadline', 'hearing')`,
        lte(legalLawsuitEvents.on, addCalendarDays(t, 14)),
      ),
    )
    .orderBy(asc(legalLawsuitEvents.on))
    .limit(200);
  const due = lawsuitReportReminder(await loadCalendar(db), t);
  return {
    today: t,
    contractsEnding,
    deadlines,
    lawsuitReport: due
      ? { from: due.bimester.from, to: due.bimester.to, dueOn: due.dueOn, remindFrom: due.remindFrom }
      : null,
  };
}

export async function summary(db: Database, now = new Date()) {
  const t = today(now);
  const [c] = await db
    .select({
      total: sql<number>`count(*)::int`,
      active: sql<number>`(count(*) filter (where ${legalContracts.startsOn} <= ${t} and ${legalContracts.endsOn} >= ${t}))::int`,
      endingSoon: sql<number>`(count(*) filter (where ${legalContracts.endsOn} >= ${t} and ${legalContracts.endsOn} <= ${addCalendarDays(t, CONTRACT_ENDING_DAYS)}))::int`,
    })
    .from(legalContracts);
  const [l] = await db
    .select({
      open: sql<number>`(count(*) filter (where ${legalLawsuits.resolvedOn} is null))::int`,
      concluded: sql<number>`(count(*) filter (where ${legalLawsuits.resolvedOn} is not null))::int`,
    })
    .from(legalLawsuits);
  const [g] = await db.select({ total: sql<number>`count(*)::int` }).from(legalGazettePublications);
  return {
    contracts: { total: c!.total, active: c!.active, endingSoon: c!.endingSoon },
    lawsuits: { open: l!.open, concluded: l!.concluded },
    gazettePublications: { total: g!.total },
  };
}
