// Signing in through the real pages, for any browser test: with the credentials that demo mode
// prints at start-up, or with a user created by the CLI.
import type { Page } from 'playwright-core';
import { totpCodeAt } from '../../../src/server/platform/auth/totp.js';

export interface Credentials {
  username: string;
  password: string;
  /** For roles with TOTP pre-enrolled (demo admin, dg, cdemp). */
  totpSecret?: string;
}

/** The demo users printed once by `serve` on an empty database (see docs/demo.md). */
export function parseDemoCredentials(stdout: string): Map<string, Credentials> {
  const result = new Map<string, Credentials>();
  for (const line of stdout.split('\n')) {
    const m = /^(demo\.[a-z]+)\s+(\S+)\s+([A-Z2-7]{16,})?/.exec(line);
    if (m) result.set(m[1]!, { username: m[1]!, password: m[2]!, ...(m[3] ? { totpSecret: m[3] } : {}) });
  }
  return result;
}

/** TOTP steps already typed per secret in this test process: the server refuses a step twice (replay). */
const usedSteps = new Map<string, number>();

/** A code whose 30-second step has not been used yet by this process, waiting for the next step if needed. */
async function freshTotpCode(secret: string): Promise<string> {
  const stepOf = (ms: number) => Math.floor(ms / 30_000);
  const last = usedSteps.get(secret) ?? -1;
  if (stepOf(Date.now()) <= last) {
    await new Promise((resolve) => setTimeout(resolve, (last + 1) * 30_000 - Date.now() + 250));
  }
  const now = Date.now();
  usedSteps.set(secret, stepOf(now));
  return totpCodeAt(secret, now);
}

/** Signs in from the sign-in page and, when asked, types the current TOTP code. Ends on the dashboard. */
export async function signInThroughUi(page: Page, baseUrl: string, c: Credentials): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Nombre de usuario').fill(c.username);
  await page.getByLabel('Contraseña').fill(c.password);
  await page.getByRole('button', { name: 'Entrar' }).click();
  if (c.totpSecret) {
    await page.waitForURL('**/2fa');
    await page.getByLabel('Código de verificación').fill(await freshTotpCode(c.totpSecret));
    await page.getByRole('button', { name: 'Verificar' }).click();
  }
  await page.getByRole('heading', { name: 'Inicio', level: 1 }).waitFor();
}

/**
 * First sign-in of a CLI-created user of a role that requires a second factor: through the enrolment
 * page (secret shown, first code typed, recovery codes acknowledged). Returns the TOTP secret.
 */
export async function signInEnrollingTotp(
  page: Page,
  baseUrl: string,
  username: string,
  password: string,
): Promise<string> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Nombre de usuario').fill(username);
  await page.getByLabel('Contraseña').fill(password);
  await page.getByRole('button', { name: 'Entrar' }).click();
  await page.waitForURL('**/2fa/enrol');
  const secret = (await page.getByTestId('totp-secret').innerText()).trim();
  await page.getByLabel('Código de verificación').fill(totpCodeAt(secret, Date.now()));
  await page.getByRole('button', { name: 'Confirmar y activar' }).click();
  await page.getByRole('button', { name: /Ya guardé mis códigos/ }).click();
  return secret;
}
