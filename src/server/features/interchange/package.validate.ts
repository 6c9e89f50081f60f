import type { z } from 'zod';
import { isCalendarDate } from './dates.js';
import { zodProblems } from './issues.js';
import { describeProblem } from './problem-words.js';
import type { Database } from '../../db/client.js';
import type { PackageArray } from '../manifest.js';
import {
  envelopeWith,
  PACKAGE_FORMAT,
  PackageCase,
  PackageInformationRequest,
  PackageMeasure,
  type DataPackage,
  type PackageProblem,
} from './package.contract.js';

/** Listing stops here so a systematically broken national package cannot flood memory or a screen. */
export const MAX_LISTED_PROBLEMS = 10_000;

/** Every problem also as a sentence that names the record and the field. */
const inWords = (problems: PackageProblem[], raw: unknown): PackageProblem[] =>
  problems.map((p) => ({ ...p, text: describeProblem(p.path, p.message, raw) }));

export type ValidationResult =
  { ok: true; pkg: DataPackage } | { ok: false; problems: PackageProblem[]; total: number };

/** Answers which of these case folios already exist in the database (for measures of earlier packages). */
export type ExistingCaseFolios = (folios: string[]) => Promise<Set<string>>;

class Problems {
  list: PackageProblem[] = [];
  total = 0;
  add(path: string, message: string): void {
    this.total++;
    if (this.list.length < MAX_LISTED_PROBLEMS) this.list.push({ path, message });
  }
  addAll(items: PackageProblem[]): void {
    for (const p of items) this.add(p.path, p.message);
  }
}

function parseEach<S extends z.ZodType>(
  schema: S,
  items: unknown[],
  name: string,
  problems: Problems,
): (z.output<S> | undefined)[] {
  return items.map((item, i) => {
    const r = schema.safeParse(item);
    if (r.success) return r.data;
    problems.addAll(zodProblems(r.error, item, [name, i]));
    return undefined;
  });
}

/** Reports every repeat of a value; `at(i)` names the element, e.g. `cases[4].folio`. */
function checkUnique(values: (string | undefined)[], at: (i: number) => string, problems: Problems): void {
  const seen = new Map<string, number>();
  values.forEach((v, i) => {
    if (v === undefined) return;
    const first = seen.get(v);
    if (first === undefined) seen.set(v, i);
    else problems.add(at(i), `el valor «${v}» está repetido (ya aparece en ${at(first)})`);
  });
}

/**
 * Validates a whole package and lists every problem by JSON path (Spanish messages).
 * Nothing is stored here; the import runs only when this returns ok.
 */
