// The CAF records January 2024's submissions of the fourteen monthly reports with the keyboard only
// (E for "Entregado", Tab to the next report, Enter to save), and sees the
// month grid and the deliverables table as the bimonthly report prints it (Cuadro 12 of seed 003):
// "Entregado" in January, "Pendiente" in February where nothing was delivered yet.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { browserEnvironment, createUser } from './support/environment.js';

const USERNAME = 'e2e.finanzas';
const PASSWORD = 'cuenta-liquida-certificada-47';
const DELIVERABLES = 14;

const e2e = browserEnvironment({
  // The CLI with more patience than its default: on a loaded machine creating the user (migrations
  // on a fresh embedded database) can take longer than two minutes.
  prepare: (env) =>
    createUser(
      env,
      { role: 'caf', username: USERNAME, displayName: 'Administración y Finanzas E2E', password: PASSWORD },
      { timeoutMs: 420_000 },
    ),
  viewport: { width: 1400, height: 1000 },
  timeout: 600_000,
});
let page: Page;
beforeAll(async () => {
  page = await e2e.newPage();
});

describe('monthly report deliverables', () => {
  it('opens the administration area from the navigation', async () => {
    await page.goto(`${e2e.server.url}/sign-in`);
    await page.getByLabel('Nombre de usuario').fill(USERNAME);
    await page.getByLabel('Contraseña').fill(PASSWORD);
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Administración y Finanzas' })
      .click();
    await page.getByRole('heading', { name: /Informes mensuales de la Coordinación/, level: 1 }).waitFor();
    await page.getByLabel('Desde (mes)').fill('2024-01');
    await page.getByLabel('Hasta (mes)').fill('2024-02');
    await page.getByTestId('grid-total').getByText('Entregados: 0 · En proceso: 0 · Pendientes: 28').waitFor();
  });

  // How fast this is belongs in bench/, not in an assertion here: this test checks the keyboard-only flow.
  it("records January's fourteen submissions with the keyboard only", async () => {
    const quick = page.getByRole('region', { name: 'Registro rápido de un mes' });
    await quick.getByLabel('Mes que se reporta').fill('2024-01');
    await quick.getByLabel('Fecha de entrega (opcional)').fill('2024-02-09');
    const first = quick.getByRole('combobox', {
      name: 'Información actualización de plazas ocupadas personal, enero de 2024',
    });
    await first.waitFor();
    await first.focus();
    for (let i = 0; i < DELIVERABLES; i++) {
      await page.keyboard.press('e');
      await page.keyboard.press('Tab');
    }
    // After the last report, Tab lands on "Guardar el mes".
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Guardar el mes');
    await page.keyboard.press('Enter');
    await quick.getByRole('status').getByText('Se guardaron 14 informes.').waitFor();
    await screenshot(page, 'administration-1-quick-entry');
  });

  it('shows the grid and the printed table: Entregado in January, Pendiente in February', async () => {
    await page.getByTestId('grid-total').getByText('Entregados: 14 · En proceso: 0 · Pendientes: 14').waitFor();
    await expect.poll(() => page.getByTestId('cell-CAF-14-2024-01').locator('select').inputValue()).toBe('delivered');
    await expect.poll(() => page.getByTestId('cell-CAF-14-2024-02').locator('select').inputValue()).toBe('pending');
    const printed = page.getByTestId('printed-table');
    const row = printed.getByRole('row').filter({ hasText: 'Entero de las obligaciones fiscales' });
    await expect
      .poll(() => row.getByRole('cell').allInnerTexts())
      .toEqual([
        'Entero de las obligaciones fiscales',
        'SAT y SAYF',
        '01 de enero de 2024',
        '31 de enero de 2024',
        'Entregado',
        '01 de febrero de 2024',
        '29 de febrero de 2024',
        'Pendiente',
      ]);
    expect(await printed.getByRole('cell', { name: 'Entregado', exact: true }).count()).toBe(DELIVERABLES);
    expect(await printed.getByRole('cell', { name: 'Pendiente', exact: true }).count()).toBe(DELIVERABLES);
    await screenshot(page, 'administration-2-grid');
  });

  it('changes one cell of the grid from the keyboard', async () => {
    const cell = page.getByTestId('cell-CAF-07-2024-02').locator('select');
    await cell.focus();
    await page.keyboard.press('e');
    await page.getByTestId('grid-total').getByText('Entregados: 15 · En proceso: 0 · Pendientes: 13').waitFor();
  });
});
