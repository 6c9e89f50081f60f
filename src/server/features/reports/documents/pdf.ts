// PDF writer with pdfmake 0.2 on the server, using the PDF standard fonts (Helvetica; no font
// files to ship) and embedding the charts as SVG so they stay vector.
import { createRequire } from 'node:module';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ReportDocument, TableBlock } from '../report.model.js';
import { chartCaption, renderPdfSvgs, tableCaption } from './chartImages.js';

// pdfmake 0.2's Node entry is a CommonJS class; @types/pdfmake describes the 0.3 browser API.
interface PdfKitDocument extends NodeJS.ReadableStream {
  end(): void;
}
type PdfPrinterCtor = new (fonts: Record<string, Record<string, string>>) => {
  createPdfKitDocument(doc: TDocumentDefinitions): PdfKitDocument;
};
const PdfPrinter = createRequire(import.meta.url)('pdfmake') as PdfPrinterCtor;

const FONTS = {
  Helvetica: {
    normal: 'Helvetica',
    bold: 'Helvetica-Bold',
    italics: 'Helvetica-Oblique',
    bolditalics: 'Helvetica-BoldOblique',
  },
};
const GUINDA = '#9F2241';

function table(block: TableBlock): Content[] {
  const columns = block.header[0]!.reduce((n, h) => n + (h.colSpan ?? 1), 0);
  // Many columns on a portrait page: smaller type and padding, so that no word is wider than its
  // column and the table stays inside the margins (checked by rendering in margins.test.ts).
  const dense = columns > 8;
  const fontSize = dense ? 6 : undefined;
  // pdfmake wants a full grid: positions covered by a span hold empty cells.
  const grid: TableCell[][] = block.header.map(() => Array.from({ length: columns }, () => ({})));
  const covered = new Set<string>();
  block.header.forEach((hr, r) => {
    let col = 0;
    for (const h of hr) {
      while (col < columns && covered.has(`${r}:${col}`)) col++;
      grid[r]![col] = { text: h.text, colSpan: h.colSpan, rowSpan: h.rowSpan, style: 'th', fontSize };
      for (let dr = 0; dr < (h.rowSpan ?? 1); dr++)
        for (let dc = 0; dc < (h.colSpan ?? 1); dc++) covered.add(`${r + dr}:${col + dc}`);
      col += h.colSpan ?? 1;
    }
  });
  const header = grid;
  const firstTotal = block.body.length - block.totalRows;
  const body: TableCell[][] = block.body.map((r, i) =>
    r.map((v, j) => ({
      text: v,
      alignment: block.align?.[j] ?? 'center',
      bold: i >= firstTotal,
      style: 'td',
      fontSize,
    })),
  );
  const widths = Array.from({ length: columns }, (_, j) =>
    j === 0 ? (columns > 6 ? (dense ? 80 : 90) : '*') : columns > 6 ? '*' : 'auto',
  );
  // Tables wider than a portrait page (Cuadro of months) get a landscape page of their own.
  const wide = columns > 12;
  const parts: Content[] = [
    { text: tableCaption(block.number, block.title), style: 'caption' },
    {
      table: { headerRows: block.header.length, widths, body: [...header, ...body], dontBreakRows: true },
      layout: {
        paddingLeft: () => (dense ? 2 : 4),
        paddingRight: () => (dense ? 2 : 4),
        hLineWidth: () => 0.5,
        vLineWidth: () => 0.5,
        hLineColor: () => '#999999',
        vLineColor: () => '#999999',
        fillColor: (row: number) => (row < block.header.length ? GUINDA : null),
      },
    },
    ...block.notes.map((n): Content => ({ text: n, style: 'note' })),
  ];
  // A short table stays on one page with its caption and notes; a long one may break (its
  // header rows repeat).
  const kept: Content[] = block.body.length <= 25 ? [{ unbreakable: true, stack: parts }] : parts;
  if (!wide) return kept;
  return [
    { text: '', pageBreak: 'before', pageOrientation: 'landscape' },
    ...kept,
    { text: '', pageBreak: 'before', pageOrientation: 'portrait' },
  ];
}

interface NodeInfo {
  headlineLevel?: number;
  style?: unknown;
}
/** pdfmake 0.2 calls this with (node, followingNodesOnPage); the 0.3 typings describe another API. */
function breakBeforeOrphanHeading(node: NodeInfo, following: NodeInfo[]): boolean {
  return Boolean(node.headlineLevel) && !following.some((n) => n.style === 'p' || n.style === 'caption');
}

