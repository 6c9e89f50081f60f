import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { countLines, MAX_ROWS, tooManyRows, zipUncompressedBytes } from './limits.js';
import { columnLetter, normalize, sheetForHeaders, sheetForTitle, type ColumnDef, type SheetDef } from './columns.js';

/** A problem located in the spreadsheet; row is the 1-based spreadsheet row, column its letter. */
export interface SheetProblem {
  sheet: string;
  row: number | null;
  column: string | null;
  header: string | null;
  message: string;
}

export interface RawSheet {
  def: SheetDef;
  title: string;
  /** Column definition -> letter, for the columns present. */
  columns: { def: ColumnDef; index: number; letter: string }[];
  rows: { row: number; cells: unknown[] }[];
}

const IGNORED_SHEETS = new Set([normalize('Instrucciones')]);

/** exceljs cell values: rich text, formulas and hyperlinks reduced to their plain value. */
function plain(value: unknown): unknown {
  if (value === null || value === undefined || value instanceof Date || typeof value !== 'object')
    return value ?? undefined;
  const v = value as { result?: unknown; richText?: { text: string }[]; text?: unknown };
  if ('result' in v) return plain(v.result);
  if (v.richText) return v.richText.map((t) => t.text).join('');
  if ('text' in v) return plain(v.text);
  return undefined;
}

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

function toSheet(
  title: string,
  header: unknown[],
  body: { row: number; cells: unknown[] }[],
  problems: SheetProblem[],
  def?: SheetDef,
): RawSheet | null {
  const headers = header.map((h) => (isBlank(h) ? '' : String(plain(h)).trim()));
  const sheetDef = def ?? sheetForHeaders(headers);
  if (!sheetDef) {
    problems.push({
      sheet: title,
      row: 1,
      column: null,
      header: null,
      message: 'no se reconoce la tabla: los encabezados no corresponden a Casos, Medidas, Acciones ni Solicitudes',
    });
    return null;
  }
  const columns: RawSheet['columns'] = [];
  headers.forEach((h, index) => {
    if (h === '') return;
    const colDef = sheetDef.columns.find((c) => normalize(c.header) === normalize(h));
    if (!colDef)
      problems.push({
        sheet: title,
        row: 1,
        column: columnLetter(index),
        header: h,
        message: `columna no reconocida en la hoja ${sheetDef.title}`,
      });
    else if (columns.some((c) => c.def === colDef))
      problems.push({ sheet: title, row: 1, column: columnLetter(index), header: h, message: 'columna repetida' });
    else columns.push({ def: colDef, index, letter: columnLetter(index) });
  });
  for (const c of sheetDef.columns) {
    if (c.required && !columns.some((x) => x.def === c))
      problems.push({
        sheet: title,
        row: 1,
        column: null,
        header: c.header,
        message: `falta la columna obligatoria «${c.header}»`,
      });
  }
  const rows = body.filter((r) => r.cells.some((c) => !isBlank(c)));
  return { def: sheetDef, title, columns, rows };
}

export async function readXlsx(buffer: Buffer, problems: SheetProblem[]): Promise<RawSheet[]> {
  const size = zipUncompressedBytes(buffer);
  if (!size.ok) {
    problems.push({ sheet: '', row: null, column: null, header: null, message: size.message });
    return [];
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const out: RawSheet[] = [];
  for (const ws of wb.worksheets) {
    if (IGNORED_SHEETS.has(normalize(ws.name))) continue;
    const def = sheetForTitle(ws.name);
    if (!def) {
      problems.push({
        sheet: ws.name,
        row: null,
        column: null,
        header: null,
        message: 'hoja no reconocida: use Casos, Medidas, Acciones o Solicitudes',
      });
      continue;
    }
    if (ws.rowCount > MAX_ROWS + 1) {
      problems.push({ sheet: ws.name, row: null, column: null, header: null, message: tooManyRows() });
      continue;
    }
    const header = ((ws.getRow(1).values as unknown[]) ?? []).slice(1);
    const body: { row: number; cells: unknown[] }[] = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      if (n > 1) body.push({ row: n, cells: ((row.values as unknown[]) ?? []).slice(1).map(plain) });
    });
    const sheet = toSheet(ws.name, header, body, problems, def);
    if (sheet) out.push(sheet);
  }
  return out;
}

/** UTF-8 (with or without BOM); falls back to Windows-1252, what Excel writes for "CSV" in Spanish. */
function decode(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(buffer);
  }
}

export function readCsv(buffer: Buffer, fileName: string, problems: SheetProblem[]): RawSheet[] {
  if (countLines(buffer) > MAX_ROWS + 1) {
    problems.push({ sheet: fileName, row: null, column: null, header: null, message: tooManyRows() });
    return [];
  }
  const parsed = Papa.parse<string[]>(decode(buffer), { skipEmptyLines: false });
  // Empty lines are kept so row numbers match what a spreadsheet program shows.
  const [header, ...rest] = parsed.data;
  if (!header || header.every((h) => h.trim() === '')) {
    problems.push({ sheet: fileName, row: null, column: null, header: null, message: 'el archivo está vacío' });
    return [];
  }
  const sheet = toSheet(
    fileName,
    header,
    rest.map((cells, i) => ({ row: i + 2, cells })),
    problems,
  );
  return sheet ? [sheet] : [];
}
