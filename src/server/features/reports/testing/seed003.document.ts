// The seed 003 core tables as a generated report whose sections need no database: the cases
// section and the transparency section with nothing recorded by the unit (statistics only).
import { transparencySection, type TransparencySectionData } from '../../transparency/transparency.section.js';
import type { GeneratedReport } from '../report.service.js';
import { casesSection } from '../sections/cases.section.js';
import { SEED003_REPORT } from './seed003.expected.js';

export const NOTHING_RECORDED: TransparencySectionData = {
  portal: [],
  sipot: null,
  sessions: [],
  committee: null,
  committeeSteps: [],
  deadlines: null,
  training: null,
  openGovernment: [],
};

export function seed003Generated(): Pick<GeneratedReport, 'core' | 'loaded'> {
  return {
    core: SEED003_REPORT,
    loaded: [
      { section: casesSection, data: null },
      { section: transparencySection, data: NOTHING_RECORDED },
    ],
  };
}
