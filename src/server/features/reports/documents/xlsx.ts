// XLSX writer: one sheet per Cuadro, numbers stored as numbers (zeros shown as "-" like the seed).
import ExcelJS from 'exceljs';
import type { ReportDocument, TableBlock } from '../report.model.js';
import { tableCaption } from './chartImages.js';

const GUINDA = 'FF9F2241';

/** "1,890" -> 1890, "-" -> 0; any other text stays text. */
function cellValue(s: string): string | number {
  if (s === '-') return 0;
  if (/^\d{1,3}(,\d{3})*$/.test(s)) return Number(s.replace(/,/g, ''));
  return s;
}

const FIRST_WIDTH = 44;
const OTHER_WIDTH = 12;
const FONT = { name: 'Arial', size: 9 };

/** Row height for wrapped text: spreadsheet programs do not grow rows written by exceljs. */
function rowHeight(cells: Array<{ text: string; width: number }>): number {
  const lines = Math.max(1, ...cells.map((c) => Math.ceil(c.text.length / Math.max(c.width * 1.1 - 1, 1))));
  return Math.max(15, lines * 12 + 3);
}

function addTable(book: ExcelJS.Workbook, block: TableBlock): void {
  const columns = block.header[0]!.reduce((n, h) => n + (h.colSpan ?? 1), 0);
  const widthOf = (col: number, span = 1) =>
    Array.from({ length: span }, (_, k) => (col + k === 1 ? FIRST_WIDTH : OTHER_WIDTH)).reduce((a, b) => a + b, 0);
  const sheet = book.addWorksheet(`Cuadro ${block.number}`, {
    // Printed like the report: landscape (letter is the default paper), all columns on one page width.
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.mergeCells(1, 1, 1, columns);
  const title = sheet.getCell(1, 1);
  title.value = tableCaption(block.number, block.title);
  title.font = { ...FONT, bold: true, size: 11 };
  title.alignment = { horizontal: 'center', wrapText: true };
  sheet.getRow(1).height = 32;

  // Header rows with merged cells: track cells already covered by a rowSpan from above.
  const covered = new Set<string>();
  block.header.forEach((hr, r) => {
    const rowIndex = r + 2;
    let col = 1;
    const heights: Array<{ text: string; width: number }> = [];
    for (const h of hr) {
      while (covered.has(`${rowIndex}:${col}`)) col++;
      const colSpan = h.colSpan ?? 1;
      const rowSpan = h.rowSpan ?? 1;
      if (colSpan > 1 || rowSpan > 1) sheet.mergeCells(rowIndex, col, rowIndex + rowSpan - 1, col + colSpan - 1);
      for (let dr = 0; dr < rowSpan; dr++)
        for (let dc = 0; dc < colSpan; dc++) covered.add(`${rowIndex + dr}:${col + dc}`);
      const c = sheet.getCell(rowIndex, col);
      c.value = h.text;
      c.font = { ...FONT, bold: true, color: { argb: 'FFFFFFFF' } };
      if (rowSpan === 1) heights.push({ text: h.text, width: widthOf(col, colSpan) });
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: GUINDA } };
      c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      col += colSpan;
    }
    sheet.getRow(rowIndex).height = rowHeight(heights);
  });

  const firstBody = block.header.length + 2;
  const firstTotal = block.body.length - block.totalRows;
  block.body.forEach((r, i) => {
    const row = sheet.getRow(firstBody + i);
    row.height = rowHeight(r.map((text, j) => ({ text, width: widthOf(j + 1) })));
    r.forEach((v, j) => {
      const c = row.getCell(j + 1);
      c.value = cellValue(v);
      if (typeof c.value === 'number') c.numFmt = '#,##0;-#,##0;"-"';
      c.alignment = { horizontal: block.align?.[j] ?? 'center', wrapText: true };
      c.font = { ...FONT, bold: i >= firstTotal };
      c.border = {
        top: { style: 'thin' },
        bottom: { style: 'thin' },
        left: { style: 'thin' },
        right: { style: 'thin' },
      };
    });
  });
  const notesStart = firstBody + block.body.length + 1;
  block.notes.forEach((n, i) => {
    const c = sheet.getCell(notesStart + i, 1);
    c.value = n;
    c.font = { ...FONT, size: 8, italic: n.startsWith('*') };
  });
  sheet.getColumn(1).width = FIRST_WIDTH;
  for (let j = 2; j <= columns; j++) sheet.getColumn(j).width = OTHER_WIDTH;
}

export async function writeXlsx(doc: ReportDocument): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = doc.institution.shortName;
  book.title = doc.title;
  for (const s of doc.sections) for (const b of s.blocks) if (b.kind === 'table') addTable(book, b);
  return Buffer.from(await book.xlsx.writeBuffer());
}
