// A person signs in for the first time, enrols two-step verification with the QR page, keeps the
// recovery codes, sees the dashboard and admin pages, signs out and back in with a TOTP code.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCodeAt } from '../../src/server/platform/auth/totp.js';
import { parseDemoCredentials, signInThroughUi } from './support/auth.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { cli, startServer, tempEnv, type RunningServer } from './support/server.js';

const USERNAME = 'e2e.coordinacion';
const PASSWORD = 'faro-del-puerto-azul-27';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const env = tempEnv();
  await cli({ ...env, SALVAGUARDA_NEW_PASSWORD: PASSWORD }, [
    'user',
    'create',
    '--role',
    'admin,cdemp',
    '--username',
    USERNAME,
    '--display-name',
    'Persona de Prueba E2E',
  ]);
  server = await startServer(env);
  browser = await launchBrowser();
  page = await browser.newPage({ locale: 'es-MX', viewport: { width: 1280, height: 800 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('sign-in with mandatory two-step verification', () => {
  let secret = '';

  it('sends an anonymous visitor to the Spanish sign-in page', async () => {
    await page.goto(`${server.url}/admin/users`);
    await page.waitForURL('**/sign-in');
    expect(await page.getAttribute('html', 'lang')).toBe('es-MX');
    await page.getByRole('heading', { name: 'Iniciar sesión' }).waitFor();
    await screenshot(page, 'signin-1-form');
  });

  it('shows a Spanish error for a wrong password', async () => {
    await page.getByLabel('Nombre de usuario').fill(USERNAME);
    await page.getByLabel('Contraseña').fill('no-es-la-contraseña-correcta');
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page.getByRole('alert').getByText('Usuario o contraseña incorrectos.').waitFor();
  });

  it('holds a cdemp/admin person at enrolment and shows the QR code and secret', async () => {
    await page.getByLabel('Contraseña').fill(PASSWORD);
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page.waitForURL('**/2fa/enrol');
    await page.getByRole('img', { name: /Código QR/ }).waitFor();
    secret = (await page.getByTestId('totp-secret').innerText()).trim();
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    // Nothing else is reachable before enrolment.
    await page.goto(`${server.url}/`);
    await page.waitForURL('**/2fa/enrol');
    await page.getByTestId('totp-secret').waitFor();
    secret = (await page.getByTestId('totp-secret').innerText()).trim(); // a reload starts a fresh secret
    await screenshot(page, 'signin-2-enrol');
  });

  it('confirms with a code from the secret, then shows ten recovery codes once', async () => {
    await page.getByLabel('Código de verificación').fill(totpCodeAt(secret, Date.now()));
    await page.getByRole('button', { name: 'Confirmar y activar' }).click();
    const codes = page.getByTestId('recovery-codes').locator('li');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    await screenshot(page, 'signin-3-recovery-codes');
    await page.getByRole('button', { name: /Ya guardé mis códigos/ }).click();
  });

  it("shows the dashboard with the person's areas and the navigation for their roles", async () => {
    await page.getByRole('heading', { name: 'Inicio', level: 1 }).waitFor();
    await page.getByText('Bienvenida o bienvenido, Persona de Prueba E2E.').waitFor();
    const nav = page.getByRole('navigation', { name: 'Navegación principal' });
    await nav.getByRole('link', { name: 'Usuarios' }).waitFor();
    await nav.getByRole('link', { name: 'Bitácora de auditoría' }).waitFor();
    await page.getByText('Coordinación de Medidas de Protección').first().waitFor();
    await screenshot(page, 'signin-4-dashboard');
    // Keyboard: the first Tab reaches the skip link, which moves focus to the main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Saltar al contenido principal');
  });

  it('opens the user administration and audit trail pages', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Usuarios' }).click();
    await page.getByRole('cell', { name: USERNAME, exact: true }).waitFor();
    await screenshot(page, 'signin-5-users');
    await page.getByRole('navigation').getByRole('link', { name: 'Bitácora de auditoría' }).click();
    // In words, not the action's code (totp_enrolled).
    await page.getByText('Configuración de la verificación en dos pasos').first().waitFor();
    await screenshot(page, 'signin-6-audit');
  });

  it('creates a user from the administration page, with a Spanish policy message first', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Usuarios' }).click();
    await page.getByRole('button', { name: 'Crear usuario' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nombre de usuario').fill('e2e.planeacion');
    await dialog.getByLabel('Nombre para mostrar').fill('Persona Ficticia de Planeación');
    await dialog.getByLabel('Planeación').check();
    await dialog.getByLabel('Contraseña inicial').fill('corta');
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await dialog.getByRole('alert').getByText('La contraseña no cumple la política de seguridad.').waitFor();
    await dialog.getByRole('alert').getByText('La contraseña debe tener al menos 12 caracteres.').waitFor();
    await screenshot(page, 'signin-5a-weak-password');
    await dialog.getByLabel('Contraseña inicial').fill('montaña-de-papel-y-tinta');
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await page.getByRole('cell', { name: 'e2e.planeacion', exact: true }).waitFor();
    await screenshot(page, 'signin-5b-user-created');
  });

  it('switches the interface to English', async () => {
    await page.getByText('English').click();
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    // The English catalogues load on demand: a reload with English chosen before still shows English.
    await page.reload();
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    await page.getByText('Español').click();
    await page.getByRole('heading', { name: 'Usuarios', level: 1 }).waitFor();
  });

  it('opens the account page from the account menu', async () => {
    await page.getByRole('button', { name: 'Menú de la cuenta' }).click();
    await page.getByRole('menuitem', { name: 'Mi cuenta' }).click();
    await page.getByRole('heading', { name: 'Mi cuenta', level: 1 }).waitFor();
    await page.getByLabel('Contraseña actual').waitFor();
  });

  it('signs out, and the next sign-in asks for the TOTP code', async () => {
    await page.getByRole('button', { name: 'Menú de la cuenta' }).click();
    await page.getByRole('menuitem', { name: 'Cerrar sesión', exact: true }).click();
    await page.waitForURL('**/sign-in');
    await page.getByLabel('Nombre de usuario').fill(USERNAME);
    await page.getByLabel('Contraseña').fill(PASSWORD);
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page.waitForURL('**/2fa');
    await screenshot(page, 'signin-7-verify');
    // The next time step: the enrolment code's step cannot be replayed.
    await page.getByLabel('Código de verificación').fill(totpCodeAt(secret, Date.now() + 30_000));
    await page.getByRole('button', { name: 'Verificar' }).click();
    await page.getByRole('heading', { name: 'Inicio', level: 1 }).waitFor();
  });
});

describe('an ended session', () => {
  it('sends the person back to sign-in at their next action', async () => {
    await page.context().clearCookies(); // as if the session expired on the server
    await page.getByRole('navigation').getByRole('link', { name: 'Usuarios' }).click();
    await page.waitForURL('**/sign-in');
    await page.getByRole('heading', { name: 'Iniciar sesión' }).waitFor();
  });
});

describe('demo mode on an empty database', () => {
  let demo: RunningServer;
  let demoPage: Page;
  beforeAll(async () => {
    demo = await startServer(tempEnv());
    demoPage = await browser.newPage({ locale: 'es-MX' });
  });
  afterAll(async () => {
    await demoPage?.close();
    await demo?.stop();
  });

  it('prints demo credentials once; demo.cdemp signs in with the printed TOTP secret', async () => {
    const creds = parseDemoCredentials(demo.stdout());
    expect([...creds.keys()].sort()).toEqual([
      'demo.admin',
      'demo.board',
      'demo.caf',
      'demo.cdemp',
      'demo.dg',
      'demo.legal',
      'demo.planning',
      'demo.transparency',
    ]);
    expect(creds.get('demo.legal')!.totpSecret).toBeUndefined();
    await signInThroughUi(demoPage, demo.url, creds.get('demo.cdemp')!);
    await demoPage.getByText('Bienvenida o bienvenido, Demo Medidas de Protección (ficticia).').waitFor();
    await screenshot(demoPage, 'signin-8-demo-cdemp');
  });
});
