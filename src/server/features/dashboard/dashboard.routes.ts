import { DashboardOut } from '../../../common/features/dashboard.contract.js';
import type { FeaturePlugin } from '../manifest.js';
import { buildDashboard } from './dashboard.service.js';

export const dashboardRoutes: FeaturePlugin = async (app, deps) => {
  // Open to every signed-in person; each section checks its own policy in the service.
  app.get('/dashboard', { config: { policy: 'authenticated' }, schema: { response: { 200: DashboardOut } } }, (req) =>
    buildDashboard(deps, { actor: req.actor!, ip: req.ip }),
  );
};
