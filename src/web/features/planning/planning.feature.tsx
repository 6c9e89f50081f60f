import { page, type WebFeatureManifest } from '../manifest';

export const planningWeb: WebFeatureManifest = {
  name: 'planning',
  pages: [
    {
      path: '/planning',
      navKey: 'planning:nav',
      policy: 'planning.read',
      component: page(() => import('./PlansPage'), 'PlansPage'),
    },
    {
      path: '/planning/*',
      navKey: 'planning:nav',
      policy: 'planning.read',
      component: page(() => import('./PlanPages'), 'PlanPages'),
      hideInNav: true,
    },
  ],
};
