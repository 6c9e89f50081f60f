// The liaison pages' forms on the form kit: an empty required field gets its Spanish message under
// it and nothing is sent; filled in, the institution, the liaison activity, the agreement, its
// commitment and an action under that commitment appear on their pages.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInEnrollingTotp } from './support/auth.js';
import { screenshot } from './support/browser.js';
import { browserEnvironment, createUser } from './support/environment.js';

const USERNAME = 'e2e.vinculacion';
const PASSWORD = 'puente-de-la-ribera-clara-58';
const REQUIRED = 'Este campo es obligatorio.';

const e2e = browserEnvironment({
  env: { SALVAGUARDA_DEMO: 'false' },
  prepare: (env) =>
    createUser(env, { role: 'dg', username: USERNAME, displayName: 'Vinculación E2E', password: PASSWORD }),
  viewport: { width: 1400, height: 900 },
});
let page: Page;
beforeAll(async () => {
  page = await e2e.newPage();
});

const sub = (name: string) =>
  page
    .getByRole('navigation', { name: 'Secciones de prevención y vinculación' })
    .getByRole('link', { name, exact: true });

describe('liaison forms', () => {
  it('signs in and opens prevention', async () => {
    await signInEnrollingTotp(page, e2e.server.url, USERNAME, PASSWORD);
    await page.goto(`${e2e.server.url}/prevention/institutions`);
    await page.getByRole('heading', { name: 'Instituciones y organizaciones', level: 1 }).waitFor();
  });

  it('adds an institution, after the message under the empty name', async () => {
    const form = page.getByRole('form', { name: 'Agregar institución' });
    await form.getByRole('button', { name: 'Agregar institución' }).click();
    await form.getByText(REQUIRED).waitFor();
    const name = form.getByRole('textbox', { name: 'Nombre', exact: true });
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    await name.fill('Red Ficticia de Periodistas');
    await form.getByRole('textbox', { name: 'Siglas' }).fill('RFP');
    await form.getByRole('button', { name: 'Agregar institución' }).click();
    await page.getByRole('cell', { name: 'Red Ficticia de Periodistas', exact: true }).waitFor();
    expect(await name.inputValue()).toBe('');
  });

  it('registers a liaison activity, after the messages under the empty fields', async () => {
    await sub('Vinculación').click();
    const form = page.getByRole('form', { name: 'Registrar actividad de vinculación' });
    await form.getByRole('button', { name: 'Guardar' }).click();
    await expect.poll(() => form.getByText(REQUIRED).count()).toBe(3); // date, institution, title
    await form.getByLabel('Fecha').fill('2024-03-12');
    await form.getByRole('textbox', { name: 'Institución', exact: true }).fill('Alcaldía Ficticia');
    await form.getByRole('textbox', { name: 'Título', exact: true }).fill('Mesa de trabajo sobre protección');
    await form.getByRole('button', { name: 'Guardar' }).click();
    await page.getByRole('cell', { name: 'Mesa de trabajo sobre protección', exact: true }).waitFor();
    expect(await form.getByText(REQUIRED).count()).toBe(0);
  });

  it('registers an agreement, a commitment and an action under it', async () => {
    await sub('Convenios').click();
    const add = page.getByRole('form', { name: 'Registrar convenio' });
    await add.getByRole('button', { name: 'Guardar' }).click();
    await add.getByText(REQUIRED).waitFor();
    await add.getByRole('textbox', { name: 'Contraparte', exact: true }).fill('Universidad Ficticia');
    await add.getByLabel('Firma').fill('2024-01-15');
    await add.getByRole('button', { name: 'Guardar' }).click();
    const card = page.getByRole('article', { name: 'Universidad Ficticia' });
    await card.waitFor();

    const commitment = card.getByRole('form', { name: 'Agregar compromiso' });
    await commitment.getByRole('button', { name: 'Agregar compromiso' }).click();
    await commitment.getByText(REQUIRED).waitFor();
    await commitment.getByRole('textbox', { name: 'Compromiso', exact: true }).fill('Talleres de autoprotección');
    await commitment.getByRole('button', { name: 'Agregar compromiso' }).click();
    await card.getByText('Talleres de autoprotección — 0 de 3 acciones').waitFor();

    const action = card.getByRole('form', { name: 'Registrar acción' });
    await action.getByRole('button', { name: 'Registrar acción' }).click();
    await expect.poll(() => action.getByText(REQUIRED).count()).toBe(2); // date, description
    await action.getByLabel('Fecha').fill('2024-02-20');
    await action.getByRole('textbox', { name: 'Descripción', exact: true }).fill('Primer taller en la sede');
    await action.getByRole('textbox', { name: 'Compromiso', exact: true }).click();
    await page.getByRole('option', { name: 'Talleres de autoprotección', exact: true }).click();
    await action.getByRole('button', { name: 'Registrar acción' }).click();
    await card.getByText('Talleres de autoprotección — 1 de 3 acciones').waitFor();
    await card.getByText('Primer taller en la sede').waitFor();
    await screenshot(page, 'prevention-liaison-agreements');
  });
});
