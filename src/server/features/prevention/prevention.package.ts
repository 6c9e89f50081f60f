// The package arrays of prevention and liaison (interchange.md "The other modules"):
// `preventionActivities`, `agreements`, `liaisonActivities`. Strict items, idempotent upsert by id
// (unchanged records are not rewritten), canonical export (sorted by id, nulls written).
import { asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import { measures } from '../../records/records.schema.js';
import { PackageDate } from '../interchange/package.contract.js';
import type { PackageArray } from '../manifest.js';
import {
  activityFormats,
  activityKinds,
  activityModalities,
  liaisonKinds,
  preventionActivities,
  preventionAgreementActions,
  preventionAgreements,
  preventionLiaisonActivities,
  preventionSessions,
} from './prevention.schema.js';

const Id = z
  .string()
  .trim()
  .min(1, { message: 'no puede estar vacío' })
  .max(100, { message: 'admite hasta 100 caracteres' });
const Text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: 'no puede estar vacío' })
    .max(max, { message: `admite hasta ${max} caracteres` });
const Count = z.number().int().min(0).max(1_000_000);

export const PackagePreventionActivity = z.strictObject({
  id: Id,
  kind: z.enum(activityKinds),
  format: z.enum(activityFormats),
  modality: z.enum(activityModalities),
  title: Text(500),
  objective: z.string().max(4000),
  partner: Text(300).nullable().default(null),
  thematicLine: z.number().int().min(1).max(5).nullable().default(null),
  measureId: Id.nullable().default(null),
  sessions: z.array(z.strictObject({ on: PackageDate, hours: z.number().min(0).max(24) })).default([]),
  participants: z.strictObject({ woman: Count, man: Count, lgbttti: Count, preferNotToSay: Count }),
});
export type PackagePreventionActivity = z.output<typeof PackagePreventionActivity>;

export const PackageAgreement = z.strictObject({
  id: Id,
  counterpart: Text(300),
  international: z.boolean(),
  signedOn: PackageDate.nullable().default(null),
  endsOn: PackageDate.nullable().default(null),
  actions: z.array(z.strictObject({ on: PackageDate, description: Text(2000) })).default([]),
});
export type PackageAgreement = z.output<typeof PackageAgreement>;

export const PackageLiaisonActivity = z.strictObject({
  id: Id,
  kind: z.enum(liaisonKinds),
  on: PackageDate,
  institution: Text(300),
  title: Text(1000),
  international: z.boolean(),
});
export type PackageLiaisonActivity = z.output<typeof PackageLiaisonActivity>;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const sortSessions = (s: Array<{ on: string; hours: number }>) =>
  [...s].sort((a, b) => a.on.localeCompare(b.on) || a.hours - b.hours);
const sortActions = (s: Array<{ on: string; description: string }>) =>
  [...s].sort((a, b) => a.on.localeCompare(b.on) || (a.description < b.description ? -1 : 1));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

// ---- preventionActivities ----

async function exportActivities(db: Database): Promise<PackagePreventionActivity[]> {
  const rows = await db
    .select({ a: preventionActivities, measureCode: measures.code })
    .from(preventionActivities)
    .leftJoin(measures, eq(measures.id, preventionActivities.measureId))
    .orderBy(asc(preventionActivities.code));
  const sessions = await db.select().from(preventionSessions);
  return rows
    .map(({ a, measureCode }) => ({
      id: a.code,
      kind: a.kind,
      format: a.format,
      modality: a.modality,
      title: a.title,
      objective: a.objective,
      partner: a.partner,
      thematicLine: a.thematicLine,
      measureId: measureCode,
      sessions: sortSessions(
        sessions.filter((s) => s.activityId === a.id).map((s) => ({ on: s.on, hours: Number(s.hours) })),
      ),
      participants: { woman: a.women, man: a.men, lgbttti: a.lgbttti, preferNotToSay: a.preferNotToSay },
    }))
    .sort(byId);
}

async function measureIds(db: Database, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ id: measures.id, code: measures.code })
    .from(measures)
    .where(inArray(measures.code, codes));
  return new Map(rows.map((r) => [r.code, r.id]));
}

export const preventionActivitiesArray: PackageArray<typeof PackagePreventionActivity> = {
  name: 'preventionActivities',
  order: 110,
  item: PackagePreventionActivity,
  idOf: (i) => i.id,
  async check(db, items) {
    const problems: Array<{ index: number; path: string; message: string }> = [];
    const known = await measureIds(db, [...new Set(items.flatMap((i) => (i.measureId ? [i.measureId] : [])))]);
    items.forEach((item, index) => {
      if (item.measureId === null) return;
      if (item.kind !== 'self_protection_workshop')
        problems.push({ index, path: 'measureId', message: 'sólo un taller de autoprotección lleva una medida' });
      else if (!known.has(item.measureId))
        problems.push({ index, path: 'measureId', message: `la medida ${item.measureId} no existe` });
    });
    return problems;
  },
  async import(tx, items) {
    let created = 0;
    let updated = 0;
    const current = new Map((await exportActivities(tx)).map((a) => [a.id, a]));
    const ids = await measureIds(tx, [...new Set(items.flatMap((i) => (i.measureId ? [i.measureId] : [])))]);
    const today = new Date().toISOString().slice(0, 10);
    for (const raw of items) {
      const item = { ...raw, sessions: sortSessions(raw.sessions) };
      const before = current.get(item.id);
      if (before && same(before, item)) continue;
      const values = {
        kind: item.kind,
        format: item.format,
        modality: item.modality,
        title: item.title,
        objective: item.objective,
        partner: item.partner,
        thematicLine: item.thematicLine,
        measureId: item.measureId ? (ids.get(item.measureId) ?? null) : null,
        women: item.participants.woman,
        men: item.participants.man,
        lgbttti: item.participants.lgbttti,
        preferNotToSay: item.participants.preferNotToSay,
      };
      let activityId: string;
      if (before) {
        const [row] = await tx
          .select({ id: preventionActivities.id, version: preventionActivities.version })
          .from(preventionActivities)
          .where(eq(preventionActivities.code, item.id));
        activityId = row!.id;
        await tx
          .update(preventionActivities)
          .set({ ...values, version: row!.version + 1, updatedAt: new Date() })
          .where(eq(preventionActivities.id, activityId));
        await tx.delete(preventionSessions).where(eq(preventionSessions.activityId, activityId));
        updated += 1;
      } else {
        // An imported activity whose sessions are all past has been delivered and reported.
        const last = item.sessions[item.sessions.length - 1]?.on;
        const [row] = await tx
          .insert(preventionActivities)
          .values({ code: item.id, ...values, status: last && last < today ? 'final_report' : 'call' })
          .returning({ id: preventionActivities.id });
        activityId = row!.id;
        created += 1;
      }
      if (item.sessions.length)
        await tx.insert(preventionSessions).values(item.sessions.map((s) => ({ activityId, ...s })));
    }
    return { created, updated };
  },
  export: exportActivities,
};

