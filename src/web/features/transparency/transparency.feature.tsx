import { page, type WebFeatureManifest } from '../manifest';

export const transparencyWeb: WebFeatureManifest = {
  name: 'transparency',
  pages: [
    {
      path: '/transparency',
      navKey: 'transparency:nav',
      policy: 'transparency.read',
      component: page(() => import('./RequestsPage'), 'RequestsPage'),
    },
    {
      path: '/transparency/*',
      navKey: 'transparency:nav',
      policy: 'transparency.read',
      component: page(() => import('./TransparencyPages'), 'TransparencyPages'),
      hideInNav: true,
    },
  ],
};
