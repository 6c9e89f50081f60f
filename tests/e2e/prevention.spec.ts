// A person of the Dirección General registers a training with two sessions and its participants,
// sees it on the activity page, and finds it in Cuadro 8 of the bimonthly report preview; then keeps
// the training's registration list (personal data, opened on demand) and sees the counts derived from it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInEnrollingTotp } from './support/auth.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { cli, startServer, tempEnv, type RunningServer } from './support/server.js';

const USERNAME = 'e2e.prevencion';
const PASSWORD = 'faro-de-la-bahia-serena-73';
const TITLE = 'Seguridad digital para periodistas de barrio';

let server: RunningServer;
let browser: Browser;
let page: Page;

async function pick(label: string, option: string) {
  await page.getByRole('textbox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

beforeAll(async () => {
  const env = { ...tempEnv(), SALVAGUARDA_DEMO: 'false' };
  await cli({ ...env, SALVAGUARDA_NEW_PASSWORD: PASSWORD }, [
    'user',
    'create',
    '--role',
    'dg',
    '--username',
    USERNAME,
    '--display-name',
    'Dirección General E2E',
  ]);
  server = await startServer(env);
  browser = await launchBrowser();
  page = await browser.newPage({ locale: 'es-MX', viewport: { width: 1400, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('prevention and training', () => {
  it('signs in (with two-step enrolment) and opens prevention from the navigation', async () => {
    await signInEnrollingTotp(page, server.url, USERNAME, PASSWORD);
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Prevención y vinculación', exact: true })
      .click();
    await page.getByRole('heading', { name: 'Talleres y capacitaciones', level: 1 }).waitFor();
  });

  it('registers a training with two sessions and participants', async () => {
    await page.getByRole('link', { name: 'Registrar actividad' }).click();
    await page.getByRole('heading', { name: 'Registrar taller o capacitación' }).waitFor();
    // The form kit: saving with no title puts the message under the field, nothing is sent.
    await page.getByRole('button', { name: 'Guardar' }).click();
    const title = page.getByRole('textbox', { name: 'Título', exact: true });
    await page.getByText('Este campo es obligatorio.').first().waitFor();
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    await pick('Formato', 'Seminario');
    await page.getByRole('textbox', { name: 'Título', exact: true }).fill(TITLE);
    await page.getByLabel('Objetivo').fill('Fortalecer la prevención de riesgos en entornos digitales.');
    await page.getByLabel('Organización colaboradora').fill('Red de Periodistas Vecinales');
    await pick('Línea temática (PAT 2023)', '3. Seguridad digital');
    await page.getByRole('textbox', { name: 'Mujeres' }).fill('12');
    await page.getByRole('textbox', { name: 'Hombres' }).fill('7');
    await page.getByRole('textbox', { name: 'Prefiero no decirlo' }).fill('1');
    await page.getByLabel('Fecha de la sesión 1').fill('2024-02-08');
    await page.getByRole('button', { name: 'Agregar sesión' }).click();
    await page.getByLabel('Fecha de la sesión 2').fill('2024-02-15');
    await page.getByRole('textbox', { name: 'Horas de la sesión 2' }).fill('3');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await page.getByText('2 sesiones, 5 horas en total').waitFor();
    const participants = page.getByRole('row').filter({ hasText: '12' }).last();
    expect((await participants.innerText()).split(/\s+/)).toEqual(['12', '7', '0', '1', '20']);
    await screenshot(page, 'prevention-1-activity');
  });

  it('finds it in Cuadro 8 of the report preview for January–February 2024', async () => {
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Informe bimestral' })
      .click();
    await page.getByRole('heading', { name: 'Informe bimestral', level: 1 }).waitFor();
    await page.getByRole('textbox', { name: 'Año', exact: true }).fill('2024');
    await page.getByRole('textbox', { name: 'Bimestre' }).click();
    await page.getByRole('option', { name: 'Enero-febrero' }).click();
    const cuadro8 = page.getByTestId('table-preventionActions');
    await cuadro8.getByText(`Seminario virtual “${TITLE}”`).waitFor();
    const row = cuadro8.getByRole('row').filter({ hasText: TITLE });
    expect(await row.innerText()).toContain('08 y 15 de febrero de 2024');
    expect(await row.innerText()).toContain('En colaboración con la organización Red de Periodistas Vecinales');
    await screenshot(page, 'prevention-2-report');
  });

  it('keeps a registration list from which the participant counts are derived', async () => {
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Prevención y vinculación', exact: true })
      .click();
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await page.getByRole('button', { name: /Mostrar lista de registro/ }).click();
    const form = page.getByRole('form', { name: 'Registrar persona' });
    // The form kit puts the message under the empty required field.
    await form.getByRole('button', { name: 'Registrar persona' }).click();
    await form.getByText('Este campo es obligatorio.').first().waitFor();
    for (const [name, category] of [
      ['Persona Ficticia Uno', 'Mujeres'],
      ['Persona Ficticia Dos', 'LGBTTTI'],
    ] as const) {
      await form.getByRole('textbox', { name: 'Nombre', exact: true }).fill(name);
      await form.getByRole('textbox', { name: 'Categoría', exact: true }).click();
      await page.getByRole('option', { name: category, exact: true }).click();
      await form.getByRole('button', { name: 'Registrar persona' }).click();
      await page.getByRole('cell', { name, exact: true }).waitFor();
    }
    await page
      .getByText('2 personas registradas: las cifras de participantes se calculan a partir de la lista.')
      .waitFor();
    const counts = page
      .getByRole('table')
      .filter({ has: page.getByRole('columnheader', { name: 'Prefiero no decirlo' }) })
      .getByRole('row')
      .nth(1);
    // Women 1, men 0, LGBTTTI 1, prefer not to say 0, total 2 (the 12/7/0/1 typed before are replaced).
    await expect.poll(async () => (await counts.innerText()).split(/\s+/)).toEqual(['1', '0', '1', '0', '2']);
    await screenshot(page, 'prevention-3-registrations');
  });
});