// ---- agreements ----

async function exportAgreements(db: Database): Promise<PackageAgreement[]> {
  const rows = await db.select().from(preventionAgreements).orderBy(asc(preventionAgreements.code));
  const actions = await db.select().from(preventionAgreementActions);
  return rows
    .map((a) => ({
      id: a.code,
      counterpart: a.counterpart,
      international: a.international,
      signedOn: a.signedOn,
      endsOn: a.endsOn,
      actions: sortActions(
        actions.filter((x) => x.agreementId === a.id).map((x) => ({ on: x.on, description: x.description })),
      ),
    }))
    .sort(byId);
}

export const agreementsArray: PackageArray<typeof PackageAgreement> = {
  name: 'agreements',
  order: 120,
  item: PackageAgreement,
  idOf: (i) => i.id,
  async check(_db, items) {
    return items.flatMap((item, index) =>
      item.signedOn && item.endsOn && item.endsOn < item.signedOn
        ? [{ index, path: 'endsOn', message: 'la fecha de término es anterior a la de firma' }]
        : [],
    );
  },
  async import(tx, items) {
    let created = 0;
    let updated = 0;
    const current = new Map((await exportAgreements(tx)).map((a) => [a.id, a]));
    for (const raw of items) {
      const item = { ...raw, actions: sortActions(raw.actions) };
      const before = current.get(item.id);
      if (before && same(before, item)) continue;
      const values = {
        counterpart: item.counterpart,
        international: item.international,
        signedOn: item.signedOn,
        endsOn: item.endsOn,
      };
      let agreementId: string;
      if (before) {
        const [row] = await tx
          .select({ id: preventionAgreements.id, version: preventionAgreements.version })
          .from(preventionAgreements)
          .where(eq(preventionAgreements.code, item.id));
        agreementId = row!.id;
        await tx
          .update(preventionAgreements)
          .set({ ...values, version: row!.version + 1, updatedAt: new Date() })
          .where(eq(preventionAgreements.id, agreementId));
        if (!same(before.actions, item.actions))
          await tx.delete(preventionAgreementActions).where(eq(preventionAgreementActions.agreementId, agreementId));
        updated += 1;
      } else {
        const [row] = await tx
          .insert(preventionAgreements)
          .values({ code: item.id, ...values })
          .returning({ id: preventionAgreements.id });
        agreementId = row!.id;
        created += 1;
      }
      if ((!before || !same(before.actions, item.actions)) && item.actions.length)
        await tx.insert(preventionAgreementActions).values(item.actions.map((a) => ({ agreementId, ...a })));
    }
    return { created, updated };
  },
  export: exportAgreements,
};

// ---- liaisonActivities ----

async function exportLiaison(db: Database): Promise<PackageLiaisonActivity[]> {
  const rows = await db.select().from(preventionLiaisonActivities).orderBy(asc(preventionLiaisonActivities.code));
  return rows
    .map((r) => ({
      id: r.code,
      kind: r.kind,
      on: r.on,
      institution: r.institution,
      title: r.title,
      international: r.international,
    }))
    .sort(byId);
}

export const liaisonActivitiesArray: PackageArray<typeof PackageLiaisonActivity> = {
  name: 'liaisonActivities',
  order: 130,
  item: PackageLiaisonActivity,
  idOf: (i) => i.id,
  async import(tx, items) {
    let created = 0;
    let updated = 0;
    const current = new Map((await exportLiaison(tx)).map((a) => [a.id, a]));
    for (const item of items) {
      const before = current.get(item.id);
      if (before && same(before, item)) continue;
      const { id, ...values } = item;
      if (before) {
        const [row] = await tx
          .select({ version: preventionLiaisonActivities.version })
          .from(preventionLiaisonActivities)
          .where(eq(preventionLiaisonActivities.code, id));
        await tx
          .update(preventionLiaisonActivities)
          .set({ ...values, version: row!.version + 1, updatedAt: new Date() })
          .where(eq(preventionLiaisonActivities.code, id));
        updated += 1;
      } else {
        await tx.insert(preventionLiaisonActivities).values({ code: id, ...values });
        created += 1;
      }
    }
    return { created, updated };
  },
  export: exportLiaison,
};

export const preventionPackageArrays = [
  preventionActivitiesArray,
  agreementsArray,
  liaisonActivitiesArray,
] as unknown as PackageArray[];
