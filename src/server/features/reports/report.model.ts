// The printable report, independent of the output format: sections made of headings,
// paragraphs, numbered tables (Cuadros) and numbered charts (Gráficas). The DOCX, XLSX and PDF
// writers and the web page all render this model, so they cannot disagree on content.
// (Type aliases rather than interfaces so the model fits the zod response schemas.)
import type { EChartsOption } from 'echarts';

export type HeaderCell = {
  text: string;
  colSpan?: number;
  rowSpan?: number;
};

export type TableBlock = {
  kind: 'table';
  /** Stable id ('casesByType'); used for sheet names and for the web. */
  id: string;
  /** Cuadro number, sequential over the whole report. */
  number: number;
  /** Caption without the "CUADRO n." prefix. */
  title: string;
  /** Header rows (merged cells via colSpan/rowSpan). */
  header: HeaderCell[][];
  /** Body rows, the last ones may be totals (see totalRows). */
  body: string[][];
  /** How many trailing body rows are totals (printed bold). */
  totalRows: number;
  /** Column alignment; missing means 'center'. */
  align?: Array<'left' | 'center' | 'right'>;
  /** Lines under the table: cut-off date, source, footnotes. */
  notes: string[];
};

export type ChartBlock = {
  kind: 'chart';
  id: string;
  /** Gráfica number, sequential over the whole report. */
  number: number;
  title: string;
  option: EChartsOption;
  width: number;
  height: number;
  notes: string[];
};

export type ParagraphBlock = {
  kind: 'paragraph';
  /** '<sectionId>.<key>' — the key staff use to replace the generated text. */
  id: string;
  text: string;
  /** True when the text comes from a staff override, not from the data. */
  edited?: boolean;
};

export type HeadingBlock = {
  kind: 'heading';
  id: string;
  text: string;
  /** "1.3" — assigned when the sections are built. */
  number?: string;
  /** 2 (default) numbers "3.1"; 3 numbers "3.1.1" under the last level-2 heading (seed 003 §3, §4). */
  level?: 2 | 3;
};

/** A photo (§9 annex): downscaled image data embedded as base64 (see images.ts) and its caption. */
export type ImageBlock = {
  kind: 'image';
  id: string;
  /** Printed under the image; the web's alt text. */
  caption: string;
  mime: 'image/jpeg' | 'image/png';
  /** Base64 of the downscaled image. */
  data: string;
  /** Pixel size of `data`. */
  width: number;
  height: number;
};

export type Block = TableBlock | ChartBlock | ParagraphBlock | HeadingBlock | ImageBlock;

export type SectionContent = {
  blocks: Block[];
};

export type BuiltSection = {
  id: string;
  /** "1", "2" — position among the built sections. */
  number: string;
  title: string;
  blocks: Block[];
};

export type InstitutionHeader = {
  /** Lines at the top of the cover and of every page header. */
  headerLines: string[];
  /** Full institution name on the cover. */
  name: string;
  /** Short name used in the narrative and the source line ("MPI CDMX"). */
  shortName: string;
};

export type ReportDocument = {
  title: string;
  subtitle: string;
  intro: string;
  institution: InstitutionHeader;
  period: { from: string; to: string };
  sections: BuiltSection[];
};

/** Narrative overrides staff save before issuing: replace generated paragraphs, add their own. */
export type NarrativeOverrides = {
  /** paragraph id -> replacement text ('' removes the paragraph). */
  paragraphs: Record<string, string>;
  /** section id -> paragraphs appended at the end of the section. */
  extra: Record<string, string[]>;
  /** Paragraph ids (generated or '<section>.extra.<i>') staff marked public (public version). */
  public?: string[];
};

export const DEFAULT_INSTITUTION: InstitutionHeader = {
  headerLines: [
    'GOBIERNO DE LA CIUDAD DE MÉXICO',
    'SECRETARÍA DE GOBIERNO',
    'MECANISMO DE PROTECCIÓN INTEGRAL DE PERSONAS DEFENSORAS DE DERECHOS HUMANOS Y PERIODISTAS',
    'DIRECCIÓN GENERAL',
  ],
  name: 'Mecanismo de Protección Integral de Personas Defensoras de Derechos Humanos y Periodistas de la Ciudad de México',
  shortName: 'MPI CDMX',
};
