import { legalShared } from '../../../common/features/legal.js';
import type { FeatureManifest, PackageArray } from '../manifest.js';
import type { ReportSection } from '../reports/api.js';
import { contractsArray, gazettePublicationsArray } from './legal.package.js';
import { legalPlugin } from './legal.routes.js';
import { legalDemoSeeder } from './legal.seeder.js';
import { legalSection } from './legal.section.js';

/** Legal area: contracts, lawsuits, Gazette publications (seed 002 §4, 003 §5). */
export const legalFeature: FeatureManifest = {
  name: 'legal',
  shared: legalShared,
  routes: legalPlugin,
  demo: legalDemoSeeder,
  reportSections: [legalSection as ReportSection],
  packageArrays: [contractsArray as unknown as PackageArray, gazettePublicationsArray as unknown as PackageArray],
};
