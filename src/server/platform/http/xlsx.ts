// One-sheet spreadsheet downloads of a filtered list (exceljs): a bold, frozen header row, columns
// sized to their content, and the download headers. Routes that use it declare `fileResponse: true`.
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { sendFile } from '../files/upload.js';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type Cell = string | number | null;

export async function tableWorkbook(sheet: string, header: string[], rows: Cell[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Salvaguarda';
  const ws = wb.addWorksheet(sheet.slice(0, 31));
  ws.addRow(header).font = { bold: true };
  for (const r of rows) ws.addRow(r.map((v) => v ?? ''));
  ws.columns.forEach((c, i) => {
    const widths = [header[i] ?? '', ...rows.map((r) => String(r[i] ?? ''))].map((s) => s.length + 2);
    c.width = Math.min(60, Math.max(12, ...widths));
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function sendXlsx(reply: FastifyReply, bytes: Buffer, name: string) {
  return sendFile(reply, { bytes, mediaType: XLSX_MEDIA_TYPE, fileName: `${name}.xlsx` });
}
