import { addDays, dayNumber, fromDayNumber } from '../dates.js';
import type {
  DataPackage,
  PackageAction,
  PackageCase,
  PackageInformationRequest,
  PackageMeasure,
} from '../package.contract.js';
import { Prng } from './prng.js';
import type { Scale } from './scales.js';

/**
 * Deterministic fictional data in the `salvaguarda/v1` format. Cases and requests are produced in
 * memory (at most a few hundred thousand); measures with their action entries are produced one by
 * one (`measures()` is a generator), so the national scale L streams in constant memory.
 * Everything is fictional: folios, names of measures from the catalogue of seed 003, no people.
 */
export interface GenerateOptions {
  scale: Scale;
  seed?: number;
  /** Last date of the data (default 2025-12-31); the demo passes today so the current period has data. */
  until?: string;
}

export interface GeneratedData {
  cases: PackageCase[];
  measures: () => Generator<PackageMeasure>;
  informationRequests: PackageInformationRequest[];
  /** Exact number of action entries `measures()` yields. */
  actionEntries: number;
}

const OTRAS = 'Otras que se requieran para salvaguardar la vida integridad y libertad de las personas beneficiarias';
/** [type, name, weight, max count per entry] — the catalogue of Cuadro 6 plus urgent protection. */
const MEASURE_CATALOGUE = [
  ['preventive', 'Monitoreo telefónico', 30, 2],
  ['preventive', 'Canalización a otras instancias del Gobierno de la Ciudad de México', 6, 1],
  ['preventive', OTRAS, 16, 2],
  ['preventive', 'Taller de elaboración de protocolos de seguridad', 2, 3],
  ['protection', 'Números de emergencia', 18, 3],
  ['protection', 'Rondines bitacorados (Código águila)', 5, 3],
  ['protection', 'Rondines no bitacorados (Código sonoro)', 5, 3],
  ['protection', 'Habilitación de cámaras de seguridad y servicio técnico', 2, 1],
  ['protection', 'Seguimiento a carpeta de investigación', 3, 1],
  ['protection', OTRAS, 12, 2],
  ['urgent_protection', 'Extracción y reubicación temporal', 2, 1],
  ['urgent_protection', 'Escolta', 1, 2],
  ['social', 'Atención psicológica', 6, 2],
  ['social', 'Apoyo de canasta alimentaria y no alimentaria', 1, 3],
  ['social', OTRAS, 4, 3],
] as const;

const IDENTITY_WEIGHTS = [
  ['woman', 40],
  ['man', 30],
  ['lgbttti', 5],
  ['collective', 25],
] as const;
const PROFILE_WEIGHTS = [
  ['defender', 65],
  ['journalist', 35],
] as const;
const pad = (n: number, w: number) => String(n).padStart(w, '0');

