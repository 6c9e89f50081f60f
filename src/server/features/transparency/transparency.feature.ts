import { transparencyShared } from '../../../common/features/transparency.js';
import type { FeatureManifest } from '../manifest.js';
import { transparencyDemoSeeder } from './demo.js';
import { transparencySection } from './transparency.section.js';
import { transparencyPlugin } from './transparency.routes.js';

/** Transparency unit (docs/transparency.md). */
export const transparencyFeature: FeatureManifest = {
  name: 'transparency',
  shared: transparencyShared,
  routes: transparencyPlugin,
  demo: transparencyDemoSeeder,
  reportSections: [transparencySection],
};
