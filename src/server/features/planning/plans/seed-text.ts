// Reads the printed indicator sheets of a seed plan (shared/seeds/001, Markdown extracted from the
// PDF): `**Label:** value` paragraphs below numbered headings. Used by the tests to compare every
// shipped sheet with the seed text, field by field, and to regenerate the data file.

/** The seed's Markdown noise removed: `$M1$` → `M1`, `\*` → `*`, `$\times 100$` → `× 100`, spaces collapsed. */
export function normalizeSeedText(s: string): string {
  return s
    .replace(/\$\\times\s*/g, '× ')
    .replace(/\\text\{([^}]*)\}/g, '$1')
    .replace(/\$/g, '')
    .replace(/\\\*/g, '*')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export const SHEET_LABELS = {
  goal: 'Meta programada',
  name: 'Indicadores',
  dimension: 'Dimensión para medir',
  definition: 'Definición del indicador',
  formula: 'Método de cálculo con variable de la fórmula',
  unit: 'Unidad de medida',
  baseline: 'Línea base',
  responsible: 'Responsables',
  source: 'Fuente de información',
  description: 'Descripción',
} as const;

/** Wordings of the same label in other seeds (000 prints "Dimensión por medir"). */
const LABEL_VARIANTS: Record<string, SheetField> = { 'Dimensión por medir': 'dimension' };

export type SheetField = keyof typeof SHEET_LABELS;

export interface SeedHeading {
  code: string;
  title: string;
  line: number;
  fields: Partial<Record<SheetField, string>>;
  /** Text of an "OBJETIVO" heading's paragraph below a programme heading. */
  objective?: string;
}

const ALL_LABELS = [...Object.values(SHEET_LABELS), ...Object.keys(LABEL_VARIANTS)];
const LABEL_RE = new RegExp(`^(?:\\*\\*)?(${ALL_LABELS.join('|')}):(?:\\*\\*)?\\s*(.*)$`);
/** A second label glued on the same printed line (000 L56: "Línea base: … Meta programada: …"). */
const GLUED_RE = new RegExp(`\\s(?=(?:${ALL_LABELS.join('|')}):)`);

function fieldOf(label: string): SheetField {
  return LABEL_VARIANTS[label] ?? (Object.keys(SHEET_LABELS) as SheetField[]).find((k) => SHEET_LABELS[k] === label)!;
}

/**
 * Headings with a printed code ("1.1.1", "a)" → "1.2.2 a)", "6.") and the labelled fields below each.
 * `plainHeadings`: headings printed as plain short lines ("1. Capacitaciones", seed 000) instead of Markdown.
 */
export function readSeedSheets(
  text: string,
  fromLine: number,
  toLine: number,
  opts: { plainHeadings?: boolean } = {},
): SeedHeading[] {
  const lines = text.split('\n');
  const out: SeedHeading[] = [];
  let current: SeedHeading | undefined;
  let lastNumbered = '';
  let awaitingObjective = false;
  for (let i = fromLine - 1; i < Math.min(toLine, lines.length); i++) {
    const raw = lines[i]!;
    const heading = /^#+\s+(.*)$/.exec(raw) ?? (opts.plainHeadings ? /^(\d+\.\s+\S.{0,60})$/.exec(raw.trim()) : null);
    if (heading) {
      const h = heading[1]!.trim();
      const numbered = /^(\d+(?:\.\d+)*)\.?\s+(.*)$/.exec(h);
      const lettered = /^([a-z]\))\s+(.*)$/.exec(h);
      if (numbered) {
        lastNumbered = numbered[1]!;
        current = { code: numbered[1]!, title: normalizeSeedText(numbered[2]!), line: i + 1, fields: {} };
        out.push(current);
      } else if (lettered) {
        const parent = lastNumbered.split(' ')[0]!;
        current = { code: `${parent} ${lettered[1]}`, title: normalizeSeedText(lettered[2]!), line: i + 1, fields: {} };
        out.push(current);
      } else if (/^OBJETIVO$/i.test(h)) awaitingObjective = true;
      continue;
    }
    if (awaitingObjective && raw.trim()) {
      if (current) current.objective = normalizeSeedText(raw);
      awaitingObjective = false;
      continue;
    }
    // Each field is one printed line (some labels lost their bold in the extraction).
    for (const part of raw.trim().split(GLUED_RE)) {
      const m = LABEL_RE.exec(part);
      if (m && current) current.fields[fieldOf(m[1]!)] = normalizeSeedText(m[2]!);
    }
  }
  return out;
}

