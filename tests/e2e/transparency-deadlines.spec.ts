// Deadlines on the safe side in the browser: a request received a few days ago shows the dates of
// the city's law and of the general law side by side and uses the earlier one; an administrator
// records who verified the city's law and makes it govern; the request page then says it governs.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, createCalendar, mexicoCityDate } from '../../src/server/features/transparency/calendar.js';
import { computeDeadlines } from '../../src/server/features/transparency/deadlines.js';
import { CDMX_LTAIPRC, GENERAL_LAWS_2025 } from '../../src/server/features/transparency/rules.js';
import { signInEnrollingTotp } from './support/auth.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { cli, startServer, tempEnv, type RunningServer } from './support/server.js';

const USERNAME = 'e2e.plazos';
const PASSWORD = 'ventana-clara-del-archivo-47';
const FOLIO = 'UT-E2E-PLAZOS-1';
const CITY = 'Ley de Transparencia de la Ciudad de México (LTAIPRC)';

let server: RunningServer;
let browser: Browser;
let page: Page;

// A fresh database has no published non-working days: weekends and LFT art. 74 only.
const receivedOn = addCalendarDays(mexicoCityDate(new Date()), -5);
const steps = { kind: 'public' as const, receivedOn };
const cityDue = computeDeadlines(createCalendar(), CDMX_LTAIPRC, steps).answerDueOn!;
const generalDue = computeDeadlines(createCalendar(), GENERAL_LAWS_2025, steps).answerDueOn!;

/** The page's own date format (01/12/2026, Intl in the browser), so the test does not depend on Node's ICU. */
const shown = (iso: string) =>
  page.evaluate((d) => {
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    return new Intl.DateTimeFormat('es-MX', {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(y, m - 1, day)));
  }, iso);

beforeAll(async () => {
  const env = { ...tempEnv(), SALVAGUARDA_DEMO: 'false' };
  await cli({ ...env, SALVAGUARDA_NEW_PASSWORD: PASSWORD }, [
    'user',
    'create',
    '--role',
    'transparency,admin',
    '--username',
    USERNAME,
    '--display-name',
    'Unidad de Transparencia y Administración E2E',
  ]);
  server = await startServer(env);
  browser = await launchBrowser();
  page = await browser.newPage({ locale: 'es-MX', viewport: { width: 1400, height: 1000 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('deadlines of the city law and the general law', () => {
  it('signs in (two-step enrolment) and registers a request received five days ago', async () => {
    expect(cityDue < generalDue).toBe(true);
    await signInEnrollingTotp(page, server.url, USERNAME, PASSWORD);
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Transparencia' })
      .click();
    await page.getByRole('heading', { name: 'Solicitudes de información', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Registrar solicitud' }).click();
    await page.getByRole('textbox', { name: 'Folio', exact: true }).fill(FOLIO);
    await page.getByLabel('Fecha de recepción').fill(receivedOn);
    await page.getByLabel('Asunto').fill('Presupuesto del mecanismo');
    await page.getByRole('button', { name: 'Registrar', exact: true }).click();
    await page.getByRole('heading', { name: `Solicitud ${FOLIO}` }).waitFor();
  });

  it('shows both answer dates and uses the earlier one, saying why', async () => {
    const table = page.getByTestId('deadline-comparison');
    await table.getByRole('columnheader', { name: new RegExp(CITY.replace(/[()]/g, '\\$&')) }).waitFor();
    await table.getByRole('columnheader', { name: /Leyes generales/ }).waitFor();
    const row = page.getByTestId('compare-answerDueOn');
    const cells = await row.getByRole('cell').allInnerTexts();
    expect(cells[0]).toBe(`${await shown(cityDue)} (se usa)`);
    expect(cells[1]).toBe(await shown(generalDue));
    expect(cells[2]).toContain(await shown(cityDue));
    expect(cells[2]).toContain(`Proviene de: ${CITY}`);
    expect(await page.getByTestId('deadline-answerDueOn').innerText()).toBe(await shown(cityDue));
    await page
      .getByTestId('deadline-basis')
      .getByText(/Ninguna norma verificada ha sido elegida/)
      .waitFor();
    await page.getByText('Por verificar').first().waitFor();
    await screenshot(page, 'transparency-deadlines-1-earliest');
  });

  it('an administrator records the verification of the city law and makes it govern', async () => {
    await page
      .getByRole('navigation', { name: 'Secciones de transparencia' })
      .getByRole('link', { name: 'Reglas de plazos' })
      .click();
    await page
      .getByTestId('governing-current')
      .getByText(/Ninguna norma verificada rige/)
      .waitFor();
    const form = page.getByRole('form', { name: `Verificación de ${CITY}` });
    await form.getByLabel('Verificó (nombre y cargo)').fill('Lic. Persona Revisora, Unidad Jurídica');
    await form.getByLabel('Fecha de la verificación').fill(mexicoCityDate(new Date()));
    await form.getByLabel('Texto oficial consultado').fill('Gaceta Oficial CDMX 29-11-2024, texto vigente');
    await form.getByRole('button', { name: 'Registrar verificación' }).click();
    await page
      .getByTestId('verification-cdmx-ltaiprc')
      .getByText(/Verificada por Lic. Persona Revisora/)
      .waitFor();
    const decide = page.getByRole('form', { name: 'Guardar decisión' });
    await decide.getByRole('textbox', { name: /Norma que rige/ }).click();
    await page.getByRole('option', { name: CITY, exact: true }).click();
    await decide.getByLabel(/Aplica a solicitudes recibidas desde/).fill(addCalendarDays(receivedOn, -30));
    await decide.getByLabel('Fundamento o nota').fill('Dictamen de la Unidad Jurídica (prueba)');
    await decide.getByRole('button', { name: 'Guardar decisión' }).click();
    await page
      .getByTestId('governing-current')
      .getByText(new RegExp(`Rige «${CITY.replace(/[()]/g, '\\$&')}»`))
      .waitFor();
    await page.getByRole('cell', { name: 'Dictamen de la Unidad Jurídica (prueba)' }).waitFor();
    await screenshot(page, 'transparency-deadlines-2-governing');
  });

  it('the request page now says the city law governs, still showing both dates', async () => {
    await page
      .getByRole('navigation', { name: 'Secciones de transparencia' })
      .getByRole('link', { name: 'Solicitudes' })
      .click();
    await page.getByRole('link', { name: FOLIO }).click();
    await page
      .getByTestId('deadline-basis')
      .getByText(/está verificada contra el texto oficial/)
      .waitFor();
    expect(await page.getByTestId('deadline-basis').innerText()).toContain(`Rige «${CITY}»`);
    const cells = await page.getByTestId('compare-answerDueOn').getByRole('cell').allInnerTexts();
    expect(cells[0]).toBe(`${await shown(cityDue)} (se usa)`);
    expect(cells[1]).toBe(await shown(generalDue));
    await screenshot(page, 'transparency-deadlines-3-governed');
  });
});
