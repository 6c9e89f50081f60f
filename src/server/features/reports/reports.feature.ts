import { reportsShared } from '../../../common/features/reports.js';
import type { FeatureManifest } from '../manifest.js';
import { reportsPlugin } from './reports.routes.js';
import { casesSection } from './sections/cases.section.js';

/** Bimonthly report (src/server/features/reports/README.md). */
export const reportsFeature: FeatureManifest = {
  name: 'reports',
  shared: reportsShared,
  routes: reportsPlugin,
  reportSections: [casesSection],
  commands: {
    report: {
      describe: 'report bimonthly --from --to --format json|docx|xlsx|pdf [--out]: informe bimestral',
      load: async () => (await import('./report.command.js')).reportCommand,
    },
  },
};
