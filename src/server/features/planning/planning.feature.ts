import { planningShared } from '../../../common/features/planning.js';
import type { FeatureManifest } from '../manifest.js';
import { planningDemoSeeder } from './planning.seeder.js';
import { planningSection } from './planning.section.js';
import { planningRoutes } from './planning.routes.js';

/** Annual work plans and their indicators computed from the records (seed-modules.md §2). */
export const planningFeature: FeatureManifest = {
  name: 'planning',
  shared: planningShared,
  routes: planningRoutes,
  demo: planningDemoSeeder,
  reportSections: [planningSection],
  commands: {
    plan: {
      describe: 'plan indicators --plan ID --from --to --format json | plan load: planes anuales e indicadores',
      load: async () => (await import('./plan.command.js')).planCommand,
    },
  },
};
