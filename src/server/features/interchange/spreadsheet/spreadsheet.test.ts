import { describe, expect, it } from 'vitest';
import { columnLetter } from './columns.js';
import { cellDate, convertSheets } from './convert.js';
import { readCsv, type SheetProblem } from './read.js';

describe('spreadsheet cells', () => {
  it('reads dates written in the ways historical spreadsheets hold them', () => {
    expect(cellDate(new Date(Date.UTC(2024, 1, 29)))).toBe('2024-02-29');
    expect(cellDate(45351)).toBe('2024-02-29'); // Excel serial number
    expect(cellDate('29/02/2024')).toBe('2024-02-29');
    expect(cellDate('5.1.2024')).toBe('2024-01-05');
    expect(cellDate('2024-02-29')).toBe('2024-02-29');
    expect(cellDate('febrero 2024')).toBeNull();
  });

  it('names columns like a spreadsheet program', () => {
    expect([0, 25, 26, 27, 701].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ']);
  });
});

describe('CSV tables', () => {
  it('reads a Windows-1252 CSV (Excel in Spanish) and maps Spanish values to codes', () => {
    const text =
      'Folio;Tipo;Procedimiento;Perfil;Identidad;Fecha de apertura\r\nMPI-2019-001;INCORPORACIÓN;ordinario;Persona defensora;mujer;14/05/2019\r\n';
    const problems: SheetProblem[] = [];
    const sheets = readCsv(Buffer.from(text, 'latin1'), 'casos.csv', problems);
    const { raw } = convertSheets(sheets, problems);
    expect(problems).toEqual([]);
    expect(raw.cases).toEqual([
      {
        folio: 'MPI-2019-001',
        kind: 'incorporation',
        procedure: 'ordinary',
        profile: 'defender',
        identity: 'woman',
        openedOn: '2019-05-14',
      },
    ]);
  });

  it('reports unknown and missing columns and unreadable cells with row and column', () => {
    const text = 'Folio,Fecha de recepción,Color\n090171124000001,31/02/2024,azul\n\n090171124000002,2024-01-02,rojo\n';
    const problems: SheetProblem[] = [];
    const { raw } = convertSheets(readCsv(Buffer.from(text), 'solicitudes.csv', problems), problems);
    expect(problems.map((p) => `${p.row}${p.column ?? ''} ${p.header}: ${p.message}`)).toEqual([
      '1C Color: columna no reconocida en la hoja Solicitudes',
      '1 Tipo de solicitud: falta la columna obligatoria «Tipo de solicitud»',
      expect.stringMatching(/^2B Fecha de recepción: fecha no válida «31\/02\/2024»/),
    ]);
    expect(raw.informationRequests).toHaveLength(2); // the blank line 3 is skipped, line 4 keeps its number
  });
});
