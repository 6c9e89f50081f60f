import { isCalendarDate } from '../dates.js';
import type { ColumnDef, SheetKey } from './columns.js';
import type { RawSheet, SheetProblem } from './read.js';

/** Where a package record came from: sheet title, row, and the letter of each column. */
export interface Origin {
  sheet: string;
  row: number;
  columns: Record<string, { letter: string; header: string }>;
}

export interface Converted {
  raw: { format: 'salvaguarda/v1'; cases: unknown[]; measures: unknown[]; informationRequests: unknown[] };
  /** Package path prefix (`cases[3]`, `measures[0].actions[2]`) -> origin. */
  origins: Map<string, Origin>;
}

const pad = (n: number) => String(n).padStart(2, '0');
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date cell: a real date (exceljs gives UTC midnight), an Excel serial number, or text. */
export function cellDate(value: unknown): string | null {
  if (value instanceof Date)
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 200_000)
    return new Date(EXCEL_EPOCH + value * 86_400_000).toISOString().slice(0, 10);
  const text = String(value).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (dmy) return `${dmy[3]}-${pad(Number(dmy[2]))}-${pad(Number(dmy[1]))}`;
  return null;
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** One cell -> package value; `undefined` when empty or unreadable (the problem is recorded). */
function convertCell(def: ColumnDef, value: unknown, fail: (message: string) => void): unknown {
  if (blank(value)) return def.kind === 'dates' ? [] : undefined;
  switch (def.kind) {
    case 'text':
      return String(value instanceof Date ? cellDate(value) : value).trim();
    case 'date': {
      const d = cellDate(value);
      if (d === null || !isCalendarDate(d))
        return fail(`fecha no válida «${String(value)}»: use AAAA-MM-DD o DD/MM/AAAA`);
      return d;
    }
    case 'dates': {
      const parts =
        value instanceof Date || typeof value === 'number'
          ? [value]
          : String(value)
              .split(/[;\n]+/)
              .filter((p) => p.trim() !== '');
      const dates = parts.map(cellDate);
      const bad = parts.filter((_, i) => dates[i] === null || !isCalendarDate(dates[i]!));
      if (bad.length > 0)
        return fail(
          `fechas no válidas: ${bad.map((b) => `«${String(b).trim()}»`).join(', ')}; sepárelas con punto y coma`,
        );
      return dates;
    }
    case 'count': {
      const n = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(String(value)) ? Number(value) : NaN;
      if (!Number.isInteger(n) || n < 1) return fail(`«${String(value)}» no es un número entero mayor o igual a 1`);
      return n;
    }
    case 'choice': {
      const text = String(value)
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .trim();
      const code = def.values![text];
      if (code === undefined) return fail(`valor «${String(value).trim()}» no reconocido; use: ${def.hint}`);
      return code;
    }
  }
}

/** The rows of the sheets as one raw package (validated afterwards by validatePackage, like any package). */
export function convertSheets(sheets: RawSheet[], problems: SheetProblem[]): Converted {
  const raw: Converted['raw'] = { format: 'salvaguarda/v1', cases: [], measures: [], informationRequests: [] };
  const origins = new Map<string, Origin>();
  const byKey = (k: SheetKey) => sheets.filter((s) => s.def.key === k);
  const measureIndex = new Map<string, number>();

  const rowsOf = (key: SheetKey, fn: (record: Record<string, unknown>, origin: Origin) => void) => {
    for (const sheet of byKey(key)) {
      const columns = Object.fromEntries(
        sheet.columns.map((c) => [c.def.key, { letter: c.letter, header: c.def.header }]),
      );
      for (const { row, cells } of sheet.rows) {
        const record: Record<string, unknown> = {};
        for (const c of sheet.columns) {
          const value = convertCell(c.def, cells[c.index], (message) => {
            problems.push({ sheet: sheet.title, row, column: c.letter, header: c.def.header, message });
          });
          if (value !== undefined) record[c.def.key] = value;
        }
        fn(record, { sheet: sheet.title, row, columns });
      }
    }
  };

  rowsOf('cases', (r, origin) => {
    origins.set(`cases[${raw.cases.length}]`, origin);
    raw.cases.push(r);
  });
  rowsOf('measures', (r, origin) => {
    if (typeof r.id === 'string') measureIndex.set(r.id, raw.measures.length);
    origins.set(`measures[${raw.measures.length}]`, origin);
    raw.measures.push({ ...r, actions: [] });
  });
  rowsOf('actions', (r, origin) => {
    const { measureId, ...action } = r;
    const index = typeof measureId === 'string' ? measureIndex.get(measureId) : undefined;
    if (index === undefined) {
      if (typeof measureId === 'string')
        problems.push({
          sheet: origin.sheet,
          row: origin.row,
          column: origin.columns.measureId?.letter ?? null,
          header: 'ID de medida',
          message: `la medida «${measureId}» no está en la hoja Medidas`,
        });
      return;
    }
    const actions = (raw.measures[index] as { actions: unknown[] }).actions;
    origins.set(`measures[${index}].actions[${actions.length}]`, origin);
    actions.push(action);
  });
  rowsOf('requests', (r, origin) => {
    origins.set(`informationRequests[${raw.informationRequests.length}]`, origin);
    raw.informationRequests.push(r);
  });
  return { raw, origins };
}

/** A package problem (`cases[3].openedOn: …`) located back in the spreadsheet. */
export function locate(path: string, message: string, origins: Map<string, Origin>): SheetProblem {
  const m = /^((?:cases|measures|informationRequests)\[\d+\](?:\.actions\[\d+\])?)(?:\.(\w+))?/.exec(path);
  const origin = m ? origins.get(m[1]!) : undefined;
  if (!origin) return { sheet: '', row: null, column: null, header: null, message: `${path}: ${message}` };
  const column = m![2] ? origin.columns[m![2]] : undefined;
  return {
    sheet: origin.sheet,
    row: origin.row,
    column: column?.letter ?? null,
    header: column?.header ?? null,
    message,
  };
}
