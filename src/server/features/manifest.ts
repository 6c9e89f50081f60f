// The shape of a feature: one manifest per feature folder (`<feature>.feature.ts`), listed once in
// features/index.ts. Every central list of the server (routes, demo seeders, report sections,
// plan-indicator sources, data-package arrays, CLI commands) is derived from the manifests;
// buildRegistry refuses duplicates, and features.test.ts fails on an incomplete manifest.
import type { z } from 'zod';
import type { SharedFeature } from '../../common/feature.js';
import type { Database } from '../db/client.js';
import type { Command } from '../cli/runtime.js';
import type { App, AppDeps } from '../platform/deps.js';
import type { FieldCrypto } from '../platform/crypto/fields.js';
import type { ReportSection } from './reports/api.js';

/** Registers a feature's routes below /api. The registry gives the derived lists (report sections, …). */
export type FeaturePlugin = (app: App, deps: AppDeps, registry: FeatureRegistry) => Promise<void>;

/** Demo records for an empty embedded database; lower `order` runs first. Returns lines to print once. */
export interface DemoSeeder {
  name: string;
  order: number;
  seed(deps: AppDeps): Promise<string[]>;
}

export interface Period {
  from: string;
  to: string;
}

/**
 * A named, documented count over the product's records, for the annual plan's indicators
 * ("sessions of a body by type", "new cases by kind and procedure", …). `params` narrows it
 * (e.g. `{ body: 'cem', type: 'ordinary' }`); `measure` counts inside the given period, both days included.
 */
export interface IndicatorSource<P extends z.ZodType = z.ZodType> {
  /** '<feature>.<what>', e.g. 'bodies.sessions' */
  id: string;
  /** Spanish label and definition, shown to planning staff when they pick a source. */
  label: string;
  description: string;
  params: P;
  measure(db: Database, period: Period, params: z.output<P>): Promise<number>;
}

export interface PackageArrayContext {
  /** Present when the import may carry personal data (the operator asked for it). */
  crypto?: FieldCrypto;
  actor: { userId: string | null; username: string | null };
}

/**
 * One array of the `salvaguarda/v1` data package (shared/docs/interchange.md) that a feature owns.
 * The interchange feature validates every registered array (problems by JSON path), imports them
 * all-or-nothing and idempotently (matched by `idOf`), and exports them in `order`.
 */
export interface PackageArray<S extends z.ZodType = z.ZodType> {
  /** Name in the package, e.g. 'bodySessions'. */
  name: string;
  /** Position in the exported package, after the core arrays (cases 10, measures 20, requests 30). */
  order: number;
  /** One item (a strict object: unknown fields are errors). */
  item: S;
  idOf(item: z.output<S>): string;
  /** Checks across items and the database (unknown references…); problems by path below the item. */
  check?(db: Database, items: z.output<S>[]): Promise<Array<{ index: number; path: string; message: string }>>;
  /** Stores every item inside the import's transaction; unchanged items must not be rewritten. */
  import(tx: Database, items: z.output<S>[], ctx: PackageArrayContext): Promise<{ created: number; updated: number }>;
  /** Every record, canonical (sorted by id, nulls written), inside the export's snapshot. */
  export(tx: Database): Promise<z.output<S>[]>;
}

export interface CommandEntry {
  describe: string;
  load(): Promise<Command>;
}

export interface FeatureManifest {
  /** The folder name; equals shared.name. */
  name: string;
  /** Policies and error codes (src/common/features/<name>.ts), shared with the web. */
  shared: SharedFeature;
  routes?: FeaturePlugin;
  demo?: DemoSeeder;
  reportSections?: ReportSection[];
  indicatorSources?: IndicatorSource[];
  packageArrays?: PackageArray[];
  commands?: Record<string, CommandEntry>;
}

export interface FeatureRegistry {
  manifests: readonly FeatureManifest[];
  reportSections: ReportSection[];
  indicatorSources: Map<string, IndicatorSource>;
  packageArrays: PackageArray[];
  demoSeeders: DemoSeeder[];
  commands: Record<string, CommandEntry>;
}

function claim(seen: Map<string, string>, kind: string, key: string, owner: string): void {
  const previous = seen.get(`${kind}:${key}`);
  if (previous) throw new Error(`${kind} «${key}» is claimed by both ${previous} and ${owner}`);
  seen.set(`${kind}:${key}`, owner);
}

/** Derives the central lists from the manifests; throws when two features claim the same thing. */
export function buildRegistry(manifests: readonly FeatureManifest[]): FeatureRegistry {
  const seen = new Map<string, string>();
  for (const m of manifests) {
    if (m.name !== m.shared.name) throw new Error(`manifest ${m.name} shares the definitions of ${m.shared.name}`);
    claim(seen, 'feature', m.name, m.name);
    for (const key of Object.keys(m.shared.policies)) claim(seen, 'policy', key, m.name);
    for (const key of Object.keys(m.shared.errors)) claim(seen, 'error code', key, m.name);
    for (const s of m.reportSections ?? []) claim(seen, 'report section', s.id, m.name);
    for (const s of m.indicatorSources ?? []) claim(seen, 'indicator source', s.id, m.name);
    for (const a of m.packageArrays ?? []) claim(seen, 'package array', a.name, m.name);
    for (const c of Object.keys(m.commands ?? {})) claim(seen, 'command', c, m.name);
  }
  const all = <T>(pick: (m: FeatureManifest) => T[] | undefined) => manifests.flatMap((m) => pick(m) ?? []);
  return {
    manifests,
    reportSections: all((m) => m.reportSections).sort((a, b) => a.order - b.order),
    indicatorSources: new Map(all((m) => m.indicatorSources).map((s) => [s.id, s])),
    packageArrays: all((m) => m.packageArrays).sort((a, b) => a.order - b.order),
    demoSeeders: all((m) => (m.demo ? [m.demo] : [])).sort((a, b) => a.order - b.order),
    commands: Object.assign({}, ...manifests.map((m) => m.commands ?? {})),
  };
}
