// Pure domain logic of the monitoring of aggressions: the report object (interchange.md
// "monitoring"), small-cell suppression for published figures, the verification rule, the
// likely-duplicate test and the preserved-file checks. No database here.
import crypto from 'node:crypto';
import {
  ALCALDIA_KEYS,
  FORMS,
  PHASES,
  SITUATIONS,
  type Form,
  type Phase,
  type Place,
  type Situation,
} from '../../../common/features/monitoring.js';

export interface Period {
  from: string;
  to: string;
}

/** What the report counts of a finding. `sources` = independent sources (see effectiveSources). */
export interface FindingFacts {
  detectedOn: string;
  situation: Situation;
  forms: readonly Form[];
  alcaldia: Place;
  sources: number;
}

export interface ActivationFacts {
  on: string;
  phase: Phase;
}

export interface MonitoringObject {
  findings: {
    byMonth: Array<{ month: string; total: number; previousYear: number }>;
    bySituation: Record<Situation, number>;
    byForm: Record<Form, number>;
    byAlcaldia: Record<Place, number>;
    verified: number;
    total: number;
  };
  protestMonitoring: Record<Phase, number> & { total: number };
}

/** A finding is verified when two independent sources confirm it (seed-modules.md §4; interchange.md). */
export const VERIFIED_SOURCES = 2;
export const isVerified = (sources: number) => sources >= VERIFIED_SOURCES;

/**
 * Independent sources of a finding: distinct outlets on record (two links of the same outlet are
 * one source), or the count an imported package declared, whichever is greater.
 */
export function effectiveSources(outlets: readonly string[], reported: number): number {
  const distinct = new Set(outlets.map((o) => o.trim().toLocaleLowerCase('es-MX')).filter((o) => o !== ''));
  return Math.max(distinct.size, reported);
}

/** The same calendar date one year earlier; 29 February becomes 28 February. */
export function yearBefore(iso: string): string {
  const y = Number(iso.slice(0, 4)) - 1;
  const md = iso.slice(5);
  return `${String(y).padStart(4, '0')}-${md === '02-29' ? '02-28' : md}`;
}

/** Calendar months ('YYYY-MM') that overlap the period, in order. */
export function monthsOf(period: Period): string[] {
  const out: string[] = [];
  let y = Number(period.from.slice(0, 4));
  let m = Number(period.from.slice(5, 7));
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    if (key > last) break;
    out.push(key);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/**
 * The `monitoring` object of the report JSON, exactly as interchange.md specifies it. `findings`
 * may hold findings outside the period (e.g. the year-earlier ones): each figure filters by date.
 */
export function monitoringObject(
  period: Period,
  findings: readonly FindingFacts[],
  activations: readonly ActivationFacts[],
): MonitoringObject {
  const inPeriod = findings.filter((f) => f.detectedOn >= period.from && f.detectedOn <= period.to);
  const prev = { from: yearBefore(period.from), to: yearBefore(period.to) };
  const byMonth = monthsOf(period).map((month) => {
    const prevMonth = `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
    return {
      month,
      total: inPeriod.filter((f) => f.detectedOn.slice(0, 7) === month).length,
      previousYear: findings.filter(
        (f) => f.detectedOn >= prev.from && f.detectedOn <= prev.to && f.detectedOn.slice(0, 7) === prevMonth,
      ).length,
    };
  });
  const bySituation = zeros(SITUATIONS);
  const byForm = zeros(FORMS);
  const byAlcaldia = zeros<Place>([...ALCALDIA_KEYS, 'outside', 'unknown']);
  let verified = 0;
  for (const f of inPeriod) {
    bySituation[f.situation] += 1;
    // Once per form it lists (a finding with two forms counts in both, once in each).
    for (const form of new Set(f.forms)) byForm[form] += 1;
    byAlcaldia[f.alcaldia] += 1;
    if (isVerified(f.sources)) verified += 1;
  }
  const protest = zeros(PHASES);
  let protestTotal = 0;
  for (const a of activations) {
    if (a.on < period.from || a.on > period.to) continue;
    protest[a.phase] += 1;
    protestTotal += 1;
  }
  return {
    findings: { byMonth, bySituation, byForm, byAlcaldia, verified, total: inPeriod.length },
    protestMonitoring: { ...protest, total: protestTotal },
  };
}

// ---- Small-cell suppression -------------------------------------------------------------------

/** Published counts under this are shown as "<3" so nobody can be re-identified from them. */
export const SMALL_CELL = 3;
export const SUPPRESSED = '<3' as const;
export type PublicCount = number | typeof SUPPRESSED;

/**
 * One published count: 1 and 2 become "<3". Zero stays 0: an empty cell names nobody (and a "<3"
 * for zero would make every empty alcaldía look like an incident).
 */
export function suppress(n: number): PublicCount {
  return n > 0 && n < SMALL_CELL ? SUPPRESSED : n;
}

/** Suppresses every number in a (nested) object or array of counts; other values are kept. */
export function suppressAll<T>(value: T): Suppressed<T> {
  if (typeof value === 'number') return suppress(value) as Suppressed<T>;
  if (Array.isArray(value)) return value.map((v) => suppressAll(v)) as Suppressed<T>;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, suppressAll(v)])) as Suppressed<T>;
  return value as Suppressed<T>;
}
export type Suppressed<T> = T extends number
  ? PublicCount
  : T extends Array<infer U>
    ? Array<Suppressed<U>>
    : T extends object
      ? { [K in keyof T]: Suppressed<T[K]> }
      : T;

// ---- Likely duplicates --------------------------------------------------------------------------

const STOP = new Set(
  'a al ante con de del el en la las lo los para por que se sin su sus un una y o e u le les fue es como tras'.split(
    ' ',
  ),
);

/** Words of a summary without accents, case or stop words. */
export function words(text: string): Set<string> {
  return new Set(
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[^a-z0-9ñ]+/)
      .filter((w) => w.length > 2 && !STOP.has(w)),
  );
}

/** Jaccard similarity of the summaries' words (0..1). */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared += 1;
  return shared / (wa.size + wb.size - shared);
}

/** Days either side of the facts (or detection) date within which two findings may be one. */
export const DUPLICATE_WINDOW_DAYS = 7;
export const DUPLICATE_SIMILARITY = 0.3;

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// ---- Preserved copies -----------------------------------------------------------------------------

export const MAX_FILE_BYTES = 3 * 1024 * 1024;

/** The file's type from its first bytes (never from its name): PDF, PNG, JPEG, GIF, WebP or HTML. */
export function sniffMediaType(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (
    starts(0x52, 0x49, 0x46, 0x46) &&
    bytes[8] === 0x57 &&
    bytes[9] === 0x45 &&
    bytes[10] === 0x42 &&
    bytes[11] === 0x50
  )
    return 'image/webp';
  // A saved page: text that begins (after a BOM and blanks) with <!doctype html or <html.
  const head = Buffer.from(bytes.subarray(0, 512))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'text/html';
  return null;
}

export const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');
