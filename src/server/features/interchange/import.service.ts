import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { audit, type AuditActor } from '../../platform/audit/audit.js';
import {
  deleteActionsOf,
  deleteFollowUps,
  existingCaseFolios,
  insertActions,
  insertFollowUps,
  storedActionSignatures,
  storedFollowUps,
  upsertCases,
  upsertMeasures,
  upsertRequests,
  type ActionRow,
  type FollowUpRow,
} from './import.sql.js';
import type { DataPackage, ImportCounts, PackageAction, PackageMeasure, PackageProblem } from './package.contract.js';
import { validatePackage } from './package.validate.js';
import type { PackageArray } from '../manifest.js';

export type ImportResult =
  { ok: true; dryRun: boolean; counts: ImportCounts } | { ok: false; problems: PackageProblem[]; total: number };

export interface ImportOptions {
  actor: AuditActor | null;
  ip?: string | null;
  /** Run everything, report the counts, then roll back: the preview shows exactly what a commit would do. */
  dryRun?: boolean;
  /** The arrays other features own (the registry's packageArrays); without them those keys are refused. */
  arrays?: readonly PackageArray[];
}

const IMPORT_LOCK = 7_345_101;
const SYSTEM_ACTOR = { userId: null, username: 'sistema' };

class DryRunRollback extends Error {
  constructor(readonly counts: ImportCounts) {
    super('dry run');
  }
}

const zero = () => ({ inserted: 0, updated: 0, unchanged: 0 });

export function actionSignature(actions: readonly PackageAction[]): string {
  return [...actions]
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.count - b.count))
    .map((a) => `${a.on}:${a.count}`)
    .join(',');
}

/**
 * Validates the whole package, then stores all of it in one transaction (or nothing).
 * Matching: cases and information requests by `folio`, measures by `id` (stored as measures.code).
 * A record that differs from the stored one is updated (version + 1); an equal one is not touched.
 * Follow-ups are a set of dates per case: dates not in the package are removed, missing ones added,
 * rows of dates that stay (with their notes) are kept. Actions are a multiset per measure: when it
 * differs, the measure's entries are replaced. Records absent from the package are left alone.
 */
