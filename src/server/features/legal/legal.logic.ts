// Pure rules of the legal area: how a contract's validity is printed, when the bimonthly lawsuit
// report is due (five business days after the bimester, seed 002 §4.1), and which reminders are due.
import { MONTHS } from '../reports/narrative/spanish.js';
import { addCalendarDays, type BusinessCalendar, type IsoDate } from '../transparency/calendar.js';
import { addBusinessDays, businessDaysBetween } from '../transparency/deadlines.js';

/** "01 de enero al 30 de septiembre 2024" (seed 003 Cuadros 10/11); both years when they differ. */
export function validityLabel(startsOn: IsoDate, endsOn: IsoDate): string {
  const part = (iso: string) => `${iso.slice(8, 10)} de ${MONTHS[Number(iso.slice(5, 7)) - 1]}`;
  const [fy, ty] = [startsOn.slice(0, 4), endsOn.slice(0, 4)];
  if (fy === ty) return `${part(startsOn)} al ${part(endsOn)} ${ty}`;
  return `${part(startsOn)} de ${fy} al ${part(endsOn)} de ${ty}`;
}

/** Document types accepted for contracts and opinions, recognised by their first bytes. */
export type DocumentType = { mediaType: string; extension: 'pdf' | 'docx' };
export const MAX_DOCUMENT_BYTES = 3 * 1024 * 1024;

export function sniffDocument(bytes: Uint8Array): DocumentType | null {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return { mediaType: 'application/pdf', extension: 'pdf' };
  // DOCX is a ZIP whose first entry is normally [Content_Types].xml and that holds word/document.xml.
  if (starts([0x50, 0x4b, 0x03, 0x04])) {
    const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 64 * 1024))).toString('latin1');
    const whole = head.includes('word/') ? head : Buffer.from(bytes).toString('latin1');
    if (whole.includes('word/document.xml') || whole.includes('[Content_Types].xml'))
      return {
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        extension: 'docx',
      };
  }
  return null;
}

export interface Bimester {
  year: number;
  /** 1..6: Jan–Feb … Nov–Dec. */
  index: number;
  from: IsoDate;
  to: IsoDate;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function bimester(year: number, index: number): Bimester {
  if (!Number.isInteger(index) || index < 1 || index > 6) throw new RangeError('bimester 1..6');
  const firstMonth = index * 2 - 1;
  const lastDay = new Date(Date.UTC(year, firstMonth + 1, 0)).getUTCDate();
  return { year, index, from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(firstMonth + 1)}-${pad(lastDay)}` };
}

export function bimesterOf(date: IsoDate): Bimester {
  return bimester(Number(date.slice(0, 4)), Math.ceil(Number(date.slice(5, 7)) / 2));
}

/** Seed 002 §4.1: "dentro de los siguientes cinco días posteriores al cierre de cada bimestre" (business days). */
export const LAWSUIT_REPORT_BUSINESS_DAYS = 5;
/** Reminders start this many business days before the due day. */
export const LAWSUIT_REPORT_REMINDER_DAYS = 5;

export interface LawsuitReportDue {
  bimester: Bimester;
  dueOn: IsoDate;
  remindFrom: IsoDate;
}

export function lawsuitReportDue(calendar: BusinessCalendar, b: Bimester): LawsuitReportDue {
  const dueOn = addBusinessDays(calendar, b.to, LAWSUIT_REPORT_BUSINESS_DAYS);
  // The reminder starts on the working day that leaves REMINDER_DAYS working days until the due day.
  let remindFrom = dueOn;
  while (businessDaysBetween(calendar, remindFrom, dueOn) < LAWSUIT_REPORT_REMINDER_DAYS) {
    remindFrom = addCalendarDays(remindFrom, -1);
  }
  while (!calendar.isWorkingDay(remindFrom)) remindFrom = addCalendarDays(remindFrom, 1);
  return { bimester: b, dueOn, remindFrom };
}

/** The report whose reminder window or due day `today` falls in (the previous bimester's, or the current one's). */
export function lawsuitReportReminder(calendar: BusinessCalendar, today: IsoDate): LawsuitReportDue | null {
  const current = bimesterOf(today);
  const previous = current.index === 1 ? bimester(current.year - 1, 6) : bimester(current.year, current.index - 1);
  for (const b of [previous, current]) {
    const due = lawsuitReportDue(calendar, b);
    if (today >= due.remindFrom && today <= due.dueOn) return due;
  }
  return null;
}

/** Contracts ending within this many days show up on the dashboard. */
export const CONTRACT_ENDING_DAYS = 30;

export function endsSoon(endsOn: IsoDate, today: IsoDate, days = CONTRACT_ENDING_DAYS): boolean {
  return endsOn >= today && endsOn <= addCalendarDays(today, days);
}

/** "Gaceta Oficial de la Ciudad de México, 31 de enero de 2024, página 96, puede consultarse en: <url>" (§1.8). */
export function gazetteFootnote(p: { publishedOn: IsoDate; page: number | null; url: string | null }): string {
  const d = `${p.publishedOn.slice(8, 10)} de ${MONTHS[Number(p.publishedOn.slice(5, 7)) - 1]} de ${p.publishedOn.slice(0, 4)}`;
  const parts = [`Gaceta Oficial de la Ciudad de México, ${d}`];
  if (p.page !== null) parts.push(`página ${p.page}`);
  return p.url ? `${parts.join(', ')}, puede consultarse en: ${p.url}` : `${parts.join(', ')}.`;
}

/**
 * The version of a regulation in force on a day: the one that started last by then (a new year's
 * Lineamientos replace the previous ones even if no end was recorded), unless it has ended.
 */
export function versionInForce<T extends { inForceFrom: IsoDate; inForceTo: IsoDate | null }>(
  versions: readonly T[],
  on: IsoDate,
): T | null {
  let latest: T | null = null;
  for (const v of versions) if (v.inForceFrom <= on && (!latest || v.inForceFrom > latest.inForceFrom)) latest = v;
  return latest && (latest.inForceTo === null || latest.inForceTo >= on) ? latest : null;
}
