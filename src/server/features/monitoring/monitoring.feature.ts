import { monitoringShared } from '../../../common/features/monitoring.js';
import type { FeatureManifest, IndicatorSource, PackageArray } from '../manifest.js';
import type { ReportSection } from '../reports/api.js';
import { findingsSource, protestsSource } from './monitoring.indicators.js';
import { findingsArray, protestMonitoringArray } from './monitoring.package.js';
import { monitoringRoutes } from './monitoring.routes.js';
import { monitoringSection } from './monitoring.section.js';
import { monitoringDemoSeeder } from './monitoring.seeder.js';

/** Monitoring of aggressions: findings from open sources, the Base MPI CDMX, the map by alcaldía. */
export const monitoringFeature: FeatureManifest = {
  name: 'monitoring',
  shared: monitoringShared,
  routes: monitoringRoutes,
  demo: monitoringDemoSeeder,
  reportSections: [monitoringSection as ReportSection],
  indicatorSources: [findingsSource as IndicatorSource, protestsSource as IndicatorSource],
  packageArrays: [findingsArray as PackageArray, protestMonitoringArray as PackageArray],
};
