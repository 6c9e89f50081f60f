import ExcelJS from 'exceljs';
import { SHEETS } from './columns.js';

/** Choices shown as drop-down lists in the template (the first Spanish spelling of each code). */
const LISTS: Record<string, string[]> = {
  kind: ['Incorporación', 'Atención o canalización', 'Colaboración con el Mecanismo Federal'],
  procedure: ['Ordinario', 'Extraordinario'],
  profile: ['Defensora', 'Periodista'],
  identity: ['Mujer', 'Hombre', 'LGBTTTI', 'Colectivo'],
  type: ['Preventiva', 'Protección', 'Protección urgente', 'Social'],
  admissible: ['Sí', 'No'],
};
const REQUEST_KINDS = ['Pública', 'ARCO'];

/** The downloadable XLSX template: instructions, then one sheet per table with its headers. */
export async function spreadsheetTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Salvaguarda';
  const help = wb.addWorksheet('Instrucciones');
  help.columns = [{ width: 24 }, { width: 30 }, { width: 90 }];
  help.addRow(['Plantilla de carga de datos históricos (formato salvaguarda/v1)']).font = { bold: true, size: 14 };
  help.addRow([
    'Llene una fila por registro en cada hoja. Las hojas vacías se ignoran. Antes de guardar, el sistema muestra una vista previa con los problemas por hoja, fila y columna; si hay uno solo, no se guarda nada.',
  ]);
  help.addRow(['Volver a cargar la misma hoja no duplica datos: los registros se identifican por su folio o ID.']);
  help.addRow([]);
  help.addRow(['Hoja', 'Columna', 'Qué escribir']).font = { bold: true };
  for (const sheet of SHEETS)
    for (const c of sheet.columns)
      help.addRow([sheet.title, `${c.header}${c.required ? ' (obligatoria)' : ''}`, c.hint]);

  for (const sheet of SHEETS) {
    const ws = wb.addWorksheet(sheet.title, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({
      header: c.header,
      key: c.key,
      width: Math.max(16, c.header.length + 4),
      style: c.kind === 'date' ? { numFmt: 'yyyy-mm-dd' } : {},
    }));
    ws.getRow(1).font = { bold: true };
    sheet.columns.forEach((c, i) => {
      const list =
        sheet.key === 'requests' && c.key === 'kind' ? REQUEST_KINDS : c.kind === 'choice' ? LISTS[c.key] : undefined;
      if (!list) return;
      const letter = String.fromCharCode(65 + i);
      for (let row = 2; row <= 2000; row++) {
        ws.getCell(`${letter}${row}`).dataValidation = {
          type: 'list',
          allowBlank: !c.required,
          formulae: [`"${list.join(',')}"`],
        };
      }
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
