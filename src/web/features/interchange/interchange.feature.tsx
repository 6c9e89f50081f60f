import { page, type WebFeatureManifest } from '../manifest';

export const interchangeWeb: WebFeatureManifest = {
  name: 'interchange',
  pages: [
    {
      path: '/admin/interchange',
      navKey: 'interchange:nav.interchange',
      policy: 'interchange.import',
      component: page(() => import('./InterchangePage'), 'InterchangePage'),
    },
  ],
};
