// Report sections: each feature's manifest lists its sections (features/manifest.ts). The report
// loads them all in one repeatable-read snapshot, merges their objects into the report JSON and
// builds their printable blocks in `order`, numbering Cuadros and Gráficas across the report.
import type { Database } from '../../db/client.js';
import type { BimonthlyReport } from './report.contract.js';
import type { ReportKind } from './narrative/cover.js';
import type { Block, BuiltSection, InstitutionHeader, NarrativeOverrides, SectionContent } from './report.model.js';

/** What a section reads with: the report's one repeatable-read snapshot and the core tables. */
export interface SectionLoadContext {
  /** A transaction in the report's snapshot: every section sees the same state of the data. */
  db: Database;
  period: { from: string; to: string };
  /** The five core tables (cases, measures, requests) of the report JSON. */
  core: BimonthlyReport;
  /** Bimonthly or annual (a calendar year): the same sections, some only in one of them. */
  kind?: ReportKind;
}

/** What a section builds with: no database, only numbering and the header. */
export interface SectionBuildContext {
  period: { from: string; to: string };
  institution: InstitutionHeader;
  core: BimonthlyReport;
  kind?: ReportKind;
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
  /** The reports the section belongs to; every kind when absent. */
  kinds?: readonly ReportKind[];
  /** On by default; the report settings may switch it off (then neither its objects nor its blocks). */
  switchable?: boolean;
  load(ctx: SectionLoadContext): Promise<D>;
  contract?(data: D): Record<string, unknown>;
  build(data: D, ctx: SectionBuildContext): SectionContent;
}

/** A section and what its `load` returned inside the report's snapshot. */
export interface LoadedSection {
  section: ReportSection;
  data: unknown;
}

/** The sections of a kind of report, in order. */
export function sectionsFor(sections: readonly ReportSection[], kind: ReportKind): ReportSection[] {
  return sections.filter((s) => !s.kinds || s.kinds.includes(kind));
}

/** The sections left after the report settings' switches (only switchable sections can be off). */
export function enabledSections(sections: readonly ReportSection[], disabled: readonly string[]): ReportSection[] {
  const off = new Set(disabled);
  return sections.filter((s) => !(s.switchable && off.has(s.id)));
}

/** Loads every section in the given transaction (the caller's snapshot), in order. */
export async function loadSections(
  sections: readonly ReportSection[],
  ctx: SectionLoadContext,
): Promise<LoadedSection[]> {
  const loaded: LoadedSection[] = [];
  for (const section of sections) loaded.push({ section, data: await section.load(ctx) });
  return loaded;
}

/** The report JSON objects the sections contribute (public contract), merged in section order. */
export function sectionContracts(loaded: readonly LoadedSection[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { section, data } of loaded) {
    for (const [key, value] of Object.entries(section.contract?.(data) ?? {})) {
      if (key in out) throw new Error(`report object «${key}» is given by two sections`);
      out[key] = value;
    }
  }
  return out;
}

/** Builds every loaded section in order, numbering tables and charts across the report. */
export function buildSections(
  loaded: readonly LoadedSection[],
  base: Omit<SectionBuildContext, 'nextTable' | 'nextChart'>,
  overrides: NarrativeOverrides = { paragraphs: {}, extra: {} },
): BuiltSection[] {
  let tables = 0;
  let charts = 0;
  let footnotes = 0;
  const ctx: SectionBuildContext = { ...base, nextTable: () => ++tables, nextChart: () => ++charts };
  return loaded.map(({ section, data }, index) => {
    const content = section.build(data, ctx);
    const number = String(index + 1);
    let h2 = 0;
    let h3 = 0;
    // Each section numbers its footnotes from ¹; the document numbers them through (seed 003: ¹ ² in
    // Cuadro 3 … ⁴ ⁵ ⁶ in §5.2). Staff's own text (overrides) is printed as they wrote it.
    const numbered = renumberFootnotes(content.blocks, footnotes);
    footnotes += numbered.count;
    const blocks = applyOverrides(section.id, numbered.blocks, overrides).map((b) => {
      if (b.kind !== 'heading') return b;
      if (b.level === 3) return { ...b, number: `${number}.${Math.max(h2, 1)}.${++h3}` };
      h3 = 0;
      return { ...b, number: `${number}.${++h2}` };
    });
    const title = typeof section.title === 'function' ? section.title(ctx) : section.title;
    return { id: section.id, number, title, blocks };
  });
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

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const FOOTNOTE_MARK = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
const markValue = (mark: string) => Number([...mark].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join(''));
const markOf = (n: number) => [...String(n)].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('');

const FOOTNOTE_LINE = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+) /;

/**
 * Shifts a section's footnote marks (superscript numbers in its texts, cells and notes) by the
 * footnotes of the sections before it; `count` is the highest footnote the section defines. A
 * footnote is defined by a note or paragraph that starts with its mark ("¹ Se considera…"); other
 * superscripts (a "m²" in a record's title) are left alone.
 */
export function renumberFootnotes(blocks: Block[], offset: number): { blocks: Block[]; count: number } {
  const lines = blocks.flatMap((b) =>
    b.kind === 'paragraph' ? [b.text] : b.kind === 'table' || b.kind === 'chart' ? b.notes : [],
  );
  const defined = new Set(lines.flatMap((l) => FOOTNOTE_LINE.exec(l)?.[1] ?? []).map(markValue));
  const count = Math.max(0, ...defined);
  if (offset === 0 || count === 0) return { blocks, count };
  const shift = (text: string) =>
    text.replace(FOOTNOTE_MARK, (mark) => (defined.has(markValue(mark)) ? markOf(markValue(mark) + offset) : mark));
  const out = blocks.map((b): Block => {
    switch (b.kind) {
      case 'paragraph':
      case 'heading':
        return { ...b, text: shift(b.text) };
      case 'table':
        return {
          ...b,
          title: shift(b.title),
          header: b.header.map((row) => row.map((cell) => ({ ...cell, text: shift(cell.text) }))),
          body: b.body.map((row) => row.map(shift)),
          notes: b.notes.map(shift),
        };
      case 'chart':
        return { ...b, title: shift(b.title), notes: b.notes.map(shift) };
      case 'image':
        return { ...b, caption: shift(b.caption) };
    }
  });
  return { blocks: out, count };
}
