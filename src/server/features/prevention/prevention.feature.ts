import { preventionShared } from '../../../common/features/prevention.js';
import type { FeatureManifest } from '../manifest.js';
import { preventionRoutes } from './prevention.routes.js';

/** Prevention, training and liaison (seed 003 §3, §4, §8, §9). */
export const preventionFeature: FeatureManifest = {
  name: 'prevention',
  shared: preventionShared,
  routes: preventionRoutes,
};
