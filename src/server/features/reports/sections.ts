// Registry of report sections. A feature that wants a section in the bimonthly report adds a
// file `src/server/features/<feature>/<name>.report-section.ts` that calls
// `registerReportSection`; the report discovers those files (loadFeatureSections), so adding a
// richer section (e.g. transparency) touches only the registering feature — in the server and
// in the CLI alike. A registration replaces a fallback with the same id (see below).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Database } from '../../db/client.js';
import type { BimonthlyReport } from './report.contract.js';
import type { Block, BuiltSection, InstitutionHeader, NarrativeOverrides, SectionContent } from './report.model.js';

/** What a section may use: the period's contract data, the database and number allocators. */
export interface SectionContext {
  period: { from: string; to: string };
  data: BimonthlyReport;
  institution: InstitutionHeader;
  /** The database handle, for sections that need more than the contract tables. */
  db: unknown;
  /** Next Cuadro number (sequential over the report, in section order). */
  nextTable(): number;
  /** Next Gráfica number. */
  nextChart(): number;
}

/** What a section reads with: the report's one repeatable-read snapshot and the core tables. */
export interface SectionLoadContext {
  /** A transaction in the report's snapshot: every section sees the same state of the data. */
  db: Database;
  period: { from: string; to: string };
  /** The five core tables (cases, measures, requests) of the report JSON. */
  core: BimonthlyReport;
}

/** What a section builds with: no database, only numbering and the header. */
export interface SectionBuildContext {
  period: { from: string; to: string };
  institution: InstitutionHeader;
  core: BimonthlyReport;
  /** Next Cuadro number (sequential over the report, in section order). */
  nextTable(): number;
  /** Next Gráfica number. */
  nextChart(): number;
}

/**
 * A section of the bimonthly (and annual) report, registered in its feature's manifest:
 * `load` reads (inside the snapshot), `contract` gives the section's objects of the public report
 * JSON (shared/docs/interchange.md), `build` turns the loaded data into printable blocks (pure).
 * Orders follow seed 003: 100 bodies, 200 cases, 300 prevention, 400 liaison, 500 legal,
 * 600 administration, 700 transparency, 800 community, 850 monitoring, 900 photo annex.
 */
export interface ReportSection<D = unknown> {
  id: string;
  order: number;
  /** Upper-case title; a function when it names the institution. */
  title: string | ((ctx: SectionBuildContext) => string);
  load(ctx: SectionLoadContext): Promise<D>;
  contract?(data: D): Record<string, unknown>;
  build(data: D, ctx: SectionBuildContext): SectionContent;
}

/** The first generation of sections (build with database access); being moved to ReportSection. */
export interface LegacyReportSection {
  id: string;
  /** Position in the report (ascending); ties keep registration order. */
  order: number;
  /** Upper-case title; a function when it names the institution ("CASOS ATENDIDOS POR EL MPI CDMX"). */
  title: string | ((ctx: SectionContext) => string);
  build(ctx: SectionContext): SectionContent | Promise<SectionContent>;
}

const registry = new Map<string, { section: LegacyReportSection; fallback: boolean }>();

/**
 * Adds a section. `fallback: true` marks a default that any other registration with the same id
 * replaces, whatever the module load order (the reports feature registers its transparency
 * statistics this way so the transparency feature can supersede it).
 */
export function registerReportSection(section: LegacyReportSection, options: { fallback?: boolean } = {}): void {
  const fallback = options.fallback ?? false;
  const existing = registry.get(section.id);
  if (fallback && existing && !existing.fallback) return;
  registry.set(section.id, { section, fallback });
}

const FEATURES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const discovery = new Map<string, Promise<void>>();

/** Imports, once, every `<featuresDir>/<feature>/*.report-section.{ts,js}` (one level deep). */
export function loadFeatureSections(featuresDir = FEATURES_DIR): Promise<void> {
  let pending = discovery.get(featuresDir);
  if (!pending) {
    pending = (async () => {
      const features = fs
        .readdirSync(featuresDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort();
      for (const feature of features) {
        const files = fs
          .readdirSync(path.join(featuresDir, feature))
          .filter((f) => /\.report-section\.(ts|js)$/.test(f))
          .sort();
        for (const file of files) await import(pathToFileURL(path.join(featuresDir, feature, file)).href);
      }
    })();
    discovery.set(featuresDir, pending);
  }
  return pending;
}

export function reportSections(): LegacyReportSection[] {
  return [...registry.values()].map((r) => r.section).sort((a, b) => a.order - b.order);
}

/** Builds every registered section in order, numbering tables and charts across the report. */
export async function buildSections(
  base: Omit<SectionContext, 'nextTable' | 'nextChart'>,
  overrides: NarrativeOverrides = { paragraphs: {}, extra: {} },
  sections: LegacyReportSection[] = reportSections(),
): Promise<BuiltSection[]> {
  let tables = 0;
  let charts = 0;
  const ctx: SectionContext = { ...base, nextTable: () => ++tables, nextChart: () => ++charts };
  const built: BuiltSection[] = [];
  for (const [index, section] of sections.entries()) {
    const content = await section.build(ctx);
    const number = String(index + 1);
    let heading = 0;
    const blocks = applyOverrides(section.id, content.blocks, overrides).map((b) =>
      b.kind === 'heading' ? { ...b, number: `${number}.${++heading}` } : b,
    );
    const title = typeof section.title === 'function' ? section.title(ctx) : section.title;
    built.push({ id: section.id, number, title, blocks });
  }
  return built;
}

export function applyOverrides(sectionId: string, blocks: Block[], overrides: NarrativeOverrides): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const replacement = block.kind === 'paragraph' ? overrides.paragraphs[block.id] : undefined;
    if (block.kind !== 'paragraph' || replacement === undefined) out.push(block);
    else if (replacement.trim() !== '') out.push({ ...block, text: replacement, edited: true });
  }
  (overrides.extra[sectionId] ?? []).forEach((text, i) => {
    if (text.trim() !== '') out.push({ kind: 'paragraph', id: `${sectionId}.extra.${i}`, text, edited: true });
  });
  return out;
}
