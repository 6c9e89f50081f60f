import { page, type WebFeatureManifest } from '../manifest';

/** The platform's pages: dashboard, account, users and the audit trail. */
export const platformWeb: WebFeatureManifest = {
  name: 'platform',
  pages: [
    {
      path: '/',
      navKey: 'common:nav.dashboard',
      policy: 'authenticated',
      component: page(() => import('../../ui/DashboardPage'), 'DashboardPage'),
    },
    {
      path: '/admin/users',
      navKey: 'admin:nav.users',
      policy: 'users.admin',
      component: page(() => import('../../admin/UsersPage'), 'UsersPage'),
    },
    {
      path: '/admin/audit',
      navKey: 'admin:nav.audit',
      policy: 'audit.read',
      component: page(() => import('../../admin/AuditPage'), 'AuditPage'),
    },
    {
      path: '/account',
      navKey: 'auth:account.link',
      policy: 'authenticated',
      component: page(() => import('../../auth/AccountPage'), 'AccountPage'),
      hideInNav: true,
    },
  ],
};
