// The transparency feature plugin: requests, calendar and rule sets, obligations, statistics, training,
// committee and the activities the report narrates.
import { TransparencyCan } from '../../../common/features/transparency.contract.js';
import type { FeaturePlugin } from '../manifest.js';
import { activityRoutes } from './activities.routes.js';
import { committeeRoutes } from './committee.routes.js';
import { governanceRoutes } from './governance.routes.js';
import { obligationsRoutes } from './obligations.routes.js';
import { requestsRoutes } from './requests.routes.js';
import { transparencyCan } from './requests.service.js';
import { settingsRoutes } from './settings.routes.js';
import { statisticsRoutes } from './statistics.routes.js';
import { trainingRoutes } from './training.routes.js';

export const transparencyPlugin: FeaturePlugin = async (app, deps) => {
  app.get(
    '/transparency/can',
    { config: { policy: 'transparency.read' }, schema: { response: { 200: TransparencyCan } } },
    async (req) => transparencyCan(req.actor!.roles),
  );
  await requestsRoutes(app, deps);
  await settingsRoutes(app, deps);
  await governanceRoutes(app, deps);
  await obligationsRoutes(app, deps);
  await statisticsRoutes(app, deps);
  await trainingRoutes(app, deps);
  await committeeRoutes(app, deps);
  await activityRoutes(app, deps);
};
