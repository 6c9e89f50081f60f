// Request and response contracts of /api/auth and /api/admin/users, shared by server and web.
import { z } from 'zod';
import { roles } from './roles.js';

export const RoleSchema = z.enum(roles);
/** Lower-case letters, digits, dot, dash, underscore; compared and stored in lower case. */
export const UsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9._-]{2,63}$/,
    'Use de 3 a 64 caracteres: letras minúsculas, números, punto, guion o guion bajo.',
  );
export const PasswordInputSchema = z
  .string()
  .min(1, 'Escriba la contraseña.')
  .max(256, 'La contraseña es demasiado larga.');

export const SignInBody = z.object({ username: z.string().trim().min(1).max(64), password: PasswordInputSchema });

export const SecondFactorBody = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'El código tiene 6 dígitos.')
      .optional(),
    recoveryCode: z.string().trim().min(12).max(40).optional(),
  })
  .refine((b) => (b.code === undefined) !== (b.recoveryCode === undefined), {
    message: 'Envíe un código de la aplicación o un código de recuperación (solo uno).',
  });

export const EnrolmentConfirmBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'El código tiene 6 dígitos.'),
});

export const AuthStageSchema = z.enum(['signed_in', 'totp_required', 'enrolment_required']);
export type AuthStage = z.infer<typeof AuthStageSchema>;

export const SignInResponse = z.object({ stage: AuthStageSchema, csrfToken: z.string() });

export const MeResponse = z.object({
  user: z.object({ id: z.uuid(), username: z.string(), displayName: z.string(), roles: z.array(RoleSchema) }),
  stage: AuthStageSchema,
  totpEnrolled: z.boolean(),
  totpRequired: z.boolean(),
  mustChangePassword: z.boolean(),
  csrfToken: z.string(),
});

export const EnrolmentStartResponse = z.object({ secret: z.string(), otpauthUrl: z.string(), qrDataUrl: z.string() });
export const EnrolmentConfirmResponse = z.object({ recoveryCodes: z.array(z.string()), csrfToken: z.string() });

export const ChangePasswordBody = z.object({ currentPassword: PasswordInputSchema, newPassword: PasswordInputSchema });

// --- user administration ---
export const AdminUser = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(RoleSchema),
  disabled: z.boolean(),
  totpEnrolled: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});
export const RolesList = z.array(RoleSchema).min(1, 'Asigne al menos un rol.').max(roles.length);
export const CreateUserBody = z.object({
  username: UsernameSchema,
  displayName: z.string().trim().min(1).max(200),
  roles: RolesList,
  password: PasswordInputSchema,
});
export const SetRolesBody = z.object({ roles: RolesList });
export const ResetPasswordBody = z.object({ password: PasswordInputSchema });
export const UserIdParams = z.object({ id: z.uuid() });
