import { reportsShared } from '../../../common/features/reports.js';
import type { FeatureManifest } from '../manifest.js';
import { reportsPlugin } from './reports.routes.js';
import { annualSection } from './sections/annual.section.js';
import { casesSection } from './sections/cases.section.js';

/** Bimonthly report (src/server/features/reports/README.md). */
export const reportsFeature: FeatureManifest = {
  name: 'reports',
  shared: reportsShared,
  routes: reportsPlugin,
  reportSections: [annualSection, casesSection],
  commands: {
    report: {
      describe:
        'report bimonthly --from --to | report annual --year --format json|docx|xlsx|pdf [--out]: informe bimestral o anual',
      load: async () => (await import('./report.command.js')).reportCommand,
    },
  },
};
