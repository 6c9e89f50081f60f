// The reports feature's public surface: what other features import to contribute a section.
export type { ReportSection, SectionBuildContext, SectionLoadContext } from './sections.js';
export type {
  Block,
  ChartBlock,
  HeadingBlock,
  ImageBlock,
  ParagraphBlock,
  SectionContent,
  TableBlock,
} from './report.model.js';
export type { BimonthlyReport } from './report.contract.js';
export { capitalize, count, joinList, longDate, MONTHS, numberWord, periodLabel } from './narrative/spanish.js';
export { cutNote, sourceNote } from './narrative/notes.js';
export { reportImage } from './images.js';
export { requestStatisticsBlocks } from './sections/requests.tables.js';
// Other features' own documents (the bimonthly lawsuit report) are written with the report's writers.
export type { InstitutionHeader, ReportDocument } from './report.model.js';
export { CONTENT_TYPES, DOCUMENT_FORMATS, writeDocument, type DocumentFormat } from './documents/index.js';
export { loadInstitution } from './settings.service.js';
