import { bodiesShared } from '../../../common/features/bodies.js';
import type { FeatureManifest } from '../manifest.js';
import { bodiesPlugin } from './bodies.routes.js';

/** Collegiate bodies: sessions, agendas, agreements and their follow-up, members, minutes (issue 10). */
export const bodiesFeature: FeatureManifest = {
  name: 'bodies',
  shared: bodiesShared,
  routes: bodiesPlugin,
};