/** Labels of an action of the 2020 plan (seed 002), which prints no indicator sheet. */
export const ACTION_LABELS = [
  'Descripción',
  'Meta',
  'Indicador',
  'Actividades',
  'Responsables',
  'Observaciones',
] as const;
export type ActionField = (typeof ACTION_LABELS)[number];

export interface SeedAction {
  code: string;
  title: string;
  line: number;
  /** Each label's text; continuation lines (III.I's second indicator, the activity list) joined by " • ". */
  fields: Partial<Record<ActionField, string>>;
}

const ACTION_HEADING_RE = /^((?:I{1,3}\.\s?[IVX]+)|\d+(?:\.\d+)*)\.?\s+(\S.*)$/;
const ACTION_LABEL_RE = new RegExp(`^(?:\\*\\*)?(${ACTION_LABELS.join('|')}):(?:\\*\\*)?\\s*(.*)$`);

/**
 * The actions of seed 002: a heading with its printed code ("I. IV" → "I.IV", "4.6." → "4.6")
 * directly followed by labelled paragraphs (a heading without "Descripción:" or "Meta:" within the
 * next lines is an index entry, not an action).
 */
export function readSeedActions(text: string, fromLine: number, toLine: number): SeedAction[] {
  const lines = text.split('\n');
  const out: SeedAction[] = [];
  let current: SeedAction | undefined;
  let field: ActionField | undefined;
  const isLabel = (l: string | undefined) => l !== undefined && /^(Descripción|Meta):/.test(l.trim());
  // 2.3.1 prints an unlabelled paragraph (its description) between the heading and "Meta:".
  const startsAction = (i: number) => {
    const next = lines.slice(i + 1, i + 8).filter((l) => l.trim());
    return isLabel(next[0]) || (!ACTION_HEADING_RE.test(next[0]?.trim() ?? '') && isLabel(next[1]));
  };
  const clean = (s: string) => normalizeSeedText(s.replace(/\*\*/g, ''));
  for (let i = fromLine - 1; i < Math.min(toLine, lines.length); i++) {
    const raw = lines[i]!.trim();
    if (!raw) continue;
    const heading = ACTION_HEADING_RE.exec(raw);
    if (heading && startsAction(i)) {
      current = {
        code: heading[1]!.replace(/\s+/g, ''),
        title: normalizeSeedText(heading[2]!),
        line: i + 1,
        fields: {},
      };
      out.push(current);
      field = startsAction(i) && !isLabel(lines.slice(i + 1).find((l) => l.trim())) ? 'Descripción' : undefined;
      continue;
    }
    if (!current) continue;
    const label = ACTION_LABEL_RE.exec(raw);
    if (label) {
      field = label[1] as ActionField;
      const value = clean(label[2]!);
      if (value) current.fields[field] = value;
      continue;
    }
    // A heading, a cronograma or a page header ends the action.
    if (/^(Cronograma|Objetivo|OBJETIVO|GOBIERNO|MPI CDMX|\*\*|\d+$)/.test(raw) || raw.includes('\t') || heading) {
      field = undefined;
      continue;
    }
    if (field === 'Indicador' || field === 'Actividades') {
      const value = clean(raw.replace(/^-\s+/, ''));
      current.fields[field] = current.fields[field] ? `${current.fields[field]} • ${value}` : value;
    } else if (field) {
      const prev = current.fields[field];
      current.fields[field] = prev ? `${prev} ${clean(raw)}` : clean(raw);
    }
  }
  return out;
}
