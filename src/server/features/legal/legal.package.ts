// The `contracts` and `gazettePublications` arrays of the salvaguarda/v1 package (interchange.md,
// "The other modules"). A contract's `id` is its number (the folio the Cuadros print); the
// counterpart and amount never travel. Import is an idempotent upsert by id in array order (which
// becomes the registration order); export is sorted by id with nulls written.
import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import type { PackageArray } from '../manifest.js';
import { ContractNumber, GazetteRef } from '../../../common/features/legal.contract.js';
import { CONTRACT_KINDS, GAZETTE_KINDS, legalContracts, legalGazettePublications } from './legal.schema.js';
import { saneIsoDate } from '../../../common/dates.js';

const isoDate = saneIsoDate;

export const ContractItem = z
  .strictObject({
    id: ContractNumber,
    // interchange.md names professional_services and fees (the Cuadros); goods and services
    // contracts travel too so that an export keeps every record.
    kind: z.enum(CONTRACT_KINDS),
    signedOn: isoDate,
    startsOn: isoDate,
    endsOn: isoDate,
    object: z.string().max(2000),
  })
  .refine((c) => c.endsOn >= c.startsOn, {
    message: 'La fecha de término no puede ser anterior a la de inicio',
    path: ['endsOn'],
  });
export type ContractItemT = z.infer<typeof ContractItem>;

export const GazetteItem = z.strictObject({
  id: GazetteRef,
  publishedOn: isoDate,
  title: z.string().trim().min(1).max(1000),
  // Beyond interchange.md's three fields: what the §5.2 footnote prints (optional on import).
  kind: z.enum(GAZETTE_KINDS).default('aviso'),
  page: z.number().int().min(1).max(100000).nullable().default(null),
  url: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .default(null),
});
export type GazetteItemT = z.infer<typeof GazetteItem>;

async function importContracts(tx: Database, items: ContractItemT[]) {
  let created = 0;
  let updated = 0;
  for (const item of items) {
    const values = {
      kind: item.kind,
      signedOn: item.signedOn,
      startsOn: item.startsOn,
      endsOn: item.endsOn,
      object: item.object,
    };
    const [current] = await tx.select().from(legalContracts).where(eq(legalContracts.number, item.id));
    if (!current) {
      await tx.insert(legalContracts).values({ number: item.id, ...values });
      created += 1;
    } else if (Object.entries(values).some(([k, v]) => current[k as keyof typeof values] !== v)) {
      await tx
        .update(legalContracts)
        .set({ ...values, version: sql`${legalContracts.version} + 1`, updatedAt: new Date() })
        .where(eq(legalContracts.id, current.id));
      updated += 1;
    }
  }
  return { created, updated };
}

async function exportContracts(tx: Database): Promise<ContractItemT[]> {
  const rows = await tx.select().from(legalContracts).orderBy(asc(legalContracts.number));
  return rows
    .map((r) => ({
      id: r.number,
      kind: r.kind,
      signedOn: r.signedOn,
      startsOn: r.startsOn,
      endsOn: r.endsOn,
      object: r.object,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

async function importGazette(tx: Database, items: GazetteItemT[]) {
  let created = 0;
  let updated = 0;
  for (const item of items) {
    const values = {
      publishedOn: item.publishedOn,
      title: item.title,
      kind: item.kind,
      page: item.page,
      url: item.url,
    };
    const [current] = await tx.select().from(legalGazettePublications).where(eq(legalGazettePublications.ref, item.id));
    if (!current) {
      await tx.insert(legalGazettePublications).values({ ref: item.id, ...values });
      created += 1;
    } else if (Object.entries(values).some(([k, v]) => current[k as keyof typeof values] !== v)) {
      await tx
        .update(legalGazettePublications)
        .set({ ...values, version: sql`${legalGazettePublications.version} + 1`, updatedAt: new Date() })
        .where(eq(legalGazettePublications.id, current.id));
      updated += 1;
    }
  }
  return { created, updated };
}

async function exportGazette(tx: Database): Promise<GazetteItemT[]> {
  const rows = await tx.select().from(legalGazettePublications);
  return rows
    .map((r) => ({ id: r.ref, publishedOn: r.publishedOn, title: r.title, kind: r.kind, page: r.page, url: r.url }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export const contractsArray: PackageArray<typeof ContractItem> = {
  name: 'contracts',
  order: 500,
  item: ContractItem,
  idOf: (c) => c.id,
  import: (tx, items) => importContracts(tx, items),
  export: exportContracts,
};

export const gazettePublicationsArray: PackageArray<typeof GazetteItem> = {
  name: 'gazettePublications',
  order: 510,
  item: GazetteItem,
  idOf: (g) => g.id,
  import: (tx, items) => importGazette(tx, items),
  export: exportGazette,
};
