import { bodiesShared } from '../../../common/features/bodies.js';
import type { FeatureManifest } from '../manifest.js';
import { bodiesIndicatorSources } from './bodies.indicators.js';
import { bodySessionsArray } from './bodies.package.js';
import { bodiesDemoSeeder } from './bodies.seeder.js';
import { bodiesPlugin } from './bodies.routes.js';
import { bodiesSection } from './bodies.section.js';

/** Collegiate bodies: sessions, agendas, agreements and their follow-up, members, minutes (issue 10). */
export const bodiesFeature: FeatureManifest = {
  name: 'bodies',
  shared: bodiesShared,
  routes: bodiesPlugin,
  demo: bodiesDemoSeeder,
  reportSections: [bodiesSection],
  indicatorSources: bodiesIndicatorSources,
  packageArrays: [bodySessionsArray],
};
