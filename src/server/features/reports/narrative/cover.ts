// Cover title and opening sentence (seed 003 L6–20 and L69): "INFORME BIMESTRAL ENERO-FEBRERO 2024"
// and "Primer informe bimestral correspondiente a enero-febrero de 2024, que rinde …". The
// bimester's ordinal follows from its months; a period that is not a calendar bimester or year
// gets the plain wording.
import type { InstitutionHeader } from '../report.model.js';
import { MONTHS, periodLabel } from './spanish.js';

export type ReportKind = 'bimonthly' | 'annual';

const ORDINALS = ['Primer', 'Segundo', 'Tercer', 'Cuarto', 'Quinto', 'Sexto'];

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** 1–6 when the period is exactly a calendar bimester (January–February … November–December). */
export function bimesterOf(from: string, to: string): number | null {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  if (fy !== ty || fd !== 1 || fm % 2 !== 1 || tm !== fm + 1 || td !== lastDay(ty, tm)) return null;
  return (fm + 1) / 2;
}

/** True when the period is one whole calendar year. */
export function isCalendarYear(from: string, to: string): boolean {
  return from.endsWith('-01-01') && to.endsWith('-12-31') && from.slice(0, 4) === to.slice(0, 4);
}

/** The annual report is the report of one whole calendar year; any other period is bimonthly. */
export function reportKindOf(period: { from: string; to: string }): ReportKind {
  return isCalendarYear(period.from, period.to) ? 'annual' : 'bimonthly';
}

/** "ENERO-FEBRERO 2024" (the seed's cover writes no "de" before the year). */
function coverPeriod(from: string, to: string): string {
  const fm = MONTHS[Number(from.slice(5, 7)) - 1]!;
  const tm = MONTHS[Number(to.slice(5, 7)) - 1]!;
  const same = from.slice(0, 4) === to.slice(0, 4);
  if (!same) return periodLabel(from, to).toUpperCase();
  return `${fm === tm ? fm : `${fm}-${tm}`} ${to.slice(0, 4)}`.toUpperCase();
}

export function coverTitle(kind: ReportKind, period: { from: string; to: string }): string {
  if (kind === 'annual') return `INFORME ANUAL DE ACTIVIDADES ${period.from.slice(0, 4)}`;
  return `INFORME BIMESTRAL ${coverPeriod(period.from, period.to)}`;
}

export function openingSentence(
  kind: ReportKind,
  period: { from: string; to: string },
  institution: InstitutionHeader,
): string {
  const by = `que rinde la Dirección General del ${institution.name} (${institution.shortName}).`;
  if (kind === 'annual')
    return `Informe anual de actividades correspondiente al ejercicio ${period.from.slice(0, 4)}, ${by}`;
  const label = periodLabel(period.from, period.to);
  const n = bimesterOf(period.from, period.to);
  const lead = n ? `${ORDINALS[n - 1]} informe bimestral` : 'Informe';
  return `${lead} correspondiente a ${label}, ${by}`;
}
