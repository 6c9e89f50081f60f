// The legal area registers a contract with the keyboard and sees it in the list; the legal role,
// which had no module before, now has its pages.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { browserEnvironment, createUser } from './support/environment.js';

const USERNAME = 'e2e.juridico';
const PASSWORD = 'expediente-sellado-de-la-junta-47';
const NUMBER = 'MPICDMX/CAF/CT/09/2024';

const e2e = browserEnvironment({
  prepare: (env) =>
    createUser(env, { role: 'legal', username: USERNAME, displayName: 'Asuntos Jurídicos E2E', password: PASSWORD }),
});
let page: Page;
beforeAll(async () => {
  page = await e2e.newPage();
});

describe('contracts register', () => {
  it('signs in and reaches the legal pages from the navigation', async () => {
    await page.goto(`${e2e.server.url}/sign-in`);
    await page.getByLabel('Nombre de usuario').fill(USERNAME);
    await page.getByLabel('Contraseña').fill(PASSWORD);
    await page.getByRole('button', { name: 'Entrar' }).click();
    const nav = page.getByRole('navigation', { name: 'Navegación principal' });
    await nav.getByRole('link', { name: 'Asuntos jurídicos' }).click();
    await page.getByRole('heading', { name: 'Contratos', level: 1 }).waitFor();
    expect(await page.getByText('Todavía no hay módulos disponibles').count()).toBe(0);
  });

  it('registers a contract with the keyboard and sees it in the list', async () => {
    await page.getByLabel('Número de contrato').focus();
    await page.keyboard.type(NUMBER);
    await page.keyboard.press('Tab'); // contract type: professional services by default
    await page.keyboard.press('Tab');
    await page.keyboard.type('Persona Ficticia E2E');
    await page.keyboard.press('Tab');
    await page.keyboard.type('98000.50');
    await page.getByLabel('Fecha de firma').fill('2024-01-02');
    await page.getByLabel('Inicio de vigencia').fill('2024-01-01');
    await page.getByLabel('Fin de vigencia').fill('2024-09-30');
    await page.getByLabel('Objeto').focus();
    await page.keyboard.type('Asesoría en seguridad digital');
    await page.getByRole('button', { name: 'Guardar contrato' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Guardado.' }).waitFor();
    const table = page.getByRole('table', { name: 'Contratos' });
    const row = table.getByRole('row').filter({ hasText: NUMBER });
    await row.waitFor();
    expect(await row.innerText()).toContain('Servicios profesionales');
    expect(await row.innerText()).toContain('Asesoría en seguridad digital');
    // The counterpart is personal data: never in the list.
    expect(await table.innerText()).not.toContain('Persona Ficticia E2E');
    await screenshot(page, 'legal-1-contract');
  });

  it('opens the contract and sees the counterpart (legal may)', async () => {
    await page.getByRole('link', { name: NUMBER }).click();
    await page.getByRole('heading', { name: `Contrato ${NUMBER}` }).waitFor();
    await page.getByText('Persona Ficticia E2E').waitFor();
  });

  it('a reversed validity is refused with a clear Spanish message and nothing is lost', async () => {
    await page
      .getByRole('navigation', { name: 'Secciones de asuntos jurídicos' })
      .getByRole('link', { name: 'Contratos' })
      .click();
    await page.getByLabel('Número de contrato').fill('MPICDMX/CAF/CT/10/2024');
    await page.getByLabel('Fecha de firma').fill('2024-01-02');
    await page.getByLabel('Inicio de vigencia').fill('2024-05-01');
    await page.getByLabel('Fin de vigencia').fill('2024-04-30');
    await page.getByRole('button', { name: 'Guardar contrato' }).click();
    await page.getByRole('alert').filter({ hasText: 'fecha de término' }).waitFor();
    expect(await page.getByLabel('Número de contrato').inputValue()).toBe('MPICDMX/CAF/CT/10/2024');
  });
});
