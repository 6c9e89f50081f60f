import { page, type WebFeatureManifest } from '../manifest';

export const casesWeb: WebFeatureManifest = {
  name: 'cases',
  pages: [
    {
      path: '/cases',
      navKey: 'cases:nav',
      policy: 'cases.read',
      component: page(() => import('./CaseListPage'), 'CaseListPage'),
    },
    {
      path: '/cases/*',
      navKey: 'cases:nav',
      policy: 'cases.read',
      component: page(() => import('./CasesPages'), 'CasesPages'),
      hideInNav: true,
    },
    {
      path: '/admin/cases',
      navKey: 'cases:admin.nav',
      policy: 'cases.admin',
      component: page(() => import('./CasesAdminPage'), 'CasesAdminPage'),
    },
    {
      path: '/case-statistics',
      navKey: 'cases:stats.nav',
      policy: 'cases.aggregates',
      component: page(() => import('./CaseStatsPage'), 'CaseStatsPage'),
    },
  ],
};
