// Feature registry of the web app. Each feature appends ONE entry here; the router and the
// navigation are built from this list, so no feature needs to edit the shell.
import type { ReactNode } from 'react';
import { ROLES, type Role } from '../roles';
import { DashboardPage } from '../ui/DashboardPage';
import { UsersPage } from '../admin/UsersPage';
import { AuditPage } from '../admin/AuditPage';
import { CaseListPage } from './cases/CaseListPage';
import { CasesPages } from './cases/CasesPages';
import { CasesAdminPage } from './cases/CasesAdminPage';
import { CaseStatsPage } from './cases/CaseStatsPage';
import { AccountPage } from '../auth/AccountPage';
import { RequestsPage as TransparencyRequestsPage } from './transparency/RequestsPage';
import { TransparencyPages } from './transparency/TransparencyPages';
import { ReportsPage } from './reports/ReportsPage';
import { InterchangePage } from './interchange/InterchangePage';

export type { Role };

export interface WebFeature {
  /** Route path below the signed-in layout, e.g. '/cases' (no trailing slash). */
  path: string;
  /** i18n key 'namespace:key' for the navigation entry. */
  navKey: string;
  /** Roles that see the entry and may open the page (the server still checks every request). */
  roles: Role[];
  element: ReactNode;
  /** Hide from the navigation (pages reached from other pages, e.g. '/cases/:id'). */
  hideInNav?: boolean;
}

const ALL_ROLES: Role[] = [...ROLES];

export const webFeatures: WebFeature[] = [
  { path: '/', navKey: 'common:nav.dashboard', roles: ALL_ROLES, element: <DashboardPage /> },
  { path: '/admin/users', navKey: 'admin:nav.users', roles: ['admin'], element: <UsersPage /> },
  { path: '/admin/audit', navKey: 'admin:nav.audit', roles: ['admin'], element: <AuditPage /> },
  { path: '/account', navKey: 'auth:account.link', roles: ALL_ROLES, element: <AccountPage />, hideInNav: true },
  {
    path: '/transparency',
    navKey: 'transparency:nav',
    roles: ['transparency', 'dg', 'admin'],
    element: <TransparencyRequestsPage />,
  },
  {
    path: '/transparency/*',
    navKey: 'transparency:nav',
    roles: ['transparency', 'dg', 'admin'],
    element: <TransparencyPages />,
    hideInNav: true,
  },
  { path: '/cases', navKey: 'cases:nav', roles: ['cdemp', 'dg'], element: <CaseListPage /> },
  { path: '/cases/*', navKey: 'cases:nav', roles: ['cdemp', 'dg'], element: <CasesPages />, hideInNav: true },
  { path: '/admin/cases', navKey: 'cases:admin.nav', roles: ['admin'], element: <CasesAdminPage /> },
  {
    path: '/case-statistics',
    navKey: 'cases:stats.nav',
    roles: ['cdemp', 'dg', 'board', 'planning'],
    element: <CaseStatsPage />,
  },
  { path: '/reports', navKey: 'reports:nav', roles: ['planning', 'dg', 'board', 'cdemp'], element: <ReportsPage /> },
  { path: '/admin/interchange', navKey: 'interchange:nav.interchange', roles: ['admin'], element: <InterchangePage /> },
];
