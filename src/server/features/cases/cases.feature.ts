import { casesShared } from '../../../common/features/cases.js';
import { casesIndicatorSources } from './cases.indicators.js';
import type { FeatureManifest } from '../manifest.js';
import { casesPlugin } from './cases.routes.js';
import { casesDemoSeeder } from './demo.seeder.js';

/** Cases and protection plans (docs/cases.md). */
export const casesFeature: FeatureManifest = {
  name: 'cases',
  shared: casesShared,
  routes: casesPlugin,
  demo: casesDemoSeeder,
  indicatorSources: casesIndicatorSources,
};
