// DOCX writer: cover, contents, numbered sections, Cuadros and Gráficas with captions, and the
// institution's header lines on every page — the layout of seed 003.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import type { DocumentOptions } from './index.js';
import type { ImageBlock, ReportDocument, TableBlock } from '../report.model.js';
import { chartCaption, renderPngs, tableCaption } from './chartImages.js';

const GUINDA = '9F2241';
const FONT = 'Arial';

const text = (t: string, opts: { bold?: boolean; size?: number; color?: string; italics?: boolean } = {}) =>
  new TextRun({
    text: t,
    font: FONT,
    bold: opts.bold,
    italics: opts.italics,
    size: opts.size ?? 22,
    color: opts.color,
  });

const note = (t: string) => new Paragraph({ spacing: { after: 40 }, children: [text(t, { size: 16 })] });

/** A photo fitted in 450 × 340 px (about 12 × 9 cm) keeping its aspect ratio. */
function imageRun(b: ImageBlock): ImageRun {
  const scale = Math.min(1, 450 / b.width, 340 / b.height);
  const transformation = { width: Math.round(b.width * scale), height: Math.round(b.height * scale) };
  const data = Buffer.from(b.data, 'base64');
  return new ImageRun({ type: b.mime === 'image/png' ? 'png' : 'jpg', data, transformation, altText: altText(b) });
}
const altText = (b: ImageBlock) => ({ name: b.id, title: b.caption, description: b.caption });

const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const borders = { top: border, bottom: border, left: border, right: border };

// Letter page (12240 twips) minus the default 1-inch margins.
const PAGE_WIDTH = 9360;

/** Fixed column widths: the label column gets room, the number columns share the rest. */
function columnWidths(columns: number): number[] {
  if (columns <= 1) return [PAGE_WIDTH];
  const first = columns > 8 ? 1900 : columns > 4 ? 2400 : Math.round(PAGE_WIDTH / 2);
  const rest = Math.floor((PAGE_WIDTH - first) / (columns - 1));
  return [first, ...Array.from({ length: columns - 1 }, () => rest)];
}

function cell(
  t: string,
  opts: {
    header?: boolean;
    bold?: boolean;
    colSpan?: number;
    rowSpan?: number;
    align?: 'left' | 'center' | 'right';
    size?: number;
  },
) {
  const align =
    opts.align === 'left' ? AlignmentType.LEFT : opts.align === 'right' ? AlignmentType.RIGHT : AlignmentType.CENTER;
  return new TableCell({
    columnSpan: opts.colSpan,
    rowSpan: opts.rowSpan,
    borders,
    verticalAlign: VerticalAlign.CENTER,
    shading: opts.header ? { type: ShadingType.CLEAR, color: 'auto', fill: GUINDA } : undefined,
    margins: { top: 30, bottom: 30, left: 50, right: 50 },
    // One paragraph a line: a cell listing topics ("Temas abordados" of Cuadros 1 and 2) prints
    // each item and group heading on its own line, as seed 003 does.
    children: t.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: opts.header ? AlignmentType.CENTER : align,
          children: [
            text(line, {
              size: opts.size ?? 15,
              bold: opts.header || opts.bold,
              color: opts.header ? 'FFFFFF' : undefined,
            }),
          ],
        }),
    ),
  });
}

function table(block: TableBlock): Array<Paragraph | Table> {
  const firstTotal = block.body.length - block.totalRows;
  const columns = block.header[0]!.reduce((n, h) => n + (h.colSpan ?? 1), 0);
  // The twelve-month table needs a smaller type to keep "Septiembre" on one line.
  const size = columns > 12 ? 12 : 15;
  const rows = [
    ...block.header.map(
      (hr) =>
        new TableRow({
          tableHeader: true,
          children: hr.map((h) => cell(h.text, { header: true, colSpan: h.colSpan, rowSpan: h.rowSpan, size })),
        }),
    ),
    ...block.body.map(
      (r, i) =>
        new TableRow({
          cantSplit: true,
          children: r.map((c, j) => cell(c, { bold: i >= firstTotal, align: block.align?.[j], size })),
        }),
    ),
  ];
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 200, after: 80 },
      keepNext: true,
      children: [text(tableCaption(block.number, block.title), { bold: true, size: 20 })],
    }),
    new Table({
      rows,
      layout: TableLayoutType.FIXED,
      columnWidths: columnWidths(columns),
      width: { size: PAGE_WIDTH, type: WidthType.DXA },
    }),
    ...block.notes.map(note),
  ];
}

