// The transparency unit registers a request, turns it to an area, asks for clarification (the
// clock stops), receives it, extends the period and answers; the list shows the outcome. No rule
// set governs this fresh installation, so the earlier date of the city's law (9 + 7 days, full
// period again after a prevención) and the general law (20 + 10, days used stay used) is shown.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, mexicoCityDate } from '../../src/server/features/transparency/calendar.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { cli, startServer, tempEnv, type RunningServer } from './support/server.js';

const USERNAME = 'e2e.transparencia';
const PASSWORD = 'ventana-clara-del-archivo-31';
const FOLIO = 'UT-E2E-0001';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const env = tempEnv();
  await cli({ ...env, SALVAGUARDA_NEW_PASSWORD: PASSWORD }, [
    'user',
    'create',
    '--role',
    'transparency',
    '--username',
    USERNAME,
    '--display-name',
    'Unidad de Transparencia E2E',
  ]);
  server = await startServer(env);
  browser = await launchBrowser();
  page = await browser.newPage({ locale: 'es-MX', viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function daysLeft(): Promise<number> {
  const text = await page
    .getByText(/Días hábiles restantes: \d+/)
    .first()
    .innerText();
  return Number(/(\d+)/.exec(text)![1]);
}

async function step(action: string, fill: Record<string, string> = {}) {
  await page.getByRole('textbox', { name: 'Paso', exact: true }).click();
  await page.getByRole('option', { name: action, exact: true }).click();
  for (const [label, value] of Object.entries(fill)) await page.getByLabel(label, { exact: false }).fill(value);
  await page.getByRole('button', { name: 'Registrar paso' }).click();
  await page.getByRole('cell', { name: action, exact: true }).waitFor();
}

describe('information request procedure', () => {
  it('signs in and registers a request received a few days ago', async () => {
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Nombre de usuario').fill(USERNAME);
    await page.getByLabel('Contraseña').fill(PASSWORD);
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Transparencia' })
      .click();
    await page.getByRole('heading', { name: 'Solicitudes de información', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Registrar solicitud' }).click();
    await page.getByRole('textbox', { name: 'Folio', exact: true }).fill(FOLIO);
    await page.getByLabel('Fecha de recepción').fill(addCalendarDays(mexicoCityDate(new Date()), -5));
    await page.getByLabel('Asunto').fill('Número de medidas de protección vigentes');
    await page.getByRole('button', { name: 'Registrar', exact: true }).click();
    await page.getByRole('heading', { name: `Solicitud ${FOLIO}` }).waitFor();
    await page.getByText('Límite de respuesta').first().waitFor();
    await screenshot(page, 'transparency-1-registered');
  });

  it('turns it to an area, stops the clock with a prevención and resumes it', async () => {
    const before = await daysLeft();
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThanOrEqual(9);
    await step('Turno a área(s)', { Áreas: 'Coordinación de Medidas de Protección' });
    await page.getByText('En trámite en área').first().waitFor();
    await page
      .getByRole('button', { name: 'Registrar hoy la respuesta de Coordinación de Medidas de Protección' })
      .click();
    await page.getByText(/Respondió el/).waitFor();
    await step('Prevención a la persona solicitante');
    await page.getByText('Plazo suspendido (prevención)').first().waitFor();
    await page.getByText('Límite para desahogar la prevención').first().waitFor();
    await step('Desahogo de la prevención');
    await page.getByText('Días hábiles restantes').first().waitFor();
    // City law: the 9 days run again from the reply (today), earlier than the general law's 20 minus
    // the days used; 10 when today is a non-working day (the reply counts from the next working day).
    expect([9, 10]).toContain(await daysLeft());
  });

  it("extends the period (the city's seven working days are the earlier date) and answers", async () => {
    const before = await daysLeft();
    await step('Ampliación del plazo', { 'Resolución del Comité de Transparencia': 'CT/01/2026' });
    await page.getByText('Límite con ampliación').first().waitFor();
    expect(await daysLeft()).toBe(before + 7);
    await screenshot(page, 'transparency-2-extended');
    await step('Respuesta');
    await page.getByText('Respondida').first().waitFor();
    expect(await page.getByText(/Días hábiles restantes/).count()).toBe(0);
    await page.getByRole('link', { name: '← Volver a solicitudes' }).click();
    const row = page.getByRole('row').filter({ hasText: FOLIO });
    await row.getByText('Respondida').waitFor();
    await screenshot(page, 'transparency-3-list');
  });
});

describe('other transparency pages', () => {
  it('adds published non-working days and shows the computed holidays', async () => {
    await page
      .getByRole('navigation', { name: 'Secciones de transparencia' })
      .getByRole('link', { name: 'Días inhábiles' })
      .click();
    await page.getByRole('heading', { name: 'Días inhábiles', level: 1 }).waitFor();
    await page.getByRole('cell', { name: 'Día de la Revolución' }).waitFor();
    const year = Number(mexicoCityDate(new Date()).slice(0, 4));
    await page.getByLabel('Desde').fill(`${year}-12-22`);
    await page.getByLabel('Hasta (opcional)').fill(`${year}-12-31`);
    await page.getByLabel('Descripción').fill('Periodo vacacional de invierno');
    await page.getByRole('button', { name: 'Agregar días inhábiles' }).click();
    await page.getByRole('status').getByText('Días agregados: 10; ya existían: 0.').waitFor();
    await page.getByText('Días inhábiles publicados: 10').waitFor();
    await screenshot(page, 'transparency-4-calendar');
  });

  it('opens obligations, statistics, training and rule sets', async () => {
    const sub = page.getByRole('navigation', { name: 'Secciones de transparencia' });
    await sub.getByRole('link', { name: 'Obligaciones (SIPOT)' }).click();
    await page.getByRole('heading', { name: /Obligaciones de transparencia/, level: 1 }).waitFor();
    await page.getByRole('textbox', { name: 'Fracción', exact: true }).fill('121-I');
    await page.getByRole('textbox', { name: 'Obligación', exact: true }).fill('Marco normativo');
    await page
      .getByRole('textbox', { name: 'Área responsable', exact: true })
      .fill('Coordinación de Asuntos Jurídicos');
    await page.getByRole('button', { name: 'Agregar obligación' }).click();
    await page.getByRole('cell', { name: 'Marco normativo' }).waitFor();
    await page.getByText('Cumplimiento: 0 %').waitFor();
    await sub.getByRole('link', { name: 'Estadística' }).click();
    await page.getByRole('heading', { name: 'Estadística trimestral de solicitudes', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Descargar en Excel (XLSX)' }).waitFor();
    await sub.getByRole('link', { name: 'Capacitación' }).click();
    await page.getByRole('heading', { name: 'Capacitación en transparencia', level: 1 }).waitFor();
    await sub.getByRole('link', { name: 'Comité' }).click();
    await page.getByRole('heading', { name: 'Comité de Transparencia', level: 1 }).waitFor();
    // The Comité's sessions are the bodies module's (the demo data gives it a calendar every year).
    await page.getByText(/Sesiones ordinarias celebradas: \d+ de \d+|No hay sesiones ordinarias programadas/).waitFor();
    await page
      .getByRole('link', { name: 'Programar, celebrar y registrar las sesiones en Órganos colegiados' })
      .waitFor();
    await sub.getByRole('link', { name: 'Reglas de plazos' }).click();
    await page.getByRole('heading', { name: /Leyes generales/ }).waitFor();
    await page
      .getByRole('cell', { name: /art\. 134 LGTAIP/ })
      .first()
      .waitFor();
    await screenshot(page, 'transparency-5-rules');
  });
});
