import { page, type WebFeatureManifest } from '../manifest';

export const bodiesWeb: WebFeatureManifest = {
  name: 'bodies',
  pages: [
    {
      path: '/bodies',
      navKey: 'bodies:nav',
      policy: 'bodies.read',
      component: page(() => import('./BodiesListPage'), 'BodiesListPage'),
    },
    {
      path: '/bodies/*',
      navKey: 'bodies:nav',
      policy: 'bodies.read',
      component: page(() => import('./BodiesPages'), 'BodiesPages'),
      hideInNav: true,
    },
  ],
};
