// The `bodySessions` array of the salvaguarda/v1 package (shared/docs/interchange.md): held
// sessions with their agenda and agreements. Import is an idempotent upsert by id (unchanged
// sessions are not rewritten); export is canonical (sorted by id, nulls written). The package holds
// no personal data: the agendas of restricted bodies (the CEM's name beneficiaries, stored
// encrypted) are exported empty, and an import that gives none keeps the stored one.
import { asc, eq, inArray, max, and } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import { isCalendarDate } from '../interchange/dates.js';
import type { PackageArray, PackageArrayContext } from '../manifest.js';
import { agendaTextColumns } from './agenda-text.js';
import { AGENDA_GROUPS, AGREEMENT_STATUSES, BODY_CODES, SESSION_TYPES } from '../../../common/features/bodies.codes.js';
import { bodies, bodyAgendaItems, bodyAgreements, bodySessions } from './bodies.schema.js';

async function restrictedBodies(db: Database): Promise<Set<string>> {
  const rows = await db.select({ code: bodies.code }).from(bodies).where(eq(bodies.restrictedAgenda, true));
  return new Set(rows.map((r) => r.code));
}

const PackageDate = z.string().refine(isCalendarDate, {
  message: 'fecha no válida: use AAAA-MM-DD con una fecha que exista en el calendario',
});
const Id = z
  .string()
  .trim()
  .min(1, { message: 'no puede estar vacío' })
  .max(60, { message: 'admite hasta 60 caracteres' });
const Text = z
  .string()
  .trim()
  .min(1, { message: 'no puede estar vacío' })
  .max(4000, { message: 'admite hasta 4000 caracteres' });

export const PackageBodySession = z.strictObject({
  id: Id,
  body: z.enum(BODY_CODES),
  type: z.enum(SESSION_TYPES),
  ordinal: z.number().int().min(1).max(99),
  heldOn: PackageDate,
  agenda: z.array(z.strictObject({ group: z.enum(AGENDA_GROUPS), text: Text })).default([]),
  agreements: z
    .array(
      z.strictObject({
        id: z.string().trim().min(1).max(80),
        text: Text,
        status: z.enum(AGREEMENT_STATUSES),
        dueOn: PackageDate.nullable().default(null),
      }),
    )
    .default([]),
});
export type PackageBodySessionItem = z.output<typeof PackageBodySession>;

