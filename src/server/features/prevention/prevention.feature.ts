import { preventionShared } from '../../../common/features/prevention.js';
import type { ReportSection } from '../reports/api.js';
import type { FeatureManifest } from '../manifest.js';
import { preventionIndicatorSources } from './prevention.indicators.js';
import { preventionPackageArrays } from './prevention.package.js';
import { preventionRoutes } from './prevention.routes.js';
import { preventionSections } from './prevention.section.js';
import { preventionDemoSeeder } from './prevention.seeder.js';

/** Prevention, training and liaison (seed 003 §3, §4, §8, §9). */
export const preventionFeature: FeatureManifest = {
  name: 'prevention',
  shared: preventionShared,
  routes: preventionRoutes,
  demo: preventionDemoSeeder,
  reportSections: preventionSections as unknown as ReportSection[],
  indicatorSources: preventionIndicatorSources,
  packageArrays: preventionPackageArrays,
};
