// Shapes of the /api/auth responses as the web uses them (the server's zod contracts are the authority).
import type { Role } from '../roles';

/** Where a session stands: fully signed in, or waiting for the second factor. */
export type AuthStage = 'signed_in' | 'totp_required' | 'enrolment_required';

export interface MeUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
}

export interface MeResponse {
  user: MeUser;
  stage: AuthStage;
  totpEnrolled: boolean;
  totpRequired: boolean;
  csrfToken: string;
}

export interface SignInResponse {
  stage: AuthStage;
  csrfToken: string;
}

export interface EnrolmentStartResponse {
  secret: string;
  otpauthUrl: string;
  qrDataUrl: string;
}

export interface EnrolmentConfirmResponse {
  recoveryCodes: string[];
}
