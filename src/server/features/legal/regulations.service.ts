// Regulations in force and their versions (e.g. Lineamientos de Acción Social of each year), each
// version linked to the Junta de Gobierno session that approved it (bodies module) and to its
// Gazette publication. Writes are one transaction with their audit entry.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { AppError, alreadyExists, conflict, notFound } from '../../platform/http/errors.js';
import { bodySessions } from '../bodies/bodies.schema.js';
import { versionInForce } from './legal.logic.js';
import { legalGazettePublications, legalRegulations, legalRegulationVersions } from './legal.schema.js';
import { today, type LegalContext, type LegalDeps } from './legal.service.js';
import type {
  RegulationVersionInput,
  RegulationVersionUpdateInput,
} from '../../../common/features/legal.opinions.contract.js';

const who = (ctx: LegalContext) => ({ userId: ctx.actor.userId, username: ctx.actor.username });
const isUniqueViolation = (e: unknown) =>
  /duplicate key|unique constraint/i.test(String((e as { message?: string })?.message ?? '')) ||
  (e as { code?: string })?.code === '23505' ||
  (e as { cause?: { code?: string } })?.cause?.code === '23505';
/** The body whose sessions approve regulations. */
const APPROVING_BODY = 'junta_gobierno';

export async function listRegulations(db: Database, on = today()) {
  const regs = await db.select().from(legalRegulations).orderBy(asc(legalRegulations.name));
  const versions =
    regs.length === 0
      ? []
      : await db
          .select({
            v: legalRegulationVersions,
            session: {
              id: bodySessions.id,
              type: bodySessions.type,
              ordinal: bodySessions.ordinal,
              heldOn: bodySessions.heldOn,
            },
            gazette: {
              id: legalGazettePublications.id,
              ref: legalGazettePublications.ref,
              publishedOn: legalGazettePublications.publishedOn,
              title: legalGazettePublications.title,
            },
          })
          .from(legalRegulationVersions)
          .leftJoin(bodySessions, eq(bodySessions.id, legalRegulationVersions.approvalSessionId))
          .leftJoin(
            legalGazettePublications,
            eq(legalGazettePublications.id, legalRegulationVersions.gazettePublicationId),
          )
          .where(
            inArray(
              legalRegulationVersions.regulationId,
              regs.map((r) => r.id),
            ),
          )
          .orderBy(asc(legalRegulationVersions.inForceFrom), asc(legalRegulationVersions.label));
  const rows = regs.map((r) => {
    const own = versions.filter((x) => x.v.regulationId === r.id);
    const current = versionInForce(
      own.map((x) => x.v),
      on,
    );
    return {
      id: r.id,
      name: r.name,
      description: r.description,
      version: r.version,
      inForce: current?.label ?? null,
      versions: own.map(({ v, session, gazette }) => ({
        id: v.id,
        label: v.label,
        approvedOn: v.approvedOn,
        approvalSession: session?.id ? session : null,
        gazette: gazette?.id ? gazette : null,
        inForceFrom: v.inForceFrom,
        inForceTo: v.inForceTo,
        inForce: current?.id === v.id,
        notes: v.notes,
        version: v.version,
      })),
    };
  });
  return { on, rows };
}

export async function createRegulation(
  { db }: LegalDeps,
  ctx: LegalContext,
  input: { name: string; description?: string },
) {
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(legalRegulations)
        .values({ name: input.name, description: input.description ?? '' })
        .returning({ id: legalRegulations.id, version: legalRegulations.version });
      await audit(tx, { actor: who(ctx), action: 'create', entity: 'legal_regulation', entityId: row!.id, ip: ctx.ip });
      return row!;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw alreadyExists({ field: 'name' });
    throw e;
  }
}

