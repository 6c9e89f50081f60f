// Shapes of the /api/auth responses, inferred from the server's zod contracts (src/common), so
// web and server cannot drift apart. Type-only: no zod code reaches the bundle from here.
import type { z } from 'zod';
import type {
  AuthStageSchema,
  EnrolmentConfirmResponse as EnrolmentConfirmSchema,
  EnrolmentStartResponse as EnrolmentStartSchema,
  MeResponse as MeSchema,
  SignInResponse as SignInSchema,
} from '../../common/auth.contract';

export type AuthStage = z.infer<typeof AuthStageSchema>;
export type MeResponse = z.infer<typeof MeSchema>;
export type MeUser = MeResponse['user'];
export type SignInResponse = z.infer<typeof SignInSchema>;
export type EnrolmentStartResponse = z.infer<typeof EnrolmentStartSchema>;
export type EnrolmentConfirmResponse = z.infer<typeof EnrolmentConfirmSchema>;
