import type { Role } from '../../../common/roles.js';

/**
 * The policy catalogue: every protected route names one of these, and only the listed roles pass.
 * Record-level rules (e.g. assignment to a case) are checked in the services on top of this.
 * Append one entry per policy; keep them grouped by feature.
 */
export const policies = {
  // platform
  'audit.read': ['admin'],
  'users.admin': ['admin'],
  // transparency
  'transparency.read': ['transparency', 'dg', 'admin'],
  'transparency.write': ['transparency'],
  'transparency.admin': ['admin'],
  // cases (docs/cases.md): identities also need assignment to the case or a case_leads row
  'cases.read': ['cdemp', 'dg'],
  'cases.write': ['cdemp'],
  'cases.identities': ['cdemp', 'dg'],
  'cases.assign': ['cdemp'],
  'cases.aggregates': ['cdemp', 'dg', 'board', 'planning'],
  'cases.catalogue.read': ['cdemp', 'dg', 'admin'],
  'cases.admin': ['admin'],
  // reports (bimonthly report: aggregates only)
  'reports.read': ['planning', 'dg', 'board', 'cdemp'],
  'reports.issue': ['planning', 'dg'],
  // interchange: whole-database import/export (no personal data) — system administration only
  'interchange.import': ['admin'],
  'interchange.export': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type PolicyKey = keyof typeof policies;
/** 'public': anyone; 'authenticated': any signed-in user with a complete sign-in;
 *  'auth.pending': signed in, second factor possibly still missing (enrolment/verification routes). */
export type PolicyName = PolicyKey | 'public' | 'authenticated' | 'auth.pending';

export function isPolicyName(value: unknown): value is PolicyName {
  return (
    typeof value === 'string' &&
    (value in policies || value === 'public' || value === 'authenticated' || value === 'auth.pending')
  );
}

export function rolesAllow(policy: PolicyName, userRoles: readonly Role[]): boolean {
  if (policy === 'public' || policy === 'authenticated' || policy === 'auth.pending') return true;
  const allowed: readonly Role[] = policies[policy];
  return userRoles.some((r) => allowed.includes(r));
}
