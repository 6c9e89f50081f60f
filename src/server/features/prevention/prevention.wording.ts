// The Spanish wording of the prevention and liaison sections: dates, months, actions and objectives.
import { MONTHS, capitalize, joinList, periodNoun } from '../reports/narrative/spanish.js';
import { type ActivityRow } from './prevention.queries.js';
import { type Period, type ActivityInPeriod } from './prevention.report-data.js';

// ---- Spanish wording ----

export const dd = (iso: string) => iso.slice(8, 10);
export const monthOf = (iso: string) => MONTHS[Number(iso.slice(5, 7)) - 1]!;

/** "08 y 15 de febrero de 2024", "30 de enero y 06 de febrero de 2024" (Cuadro 8's Fecha). */
export function datesPhrase(dates: readonly string[]): string {
  const years: string[] = [];
  for (const year of [...new Set(dates.map((d) => d.slice(0, 4)))]) {
    const inYear = dates.filter((d) => d.startsWith(year));
    const months = [...new Set(inYear.map((d) => d.slice(0, 7)))].map((ym) => {
      const days = inYear.filter((d) => d.startsWith(ym)).map(dd);
      return `${joinList(days)} de ${monthOf(`${ym}-01`)}`;
    });
    years.push(`${joinList(months)} de ${year}`);
  }
  return joinList(years);
}

/** "el mes de febrero" when every date falls in one month, "los meses de enero y febrero", else the period noun. */
export function monthsPhrase(dates: readonly string[], period: Period): string {
  const months = [...new Set(dates.map((d) => d.slice(0, 7)))].sort();
  if (months.length === 1) return `el mes de ${monthOf(`${months[0]}-01`)}`;
  const sameYear = new Set(months.map((m) => m.slice(0, 4))).size === 1;
  if (months.length > 1 && sameYear) return `los meses de ${joinList(months.map((m) => monthOf(`${m}-01`)))}`;
  return periodNoun(period.from, period.to);
}

const FORMAT: Record<ActivityRow['format'], { label: string; f: boolean }> = {
  taller: { label: 'Taller', f: false },
  seminario: { label: 'Seminario', f: false },
  curso: { label: 'Curso', f: false },
  foro: { label: 'Foro', f: false },
  platica: { label: 'Plática', f: true },
  conversatorio: { label: 'Conversatorio', f: false },
};

function modalityWord(m: ActivityRow['modality'], feminine: boolean): string {
  if (m === 'virtual') return 'virtual';
  if (m === 'in_person') return 'presencial';
  return feminine ? 'híbrida' : 'híbrido';
}

/** Cuadro 8's Acciones: `{Formato} {modalidad} “{título}”`. */
export function actionLabel(a: Pick<ActivityInPeriod, 'format' | 'modality' | 'title'>): string {
  const f = FORMAT[a.format];
  return `${f.label} ${modalityWord(a.modality, f.f)} “${a.title}”`;
}

/** Cuadro 8's Objetivo, built from the partner and the objective (never a pasted sentence). */
export function objectiveText(a: Pick<ActivityInPeriod, 'partner' | 'objective'>): string {
  const objective = a.objective.trim();
  if (!a.partner) return capitalize(objective);
  const rest = objective.charAt(0).toLowerCase() + objective.slice(1);
  return `En colaboración con la organización ${a.partner}, el cual tuvo como objetivo ${rest}`;
}

export const hoursText = (h: number) => h.toLocaleString('en-US', { maximumFractionDigits: 2 });
