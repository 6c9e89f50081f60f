// The `deliverables` array of the salvaguarda/v1 data package (interchange.md): the catalogue with
// each deliverable's monthly statuses. Import upserts by id (unchanged rows untouched) and upserts
// each (deliverable, month) status; export is canonical (sorted by id, submissions by month).
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import type { PackageArray } from '../manifest.js';
import { administrationDeliverables, administrationSubmissions, SUBMISSION_STATUSES } from './administration.schema.js';

export const DeliverableItem = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/, 'Identificador inválido'),
    order: z.number().int().min(1).max(999),
    name: z.string().trim().min(1).max(300),
    recipients: z.array(z.string().trim().min(1).max(200)).min(1).max(10),
    submissions: z.array(
      z
        .object({
          month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Mes inválido (AAAA-MM)'),
          status: z.enum(SUBMISSION_STATUSES),
        })
        .strict(),
    ),
  })
  .strict();

export type DeliverableItemT = z.output<typeof DeliverableItem>;

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export const deliverablesArray: PackageArray<typeof DeliverableItem> = {
  name: 'deliverables',
  order: 600,
  item: DeliverableItem,
  idOf: (item) => item.id,

  async check(_db, items) {
    const problems: Array<{ index: number; path: string; message: string }> = [];
    items.forEach((item, index) => {
      const seen = new Set<string>();
      item.submissions.forEach((s, j) => {
        if (seen.has(s.month))
          problems.push({ index, path: `.submissions[${j}].month`, message: `Mes repetido: ${s.month}` });
        seen.add(s.month);
      });
    });
    return problems;
  },

  async import(tx: Database, items) {
    let created = 0;
    let updated = 0;
    for (const item of items) {
      const [existing] = await tx
        .select()
        .from(administrationDeliverables)
        .where(eq(administrationDeliverables.id, item.id));
      let changed = false;
      if (!existing) {
        await tx.insert(administrationDeliverables).values({
          id: item.id,
          position: item.order,
          name: item.name,
          recipients: item.recipients,
        });
        created += 1;
      } else if (
        existing.position !== item.order ||
        existing.name !== item.name ||
        !sameList(existing.recipients, item.recipients)
      ) {
        await tx
          .update(administrationDeliverables)
          .set({
            position: item.order,
            name: item.name,
            recipients: item.recipients,
            version: existing.version + 1,
            updatedAt: new Date(),
          })
          .where(eq(administrationDeliverables.id, item.id));
        changed = true;
      }
      const current = await tx
        .select()
        .from(administrationSubmissions)
        .where(eq(administrationSubmissions.deliverableId, item.id));
      const byMonth = new Map(current.map((s) => [s.month, s]));
      for (const s of item.submissions) {
        const row = byMonth.get(s.month);
        if (!row) {
          await tx
            .insert(administrationSubmissions)
            .values({ deliverableId: item.id, month: s.month, status: s.status });
          changed = true;
        } else if (row.status !== s.status) {
          await tx
            .update(administrationSubmissions)
            .set({
              status: s.status,
              // A delivery date belongs to a delivered report only.
              deliveredOn: s.status === 'delivered' ? row.deliveredOn : null,
              version: row.version + 1,
              updatedAt: new Date(),
            })
            .where(
              and(eq(administrationSubmissions.deliverableId, item.id), eq(administrationSubmissions.month, s.month)),
            );
          changed = true;
        }
      }
      if (existing && changed) updated += 1;
    }
    return { created, updated };
  },

  async export(tx: Database) {
    const [deliverables, submissions] = await Promise.all([
      tx.select().from(administrationDeliverables).orderBy(asc(administrationDeliverables.id)),
      tx
        .select({
          deliverableId: administrationSubmissions.deliverableId,
          month: administrationSubmissions.month,
          status: administrationSubmissions.status,
        })
        .from(administrationSubmissions)
        .orderBy(asc(administrationSubmissions.deliverableId), asc(administrationSubmissions.month)),
    ]);
    const byDeliverable = new Map<string, Array<{ month: string; status: (typeof SUBMISSION_STATUSES)[number] }>>();
    for (const s of submissions) {
      const list = byDeliverable.get(s.deliverableId) ?? [];
      list.push({ month: s.month, status: s.status });
      byDeliverable.set(s.deliverableId, list);
    }
    // Sorted by id in JavaScript too: SQL collation must not decide the canonical order.
    return deliverables
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((d) => ({
        id: d.id,
        order: d.position,
        name: d.name,
        recipients: d.recipients,
        submissions: byDeliverable.get(d.id) ?? [],
      }));
  },
};
