// Planning staff open the 2023 annual work plan, read the progress dashboard, open the sheet of
// an indicator typed by hand (1.1.4, Lineamientos de acción social), enter a value with its
// evidence and see the dashboard's light for that indicator change.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { browserEnvironment, createUser } from './support/environment.js';

const USERNAME = 'e2e.planes';
const PASSWORD = 'programa-anual-de-trabajo-2023';

const e2e = browserEnvironment({
  env: { SALVAGUARDA_DEMO: 'false' },
  // The CLI with more patience than its default two minutes, for a loaded machine.
  prepare: (env) =>
    createUser(
      env,
      { role: 'planning', username: USERNAME, displayName: 'Persona de Planeación E2E', password: PASSWORD },
      { timeoutMs: 480_000 },
    ),
  viewport: { width: 1400, height: 900 },
  timeout: 900_000,
});
let page: Page;
beforeAll(async () => {
  page = await e2e.newPage();
  page.setDefaultTimeout(60_000);
});

describe('annual work plan', () => {
  it('signs in and opens the 2023 plan from the navigation', async () => {
    await page.goto(`${e2e.server.url}/sign-in`);
    await page.getByLabel('Nombre de usuario').fill(USERNAME);
    await page.getByLabel('Contraseña').fill(PASSWORD);
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Planeación' })
      .click();
    await page.getByRole('heading', { name: 'Planes anuales de trabajo', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Plan Anual de Trabajo 2023' }).click();
    await page.getByRole('heading', { name: 'Plan Anual de Trabajo 2023', level: 1 }).waitFor();
  });

  it('shows the dashboard: 25 indicators, 1.1.4 without data yet', async () => {
    const table = page.getByRole('table', { name: /Realizado \/ programado por periodo/ });
    await table.getByRole('link', { name: '1.1.4', exact: true }).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(25);
    await expect.poll(() => page.getByTestId('cumulative-1.1.4').textContent()).toContain('Sin dato');
    // The bodies module is installed now: the Junta's ordinary sessions (1.1.1) are counted from its
    // records (none held in this fresh database), with no "source missing" note.
    const row = (code: string) => table.locator(`tbody tr[data-code="${code}"]`);
    await expect.poll(() => row('1.1.1').getByRole('cell').nth(2).innerText()).toMatch(/^0 \/ \d/);
    // Protest monitoring (1.5.1) is counted too: every source the 2023 plan names is installed now, so no
    // row says one is missing (the unit tests cover that note with a registry that lacks a source).
    await expect.poll(() => row('1.5.1').getByRole('cell').nth(2).innerText()).toMatch(/^0 \/ /);
    expect(await table.getByText('no está instalada', { exact: false }).count()).toBe(0);
    await screenshot(page, 'planning-dashboard-before');
  });

  it('opens the sheet 1.1.4 as the seed prints it and enters a value with evidence', async () => {
    await page.getByRole('link', { name: '1.1.4', exact: true }).click();
    await page.getByRole('heading', { name: 'Ficha del indicador 1.1.4', level: 1 }).waitFor();
    await page.getByText('Publicación de los lineamientos de acción social 2023.').waitFor();
    await page.getByRole('textbox', { name: 'Periodo' }).click();
    await page.getByRole('option', { name: '2023-Q2' }).click();
    await page.getByRole('textbox', { name: 'Valor realizado' }).fill('1');
    await page.getByRole('textbox', { name: 'Evidencia' }).fill('Gaceta Oficial de la Ciudad de México, junio de 2023');
    await page.getByRole('textbox', { name: 'Nota' }).fill('Publicados en tiempo y forma');
    await page.getByRole('button', { name: 'Guardar avance' }).click();
    await page.getByRole('status').getByText('Avance guardado.').waitFor();
    const q2 = page.locator('tr[data-period="2023-Q2"]');
    await expect.poll(() => q2.innerText()).toContain('Gaceta Oficial de la Ciudad de México, junio de 2023');
    await page.getByRole('img', { name: /Gráfica de realizado contra programado/ }).waitFor();
    await screenshot(page, 'planning-sheet');
  });

  it('sees the dashboard change', async () => {
    await page.getByRole('link', { name: 'Plan Anual de Trabajo 2023' }).click();
    // Goal 1 spread over the year; achieved 1 → 100 % → on target.
    await expect.poll(() => page.getByTestId('cumulative-1.1.4').textContent()).toContain('En meta');
    expect(await page.getByTestId('cumulative-1.1.4').textContent()).toContain('100');
    await screenshot(page, 'planning-dashboard-after');
  });

  it('downloads the quarterly progress report and copies the plan to 2024 (values not copied)', async () => {
    const docx = page.getByRole('link', { name: 'DOCX' });
    const href = await docx.getAttribute('href');
    expect(href).toBe('/api/planning/plans/MPI-PAT-2023/progress-report?format=docx');
    const res = await page.request.get(`${e2e.server.url}${href}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('wordprocessingml');
    await page.getByRole('textbox', { name: 'Año del nuevo plan' }).fill('2024');
    await page.getByRole('button', { name: 'Copiar a un año nuevo' }).click();
    await page.getByRole('heading', { name: 'Plan Anual de Trabajo 2024', level: 1 }).waitFor();
    const table = page.getByRole('table', { name: /Realizado \/ programado por periodo/ });
    await table.getByRole('link', { name: '1.1.4', exact: true }).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(25);
    await expect.poll(() => page.getByTestId('cumulative-1.1.4').textContent()).toContain('Sin dato');
    await screenshot(page, 'planning-copied-2024');
  });
});
