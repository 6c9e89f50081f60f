import { administrationShared } from '../../../common/features/administration.js';
import type { FeatureManifest } from '../manifest.js';
import { administrationPlugin } from './administration.routes.js';
import { administrationSection } from './administration.section.js';
import { administrationDemoSeeder } from './administration.seeder.js';
import { deliverablesArray } from './deliverables.package.js';

/** Administration and finance coordination (CAF): report deliverables, activity log, procurement. */
export const administrationFeature: FeatureManifest = {
  name: 'administration',
  shared: administrationShared,
  routes: administrationPlugin,
  demo: administrationDemoSeeder,
  reportSections: [administrationSection],
  packageArrays: [deliverablesArray],
};
