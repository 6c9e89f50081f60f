import type { Role } from '../roles';

export interface AdminUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  disabled: boolean;
  totpEnrolled: boolean;
  lockedUntil: string | null;
  createdAt: string;
}
