import { page, type WebFeatureManifest } from '../manifest';

export const monitoringWeb: WebFeatureManifest = {
  name: 'monitoring',
  pages: [
    {
      path: '/monitoring',
      navKey: 'monitoring:nav',
      policy: 'monitoring.read',
      component: page(() => import('./FindingsPage'), 'FindingsPage'),
    },
    {
      path: '/monitoring/findings/*',
      navKey: 'monitoring:nav',
      policy: 'monitoring.read',
      component: page(() => import('./FindingPage'), 'FindingPage'),
      hideInNav: true,
    },
    {
      path: '/monitoring-protests',
      navKey: 'monitoring:protests.nav',
      policy: 'monitoring.read',
      component: page(() => import('./ProtestsPage'), 'ProtestsPage'),
    },
    {
      path: '/monitoring-dashboard',
      navKey: 'monitoring:dashboard.nav',
      policy: 'monitoring.aggregates',
      component: page(() => import('./MonitoringDashboardPage'), 'MonitoringDashboardPage'),
    },
  ],
};
