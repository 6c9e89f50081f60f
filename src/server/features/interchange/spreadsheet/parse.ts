import { convertSheets, type Converted } from './convert.js';
import { readCsv, readXlsx, type RawSheet, type SheetProblem } from './read.js';

export interface SpreadsheetFile {
  fileName: string;
  content: Buffer;
}

export interface Parsed extends Converted {
  problems: SheetProblem[];
}

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]); // zip

const unreadable = (fileName: string, message: string): SheetProblem => ({
  sheet: fileName,
  row: null,
  column: null,
  header: null,
  message,
});

/** XLSX workbook or one CSV table -> package records, with problems by sheet, row and column. */
export async function parseSpreadsheet(file: SpreadsheetFile): Promise<Parsed> {
  const problems: SheetProblem[] = [];
  const isXlsx = file.content.subarray(0, 4).equals(XLSX_MAGIC);
  let sheets: RawSheet[];
  try {
    sheets = isXlsx ? await readXlsx(file.content, problems) : readCsv(file.content, file.fileName, problems);
  } catch {
    problems.push(unreadable(file.fileName, 'no se pudo leer el archivo: use un libro XLSX o un archivo CSV'));
    sheets = [];
  }
  return { ...convertSheets(sheets, problems), problems };
}

export const tooComplex = (fileName: string): SheetProblem =>
  unreadable(
    fileName,
    'el archivo es demasiado grande o complejo para leerlo: divídalo en archivos más pequeños e impórtelos por separado',
  );
