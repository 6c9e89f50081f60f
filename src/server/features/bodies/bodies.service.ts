// Use cases of the bodies module: (deps, ctx, input) functions, each write in one transaction
// with its audit entry. Bodies and their members here; sessions, agenda and agreements beside.
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { audit, auditNow } from '../../platform/audit/audit.js';
import { AppError, conflict, notFound } from '../../platform/http/errors.js';
import {
  auditActor,
  canSeeRestricted,
  canWrite,
  requireWrite,
  todayInMexicoCity,
  type BodiesContext,
} from './bodies.access.js';
import { type BodyCode } from '../../../common/features/bodies.codes.js';
import type { MemberCreate, MemberUpdate } from '../../../common/features/bodies.contract.js';
import {
  agreementsOfBody,
  allBodies,
  bodyByCode,
  bodyCounters,
  membersOfBody,
  presentAgreements,
  sessionsOfBody,
  type BodyRow,
  type MemberRow,
} from './bodies.queries.js';
import { bodyMembers } from './bodies.schema.js';
import type { AppDeps } from '../../platform/deps.js';

export type Deps = Pick<AppDeps, 'db' | 'crypto'>;

export function presentMember(m: MemberRow) {
  return {
    id: m.id,
    name: m.name,
    post: m.post,
    institution: m.institution,
    role: m.role as z.infer<typeof MemberCreate>['role'],
    fromOn: m.fromOn,
    toOn: m.toOn,
    appointment: m.appointment as z.infer<typeof MemberCreate>['appointment'] & string,
    appointmentRef: m.appointmentRef,
    substitutesId: m.substitutesId,
    representsBody: m.representsBody as BodyCode | null,
    version: m.version,
  };
}

function presentBody(b: BodyRow, ctx: BodiesContext) {
  return {
    code: b.code as BodyCode,
    name: b.name,
    kind: b.kind,
    legalBasis: b.legalBasis,
    presidingRole: b.presidingRole,
    internalRules: b.internalRules,
    confidentialityAgreement: b.confidentialityAgreement,
    yearlyTarget: b.yearlyTarget,
    secretariatRoles: b.secretariatRoles,
    restrictedAgenda: b.restrictedAgenda,
    canWrite: canWrite(b, ctx.actor),
  };
}

export async function listBodies({ db }: Deps, ctx: BodiesContext) {
  const today = todayInMexicoCity();
  const year = Number(today.slice(0, 4));
  const [list, counters] = [await allBodies(db), await bodyCounters(db, year, today)];
  return {
    bodies: list.map((b) => {
      const held = (type: string) => Number(counters.held.find((h) => h.code === b.code && h.type === type)?.n ?? 0);
      const open = counters.open.find((o) => o.code === b.code);
      const next = counters.next.find((n) => n.code === b.code);
      return {
        ...presentBody(b, ctx),
        sessionsThisYear: { ordinary: held('ordinary'), extraordinary: held('extraordinary') },
        openAgreements: Number(open?.open ?? 0),
        overdueAgreements: Number(open?.overdue ?? 0),
        nextSession: next
          ? { id: next.id, type: next.type as 'ordinary' | 'extraordinary', ordinal: next.ordinal, on: next.on! }
          : null,
      };
    }),
  };
}

export async function getBodyPage(deps: Deps, ctx: BodiesContext, code: BodyCode, year?: number) {
  const today = todayInMexicoCity();
  const y = year ?? Number(today.slice(0, 4));
  const summary = (await listBodies(deps, ctx)).bodies.find((b) => b.code === code);
  if (!summary) throw notFound();
  const body = await bodyByCode(deps.db, code);
  const visible = await canSeeRestricted(deps.db, body, ctx.actor);
  return {
    ...summary,
    year: y,
    sessions: await sessionsOfBody(deps.db, code, y),
    members: (await membersOfBody(deps.db, code)).map(presentMember),
    agreements: visible ? await presentAgreements(deps.db, await agreementsOfBody(deps.db, code, y), today) : [],
  };
}

/** Members' contact data: personal, only for the policy's roles, every read audited. */
export async function listMemberContacts({ db, crypto: fc }: Deps, ctx: BodiesContext, code: BodyCode) {
  await bodyByCode(db, code);
  const rows = await membersOfBody(db, code);
  await auditNow(db, {
    actor: auditActor(ctx.actor),
    action: 'read_personal',
    entity: 'body_members',
    entityId: code,
    ip: ctx.ip,
    details: { fields: ['contact'], count: rows.length },
  });
  return { members: rows.map((m) => ({ ...presentMember(m), contact: fc.decryptNullable(m.contactEnc) })) };
}

export async function createMember(
  { db, crypto: fc }: Deps,
  ctx: BodiesContext,
  code: BodyCode,
  input: z.infer<typeof MemberCreate>,
) {
  const body = await bodyByCode(db, code);
  await requireWrite(db, ctx, body);
  if (input.substitutesId) {
    const [other] = await db.select().from(bodyMembers).where(eq(bodyMembers.id, input.substitutesId));
    if (!other || other.bodyCode !== code) throw new AppError('bodies_member_not_in_body', 400);
  }
  const { contact, ...fields } = input;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(bodyMembers)
      .values({ ...fields, bodyCode: code, contactEnc: fc.encryptNullable(contact || null) })
      .returning();
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'create',
      entity: 'body_member',
      entityId: row!.id,
      ip: ctx.ip,
      details: { body: code, role: input.role },
    });
    return { id: row!.id, version: row!.version };
  });
}

export async function updateMember(
  { db, crypto: fc }: Deps,
  ctx: BodiesContext,
  id: string,
  input: z.infer<typeof MemberUpdate>,
) {
  const [member] = await db.select().from(bodyMembers).where(eq(bodyMembers.id, id));
  if (!member) throw notFound();
  await requireWrite(db, ctx, await bodyByCode(db, member.bodyCode));
  const { version, contact, ...fields } = input;
  const changes: Partial<typeof bodyMembers.$inferInsert> = { ...fields };
  if (contact !== undefined) changes.contactEnc = fc.encryptNullable(contact || null);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(bodyMembers)
      .set({ ...changes, version: sql`${bodyMembers.version} + 1`, updatedAt: new Date() })
      .where(and(eq(bodyMembers.id, id), eq(bodyMembers.version, version)))
      .returning();
    if (!row) throw conflict();
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'update',
      entity: 'body_member',
      entityId: id,
      ip: ctx.ip,
      details: { fields: Object.keys(fields).concat(contact !== undefined ? ['contact'] : []) },
    });
    return { id: row.id, version: row.version };
  });
}