export function generateData(opts: GenerateOptions): GeneratedData {
  const { scale } = opts;
  const seed = opts.seed ?? 2016;
  const until = opts.until ?? '2025-12-31';
  const first = `${Number(until.slice(0, 4)) - scale.years + 1}-01-01`;
  const span = dayNumber(until) - dayNumber(first) + 1;
  const rng = new Prng(seed);
  const dateBetween = (from: string, to: string) =>
    fromDayNumber(rng.int(dayNumber(from), Math.max(dayNumber(from), dayNumber(to))));

  const cases: PackageCase[] = [];
  const seq = new Map<string, number>();
  const kinds = [
    ['incorporation', 'MPI', scale.incorporations],
    ['attention', 'AT', scale.attentions],
    ['federal_collaboration', 'CF', scale.federalCollaborations],
  ] as const;
  for (const [kind, prefix, n] of kinds) {
    const opened = Array.from({ length: n }, () => fromDayNumber(dayNumber(first) + rng.int(0, span - 1))).sort();
    for (const openedOn of opened) {
      const key = `${prefix}-${openedOn.slice(0, 4)}`;
      seq.set(key, (seq.get(key) ?? 0) + 1);
      const closeAfter = rng.int(kind === 'incorporation' ? 365 : 60, kind === 'incorporation' ? 2500 : 900);
      const closedOn =
        rng.chance(0.55) && addDays(openedOn, closeAfter) <= until ? addDays(openedOn, closeAfter) : null;
      const lastDay = closedOn ?? until;
      const followUps = new Set<string>();
      const nFollow = rng.int(0, Math.min(40, Math.ceil((dayNumber(lastDay) - dayNumber(openedOn)) / 45)));
      for (let i = 0; i < nFollow; i++) followUps.add(dateBetween(openedOn, lastDay));
      cases.push({
        folio: `${key}-${pad(seq.get(key)!, 4)}`,
        kind,
        procedure: kind === 'incorporation' ? (rng.chance(0.2) ? 'extraordinary' : 'ordinary') : null,
        profile: rng.weighted(PROFILE_WEIGHTS),
        identity: rng.weighted(IDENTITY_WEIGHTS),
        openedOn,
        closedOn,
        followUps: [...followUps].sort(),
      });
    }
  }
  cases.sort((a, b) => (a.folio < b.folio ? -1 : 1));

  const requests: PackageInformationRequest[] = [];
  // Requests grow over the years (the obligation became better known): the square root of a uniform
  // number leans the dates towards the recent end, as in the real statistics.
  const received = Array.from({ length: scale.requests }, () =>
    fromDayNumber(dayNumber(first) + Math.floor(Math.sqrt(rng.next()) * span)),
  ).sort();
  const reqSeq = new Map<string, number>();
  for (const receivedOn of received) {
    const yy = receivedOn.slice(2, 4);
    reqSeq.set(yy, (reqSeq.get(yy) ?? 0) + 1);
    const recent = dayNumber(until) - dayNumber(receivedOn) < 20;
    requests.push({
      folio: `0901711${yy}${pad(reqSeq.get(yy)!, 6)}`,
      receivedOn,
      kind: rng.chance(0.92) ? 'public' : 'arco',
      admissible: recent && rng.chance(0.6) ? null : rng.chance(0.72),
    });
  }

  // Entry counts come in pairs (mean + r, mean - r) so the total is exactly measures x mean.
  const mean = scale.entriesPerMeasure;
  const actionEntries = Math.floor(scale.measures / 2) * 2 * mean + (scale.measures % 2) * mean;
  const measureSeed = rng.int(1, 2 ** 31);
  function* measures(): Generator<PackageMeasure> {
    const r = new Prng(measureSeed);
    let pending = 0;
    for (let i = 0; i < scale.measures; i++) {
      const c = cases[r.int(0, cases.length - 1)]!;
      const [type, name, , maxCount] =
        MEASURE_CATALOGUE[r.weighted(MEASURE_CATALOGUE.map((m, ix) => [ix, m[2]] as const))]!;
      const lastCaseDay = c.closedOn ?? until;
      // Most measures are granted when the case opens; some later, during its follow-up.
      const delay = r.chance(0.6)
        ? r.int(0, 30)
        : r.int(0, Math.max(0, dayNumber(lastCaseDay) - dayNumber(c.openedOn)));
      const startedOn = fromDayNumber(Math.min(dayNumber(c.openedOn) + delay, dayNumber(lastCaseDay)));
      const plannedEnd = fromDayNumber(dayNumber(startedOn) + r.int(30, 720));
      const endedOn = plannedEnd < lastCaseDay ? plannedEnd : c.closedOn;
      let entries: number;
      if (i % 2 === 0 && i + 1 < scale.measures) {
        pending = r.int(0, mean - 1);
        entries = mean + pending;
      } else entries = i % 2 === 1 ? mean - pending : mean;
      const actions: PackageAction[] = [];
      const to = endedOn ?? until;
      for (let e = 0; e < entries; e++) {
        actions.push({
          on: fromDayNumber(r.int(dayNumber(startedOn), Math.max(dayNumber(startedOn), dayNumber(to)))),
          count: r.int(1, maxCount),
        });
      }
      actions.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.count - b.count));
      yield { id: `M-${pad(i + 1, 7)}`, caseFolio: c.folio, type, name, startedOn, endedOn, actions };
    }
  }
  return { cases, measures, informationRequests: requests, actionEntries };
}

/** The whole dataset as one object (S and M; L should be streamed with writePackage). */
export function generatePackage(opts: GenerateOptions): DataPackage {
  const data = generateData(opts);
  return {
    format: 'salvaguarda/v1',
    cases: data.cases,
    measures: [...data.measures()],
    informationRequests: data.informationRequests,
  };
}
