import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppDeps } from '../../platform/deps.js';
import { audit, auditNow } from '../../platform/audit/audit.js';
import { conflict, notFound } from '../../platform/http/errors.js';
import { auditActor, requireCaseAccess, type RequestContext } from './access.js';
import type { BeneficiaryInput, BeneficiaryUpdate } from '../../../common/features/cases.contract.js';
import { beneficiaries } from './cases.schema.js';

type Deps = Pick<AppDeps, 'db' | 'crypto'>;
type Row = typeof beneficiaries.$inferSelect;
const optionalFields = ['aliases', 'contact', 'address', 'organisation', 'activity'] as const;

/** Every personal field is encrypted; the name also gets its blind index for exact search. */
function encryptFields(crypto: Deps['crypto'], input: Partial<z.infer<typeof BeneficiaryInput>>) {
  const out: Partial<typeof beneficiaries.$inferInsert> = {};
  if (input.relation !== undefined) out.relation = input.relation;
  if (input.name !== undefined) {
    out.nameEnc = crypto.encrypt(input.name);
    out.nameIndex = crypto.blindIndex('beneficiary.name', input.name);
  }
  for (const f of optionalFields) {
    if (input[f] !== undefined) out[`${f}Enc`] = crypto.encryptNullable(input[f] || null);
  }
  return out;
}

export function presentBeneficiary(crypto: Deps['crypto'], r: Row) {
  return {
    id: r.id,
    relation: r.relation,
    name: crypto.decrypt(r.nameEnc),
    aliases: crypto.decryptNullable(r.aliasesEnc),
    contact: crypto.decryptNullable(r.contactEnc),
    address: crypto.decryptNullable(r.addressEnc),
    organisation: crypto.decryptNullable(r.organisationEnc),
    activity: crypto.decryptNullable(r.activityEnc),
    version: r.version,
  };
}

export async function listBeneficiaries({ db, crypto }: Deps, ctx: RequestContext, caseId: string) {
  await requireCaseAccess(db, ctx, caseId);
  const rows = await db
    .select()
    .from(beneficiaries)
    .where(eq(beneficiaries.caseId, caseId))
    .orderBy(beneficiaries.createdAt);
  await auditNow(db, {
    actor: auditActor(ctx.actor),
    action: 'read_personal',
    entity: 'case',
    entityId: caseId,
    ip: ctx.ip,
    details: { fields: ['beneficiaries'], count: rows.length },
  });
  return rows.map((r) => presentBeneficiary(crypto, r));
}

export async function addBeneficiary(
  { db, crypto }: Deps,
  ctx: RequestContext,
  caseId: string,
  input: z.infer<typeof BeneficiaryInput>,
) {
  await requireCaseAccess(db, ctx, caseId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(beneficiaries)
      .values({
        caseId,
        ...(encryptFields(crypto, input) as Required<Pick<Row, 'relation' | 'nameEnc' | 'nameIndex'>>),
      })
      .returning();
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'create',
      entity: 'beneficiary',
      entityId: row!.id,
      ip: ctx.ip,
      details: { caseId, relation: input.relation },
    });
    // Writes answer with ids only: personal data leaves the server only through audited reads.
    return { id: row!.id, version: row!.version };
  });
}

export async function updateBeneficiary(
  { db, crypto }: Deps,
  ctx: RequestContext,
  caseId: string,
  id: string,
  input: z.infer<typeof BeneficiaryUpdate>,
) {
  await requireCaseAccess(db, ctx, caseId);
  const { version, ...fields } = input;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(beneficiaries)
      .set({ ...encryptFields(crypto, fields), version: sql`${beneficiaries.version} + 1`, updatedAt: new Date() })
      .where(and(eq(beneficiaries.id, id), eq(beneficiaries.caseId, caseId), eq(beneficiaries.version, version)))
      .returning();
    if (!row) {
      const [exists] = await tx
        .select({ id: beneficiaries.id })
        .from(beneficiaries)
        .where(and(eq(beneficiaries.id, id), eq(beneficiaries.caseId, caseId)));
      throw exists ? conflict() : notFound();
    }
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'update',
      entity: 'beneficiary',
      entityId: id,
      ip: ctx.ip,
      details: { caseId, fields: Object.keys(fields) },
    });
    return { id: row.id, version: row.version };
  });
}

export async function deleteBeneficiary({ db }: Pick<AppDeps, 'db'>, ctx: RequestContext, caseId: string, id: string) {
  await requireCaseAccess(db, ctx, caseId);
  await db.transaction(async (tx) => {
    const gone = await tx
      .delete(beneficiaries)
      .where(and(eq(beneficiaries.id, id), eq(beneficiaries.caseId, caseId)))
      .returning({ id: beneficiaries.id });
    if (gone.length === 0) throw notFound();
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'delete',
      entity: 'beneficiary',
      entityId: id,
      ip: ctx.ip,
      details: { caseId },
    });
  });
}
