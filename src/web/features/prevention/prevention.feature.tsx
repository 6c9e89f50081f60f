import { page, type WebFeatureManifest } from '../manifest';

export const preventionWeb: WebFeatureManifest = {
  name: 'prevention',
  pages: [
    {
      path: '/prevention',
      navKey: 'prevention:nav',
      policy: 'prevention.read',
      component: page(() => import('./ActivitiesPage'), 'ActivitiesPage'),
    },
    {
      path: '/prevention/*',
      navKey: 'prevention:nav',
      policy: 'prevention.read',
      component: page(() => import('./PreventionPages'), 'PreventionPages'),
      hideInNav: true,
    },
  ],
};
