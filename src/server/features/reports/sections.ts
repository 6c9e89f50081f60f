// Registry of report sections. A feature that wants a section in the bimonthly report calls
// `registerReportSection` from its own module; the report only walks this list, so adding a
// richer section (e.g. transparency) touches only the registering feature. A later
// registration with the same id replaces the earlier one (a feature can supersede a default).
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

export interface ReportSection {
  id: string;
  /** Position in the report (ascending); ties keep registration order. */
  order: number;
  title: string;
  build(ctx: SectionContext): SectionContent | Promise<SectionContent>;
}

const registry = new Map<string, { section: ReportSection; fallback: boolean }>();

/**
 * Adds a section. `fallback: true` marks a default that any other registration with the same id
 * replaces, whatever the module load order (the reports feature registers its transparency
 * statistics this way so the transparency feature can supersede it).
 */
export function registerReportSection(section: ReportSection, options: { fallback?: boolean } = {}): void {
  const fallback = options.fallback ?? false;
  const existing = registry.get(section.id);
  if (fallback && existing && !existing.fallback) return;
  registry.set(section.id, { section, fallback });
}

export function reportSections(): ReportSection[] {
  return [...registry.values()].map((r) => r.section).sort((a, b) => a.order - b.order);
}

/** Builds every registered section in order, numbering tables and charts across the report. */
export async function buildSections(
  base: Omit<SectionContext, 'nextTable' | 'nextChart'>,
  overrides: NarrativeOverrides = { paragraphs: {}, extra: {} },
  sections: ReportSection[] = reportSections(),
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
    built.push({ id: section.id, number, title: section.title, blocks });
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
