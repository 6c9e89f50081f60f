import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppDeps } from '../../platform/deps.js';
import { audit } from '../../platform/audit/audit.js';
import { users } from '../../platform/auth/auth.schema.js';
import { alreadyExists, badRequest, conflict, notFound } from '../../platform/http/errors.js';
import { auditActor, type RequestContext } from './access.js';
import type {
  CatalogueInput,
  CatalogueUpdate,
  FolioPatternInput,
  LeadsInput,
} from '../../../common/features/cases.contract.js';
import { caseLeads, caseSettings, measureCatalogue } from './cases.schema.js';
import { isValidFolioPattern } from './folio.js';
import { folioPattern } from './folio.service.js';

type Deps = Pick<AppDeps, 'db'>;

export async function listCatalogue({ db }: Deps, includeInactive: boolean) {
  return db
    .select()
    .from(measureCatalogue)
    .where(includeInactive ? undefined : eq(measureCatalogue.active, true))
    .orderBy(
      sql`array_position(array['preventive','protection','urgent_protection','social'], ${measureCatalogue.type})`,
      asc(measureCatalogue.name),
    );
}

export async function addCatalogueEntry({ db }: Deps, ctx: RequestContext, input: z.infer<typeof CatalogueInput>) {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(measureCatalogue).values(input).onConflictDoNothing().returning();
    if (!row) throw alreadyExists();
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'create',
      entity: 'measure_catalogue',
      entityId: row.id,
      ip: ctx.ip,
      details: { type: input.type },
    });
    return row;
  });
}

export async function updateCatalogueEntry(
  { db }: Deps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof CatalogueUpdate>,
) {
  const { version, ...set } = input;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(measureCatalogue)
      .set({ ...set, version: sql`${measureCatalogue.version} + 1` })
      .where(and(eq(measureCatalogue.id, id), eq(measureCatalogue.version, version)))
      .returning();
    if (!row) {
      const [exists] = await tx
        .select({ id: measureCatalogue.id })
        .from(measureCatalogue)
        .where(eq(measureCatalogue.id, id));
      throw exists ? conflict() : notFound();
    }
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'update',
      entity: 'measure_catalogue',
      entityId: id,
      ip: ctx.ip,
      details: { fields: Object.keys(set) },
    });
    return row;
  });
}

export const getFolioPattern = ({ db }: Deps) => folioPattern(db);

export async function setFolioPattern({ db }: Deps, ctx: RequestContext, input: z.infer<typeof FolioPatternInput>) {
  if (!isValidFolioPattern(input.pattern)) throw badRequest('case_invalid_folio_pattern');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(caseSettings)
      .values({ key: 'folio_pattern', value: input.pattern })
      .onConflictDoUpdate({
        target: caseSettings.key,
        set: { value: input.pattern, version: sql`${caseSettings.version} + 1` },
        setWhere: eq(caseSettings.version, input.version),
      })
      .returning();
    if (!row) throw conflict();
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'update',
      entity: 'case_settings',
      entityId: 'folio_pattern',
      ip: ctx.ip,
      details: { pattern: input.pattern },
    });
    return { pattern: row.value, version: row.version };
  });
}

export async function listLeads({ db }: Deps) {
  return db
    .select({ userId: caseLeads.userId, displayName: users.displayName, username: users.username })
    .from(caseLeads)
    .innerJoin(users, eq(users.id, caseLeads.userId))
    .orderBy(users.displayName);
}

/** Replaces the set of cdemp leads. Only cdemp users can be leads (the flag means nothing otherwise). */
export async function setLeads({ db }: Deps, ctx: RequestContext, input: z.infer<typeof LeadsInput>) {
  const ids = [...new Set(input.userIds)];
  if (ids.length) {
    const ok = await db
      .select({ id: users.id })
      .from(users)
      .where(and(inArray(users.id, ids), sql`'cdemp' = any(${users.roles})`));
    if (ok.length !== ids.length) throw badRequest('case_assignee_not_staff');
  }
  await db.transaction(async (tx) => {
    await tx.delete(caseLeads);
    if (ids.length) await tx.insert(caseLeads).values(ids.map((userId) => ({ userId, grantedBy: ctx.actor.userId })));
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'update',
      entity: 'case_leads',
      entityId: null,
      ip: ctx.ip,
      details: { userIds: ids },
    });
  });
  return listLeads({ db });
}
