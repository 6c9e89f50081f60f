/** Roles by administrative area (see shared/docs/domain.md) plus the system administrator. */
export const roles = ['admin', 'dg', 'cdemp', 'legal', 'caf', 'transparency', 'planning', 'board'] as const;
export type Role = (typeof roles)[number];

/** Roles that can see the identities of people at risk: they must use two-factor sign-in. */
export const rolesRequiringSecondFactor: readonly Role[] = ['admin', 'dg', 'cdemp'];

export function requiresSecondFactor(userRoles: readonly Role[]): boolean {
  return userRoles.some((r) => rolesRequiringSecondFactor.includes(r));
}
