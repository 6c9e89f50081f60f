// The Junta's technical secretariat schedules a session, prepares the agenda, registers two members,
// takes attendance, marks the session held (with quorum), records an agreement, attaches the acta
// and finds the agreement on the bodies overview.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.js';
import { cli, startServer, tempEnv, type RunningServer } from './support/server.js';

const USERNAME = 'e2e.juridico';
const PASSWORD = 'sesion-ordinaria-de-la-junta-42';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const env = tempEnv();
  await cli({ ...env, SALVAGUARDA_NEW_PASSWORD: PASSWORD }, [
    'user',
    'create',
    '--role',
    'legal',
    '--username',
    USERNAME,
    '--display-name',
    'Secretaría técnica E2E',
  ]);
  server = await startServer(env);
  browser = await launchBrowser();
  page = await browser.newPage({ locale: 'es-MX', viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a Junta de Gobierno session', () => {
  it('is scheduled from the body page', async () => {
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Nombre de usuario').fill(USERNAME);
    await page.getByLabel('Contraseña').fill(PASSWORD);
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Órganos colegiados' })
      .click();
    await page.getByRole('heading', { name: 'Órganos colegiados', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Junta de Gobierno' }).click();
    await page.getByRole('heading', { name: 'Junta de Gobierno', level: 1 }).waitFor();
    for (const [name, role] of [
      ['Integrante Uno Ficticia', 'Presidencia'],
      ['Integrante Dos Ficticio', 'Vocal'],
    ]) {
      const form = page.getByRole('form', { name: 'Agregar integrante' });
      await form.getByLabel('Nombre').fill(name!);
      await form.getByRole('textbox', { name: 'Cargo en el órgano' }).click();
      await page.getByRole('option', { name: role!, exact: true }).click();
      await form.getByLabel('Desde').fill('2024-01-01');
      await form.getByRole('button', { name: 'Agregar integrante' }).click();
      await page.getByRole('cell', { name: name!, exact: true }).waitFor();
    }
    const schedule = page.getByRole('form', { name: 'Programar sesión' });
    await schedule.getByLabel('Fecha programada').fill('2024-03-14');
    await schedule.getByRole('button', { name: 'Programar sesión' }).click();
    await page.getByRole('heading', { name: 'Primera Sesión Ordinaria 2024' }).waitFor();
  });

  it('gets its agenda in groups, attendance, held date and an agreement', async () => {
    const item = page.getByRole('form', { name: 'Agregar punto' });
    await item.getByLabel('Tema').fill('Lista de asistencia y declaración de quórum.');
    await item.getByRole('button', { name: 'Agregar punto' }).click();
    await page.getByText('Lista de asistencia y declaración de quórum.').waitFor();
    await item.getByRole('textbox', { name: 'Grupo' }).click();
    await page.getByRole('option', { name: 'Para aprobación', exact: true }).click();
    await item.getByLabel('Tema').fill('El informe bimestral de actividades de enero y febrero.');
    await item.getByRole('button', { name: 'Agregar punto' }).click();
    await page.getByRole('list', { name: 'Para aprobación' }).getByText('El informe bimestral').waitFor();

    await page.getByLabel('Integrante Uno Ficticia (Presidencia)').check();
    await page.getByLabel('Integrante Dos Ficticio (Vocal)').check();
    await page.getByRole('button', { name: 'Guardar asistencia' }).click();
    await page.getByText('Presentes con voto: 2 de 2 (se requieren 2).').waitFor();

    const held = page.getByRole('form', { name: 'Marcar como celebrada' });
    await held.getByLabel('Fecha de celebración').fill('2024-03-14');
    await held.getByRole('button', { name: 'Marcar como celebrada' }).click();
    await page.getByText('Celebrada', { exact: true }).waitFor();

    const agreement = page.getByRole('form', { name: 'Registrar acuerdo' });
    // By accessible name: a label's text includes the aria-hidden " *" of a required field, so an exact
    // getByLabel('Acuerdo') never matches it.
    await agreement
      .getByRole('textbox', { name: 'Acuerdo', exact: true })
      .fill('Publicar el informe aprobado en el portal institucional.');
    await agreement.getByLabel('Responsable').fill('Coordinación de Asuntos Jurídicos');
    await agreement.getByLabel('Fecha compromiso').fill('2024-03-20');
    await agreement.getByRole('button', { name: 'Registrar acuerdo' }).click();
    await page.getByRole('cell', { name: '01/2024' }).waitFor();
  });

  it('gets its signed acta attached and shows the agreement as overdue on the overview', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bodies-e2e-'));
    const file = path.join(dir, 'acta-firmada.pdf');
    fs.writeFileSync(file, '%PDF-1.4\n% acta firmada de prueba\n');
    const upload = page.getByRole('form', { name: 'Adjuntar' });
    await upload.locator('input[type=file]').setInputFiles(file);
    await upload.getByRole('button', { name: 'Adjuntar' }).click();
    await page.getByRole('link', { name: 'acta-firmada.pdf' }).waitFor();
    await screenshot(page, 'bodies-1-session');

    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Órganos colegiados' })
      .click();
    await page.getByRole('heading', { name: 'Acuerdos vencidos', level: 2 }).waitFor();
    await page.getByRole('cell', { name: 'Publicar el informe aprobado en el portal institucional.' }).waitFor();
    expect(await page.getByRole('link', { name: '01/2024' }).count()).toBe(1);
    await screenshot(page, 'bodies-2-overview');
  });
});