export async function writePdf(doc: ReportDocument): Promise<Buffer> {
  const svgs = renderPdfSvgs(doc);
  const content: Content[] = [
    ...doc.institution.headerLines.map((l): Content => ({ text: l, style: 'coverHeader' })),
    { text: doc.title, style: 'title', margin: [0, 200, 0, 24] },
    { text: doc.subtitle, style: 'subtitle' },
    // pdfmake fills in the page numbers of the headings marked tocItem.
    {
      toc: { title: { text: 'Contenido', style: 'h1' }, numberStyle: { bold: false } },
      pageBreak: 'before',
    } as Content,
    { text: doc.intro, style: 'p', pageBreak: 'before' },
    ...doc.sections.flatMap((s): Content[] => [
      {
        text: `${s.number}. ${s.title}.`,
        style: 'h1',
        headlineLevel: 1,
        tocItem: true,
        tocStyle: { bold: true },
        tocMargin: [0, 6, 0, 2],
      } as Content,
      ...s.blocks.flatMap((b): Content[] => {
        switch (b.kind) {
          case 'heading':
            return [
              {
                text: `${b.number} ${b.text}`,
                style: 'h2',
                headlineLevel: 2,
                tocItem: true,
                tocMargin: [b.level === 3 ? 32 : 16, 0, 0, 2],
              } as Content,
            ];
          case 'paragraph':
            return [{ text: b.text, style: 'p' }];
          case 'table':
            return table(b);
          case 'chart':
            // Caption, chart and notes stay on one page.
            return [
              {
                unbreakable: true,
                stack: [
                  { text: chartCaption(b.number, b.title), style: 'caption' },
                  { svg: svgs.get(b.id)!, width: 440, alignment: 'center' } as Content,
                  ...b.notes.map((n): Content => ({ text: n, style: 'note' })),
                ],
              },
            ];
          case 'image':
            // A photo of the annex; its caption is the paragraph that follows.
            return [
              {
                image: `data:${b.mime};base64,${b.data}`,
                fit: [340, 255],
                alignment: 'center',
                margin: [0, 8, 0, 4],
              } as Content,
            ];
        }
      }),
    ]),
  ];
  const definition: TDocumentDefinitions = {
    pageSize: 'LETTER',
    pageMargins: [56, 80, 56, 56],
    info: { title: doc.title, creator: doc.institution.shortName },
    defaultStyle: { font: 'Helvetica', fontSize: 10, lineHeight: 1.2 },
    header: (page: number) =>
      page === 1
        ? { text: '' }
        : {
            stack: doc.institution.headerLines.map((l) => ({
              text: l,
              fontSize: 7,
              color: GUINDA,
              alignment: 'right' as const,
            })),
            margin: [56, 24, 56, 0],
          },
    footer: (page: number) => ({ text: String(page), alignment: 'center', fontSize: 8, margin: [0, 20, 0, 0] }),
    content,
    // A heading never ends a page: it moves to the next one with the text it introduces.
    // (Page headers and footers are in `following` too, hence the check on body styles.)
    pageBreakBefore: breakBeforeOrphanHeading as unknown as TDocumentDefinitions['pageBreakBefore'],
    styles: {
      coverHeader: { alignment: 'center', bold: true, color: GUINDA, fontSize: 12, margin: [0, 0, 0, 4] },
      title: { alignment: 'center', bold: true, fontSize: 20 },
      subtitle: { alignment: 'center', fontSize: 13 },
      h1: { bold: true, fontSize: 13, color: GUINDA, margin: [0, 18, 0, 8] },
      h2: { bold: true, fontSize: 11, margin: [0, 12, 0, 6] },
      p: { alignment: 'justify', margin: [0, 0, 0, 8] },
      caption: { bold: true, fontSize: 9, alignment: 'center', margin: [0, 10, 0, 4] },
      th: { bold: true, color: 'white', fontSize: 7, alignment: 'center' },
      td: { fontSize: 7.5 },
      note: { fontSize: 7.5, margin: [0, 2, 0, 0] },
    },
  };
  const pdf = new PdfPrinter(FONTS).createPdfKitDocument(definition);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.end();
  return done;
}
