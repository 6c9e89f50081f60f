import { page, type WebFeatureManifest } from '../manifest';

/** Administration and finance coordination: report deliverables, activity log, procurement. */
export const administrationWeb: WebFeatureManifest = {
  name: 'administration',
  pages: [
    {
      path: '/administration',
      navKey: 'administration:nav',
      policy: 'administration.aggregates',
      component: page(() => import('./DeliverablesPage'), 'DeliverablesPage'),
    },
    {
      path: '/administration/*',
      navKey: 'administration:nav',
      policy: 'administration.aggregates',
      component: page(() => import('./AdministrationPages'), 'AdministrationPages'),
      hideInNav: true,
    },
  ],
};
