// Spanish wording helpers for the report narrative, following the style of seed 003:
// numbers under ten in words agreeing in gender ("una mujer", "un hombre", "dos casos"),
// ten and above in digits ("13 casos", "127 medidas"), lists joined with commas and "y".

export type Gender = 'm' | 'f';

const UNDER_TEN = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];

/** The number as the seed writes it before a noun of the given gender. */
export function numberWord(n: number, gender: Gender): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`not a count: ${n}`);
  if (n === 1) return gender === 'f' ? 'una' : 'un';
  if (n < 10) return UNDER_TEN[n]!;
  // Thousands separated by a comma, as in the seed ("3,217").
  return n.toLocaleString('en-US');
}

/** A noun with its singular or plural form: count(4, 'caso', 'casos', 'm') -> "cuatro casos". */
export function count(n: number, singular: string, plural: string, gender: Gender): string {
  return `${numberWord(n, gender)} ${n === 1 ? singular : plural}`;
}

/** "a", "a y b", "a, b y c" — Spanish list without the Oxford comma. */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}`;
}

export const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

/** "2024-02-29" -> "29 de febrero de 2024" (two-digit day, as the seed writes "09 de febrero"). */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d} de ${MONTHS[Number(m) - 1]} de ${y}`;
}

/** Label of a period in titles: "ENERO-FEBRERO DE 2024", "enero de 2024", "noviembre de 2023-enero de 2024". */
export function periodLabel(from: string, to: string): string {
  const fy = from.slice(0, 4);
  const ty = to.slice(0, 4);
  const fm = MONTHS[Number(from.slice(5, 7)) - 1]!;
  const tm = MONTHS[Number(to.slice(5, 7)) - 1]!;
  if (fy !== ty) return `${fm} de ${fy}-${tm} de ${ty}`;
  if (fm === tm) return `${fm} de ${ty}`;
  return `${fm}-${tm} de ${ty}`;
}

/** "el bimestre" for two whole months, otherwise "el periodo" — how the seed refers to it. */
export function periodNoun(from: string, to: string): string {
  const months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
  const startsOnFirst = from.endsWith('-01');
  const endsOnLast = new Date(`${to}T00:00:00Z`).getUTCDate() === lastDayOfMonth(to);
  if (startsOnFirst && endsOnLast && months === 2) return 'el bimestre';
  if (startsOnFirst && endsOnLast && months === 3) return 'el trimestre';
  if (startsOnFirst && endsOnLast && months === 1) return 'el mes';
  return 'el periodo';
}

function lastDayOfMonth(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