export async function validatePackage(
  raw: unknown,
  existingCaseFolios?: ExistingCaseFolios,
  more: { arrays?: readonly PackageArray[]; db?: Database } = {},
): Promise<ValidationResult> {
  const arrays = more.arrays ?? [];
  const problems = new Problems();
  const envelope = envelopeWith(arrays.map((a) => a.name)).safeParse(raw);
  if (!envelope.success) {
    problems.addAll(zodProblems(envelope.error, raw));
    // Keep going into the arrays that are readable so the listing is complete in one pass.
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
      return { ok: false, problems: inWords(problems.list, raw), total: problems.total };
  }
  const arr = (key: string): unknown[] => {
    const v = (raw as Record<string, unknown>)[key];
    return Array.isArray(v) ? v : [];
  };

  const rawCases = arr('cases');
  const cases = parseEach(PackageCase, rawCases, 'cases', problems);
  // Cross-field rules run on the raw record too, so a case with another problem still gets them listed.
  rawCases.forEach((item, i) => {
    if (item === null || typeof item !== 'object') return;
    const c = item as Record<string, unknown>;
    const procedure = c.procedure ?? null;
    const validProcedure = procedure === 'ordinary' || procedure === 'extraordinary';
    if (c.kind === 'incorporation' && procedure === null)
      problems.add(`cases[${i}].procedure`, 'obligatorio para incorporaciones: "ordinary" u "extraordinary"');
    if ((c.kind === 'attention' || c.kind === 'federal_collaboration') && validProcedure)
      problems.add(
        `cases[${i}].procedure`,
        `debe ser null cuando kind es "${c.kind}" (solo las incorporaciones tienen procedimiento)`,
      );
    if (
      typeof c.closedOn === 'string' &&
      typeof c.openedOn === 'string' &&
      isCalendarDate(c.closedOn) &&
      isCalendarDate(c.openedOn) &&
      c.closedOn < c.openedOn
    )
      problems.add(
        `cases[${i}].closedOn`,
        `la fecha de cierre (${c.closedOn}) es anterior a la de apertura (${c.openedOn})`,
      );
    // Follow-ups are a set of dates: a repeated date is ambiguous, not two follow-ups.
    if (Array.isArray(c.followUps))
      checkUnique(
        c.followUps.map((d) => (typeof d === 'string' ? d : undefined)),
        (j) => `cases[${i}].followUps[${j}]`,
        problems,
      );
  });
  checkUnique(
    cases.map((c) => c?.folio),
    (i) => `cases[${i}].folio`,
    problems,
  );

  const measures = parseEach(PackageMeasure, arr('measures'), 'measures', problems);
  arr('measures').forEach((item, i) => {
    const m = (item ?? {}) as Record<string, unknown>;
    if (
      typeof m.startedOn === 'string' &&
      typeof m.endedOn === 'string' &&
      isCalendarDate(m.startedOn) &&
      isCalendarDate(m.endedOn) &&
      m.endedOn < m.startedOn
    )
      problems.add(
        `measures[${i}].endedOn`,
        `la fecha de término (${m.endedOn}) es anterior a la de inicio (${m.startedOn})`,
      );
  });
  checkUnique(
    measures.map((m) => m?.id),
    (i) => `measures[${i}].id`,
    problems,
  );

  // caseFolio must name a case of this package (even one with other problems) or one already stored.
  const packageFolios = new Set<string>();
  for (const c of arr('cases')) {
    const folio = (c as { folio?: unknown } | null)?.folio;
    if (typeof folio === 'string') packageFolios.add(folio.trim());
  }
  // Read from the raw record too, so a measure with other problems still gets this one listed.
  const caseFolioOf = (i: number): string | undefined => {
    const parsed = measures[i]?.caseFolio;
    if (parsed !== undefined) return parsed;
    const rawFolio = (arr('measures')[i] as { caseFolio?: unknown } | null)?.caseFolio;
    return typeof rawFolio === 'string' && rawFolio.trim() !== '' ? rawFolio.trim() : undefined;
  };
  const folios = arr('measures').map((_, i) => caseFolioOf(i));
  const outside = [...new Set(folios.filter((f): f is string => f !== undefined && !packageFolios.has(f)))];
  const stored = outside.length > 0 && existingCaseFolios ? await existingCaseFolios(outside) : new Set<string>();
  folios.forEach((folio, i) => {
    if (folio !== undefined && !packageFolios.has(folio) && !stored.has(folio))
      problems.add(
        `measures[${i}].caseFolio`,
        `no existe un caso con el folio «${folio}» en el paquete ni en la base de datos`,
      );
  });

  const requests = parseEach(PackageInformationRequest, arr('informationRequests'), 'informationRequests', problems);
  checkUnique(
    requests.map((r) => r?.folio),
    (i) => `informationRequests[${i}].folio`,
    problems,
  );

  const extra: Record<string, unknown[]> = {};
  for (const a of arrays) {
    const items = parseEach(a.item, arr(a.name), a.name, problems);
    checkUnique(
      items.map((x) => (x === undefined ? undefined : a.idOf(x))),
      (i) => `${a.name}[${i}].id`,
      problems,
    );
    const valid = items.filter((x) => x !== undefined);
    if (a.check && more.db && valid.length === items.length)
      for (const p of await a.check(more.db, valid)) problems.add(`${a.name}[${p.index}]${p.path}`, p.message);
    extra[a.name] = valid;
  }

  if (problems.total > 0 || !envelope.success)
    return { ok: false, problems: inWords(problems.list, raw), total: problems.total };
  return {
    ok: true,
    pkg: {
      format: PACKAGE_FORMAT,
      cases: cases as DataPackage['cases'],
      measures: measures as DataPackage['measures'],
      informationRequests: requests as DataPackage['informationRequests'],
      ...(arrays.length > 0 ? { extra } : {}),
    },
  };
}
