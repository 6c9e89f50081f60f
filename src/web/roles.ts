// The web uses the same role catalogue as the server (src/common/roles.ts); the server is the
// authority, the web only uses it to decide what to show.
export { roles as ROLES, rolesRequiringSecondFactor, type Role } from '../common/roles';
