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
import { coverTitle, openingSentence, reportKindOf, type ReportKind } from './narrative/cover.js';

export interface DocumentOptions {
  institution?: InstitutionHeader;
  overrides?: NarrativeOverrides;
  /** Bimonthly (default) or annual: the same sections, another cover and opening. */
  kind?: ReportKind;
}

export function buildReportDocument(
  generated: Pick<GeneratedReport, 'core' | 'loaded'> & { kind?: ReportKind },
  options: DocumentOptions = {},
): ReportDocument {
  const data = generated.core;
  const institution = options.institution ?? DEFAULT_INSTITUTION;
  const kind = options.kind ?? generated.kind ?? reportKindOf(data.period);
  const sections = buildSections(
    generated.loaded,
    { period: data.period, core: data, institution, kind },
    options.overrides,
  );
  return {
    title: coverTitle(kind, data.period),
    subtitle: institution.name,
    intro: openingSentence(kind, data.period, institution),
    institution,
    period: data.period,
    sections,
  };
}