export async function importPackage(db: Database, raw: unknown, opts: ImportOptions): Promise<ImportResult> {
  const arrays = opts.arrays ?? [];
  const validation = await validatePackage(raw, (folios) => existingCaseFolios(db, folios), { arrays, db });
  if (!validation.ok) return validation;
  try {
    const counts = await db.transaction(async (tx) => {
      // Imports run one at a time: two concurrent diffs of the same case would both add its dates.
      await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`);
      await recheckOutsideCases(tx, validation.pkg);
      const counts = await storePackage(tx, validation.pkg);
      for (const a of arrays) {
        const items = validation.pkg.extra?.[a.name] ?? [];
        (counts.extra ??= {})[a.name] = await a.import(tx, items, { actor: opts.actor ?? SYSTEM_ACTOR });
      }
      if (opts.dryRun) throw new DryRunRollback(counts);
      await audit(tx, {
        actor: opts.actor,
        action: 'import',
        entity: 'interchange_package',
        ip: opts.ip ?? null,
        details: { ...counts },
      });
      return counts;
    });
    if (changedRows(counts) >= 10_000) await refreshStatistics(db);
    return { ok: true, dryRun: false, counts };
  } catch (err) {
    if (err instanceof DryRunRollback) return { ok: true, dryRun: true, counts: err.counts };
    if (err instanceof CasesVanished) return { ok: false, problems: err.problems, total: err.problems.length };
    throw err;
  }
}

function changedRows(c: ImportCounts): number {
  return (
    c.cases.inserted +
    c.cases.updated +
    c.measures.inserted +
    c.measures.updated +
    c.informationRequests.inserted +
    c.informationRequests.updated +
    c.followUps.inserted +
    c.followUps.deleted +
    c.actions.inserted +
    c.actions.deleted
  );
}

/** After a bulk load the planner's statistics describe the old tables; reports and re-imports need fresh ones. */
async function refreshStatistics(db: Database): Promise<void> {
  try {
    await db.execute(sql`analyze cases, case_follow_ups, measures, measure_actions, information_requests`);
  } catch {
    // Only an optimiser hint: the data is committed either way, and autovacuum analyses later.
  }
}

class CasesVanished extends Error {
  constructor(readonly problems: PackageProblem[]) {
    super('cases vanished');
  }
}

/** Measures of cases stored earlier: the cases must still exist now, inside the transaction. */
async function recheckOutsideCases(tx: Database, pkg: DataPackage): Promise<void> {
  const inPackage = new Set(pkg.cases.map((c) => c.folio));
  const outside = [...new Set(pkg.measures.map((m) => m.caseFolio).filter((f) => !inPackage.has(f)))];
  if (outside.length === 0) return;
  const found = await existingCaseFolios(tx, outside);
  const problems = pkg.measures.flatMap((m, i) =>
    inPackage.has(m.caseFolio) || found.has(m.caseFolio)
      ? []
      : [
          {
            path: `measures[${i}].caseFolio`,
            message: `no existe un caso con el folio «${m.caseFolio}» en el paquete ni en la base de datos`,
          },
        ],
  );
  if (problems.length > 0) throw new CasesVanished(problems);
}

async function storePackage(tx: Database, pkg: DataPackage): Promise<ImportCounts> {
  const counts: ImportCounts = {
    cases: zero(),
    followUps: { replacedCases: 0, inserted: 0, deleted: 0 },
    measures: zero(),
    actions: { replacedMeasures: 0, inserted: 0, deleted: 0 },
    informationRequests: zero(),
  };

  await upsertCases(tx, pkg.cases, counts.cases);
  const storedDates = await storedFollowUps(
    tx,
    pkg.cases.map((c) => c.folio),
  );
  const addDates: FollowUpRow[] = [];
  const dropDates: FollowUpRow[] = [];
  for (const c of pkg.cases) {
    const before = new Set(storedDates.get(c.folio) ?? []);
    const after = new Set(c.followUps);
    const added = [...after].filter((d) => !before.has(d));
    const dropped = [...before].filter((d) => !after.has(d));
    for (const d of added) addDates.push({ f: c.folio, d });
    for (const d of dropped) dropDates.push({ f: c.folio, d });
    if (added.length + dropped.length > 0) counts.followUps.replacedCases++;
  }
  counts.followUps.deleted = await deleteFollowUps(tx, dropDates);
  await insertFollowUps(tx, addDates);
  counts.followUps.inserted = addDates.length;

  await upsertMeasures(tx, pkg.measures, counts.measures);
  const storedSigs = await storedActionSignatures(
    tx,
    pkg.measures.map((m) => m.id),
  );
  const replaced: string[] = [];
  const changed: PackageMeasure[] = [];
  for (const m of pkg.measures) {
    const before = storedSigs.get(m.id) ?? '';
    if (actionSignature(m.actions) === before) continue;
    changed.push(m);
    if (before !== '') replaced.push(m.id);
  }
  counts.actions.replacedMeasures = changed.length;
  counts.actions.deleted = await deleteActionsOf(tx, replaced);
  // Flushed in batches: a national package holds millions of entries, never all as rows at once.
  let batch: ActionRow[] = [];
  for (const m of changed) {
    for (const a of m.actions) batch.push({ m: m.id, d: a.on, c: a.count });
    if (batch.length >= 20_000) {
      counts.actions.inserted += batch.length;
      await insertActions(tx, batch);
      batch = [];
    }
  }
  counts.actions.inserted += batch.length;
  await insertActions(tx, batch);

  await upsertRequests(tx, pkg.informationRequests, counts.informationRequests);
  return counts;
}
