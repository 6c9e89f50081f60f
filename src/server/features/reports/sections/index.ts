// The sections the reports feature contributes. Imported once by the report service.
import { registerReportSection } from '../sections.js';
import { casesSection } from './cases.section.js';
import { requestsSection } from './requests.section.js';

registerReportSection(casesSection);
registerReportSection(requestsSection, { fallback: true });
