/**
 * Historical spreadsheets: one sheet (or CSV file) per table, Spanish column headers and Spanish
 * values, mapped to the package codes. Headers and values are matched without accents, case or
 * extra spaces; the package codes themselves are accepted too.
 */
export type SheetKey = 'cases' | 'measures' | 'actions' | 'requests';
export type CellKind = 'text' | 'date' | 'dates' | 'count' | 'choice';

export interface ColumnDef {
  key: string;
  header: string;
  kind: CellKind;
  required: boolean;
  /** Spanish value -> code (choice columns). */
  values?: Record<string, string | boolean>;
  hint: string;
}

export interface SheetDef {
  key: SheetKey;
  title: string;
  columns: ColumnDef[];
}

export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const col = (
  key: string,
  header: string,
  kind: CellKind,
  required: boolean,
  hint: string,
  values?: ColumnDef['values'],
): ColumnDef => ({
  key,
  header,
  kind,
  required,
  hint,
  values,
});

export const SHEETS: SheetDef[] = [
  {
    key: 'cases',
    title: 'Casos',
    columns: [
      col('folio', 'Folio', 'text', true, 'Identificador único del caso, p. ej. MPI-2019-007'),
      col(
        'kind',
        'Tipo',
        'choice',
        true,
        'Incorporación, Atención o canalización, Colaboración con el Mecanismo Federal',
        {
          incorporacion: 'incorporation',
          incorporation: 'incorporation',
          'atencion o canalizacion': 'attention',
          atencion: 'attention',
          canalizacion: 'attention',
          attention: 'attention',
          'colaboracion con el mecanismo federal': 'federal_collaboration',
          colaboracion: 'federal_collaboration',
          federal_collaboration: 'federal_collaboration',
        },
      ),
      col(
        'procedure',
        'Procedimiento',
        'choice',
        false,
        'Ordinario o Extraordinario (solo incorporaciones; vacío en los demás)',
        {
          ordinario: 'ordinary',
          ordinary: 'ordinary',
          extraordinario: 'extraordinary',
          extraordinary: 'extraordinary',
        },
      ),
      col(
        'profile',
        'Perfil',
        'choice',
        true,
        'Defensora (persona defensora de DDHH) o Periodista (persona periodista o colaboradora)',
        {
          defensora: 'defender',
          defensor: 'defender',
          'persona defensora': 'defender',
          'persona defensora de derechos humanos': 'defender',
          defender: 'defender',
          periodista: 'journalist',
          'persona periodista': 'journalist',
          colaboradora: 'journalist',
          'persona periodista o colaboradora': 'journalist',
          journalist: 'journalist',
        },
      ),
      col('identity', 'Identidad', 'choice', true, 'Mujer, Hombre, LGBTTTI o Colectivo', {
        mujer: 'woman',
        mujeres: 'woman',
        woman: 'woman',
        hombre: 'man',
        hombres: 'man',
        man: 'man',
        lgbttti: 'lgbttti',
        lgbtti: 'lgbttti',
        lgbt: 'lgbttti',
        colectivo: 'collective',
        collective: 'collective',
      }),
      col('openedOn', 'Fecha de apertura', 'date', true, 'AAAA-MM-DD o DD/MM/AAAA'),
      col('closedOn', 'Fecha de cierre', 'date', false, 'Vacía si el caso sigue abierto'),
      col('followUps', 'Fechas de seguimiento', 'dates', false, 'Fechas separadas por punto y coma'),
    ],
  },
  {
    key: 'measures',
    title: 'Medidas',
    columns: [
      col('id', 'ID de medida', 'text', true, 'Identificador único de la medida, p. ej. M-000123'),
      col('caseFolio', 'Folio del caso', 'text', true, 'Folio de un caso de la hoja Casos o ya registrado'),
      col('type', 'Tipo de medida', 'choice', true, 'Preventiva, Protección, Protección urgente o Social', {
        preventiva: 'preventive',
        preventive: 'preventive',
        proteccion: 'protection',
        'de proteccion': 'protection',
        protection: 'protection',
        'proteccion urgente': 'urgent_protection',
        urgente: 'urgent_protection',
        urgent_protection: 'urgent_protection',
        social: 'social',
        'de caracter social': 'social',
      }),
      col('name', 'Medida', 'text', true, 'Nombre de la medida, p. ej. Monitoreo telefónico'),
      col('startedOn', 'Fecha de inicio', 'date', false, 'AAAA-MM-DD'),
      col('endedOn', 'Fecha de término', 'date', false, 'Vacía si sigue vigente'),
    ],
  },
  {
    key: 'actions',
    title: 'Acciones',
    columns: [
      col('measureId', 'ID de medida', 'text', true, 'ID de una medida de la hoja Medidas'),
      col('on', 'Fecha', 'date', true, 'Fecha de las acciones'),
      col('count', 'Número de acciones', 'count', true, 'Número entero mayor o igual a 1'),
    ],
  },
  {
    key: 'requests',
    title: 'Solicitudes',
    columns: [
      col('folio', 'Folio', 'text', true, 'Folio de la solicitud, p. ej. 090171124000001'),
      col('receivedOn', 'Fecha de recepción', 'date', true, 'AAAA-MM-DD'),
      col('kind', 'Tipo de solicitud', 'choice', true, 'Pública o ARCO', {
        publica: 'public',
        'informacion publica': 'public',
        public: 'public',
        arco: 'arco',
        'datos personales': 'arco',
      }),
      col('admissible', 'Procedente', 'choice', false, 'Sí, No, o vacío mientras no se decide', {
        si: true,
        procedente: true,
        true: true,
        no: false,
        improcedente: false,
        false: false,
      }),
    ],
  },
];

export const sheetByKey = (key: SheetKey): SheetDef => SHEETS.find((s) => s.key === key)!;

/** Column letter of a 0-based index: 0 -> A, 26 -> AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Which table a CSV holds, from its headers (each table has a header the others lack). */
export function sheetForHeaders(headers: string[]): SheetDef | undefined {
  const set = new Set(headers.map(normalize));
  if (set.has(normalize('Número de acciones'))) return sheetByKey('actions');
  if (set.has(normalize('Tipo de medida')) || set.has(normalize('Folio del caso'))) return sheetByKey('measures');
  if (set.has(normalize('Fecha de recepción'))) return sheetByKey('requests');
  if (set.has(normalize('Fecha de apertura'))) return sheetByKey('cases');
  return undefined;
}

/** Sheet title in a workbook -> table ("Casos", "casos", "CASOS"…). */
export function sheetForTitle(title: string): SheetDef | undefined {
  return SHEETS.find((s) => normalize(s.title) === normalize(title));
}
