// The report JSON for a period: the five core aggregates plus every section's objects, all read
// in one repeatable-read snapshot so the whole report describes the same state of the data.
import type { Database } from '../../db/client.js';
import { BimonthlyReport, FullReport, Period } from './report.contract.js';
import {
  countCasesByBucket,
  countIncorporationsByMonth,
  countIncorporationsByYear,
  countInformationRequests,
  countMeasures,
} from './report.queries.js';
import { reportKindOf, type ReportKind } from './narrative/cover.js';
import {
  enabledSections,
  loadSections,
  sectionContracts,
  sectionsFor,
  type LoadedSection,
  type ReportSection,
} from './sections.js';
import { loadDisabledSections } from './settings.service.js';
import { buildCasesByType } from './tables/casesByType.js';
import { buildIncorporationsByMonth } from './tables/incorporationsByMonth.js';
import { buildIncorporationsByYear } from './tables/incorporationsByYear.js';
import { buildInformationRequests } from './tables/informationRequests.js';
import { buildMeasures } from './tables/measures.js';

export interface GeneratedReport {
  /** The report JSON (public contract, shared/docs/interchange.md). */
  report: FullReport;
  /** The core tables alone. */
  core: BimonthlyReport;
  /** Each section with the data it loaded, for the printable document. */
  loaded: LoadedSection[];
  /** Annual for a calendar year, bimonthly otherwise. */
  kind: ReportKind;
}

async function loadCore(tx: Database, { from, to }: { from: string; to: string }): Promise<BimonthlyReport> {
  const [byBucket, byMonth, byYear, measureRows, requests] = [
    await countCasesByBucket(tx, { from, to }),
    await countIncorporationsByMonth(tx, { to }),
    await countIncorporationsByYear(tx, { to }),
    await countMeasures(tx, { from, to }),
    await countInformationRequests(tx, { from, to }),
  ];
  const toYear = Number(to.slice(0, 4));
  const core: BimonthlyReport = {
    period: { from, to },
    casesByType: buildCasesByType(byBucket),
    incorporationsByMonth: buildIncorporationsByMonth(toYear, byMonth),
    incorporationsByYear: buildIncorporationsByYear(toYear, byYear),
    measures: buildMeasures(measureRows),
    informationRequests: buildInformationRequests({ from, to }, requests),
  };
  // The contract is a public interface: never print a document that does not match it.
  return BimonthlyReport.parse(core);
}

/**
 * Loads the core tables and every section of the report's kind in one read-only snapshot, leaving
 * out the sections the report settings switched off. The kind follows from the period (a calendar
 * year is the annual report) unless given.
 */
export async function generateReport(
  db: Database,
  period: { from: string; to: string },
  sections: readonly ReportSection[],
  options: { kind?: ReportKind } = {},
): Promise<GeneratedReport> {
  const parsed = Period.parse(period);
  const kind = options.kind ?? reportKindOf(parsed);
  return db.transaction(
    async (tx) => {
      const core = await loadCore(tx, parsed);
      const enabled = enabledSections(sectionsFor(sections, kind), await loadDisabledSections(tx));
      const loaded = await loadSections(enabled, { db: tx, period: parsed, core, kind });
      const report = FullReport.parse({ ...core, ...sectionContracts(loaded) });
      return { report, core, loaded, kind };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/** The report JSON of the core tables and the given sections' objects. */
export async function buildBimonthlyReport(
  db: Database,
  period: { from: string; to: string },
  sections: readonly ReportSection[] = [],
): Promise<FullReport> {
  return (await generateReport(db, period, sections)).report;
}