export async function writeDocx(doc: ReportDocument, options: DocumentOptions = {}): Promise<Buffer> {
  const pngs = renderPngs(doc);
  const header = new Header({
    children: doc.institution.headerLines.map(
      (l, i) =>
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          children: [text(l, { size: 14, bold: i === 0, color: GUINDA })],
        }),
    ),
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ font: FONT, size: 16, children: [PageNumber.CURRENT] })],
      }),
    ],
  });

  const cover = [
    ...doc.institution.headerLines.map(
      (l) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 60 },
          children: [text(l, { bold: true, color: GUINDA, size: 24 })],
        }),
    ),
    new Paragraph({
      spacing: { before: 2400, after: 400 },
      alignment: AlignmentType.CENTER,
      children: [text(doc.title, { bold: true, size: 36 })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [text(doc.subtitle, { size: 26 })] }),
  ];

  // A TOC field over the heading styles: docx fills in its entries from the headings and, with the
  // estimated layout, their page numbers, so the contents page is right before Word updates it.
  const contents = [
    new Paragraph({
      pageBreakBefore: true,
      spacing: { after: 200 },
      children: [text('Contenido', { bold: true, size: 28 })],
    }),
    new TableOfContents('Contenido', { hyperlink: true, headingStyleRange: '1-3' }),
  ];

  const body = [
    new Paragraph({ pageBreakBefore: true, alignment: AlignmentType.JUSTIFIED, children: [text(doc.intro)] }),
    ...doc.sections.flatMap((s) => [
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        spacing: { before: 400, after: 200 },
        children: [text(`${s.number}. ${s.title}.`, { bold: true, size: 26, color: GUINDA })],
      }),
      ...s.blocks.flatMap((b): Array<Paragraph | Table> => {
        switch (b.kind) {
          case 'heading':
            return [
              new Paragraph({
                heading: b.level === 3 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2,
                spacing: { before: 240, after: 120 },
                keepNext: true,
                children: [text(`${b.number} ${b.text}`, { bold: true, size: 24, color: '000000' })],
              }),
            ];
          case 'paragraph':
            return [
              new Paragraph({
                alignment: AlignmentType.JUSTIFIED,
                spacing: { after: 160, line: 300 },
                children: [text(b.text)],
              }),
            ];
          case 'table':
            return table(b);
          case 'chart': {
            // Printed at 16 cm wide keeping the chart's aspect ratio.
            const width = 600;
            const height = Math.round((width * b.height) / b.width);
            return [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                spacing: { before: 200, after: 80 },
                keepNext: true,
                children: [text(chartCaption(b.number, b.title), { bold: true, size: 20 })],
              }),
              new Paragraph({
                alignment: AlignmentType.CENTER,
                keepNext: true,
                children: [new ImageRun({ type: 'png', data: pngs.get(b.id)!, transformation: { width, height } })],
              }),
              ...b.notes.map(note),
            ];
          }
          case 'image':
            // A photo of the annex, at most 12 cm wide; its caption is the paragraph that follows.
            return [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                spacing: { before: 200, after: 80 },
                keepNext: true,
                children: [imageRun(b)],
              }),
            ];
        }
      }),
    ]),
  ];

  const document = new Document({
    title: doc.title,
    creator: doc.institution.shortName,
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    // Page numbers of the contents page worked out from the layout (best guess where it cannot be
    // exact) for issued versions; a draft asks Word to update the field when it opens.
    ...(options.contentsPageNumbers
      ? { pageNumbers: estimatePageNumbersWith({ guess: true }) }
      : { features: { updateFields: true } }),
    sections: [
      {
        properties: { titlePage: true },
        headers: { default: header },
        footers: { default: footer },
        children: [...cover, ...contents, ...body],
      },
    ],
  });
  return Packer.toBuffer(document);
}
