// Pure rules of the report deliverables: calendar months of a period, due dates, the report
// object of the bimonthly report JSON (interchange.md "deliverables") and the reminder list.
import type { SubmissionStatus } from './administration.schema.js';

export interface DeliverableRow {
  id: string;
  position: number;
  name: string;
  recipients: string[];
  dueDay: number;
  active: boolean;
}

export interface SubmissionFact {
  deliverableId: string;
  month: string;
  status: SubmissionStatus;
}

/** 'YYYY-MM' of every calendar month that overlaps from..to (both days included), in order. */
export function monthsOverlapping(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endKey = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    if (key > endKey) break;
    out.push(key);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

export function lastDayOfMonth(month: string): number {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
}

/** First and last day of a month: '2024-02' -> 2024-02-01 .. 2024-02-29. */
export function monthBounds(month: string): { start: string; end: string } {
  return { start: `${month}-01`, end: `${month}-${String(lastDayOfMonth(month)).padStart(2, '0')}` };
}

export function addMonths(month: string, n: number): string {
  const total = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** A month's report is due on `dueDay` of the following month (the month must be over to report it). */
export function dueDateOf(month: string, dueDay: number): string {
  return `${addMonths(month, 1)}-${String(dueDay).padStart(2, '0')}`;
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export interface DeliverablesReport {
  months: string[];
  rows: Array<{ id: string; statuses: SubmissionStatus[] }>;
  total: Record<SubmissionStatus, number>;
}

/**
 * The report object: one row per deliverable in catalogue order (active ones, plus inactive ones
 * that have a submission in the period's months), its status per month; no submission = pending.
 */
export function deliverablesReport(
  catalogue: readonly DeliverableRow[],
  submissions: readonly SubmissionFact[],
  period: { from: string; to: string },
): DeliverablesReport {
  const months = monthsOverlapping(period.from, period.to);
  const status = new Map(submissions.map((s) => [`${s.deliverableId}|${s.month}`, s.status]));
  const withSubmission = new Set(submissions.filter((s) => months.includes(s.month)).map((s) => s.deliverableId));
  const total: Record<SubmissionStatus, number> = { delivered: 0, in_progress: 0, pending: 0 };
  const rows = [...catalogue]
    .filter((d) => d.active || withSubmission.has(d.id))
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((d) => {
      const statuses = months.map((m) => status.get(`${d.id}|${m}`) ?? 'pending');
      for (const s of statuses) total[s] += 1;
      return { id: d.id, statuses };
    });
  return { months, rows, total };
}

export interface Reminder {
  deliverableId: string;
  name: string;
  recipients: string[];
  month: string;
  dueOn: string;
  status: SubmissionStatus;
  /** Days from today to the due date; negative when overdue. */
  daysLeft: number;
  overdue: boolean;
}

/**
 * Reports not yet delivered whose due date is at most `leadDays` ahead of `today` (reminders) or
 * already past (overdue), for the months from `sinceMonth` on, most urgent first.
 */
export function deliverableReminders(
  catalogue: readonly DeliverableRow[],
  submissions: readonly SubmissionFact[],
  today: string,
  leadDays: number,
  sinceMonth: string,
): Reminder[] {
  const status = new Map(submissions.map((s) => [`${s.deliverableId}|${s.month}`, s.status]));
  const out: Reminder[] = [];
  const lastReportable = addMonths(today.slice(0, 7), -1);
  for (const d of catalogue) {
    if (!d.active) continue;
    for (let m = sinceMonth; m <= lastReportable; m = addMonths(m, 1)) {
      const s = status.get(`${d.id}|${m}`) ?? 'pending';
      if (s === 'delivered') continue;
      const dueOn = dueDateOf(m, d.dueDay);
      const daysLeft = daysBetween(today, dueOn);
      if (daysLeft > leadDays) continue;
      out.push({
        deliverableId: d.id,
        name: d.name,
        recipients: d.recipients,
        month: m,
        dueOn,
        status: s,
        daysLeft,
        overdue: daysLeft < 0,
      });
    }
  }
  const position = new Map(catalogue.map((d) => [d.id, d.position]));
  return out.sort(
    (a, b) => a.daysLeft - b.daysLeft || (position.get(a.deliverableId) ?? 0) - (position.get(b.deliverableId) ?? 0),
  );
}

/** Recipients as the seed prints them: "OIC", "SAT y SAYF", "OIC, SAYF y SGC". */
export function recipientsLabel(recipients: readonly string[]): string {
  if (recipients.length <= 1) return recipients[0] ?? '';
  return `${recipients.slice(0, -1).join(', ')} y ${recipients[recipients.length - 1]}`;
}

export type EvidenceKind = 'pdf' | 'xlsx' | 'docx';

export const EVIDENCE_MAX_BYTES = 3 * 1024 * 1024;

export const EVIDENCE_MEDIA_TYPES: Record<EvidenceKind, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/**
 * The kind of an evidence file from its bytes (never from its name): PDF by "%PDF-"; XLSX and DOCX
 * are ZIP packages ("PK\x03\x04") told apart by their main part's name in the archive.
 */
export function sniffEvidence(bytes: Uint8Array): EvidenceKind | null {
  const head = Buffer.from(bytes.subarray(0, 5)).toString('latin1');
  if (head === '%PDF-') return 'pdf';
  if (bytes.length < 30 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04)
    return null;
  // Entry names are stored in clear in the local headers and the central directory.
  const text = Buffer.from(bytes).toString('latin1');
  if (text.includes('xl/workbook.xml')) return 'xlsx';
  if (text.includes('word/document.xml')) return 'docx';
  return null;
}
