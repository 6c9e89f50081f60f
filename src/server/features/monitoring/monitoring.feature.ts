import { monitoringShared } from '../../../common/features/monitoring.js';
import type { FeatureManifest } from '../manifest.js';
import { monitoringRoutes } from './monitoring.routes.js';

/** Monitoring of aggressions: findings from open sources, the Base MPI CDMX, the map by alcaldía. */
export const monitoringFeature: FeatureManifest = {
  name: 'monitoring',
  shared: monitoringShared,
  routes: monitoringRoutes,
};