/** The package item of a stored session (also used to decide whether an import changes anything). */
async function exportItems(db: Database, ids?: string[]): Promise<PackageBodySessionItem[]> {
  const where = ids
    ? and(eq(bodySessions.status, 'held'), inArray(bodySessions.id, ids))
    : eq(bodySessions.status, 'held');
  if (ids && ids.length === 0) return [];
  const sessions = await db.select().from(bodySessions).where(where).orderBy(asc(bodySessions.id));
  const restricted = await restrictedBodies(db);
  const sessionIds = sessions.filter((s) => !restricted.has(s.bodyCode)).map((s) => s.id);
  const agenda = sessionIds.length
    ? await db
        .select()
        .from(bodyAgendaItems)
        .where(inArray(bodyAgendaItems.sessionId, sessionIds))
        .orderBy(asc(bodyAgendaItems.position))
    : [];
  const agreements = sessions.length
    ? await db
        .select()
        .from(bodyAgreements)
        .where(
          inArray(
            bodyAgreements.sessionId,
            sessions.map((s) => s.id),
          ),
        )
        .orderBy(asc(bodyAgreements.position), asc(bodyAgreements.number))
    : [];
  return sessions
    .filter((s) => s.heldOn !== null)
    .map((s) => ({
      id: s.id,
      body: s.bodyCode as PackageBodySessionItem['body'],
      type: s.type as PackageBodySessionItem['type'],
      ordinal: s.ordinal,
      heldOn: s.heldOn!,
      agenda: agenda.filter((a) => a.sessionId === s.id).map((a) => ({ group: a.group as 'none', text: a.text ?? '' })),
      agreements: agreements
        .filter((a) => a.sessionId === s.id)
        .map((a) => ({ id: a.id, text: a.text, status: a.status as 'pending', dueOn: a.dueOn })),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

async function importItems(tx: Database, items: PackageBodySessionItem[], ctx: PackageArrayContext) {
  const restricted = await restrictedBodies(tx);
  const existing = new Map(
    (
      await exportItems(
        tx,
        items.map((i) => i.id),
      )
    ).map((i) => [i.id, JSON.stringify(i)]),
  );
  const present = new Set(
    items.length
      ? (
          await tx
            .select({ id: bodySessions.id })
            .from(bodySessions)
            .where(
              inArray(
                bodySessions.id,
                items.map((i) => i.id),
              ),
            )
        ).map((r) => r.id)
      : [],
  );
  let created = 0;
  let updated = 0;
  for (const item of items) {
    const canonical = PackageBodySession.parse(item);
    const before = existing.get(item.id);
    if (before === JSON.stringify(canonical)) continue;
    const year = Number(item.heldOn.slice(0, 4));
    const values = {
      bodyCode: item.body,
      type: item.type,
      year,
      ordinal: item.ordinal,
      status: 'held',
      plannedOn: null,
      heldOn: item.heldOn,
    };
    if (!present.has(item.id)) {
      await tx.insert(bodySessions).values({ id: item.id, ...values });
      created++;
    } else {
      await tx
        .update(bodySessions)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(bodySessions.id, item.id));
      updated++;
    }
    // The agenda is replaced as a whole: the package carries it in order, without ids. A restricted
    // body's agenda is personal data: encrypted, and only with the operator's personal-data option.
    const secret = restricted.has(item.body);
    if (!secret || item.agenda.length) {
      if (secret && !ctx.crypto)
        throw new Error(
          `bodySessions ${item.id}: el orden del día del CEM es información personal; importe con datos personales`,
        );
      await tx.delete(bodyAgendaItems).where(eq(bodyAgendaItems.sessionId, item.id));
      if (item.agenda.length)
        await tx.insert(bodyAgendaItems).values(
          item.agenda.map((a, i) => ({
            sessionId: item.id,
            position: i + 1,
            group: a.group,
            ...(secret ? agendaTextColumns(true, a.text, ctx.crypto!) : { text: a.text }),
          })),
        );
    }
    const kept = item.agreements.map((a) => a.id);
    const stored = await tx.select().from(bodyAgreements).where(eq(bodyAgreements.sessionId, item.id));
    for (const old of stored)
      if (!kept.includes(old.id)) await tx.delete(bodyAgreements).where(eq(bodyAgreements.id, old.id));
    for (const [i, a] of item.agreements.entries()) {
      const prior = stored.find((s) => s.id === a.id);
      if (prior) {
        await tx
          .update(bodyAgreements)
          .set({ text: a.text, status: a.status, dueOn: a.dueOn, position: i + 1, updatedAt: new Date() })
          .where(eq(bodyAgreements.id, a.id));
      } else {
        const [{ last }] = (await tx
          .select({ last: max(bodyAgreements.number) })
          .from(bodyAgreements)
          .where(and(eq(bodyAgreements.bodyCode, item.body), eq(bodyAgreements.year, year)))) as [
          { last: number | null },
        ];
        await tx.insert(bodyAgreements).values({
          id: a.id,
          sessionId: item.id,
          bodyCode: item.body,
          year,
          number: (last ?? 0) + 1,
          position: i + 1,
          text: a.text,
          status: a.status,
          dueOn: a.dueOn,
        });
      }
    }
  }
  return { created, updated };
}

async function checkItems(db: Database, items: PackageBodySessionItem[]) {
  const problems: Array<{ index: number; path: string; message: string }> = [];
  const agreementOwner = new Map<string, string>();
  items.forEach((item, index) =>
    item.agreements.forEach((a, j) => {
      const owner = agreementOwner.get(a.id);
      if (owner !== undefined && owner !== item.id)
        problems.push({ index, path: `agreements.${j}.id`, message: `el acuerdo ${a.id} aparece en dos sesiones` });
      else if (owner !== undefined)
        problems.push({ index, path: `agreements.${j}.id`, message: `el acuerdo ${a.id} está repetido` });
      agreementOwner.set(a.id, item.id);
    }),
  );
  const ids = [...agreementOwner.keys()];
  if (ids.length) {
    const stored = await db
      .select({ id: bodyAgreements.id, sessionId: bodyAgreements.sessionId })
      .from(bodyAgreements)
      .where(inArray(bodyAgreements.id, ids));
    for (const s of stored) {
      const owner = agreementOwner.get(s.id)!;
      if (s.sessionId !== owner) {
        const index = items.findIndex((i) => i.id === owner);
        const j = items[index]!.agreements.findIndex((a) => a.id === s.id);
        problems.push({ index, path: `agreements.${j}.id`, message: `el acuerdo ${s.id} ya pertenece a otra sesión` });
      }
    }
  }
  return problems;
}

export const bodySessionsArray: PackageArray<typeof PackageBodySession> = {
  name: 'bodySessions',
  order: 100,
  item: PackageBodySession,
  idOf: (item) => item.id,
  check: checkItems,
  import: (tx, items, ctx) => importItems(tx, items, ctx),
  export: (tx) => exportItems(tx),
};
