// Assembles the printable ReportDocument: cover texts and every registered section, built in
// order with sequential Cuadro/Gráfica numbers and the staff's narrative overrides applied.
import {
  DEFAULT_INSTITUTION,
  type InstitutionHeader,
  type NarrativeOverrides,
  type ReportDocument,
} from './report.model.js';
import type { GeneratedReport } from './report.service.js';
import { buildSections } from './sections.js';
import { periodLabel } from './narrative/spanish.js';

export interface DocumentOptions {
  institution?: InstitutionHeader;
  overrides?: NarrativeOverrides;
}

export function buildReportDocument(
  generated: Pick<GeneratedReport, 'core' | 'loaded'>,
  options: DocumentOptions = {},
): ReportDocument {
  const data = generated.core;
  const institution = options.institution ?? DEFAULT_INSTITUTION;
  const label = periodLabel(data.period.from, data.period.to);
  const sections = buildSections(generated.loaded, { period: data.period, core: data, institution }, options.overrides);
  return {
    title: `INFORME BIMESTRAL ${label.toUpperCase()}`,
    subtitle: institution.name,
    intro: `Informe correspondiente a ${label}, que rinde la Dirección General del ${institution.name} (${institution.shortName}).`,
    institution,
    period: data.period,
    sections,
  };
}
