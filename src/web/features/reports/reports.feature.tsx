import { page, type WebFeatureManifest } from '../manifest';

export const reportsWeb: WebFeatureManifest = {
  name: 'reports',
  pages: [
    {
      path: '/reports',
      navKey: 'reports:nav',
      policy: 'reports.read',
      component: page(() => import('./ReportsPage'), 'ReportsPage'),
    },
  ],
};
