// Demo users: one per role, clearly fictional, with random passwords printed once on stdout.
// Roles that must use two-step verification (admin, dg, cdemp) come with TOTP already enrolled:
// the secret and three recovery codes are printed once too, so a person can try the product with
// any authenticator app (or `oathtool --totp -b SECRET`), or with a recovery code and no phone.
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { requiresSecondFactor, roles, type Role } from '../../../common/roles.js';
import type { AppDeps } from '../deps.js';
import type { DemoSeeder } from '../../features/manifest.js';
import { users } from './auth.schema.js';
import { passwordProblems } from './password.js';
import { newRecoveryCodes, newTotpSecret } from './totp.js';
import { createUser } from './users.service.js';

export const DEMO_DISPLAY_NAMES: Record<Role, string> = {
  admin: 'Demo Administración (ficticia)',
  dg: 'Demo Dirección General (ficticia)',
  cdemp: 'Demo Medidas de Protección (ficticia)',
  legal: 'Demo Asuntos Jurídicos (ficticia)',
  caf: 'Demo Administración y Finanzas (ficticia)',
  transparency: 'Demo Transparencia (ficticia)',
  planning: 'Demo Planeación (ficticia)',
  board: 'Demo Órganos Colegiados (ficticia)',
};

export const demoUsername = (role: Role) => `demo.${role}`;

function randomPassword(username: string): string {
  for (;;) {
    const p = crypto.randomBytes(12).toString('base64url'); // 16 characters, 96 bits
    if (passwordProblems(p, username).length === 0) return p;
  }
}

export interface DemoCredential {
  username: string;
  role: Role;
  password: string;
  totpSecret?: string;
  recoveryCodes?: string[];
}

export async function seedDemoUsers(deps: Pick<AppDeps, 'db' | 'crypto'>): Promise<DemoCredential[]> {
  const out: DemoCredential[] = [];
  for (const role of roles) {
    const username = demoUsername(role);
    const password = randomPassword(username);
    const user = await createUser(
      deps.db,
      { username, displayName: DEMO_DISPLAY_NAMES[role], roles: [role], password },
      { actor: null, ip: 'demo' },
      { mustChangePassword: false },
    );
    const cred: DemoCredential = { username, role, password };
    if (requiresSecondFactor([role])) {
      const secret = newTotpSecret();
      const { codes, hashes } = await newRecoveryCodes();
      await deps.db
        .update(users)
        .set({ totpSecret: deps.crypto.encrypt(secret), totpEnrolledAt: new Date(), recoveryCodes: hashes })
        .where(eq(users.id, user.id));
      Object.assign(cred, { totpSecret: secret, recoveryCodes: codes.slice(0, 3) });
      // Only three codes are printed; the other seven stay unusable hashes. Fewer lines to read.
    }
    out.push(cred);
  }
  return out;
}

export function formatDemoCredentials(creds: DemoCredential[]): string[] {
  const lines = [
    '',
    '=== Usuarios de demostración (ficticios). Estas credenciales se muestran UNA SOLA VEZ. ===',
    'usuario              contraseña          2FA: clave TOTP (o use un código de recuperación)',
  ];
  for (const c of creds) {
    lines.push(`${c.username.padEnd(20)} ${c.password.padEnd(19)} ${c.totpSecret ?? '(no requiere 2FA)'}`);
    if (c.recoveryCodes) lines.push(`${''.padEnd(41)}recuperación: ${c.recoveryCodes.join('  ')}`);
  }
  lines.push('Más información: docs/demo.md', '');
  return lines;
}

export const authDemoSeeder: DemoSeeder = {
  name: 'auth: usuarios de demostración',
  order: 0, // first: other seeders may assign records to the demo users
  seed: async (deps) => formatDemoCredentials(await seedDemoUsers(deps)),
};
