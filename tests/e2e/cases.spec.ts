// A protection officer registers a case with a beneficiary, records a risk assessment, a protection
// plan with two measures and a month of actions in the quick-entry grid, and sees all of it on the
// case timeline; a concurrent edit shows the conflict message.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInEnrollingTotp } from './support/auth.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { cli, startServer, tempEnv, type RunningServer } from './support/server.js';

const USERNAME = 'e2e.medidas';
const PASSWORD = 'brujula-de-la-sierra-verde-41';
const PERSON = 'Valentina Ríos Castañeda';

// The previous calendar month in Mexico City: the case opens on its first day, actions fill it.
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City' }).format(new Date());
const [ty, tm] = today.split('-').map(Number) as [number, number];
const MONTH = tm === 1 ? `${ty - 1}-12` : `${ty}-${String(tm - 1).padStart(2, '0')}`;
const DAYS = new Date(Date.UTC(Number(MONTH.slice(0, 4)), Number(MONTH.slice(5, 7)), 0)).getUTCDate();

let server: RunningServer;
let browser: Browser;
let page: Page;
let caseUrl = '';

async function pick(label: string, option: string) {
  await page.getByRole('textbox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

beforeAll(async () => {
  const env = { ...tempEnv(), SALVAGUARDA_DEMO: 'false' }; // a clean database: folios and codes start at 1
  await cli({ ...env, SALVAGUARDA_NEW_PASSWORD: PASSWORD }, [
    'user',
    'create',
    '--role',
    'cdemp,admin',
    '--username',
    USERNAME,
    '--display-name',
    'Oficial de Protección E2E',
  ]);
  server = await startServer(env);
  browser = await launchBrowser();
  page = await browser.newPage({ locale: 'es-MX', viewport: { width: 1400, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('cases and protection plans', () => {
  it('signs in a cdemp officer who also administers the system (with two-step enrolment)', async () => {
    await signInEnrollingTotp(page, server.url, USERNAME, PASSWORD);
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Casos', exact: true })
      .click();
    await page.getByRole('heading', { name: 'Casos', level: 1 }).waitFor();
  });

  it('creates an incorporation case and adds a beneficiary', async () => {
    await page.getByRole('link', { name: 'Nuevo caso' }).click();
    await page.getByRole('heading', { name: 'Nuevo caso' }).waitFor();
    await pick('Perfil', 'Persona periodista o colaboradora');
    await pick('Identidad', 'Mujer');
    await page.getByLabel('Fecha de apertura').fill(`${MONTH}-01`);
    await page.getByRole('textbox', { name: 'Alcaldía o entidad' }).fill('Coyo');
    await page.getByRole('option', { name: 'Coyoacán' }).click(); // suggested alcaldía
    await page.getByRole('button', { name: 'Registrar caso' }).click();
    await page.getByRole('heading', { name: new RegExp(`^Caso MPI-${MONTH.slice(0, 4)}-001$`) }).waitFor();
    caseUrl = page.url();

    await page.getByRole('button', { name: 'Agregar persona' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nombre completo').fill(PERSON);
    await dialog.getByLabel('Organización o medio').fill('Radio Comunitaria del Sur');
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await page.getByRole('cell', { name: PERSON, exact: true }).waitFor();
  });

  it('records a risk assessment, a plan and two measures', async () => {
    await page.getByRole('button', { name: 'Registrar análisis' }).click();
    await page.getByRole('dialog').getByLabel('Fecha del análisis').fill(`${MONTH}-02`);
    await pick('Nivel de riesgo', 'Riesgo alto');
    await page.getByRole('checkbox', { name: 'Amenazas' }).check();
    await page
      .getByRole('dialog')
      .getByLabel('Narración (reservada)')
      .fill('Amenazas tras publicar una investigación.');
    await page.getByRole('dialog').getByRole('button', { name: 'Guardar' }).click();
    await page.getByText('Amenazas tras publicar una investigación.').waitFor();

    await page.getByRole('button', { name: 'Nueva versión del plan' }).click();
    await page.getByRole('dialog').getByLabel('Vigente desde').fill(`${MONTH}-03`);
    await page.getByRole('dialog').getByRole('button', { name: 'Guardar' }).click();
    await page.getByText('Plan versión 1').first().waitFor();

    for (const measure of ['Monitoreo telefónico', 'Rondines bitacorados (Código águila)']) {
      await page.getByRole('button', { name: 'Agregar medida' }).click();
      const dialog = page.getByRole('dialog');
      await pick('Medida del catálogo', measure);
      await dialog.getByLabel('Fecha de implementación').fill(`${MONTH}-03`);
      await dialog.getByLabel('Institución responsable').fill('SSC');
      await dialog.getByRole('button', { name: 'Guardar' }).click();
      await page.getByRole('cell', { name: measure, exact: true }).waitFor();
    }
  });

  it('enters a month of actions for both measures in the grid', async () => {
    await page.getByRole('link', { name: 'Captura de acciones' }).click();
    await page.getByRole('heading', { name: 'Captura rápida de acciones' }).waitFor();
    await page.getByLabel('Mes').fill(MONTH);
    await page.getByTestId('actions-grid').waitFor();
    await page.getByLabel('M-000001, día 1', { exact: true }).fill('2');
    await page.getByLabel('M-000002, día 1', { exact: true }).fill('3');
    for (const button of await page.getByRole('button', { name: 'Repetir el día 1 en todo el mes' }).all())
      await button.click();
    await page.getByLabel('M-000002, día 5', { exact: true }).fill('0'); // one day without patrols
    await page.getByRole('button', { name: 'Guardar el mes' }).click();
    await page.getByText(`Acciones guardadas: ${DAYS * 2 - 1} registros.`).waitFor();
    await screenshot(page, 'cases-1-action-grid');
  });

  it('shows everything on the case timeline', async () => {
    await page.goto(caseUrl);
    const timeline = page.getByTestId('case-timeline');
    await timeline.waitFor();
    await timeline.getByText(`Acciones de M-000001 Monitoreo telefónico en ${MONTH}: ${DAYS * 2}`).waitFor();
    await timeline
      .getByText(`Acciones de M-000002 Rondines bitacorados (Código águila) en ${MONTH}: ${(DAYS - 1) * 3}`)
      .waitFor();
    await timeline.getByText('Medida M-000001: Monitoreo telefónico (Preventiva)').waitFor();
    await timeline.getByText('Plan de protección, versión 1').waitFor();
    await timeline.getByText('Análisis de riesgo: Riesgo alto').waitFor();
    await timeline.getByText('Cambio de estado: Solicitud recibida').waitFor();
    expect(await timeline.getByRole('listitem').count()).toBe(7);
    await screenshot(page, 'cases-2-case-page');
  });

  it('shows the conflict message when someone else saved first', async () => {
    await page.getByRole('button', { name: 'Editar datos' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Alcaldía o entidad' }).fill('Tlalpan');
    await page.getByRole('option', { name: 'Tlalpan' }).click();
    // Another session changes the case meanwhile (same API the page uses, version 1 -> 2).
    const status = await page.evaluate(async (url) => {
      const id = url.split('/').pop();
      const me = await (await fetch('/api/auth/me')).json();
      const res = await fetch(`/api/cases/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ version: 1, location: 'Iztapalapa' }),
      });
      return res.status;
    }, caseUrl);
    expect(status).toBe(200);
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await dialog.getByText('El registro cambió').waitFor();
    await screenshot(page, 'cases-3-conflict');
    await dialog.getByRole('button', { name: 'Recargar' }).click();
    await page.getByText('Alcaldía o entidad: Iztapalapa').waitFor();
  });

  it('records a follow-up with the keyboard only', async () => {
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return (
          el?.getAttribute('aria-label') ??
          (el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
          el?.textContent ??
          ''
        );
      });
    const tabTo = async (name: string) => {
      for (let i = 0; i < 25 && !(await focused())?.startsWith(name); i++) await page.keyboard.press('Tab');
      expect(await focused()).toContain(name);
    };
    await page.getByRole('button', { name: 'Registrar seguimiento' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await tabTo('Nota (reservada)');
    await page.keyboard.type('Llamada de seguimiento: sin novedades.');
    await tabTo('Guardar');
    await page.keyboard.press('Enter');
    await page.getByText('Llamada de seguimiento: sin novedades.').waitFor();
    await page.getByTestId('case-timeline').getByText('Seguimiento: Llamada').waitFor();
  });

  it("finds the case in the list by the beneficiary's name, written differently", async () => {
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Casos', exact: true })
      .click();
    await page.getByLabel('Buscar por nombre de persona beneficiaria').fill('valentina rios castañeda');
    await page.getByRole('button', { name: 'Buscar' }).click();
    await page.getByText('Casos encontrados: 1').waitFor();
    await page.getByRole('link', { name: `MPI-${MONTH.slice(0, 4)}-001` }).waitFor();
    await page.getByLabel('Buscar por nombre de persona beneficiaria').fill('Otra Persona');
    await page.getByRole('button', { name: 'Buscar' }).click();
    await page.getByText('Casos encontrados: 0').waitFor();
    await page.getByRole('button', { name: 'Limpiar' }).click();
    await page.getByText('Casos encontrados: 1').waitFor();
    await screenshot(page, 'cases-4-list');
  });

  it('as admin, extends the catalogue and makes the officer a lead, who can then assign staff', async () => {
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Casos: catálogo y accesos' })
      .click();
    await page.getByRole('heading', { name: 'Casos: catálogo, responsables y folios' }).waitFor();
    await page.getByRole('textbox', { name: 'Medida', exact: true }).fill('Acompañamiento a diligencias');
    await page.getByRole('button', { name: 'Agregar al catálogo' }).click();
    await page.getByRole('cell', { name: 'Acompañamiento a diligencias', exact: true }).waitFor();
    await page.getByRole('textbox', { name: 'Responsables' }).click();
    await page.getByRole('option', { name: `Oficial de Protección E2E (${USERNAME})` }).click();
    await page.getByRole('heading', { name: 'Personas responsables de área de protección' }).click(); // close the dropdown
    await page
      .locator('section', { has: page.getByRole('heading', { name: 'Personas responsables de área de protección' }) })
      .getByRole('button', { name: 'Guardar' })
      .click();
    await page.getByText('Cambios guardados.').first().waitFor();
    await screenshot(page, 'cases-5-admin');
    await page.goto(caseUrl);
    await page.getByRole('button', { name: 'Asignar personal' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Estadística de casos' })
      .click();
    await page.getByText('Casos: 1').waitFor();
  });
});
