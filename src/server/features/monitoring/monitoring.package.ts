// The `findings` and `protestMonitoring` arrays of the salvaguarda/v1 package (interchange.md),
// strict items exactly as the contract lists them. People's data do not travel: the contract's
// items carry none (a finding's summary and people stay in the database that recorded them).
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { FORMS, PHASES, PLACES, SITUATIONS, type Form } from '../../../common/features/monitoring.js';
import type { Database } from '../../db/client.js';
import { identities, profiles } from '../../../common/features/cases.contract.js';
import type { PackageArray } from '../manifest.js';
import { effectiveSources } from './monitoring.logic.js';
import { monitoringActivations, monitoringFindings, monitoringSources } from './monitoring.schema.js';
import { saneIsoDate } from '../../../common/dates.js';

const date = saneIsoDate;

export const FindingItem = z
  .object({
    id: z.string().min(1).max(60),
    detectedOn: date,
    situation: z.enum(SITUATIONS),
    forms: z
      .array(z.enum(FORMS))
      .min(1)
      .max(3)
      .refine((v) => new Set(v).size === v.length, { message: 'Hay formas repetidas.' }),
    profile: z.enum(profiles),
    identity: z.enum(identities),
    alcaldia: z.enum(PLACES),
    protest: z.boolean(),
    sources: z.number().int().min(0).max(1000),
  })
  .strict();
export type FindingItem = z.infer<typeof FindingItem>;

export const ProtestItem = z.object({ id: z.string().min(1).max(60), on: date, phase: z.enum(PHASES) }).strict();
export type ProtestItem = z.infer<typeof ProtestItem>;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** Forms in the contract's order, so equal sets compare (and export) equal. */
const sortForms = (forms: readonly string[]) => FORMS.filter((f) => forms.includes(f)) as Form[];

async function outletsByFinding(tx: Database, ids: string[]) {
  const out = new Map<string, string[]>();
  if (ids.length === 0) return out;
  const rows = await tx
    .select({ findingId: monitoringSources.findingId, outlet: monitoringSources.outlet })
    .from(monitoringSources)
    .where(inArray(monitoringSources.findingId, ids));
  for (const r of rows) out.set(r.findingId, [...(out.get(r.findingId) ?? []), r.outlet]);
  return out;
}

export async function exportFindings(tx: Database): Promise<FindingItem[]> {
  const rows = await tx.select().from(monitoringFindings).orderBy(asc(monitoringFindings.code));
  const outlets = await outletsByFinding(
    tx,
    rows.map((r) => r.id),
  );
  return rows
    .map((r) => ({
      id: r.code,
      detectedOn: r.detectedOn,
      situation: r.situation,
      forms: sortForms(r.forms),
      profile: r.profile,
      identity: r.identity,
      alcaldia: r.alcaldia,
      protest: r.protest,
      sources: effectiveSources(outlets.get(r.id) ?? [], r.reportedSources),
    }))
    .sort(byId);
}

/** Upsert by `id` (the finding's code); an unchanged finding is not rewritten. */
export async function importFindings(tx: Database, items: FindingItem[]) {
  let created = 0;
  let updated = 0;
  const codes = items.map((i) => i.id);
  const existing =
    codes.length === 0 ? [] : await tx.select().from(monitoringFindings).where(inArray(monitoringFindings.code, codes));
  const byCode = new Map(existing.map((r) => [r.code, r]));
  const outlets = await outletsByFinding(
    tx,
    existing.map((r) => r.id),
  );
  for (const item of items) {
    const values = {
      detectedOn: item.detectedOn,
      situation: item.situation,
      forms: sortForms(item.forms),
      profile: item.profile,
      identity: item.identity,
      alcaldia: item.alcaldia,
      protest: item.protest,
    };
    const row = byCode.get(item.id);
    if (!row) {
      await tx.insert(monitoringFindings).values({ code: item.id, ...values, reportedSources: item.sources });
      created += 1;
      continue;
    }
    const same =
      row.detectedOn === values.detectedOn &&
      row.situation === values.situation &&
      sortForms(row.forms).join() === values.forms.join() &&
      row.profile === values.profile &&
      row.identity === values.identity &&
      row.alcaldia === values.alcaldia &&
      row.protest === values.protest &&
      effectiveSources(outlets.get(row.id) ?? [], row.reportedSources) === item.sources;
    if (same) continue;
    await tx
      .update(monitoringFindings)
      .set({
        ...values,
        reportedSources: item.sources,
        version: sql`${monitoringFindings.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(monitoringFindings.id, row.id));
    updated += 1;
  }
  return { created, updated };
}

export async function exportProtest(tx: Database): Promise<ProtestItem[]> {
  const rows = await tx
    .select({ id: monitoringActivations.code, on: monitoringActivations.on, phase: monitoringActivations.phase })
    .from(monitoringActivations)
    .orderBy(asc(monitoringActivations.code));
  return rows.sort(byId);
}

export async function importProtest(tx: Database, items: ProtestItem[]) {
  let created = 0;
  let updated = 0;
  const codes = items.map((i) => i.id);
  const existing =
    codes.length === 0
      ? []
      : await tx.select().from(monitoringActivations).where(inArray(monitoringActivations.code, codes));
  const byCode = new Map(existing.map((r) => [r.code, r]));
  for (const item of items) {
    const row = byCode.get(item.id);
    if (!row) {
      await tx.insert(monitoringActivations).values({ code: item.id, on: item.on, phase: item.phase });
      created += 1;
    } else if (row.on !== item.on || row.phase !== item.phase) {
      await tx
        .update(monitoringActivations)
        .set({
          on: item.on,
          phase: item.phase,
          version: sql`${monitoringActivations.version} + 1`,
          updatedAt: new Date(),
        })
        .where(eq(monitoringActivations.id, row.id));
      updated += 1;
    }
  }
  return { created, updated };
}

export const findingsArray: PackageArray<typeof FindingItem> = {
  name: 'findings',
  order: 850,
  item: FindingItem,
  idOf: (item) => item.id,
  import: (tx, items) => importFindings(tx, items),
  export: (tx) => exportFindings(tx),
};

export const protestMonitoringArray: PackageArray<typeof ProtestItem> = {
  name: 'protestMonitoring',
  order: 851,
  item: ProtestItem,
  idOf: (item) => item.id,
  import: (tx, items) => importProtest(tx, items),
  export: (tx) => exportProtest(tx),
};
