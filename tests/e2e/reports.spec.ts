// Planning opens the bimonthly report of January–February 2024 (seed 003 data imported with the
// product's CLI), reads the Cuadros and Gráficas, compares with the previous bimester, replaces
// a paragraph, issues version 1 and downloads its documents.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.js';
import { cli, startServer, tempEnv, type RunningServer } from './support/server.js';

const USERNAME = 'e2e.planeacion';
const PASSWORD = 'informe-de-la-junta-2024';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const env = tempEnv();
  await cli(env, ['import', 'tests/fixtures/seed003.package.json']);
  await cli({ ...env, SALVAGUARDA_NEW_PASSWORD: PASSWORD }, [
    'user',
    'create',
    '--role',
    'planning',
    '--username',
    USERNAME,
    '--display-name',
    'Persona de Planeación E2E',
  ]);
  server = await startServer(env);
  browser = await launchBrowser();
  page = await browser.newPage({ locale: 'es-MX', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('bimonthly report page', () => {
  it('signs in and opens the report from the navigation', async () => {
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Nombre de usuario').fill(USERNAME);
    await page.getByLabel('Contraseña').fill(PASSWORD);
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Informe bimestral' })
      .click();
    await page.getByRole('heading', { name: 'Informe bimestral', level: 1 }).waitFor();
  });

  it('shows the seed 003 tables for January–February 2024 with charts', async () => {
    await page.getByRole('textbox', { name: 'Año', exact: true }).fill('2024');
    await page.getByRole('textbox', { name: 'Bimestre' }).click();
    await page.getByRole('option', { name: 'Enero-febrero' }).click();
    await page.getByTestId('period-label').getByText('Del 1 de enero al 29 de febrero de 2024').waitFor();
    const cuadro1 = page.getByTestId('table-casesByType');
    await cuadro1.getByText('CUADRO 1. CASOS ATENDIDOS POR EL MPI CDMX, ENERO-FEBRERO DE 2024.').waitFor();
    const totals = cuadro1.locator('tbody tr').last(); // the header also says "Totales"
    expect((await totals.innerText()).split(/\s+/).slice(-1)[0]).toBe('53');
    const measures = page.getByTestId('table-measures');
    expect(await measures.getByRole('row').filter({ hasText: 'Totales' }).innerText()).toContain('3,217');
    await page.getByRole('img', { name: 'Gráfica 11. Medidas desglosadas por tipo' }).locator('svg').waitFor();
    await page.getByText(/se dio seguimiento a cuatro casos; del total, tres casos corresponden/).waitFor();
    await screenshot(page, 'reports-1-tables');
  });

  it('compares with the previous bimester', async () => {
    await page.getByRole('tab', { name: 'Comparar con el periodo anterior' }).click();
    const table = page.getByTestId('compare-table');
    await table.getByText('Periodo anterior: del 1 de noviembre de 2023 al 31 de diciembre de 2023').waitFor();
    expect(await table.getByRole('row').filter({ hasText: 'Medidas' }).first().innerText()).toContain('127');
  });

  it('replaces a paragraph and issues version 1 with downloads', async () => {
    await page.getByRole('tab', { name: 'Editar redacción' }).click();
    const field = page.getByRole('textbox', { name: 'Párrafo cases.incorporations', exact: true });
    await field.fill('En el bimestre no se incorporaron casos al MPI CDMX.');
    await page.getByRole('button', { name: 'Guardar redacción' }).click();
    await page.getByText('Redacción guardada.').waitFor();
    await page.getByRole('tab', { name: /Versiones emitidas/ }).click();
    await page.getByLabel('Nota de la versión (opcional)').fill('Para la Primera Sesión Ordinaria');
    await page.getByRole('button', { name: 'Emitir versión' }).click();
    await page.getByText('Se emitió la versión 1.').waitFor();
    const row = page
      .getByTestId('issued-table')
      .getByRole('row')
      .filter({ hasText: 'Para la Primera Sesión Ordinaria' });
    await row.waitFor();
    const download = page.waitForEvent('download');
    await row.getByRole('link', { name: 'PDF', exact: true }).click();
    const file = await (await download).path();
    const fs = await import('node:fs');
    expect(fs.readFileSync(file!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await screenshot(page, 'reports-2-issued');
    await page.getByRole('tab', { name: 'Cuadros y gráficas' }).click();
    await page.getByText('En el bimestre no se incorporaron casos al MPI CDMX.').waitFor();
  });
});
