import { dashboardShared } from '../../../common/features/dashboard.js';
import type { FeatureManifest } from '../manifest.js';
import { dashboardRoutes } from './dashboard.routes.js';

/** The home page per role: urgent, overdue and due-soon items of the modules the person reads. */
export const dashboardFeature: FeatureManifest = {
  name: 'dashboard',
  shared: dashboardShared,
  routes: dashboardRoutes,
};
