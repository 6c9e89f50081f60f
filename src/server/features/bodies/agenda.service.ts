// The agenda of a session: its items added, edited and removed.
import { and, eq, max, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { conflict, notFound } from '../../platform/http/errors.js';
import { auditActor, type BodiesContext } from './bodies.access.js';
import { agendaTextColumns } from './agenda-text.js';
import type { AgendaCreate, AgendaUpdate } from '../../../common/features/bodies.contract.js';
import { bodyAgendaItems } from './bodies.schema.js';
import type { Deps } from './bodies.service.js';
import { sessionForWrite } from './sessions.service.js';

export async function addAgendaItem(
  { db, crypto: fc }: Deps,
  ctx: BodiesContext,
  id: string,
  input: z.infer<typeof AgendaCreate>,
) {
  const { body } = await sessionForWrite(db, ctx, id);
  return db.transaction(async (tx) => {
    const [{ last }] = (await tx
      .select({ last: max(bodyAgendaItems.position) })
      .from(bodyAgendaItems)
      .where(eq(bodyAgendaItems.sessionId, id))) as [{ last: number | null }];
    const [row] = await tx
      .insert(bodyAgendaItems)
      .values({
        sessionId: id,
        position: (last ?? 0) + 1,
        group: input.group,
        ...agendaTextColumns(body.restrictedAgenda, input.text, fc),
        linkKind: input.linkKind ?? null,
        linkRef: input.linkRef ?? null,
        caseId: input.caseId ?? null,
      })
      .returning();
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'create',
      entity: 'body_agenda_item',
      entityId: row!.id,
      ip: ctx.ip,
      details: { session: id, group: input.group },
    });
    return { id: row!.id, version: row!.version };
  });
}

async function agendaItemForWrite(db: Database, ctx: BodiesContext, itemId: string) {
  const [item] = await db.select().from(bodyAgendaItems).where(eq(bodyAgendaItems.id, itemId));
  if (!item) throw notFound();
  const { body } = await sessionForWrite(db, ctx, item.sessionId);
  return { item, body };
}

export async function updateAgendaItem(
  { db, crypto: fc }: Deps,
  ctx: BodiesContext,
  itemId: string,
  input: z.infer<typeof AgendaUpdate>,
) {
  const { body } = await agendaItemForWrite(db, ctx, itemId);
  const { version, text, ...fields } = input;
  const textColumns = text === undefined ? {} : agendaTextColumns(body.restrictedAgenda, text, fc);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(bodyAgendaItems)
      .set({ ...fields, ...textColumns, version: sql`${bodyAgendaItems.version} + 1` })
      .where(and(eq(bodyAgendaItems.id, itemId), eq(bodyAgendaItems.version, version)))
      .returning();
    if (!row) throw conflict();
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'update',
      entity: 'body_agenda_item',
      entityId: itemId,
      ip: ctx.ip,
      details: { fields: Object.keys(fields).concat(text !== undefined ? ['text'] : []) },
    });
    return { id: row.id, version: row.version };
  });
}

export async function deleteAgendaItem({ db }: Deps, ctx: BodiesContext, itemId: string, version: number) {
  const { item } = await agendaItemForWrite(db, ctx, itemId);
  await db.transaction(async (tx) => {
    const gone = await tx
      .delete(bodyAgendaItems)
      .where(and(eq(bodyAgendaItems.id, itemId), eq(bodyAgendaItems.version, version)))
      .returning({ id: bodyAgendaItems.id });
    if (gone.length === 0) throw conflict();
    await audit(tx, {
      actor: auditActor(ctx.actor),
      action: 'delete',
      entity: 'body_agenda_item',
      entityId: itemId,
      ip: ctx.ip,
      details: { session: item.sessionId },
    });
  });
  return { id: itemId, version };
}
