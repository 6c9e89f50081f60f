// Assembles the printable ReportDocument: cover texts and every registered section, built in
// order with sequential Cuadro/Gráfica numbers and the staff's narrative overrides applied.
import './sections/index.js';
import type { BimonthlyReport } from './report.contract.js';
import {
  DEFAULT_INSTITUTION,
  type InstitutionHeader,
  type NarrativeOverrides,
  type ReportDocument,
} from './report.model.js';
import { buildSections, loadFeatureSections, type LegacyReportSection } from './sections.js';
import { periodLabel } from './narrative/spanish.js';

export interface DocumentOptions {
  institution?: InstitutionHeader;
  overrides?: NarrativeOverrides;
  db?: unknown;
  /** Only for tests: build with these sections instead of the registry. */
  sections?: LegacyReportSection[];
}

export async function buildReportDocument(
  data: BimonthlyReport,
  options: DocumentOptions = {},
): Promise<ReportDocument> {
  if (!options.sections) await loadFeatureSections();
  const institution = options.institution ?? DEFAULT_INSTITUTION;
  const label = periodLabel(data.period.from, data.period.to);
  const sections = await buildSections(
    { period: data.period, data, institution, db: options.db },
    options.overrides,
    options.sections,
  );
  return {
    title: `INFORME BIMESTRAL ${label.toUpperCase()}`,
    subtitle: institution.name,
    intro: `Informe correspondiente a ${label}, que rinde la Dirección General del ${institution.name} (${institution.shortName}).`,
    institution,
    period: data.period,
    sections,
  };
}
