import { policies, type PolicyKey } from '../../../common/features.js';
import type { Role } from '../../../common/roles.js';

/**
 * The policy catalogue, derived from every feature's shared definition (src/common/features/*):
 * every protected route names one of these, and only the listed roles pass. Record-level rules
 * (e.g. assignment to a case) are checked in the services on top of this.
 */
export { policies, type PolicyKey };

/** 'public': anyone; 'authenticated': any signed-in user with a complete sign-in;
 *  'auth.pending': signed in, second factor possibly still missing (enrolment/verification routes). */
export type PolicyName = PolicyKey | 'public' | 'authenticated' | 'auth.pending';

export function isPolicyName(value: unknown): value is PolicyName {
  return (
    typeof value === 'string' &&
    (Object.prototype.hasOwnProperty.call(policies, value) ||
      value === 'public' ||
      value === 'authenticated' ||
      value === 'auth.pending')
  );
}

export function rolesAllow(policy: PolicyName, userRoles: readonly Role[]): boolean {
  if (policy === 'public' || policy === 'authenticated' || policy === 'auth.pending') return true;
  const allowed: readonly Role[] = policies[policy];
  return userRoles.some((r) => allowed.includes(r));
}