export async function updateRegulation(
  { db }: LegalDeps,
  ctx: LegalContext,
  id: string,
  input: { name?: string; description?: string; version: number },
) {
  const { version, ...rest } = input;
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .update(legalRegulations)
        .set({ ...rest, version: sql`${legalRegulations.version} + 1`, updatedAt: new Date() })
        .where(and(eq(legalRegulations.id, id), eq(legalRegulations.version, version)))
        .returning({ id: legalRegulations.id, version: legalRegulations.version });
      if (!row) {
        const [exists] = await tx
          .select({ id: legalRegulations.id })
          .from(legalRegulations)
          .where(eq(legalRegulations.id, id));
        throw exists ? conflict() : notFound();
      }
      await audit(tx, {
        actor: who(ctx),
        action: 'update',
        entity: 'legal_regulation',
        entityId: id,
        ip: ctx.ip,
        details: { fields: Object.keys(rest) },
      });
      return row;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw alreadyExists({ field: 'name' });
    throw e;
  }
}

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** The approving session must be a Junta de Gobierno session; the publication must exist. */
async function checkLinks(tx: Tx, input: { approvalSessionId?: string | null; gazettePublicationId?: string | null }) {
  if (input.approvalSessionId) {
    const [s] = await tx
      .select({ body: bodySessions.bodyCode })
      .from(bodySessions)
      .where(eq(bodySessions.id, input.approvalSessionId));
    if (!s || s.body !== APPROVING_BODY) throw new AppError('legal_unknown_session', 400);
  }
  if (input.gazettePublicationId) {
    const [g] = await tx
      .select({ id: legalGazettePublications.id })
      .from(legalGazettePublications)
      .where(eq(legalGazettePublications.id, input.gazettePublicationId));
    if (!g) throw new AppError('legal_unknown_publication', 400);
  }
}

export async function addRegulationVersion(
  { db }: LegalDeps,
  ctx: LegalContext,
  regulationId: string,
  input: RegulationVersionInput,
) {
  try {
    return await db.transaction(async (tx) => {
      const [reg] = await tx
        .select({ id: legalRegulations.id })
        .from(legalRegulations)
        .where(eq(legalRegulations.id, regulationId));
      if (!reg) throw notFound();
      await checkLinks(tx, input);
      const [row] = await tx
        .insert(legalRegulationVersions)
        .values({
          regulationId,
          label: input.label,
          approvedOn: input.approvedOn ?? null,
          approvalSessionId: input.approvalSessionId ?? null,
          gazettePublicationId: input.gazettePublicationId ?? null,
          inForceFrom: input.inForceFrom,
          inForceTo: input.inForceTo ?? null,
          notes: input.notes ?? '',
        })
        .returning({ id: legalRegulationVersions.id, version: legalRegulationVersions.version });
      await audit(tx, {
        actor: who(ctx),
        action: 'create',
        entity: 'legal_regulation_version',
        entityId: row!.id,
        ip: ctx.ip,
        details: { regulationId, label: input.label, approvalSessionId: input.approvalSessionId ?? null },
      });
      return row!;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw alreadyExists({ field: 'label' });
    throw e;
  }
}

export async function updateRegulationVersion(
  { db }: LegalDeps,
  ctx: LegalContext,
  regulationId: string,
  versionId: string,
  input: RegulationVersionUpdateInput,
) {
  const { version, ...rest } = input;
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx
        .select()
        .from(legalRegulationVersions)
        .where(and(eq(legalRegulationVersions.id, versionId), eq(legalRegulationVersions.regulationId, regulationId)));
      if (!current) throw notFound();
      const from = rest.inForceFrom ?? current.inForceFrom;
      const to = rest.inForceTo === undefined ? current.inForceTo : rest.inForceTo;
      if (to && to < from) throw new AppError('legal_dates_order', 400);
      await checkLinks(tx, rest);
      const [row] = await tx
        .update(legalRegulationVersions)
        .set({ ...rest, version: sql`${legalRegulationVersions.version} + 1`, updatedAt: new Date() })
        .where(and(eq(legalRegulationVersions.id, versionId), eq(legalRegulationVersions.version, version)))
        .returning({ id: legalRegulationVersions.id, version: legalRegulationVersions.version });
      if (!row) throw conflict();
      await audit(tx, {
        actor: who(ctx),
        action: 'update',
        entity: 'legal_regulation_version',
        entityId: versionId,
        ip: ctx.ip,
        details: { regulationId, fields: Object.keys(rest) },
      });
      return row;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw alreadyExists({ field: 'label' });
    throw e;
  }
}
