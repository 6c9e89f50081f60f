import { legalShared } from '../../../common/features/legal.js';
import type { FeatureManifest } from '../manifest.js';
import { legalPlugin } from './legal.routes.js';

/** Legal area: contracts, lawsuits, Gazette publications (seed 002 §4, 003 §5). */
export const legalFeature: FeatureManifest = {
  name: 'legal',
  shared: legalShared,
  routes: legalPlugin,
};
