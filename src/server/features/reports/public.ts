// The public version of a report (issue 15): for the transparency portal and the institution's
// site. Pure transformation of the printable model:
// - every count of a table about people between 1 and 2 is printed "<3" (the rule is stated in a
//   note under the table and at the start of the document);
// - columns of free text or names (session topics, activity objectives, who a workshop was for)
//   are masked; a column of "generic label “title”" keeps only the generic label ("Taller virtual");
// - headings taken from records' text (a community programme's quoted name) are left out;
// - no paragraph is printed unless staff marked it public (its id in `overrides.public`):
//   generated sentences carry small counts in words ("una mujer"), so they are left out too;
// - charts are left out (their data carry the small counts);
// - a table the policy below does not know is left out (deny by default).
import type { Block, ReportDocument, TableBlock } from './report.model.js';

export const SMALL_CELL = '<3';
export const SMALL_CELL_NOTE =
  'Versión pública: las cifras de 1 y 2 que se refieren a personas se muestran como «<3» para proteger su identidad.';
export const PUBLIC_INTRO =
  'Versión pública del informe. Se omiten nombres, folios de casos, textos libres no autorizados para su publicación y gráficas; las cifras de 1 y 2 que se refieren a personas se muestran como «<3».';
const MASK = '—';

interface TablePolicy {
  /** Counts of people, cases of people or things people did: small counts are suppressed. */
  people: boolean;
  /** Body columns of free text or names, masked. */
  mask?: number[];
  /**
   * Body columns that print a generic label and a record's own title in quotes ("Taller virtual
   * “…”"): only the generic label is kept (the title is free text staff typed).
   */
  labelOnly?: number[];
}

/** Table ids (exact, or a prefix ending in '.') and what the public version prints of them. */
export const PUBLIC_TABLES: Record<string, TablePolicy> = {
  'bodies.': { people: false, mask: [3] },
  casesByType: { people: true },
  incorporationsByMonth: { people: true },
  incorporationsByYear: { people: true },
  measures: { people: true },
  selfProtectionWorkshops: { people: true, mask: [1] },
  preventionActions: { people: true, mask: [2], labelOnly: [0] },
  'legal.contracts.': { people: false },
  'administration.deliverables': { people: false },
  informationRequests: { people: true },
  'monitoring.': { people: true },
  'annual.comparison': { people: true, mask: [3] },
  'annual.months': { people: true },
  'planning.': { people: true },
};

export function tablePolicy(id: string): TablePolicy | null {
  if (PUBLIC_TABLES[id]) return PUBLIC_TABLES[id];
  const prefix = Object.keys(PUBLIC_TABLES).find((k) => k.endsWith('.') && id.startsWith(k));
  return prefix ? PUBLIC_TABLES[prefix]! : null;
}

/** "1" and "2" (a count) become "<3"; anything else is kept. */
export function suppressCell(cell: string): string {
  return /^[12]$/.test(cell.trim()) ? SMALL_CELL : cell;
}

/** "Taller virtual “Mujeres al centro”" → "Taller virtual"; a cell with no generic part is masked. */
export function genericLabel(cell: string): string {
  const label = cell.split(/[“"«]/)[0]!.trim();
  return label === '' || label === cell.trim() ? MASK : label;
}

/**
 * Headings whose text comes from the records (a community programme's quoted name, taken from the
 * convening institution staff typed): left out like the paragraphs under them.
 */
export const RECORD_HEADINGS = ['community.programme'];

function publicTable(t: TableBlock, policy: TablePolicy): TableBlock {
  const body = t.body.map((row, i) =>
    row.map((cell, j) => {
      if (policy.mask?.includes(j)) return MASK;
      // Total rows print "Totales" in the first column: a fixed word, kept.
      if (policy.labelOnly?.includes(j)) return i >= t.body.length - t.totalRows ? cell : genericLabel(cell);
      // The first column is the row's label (a year, a month number): never a count.
      return policy.people && j > 0 ? suppressCell(cell) : cell;
    }),
  );
  const changed = policy.people && body.some((r) => r.includes(SMALL_CELL));
  // Footnotes may quote free text; the Corte and Fuente lines are kept.
  const notes = t.notes.filter((n) => /^(\*Corte|\*Información|Fuente:)/.test(n));
  return { ...t, body, notes: changed ? [...notes, SMALL_CELL_NOTE] : notes };
}

export function publicDocument(doc: ReportDocument, publicIds: readonly string[] = []): ReportDocument {
  const marked = new Set(publicIds);
  return {
    ...doc,
    title: `${doc.title} — VERSIÓN PÚBLICA`,
    intro: PUBLIC_INTRO,
    sections: doc.sections.map((s) => ({
      ...s,
      blocks: s.blocks.flatMap((b): Block[] => {
        switch (b.kind) {
          case 'heading':
            return RECORD_HEADINGS.some((prefix) => b.id.startsWith(prefix)) ? [] : [b];
          case 'paragraph':
            return marked.has(b.id) ? [b] : [];
          case 'chart':
            return [];
          case 'image':
            // Photos of events show people who could be identified; the seeds say nothing about
            // publishing them, so they stay in the staff version only.
            return [];
          case 'table': {
            const policy = tablePolicy(b.id);
            return policy ? [publicTable(b, policy)] : [];
          }
        }
      }),
    })),
  };
}
