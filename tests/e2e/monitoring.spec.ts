// Monitoring staff register a finding from the page, choosing its forms and types of aggression in
// the multi-selects, find it in the list (unverified: one source is not enough) and see it counted on
// the dashboard, in the table and on the map by alcaldía; then register a mobilisation and an activation
// of the Base MPI CDMX on the protest monitoring page and see them listed; last, give the finding two
// independent sources (one with a preserved PDF, checked by its SHA-256), see it verified on the map, open
// a case from it and the case's page, and record an activation of the base that attended that case,
// picked by its folio (issue 13).
import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/common/date-format.js';
import { ALCALDIAS } from '../../src/common/features/monitoring.js';
import { signInEnrollingTotp } from './support/auth.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { cli, startServer, tempEnv, type RunningServer } from './support/server.js';

const USERNAME = 'e2e.monitoreo';
const PASSWORD = 'bitacora-de-fuentes-abiertas-58';
const CAUSE = 'Marcha ficticia por la libertad de expresión';
const NOTES = 'Guardia en la glorieta, sin incidentes antes del inicio.';
// A minimal PDF: the server knows a file's type by its first bytes, never by its name.
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PROTEST_SUMMARY = 'Insultos a una reportera ficticia mientras cubría la marcha.';
const SUMMARY = 'Amenazas en redes sociales a una periodista ficticia tras publicar un reportaje.';

// The finding is detected today in Mexico City; the dashboard is asked for that whole year.
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City' }).format(new Date());
const YEAR = TODAY.slice(0, 4);

let server: RunningServer;
let browser: Browser;
let page: Page;
let code = '';
let folio = '';

// A multi-select without search: its field lies under the box that takes the clicks, so it is opened
// from the keyboard (focus, arrow down) as a person tabbing through the form would; options are clicked.
async function pickMany(label: string, options: string[]) {
  await page.getByRole('textbox', { name: label, exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  for (const option of options) await page.getByRole('option', { name: option, exact: true }).click();
  await page.keyboard.press('Escape');
}

const names: string[] = Object.values(ALCALDIAS);

/** The dashboard's map: each alcaldía's label and the count drawn after it. */
async function mapCounts(): Promise<Record<string, string>> {
  const map = page.getByTestId('monitoring-map').getByRole('img', { name: 'Hallazgos por alcaldía' });
  await map.locator('svg').waitFor();
  const labels = (await map.locator('svg text').allTextContents()).map((s) => s.trim()).filter(Boolean);
  const onMap: Record<string, string> = {};
  labels.forEach((label, i) => {
    if (names.includes(label)) onMap[label] = labels[i + 1] ?? '';
  });
  return onMap;
}

/** Opens the dashboard for this whole year. */
async function openDashboard() {
  await page.getByRole('link', { name: 'Tablero de monitoreo' }).first().click();
  await page.getByRole('heading', { name: 'Tablero de monitoreo de agresiones', level: 1 }).waitFor();
  const filters = page.getByRole('form', { name: 'Filtros de hallazgos' });
  await filters.getByLabel('Desde').fill(`${YEAR}-01-01`);
  await filters.getByLabel('Hasta').fill(`${YEAR}-12-31`);
  await filters.getByRole('button', { name: 'Aplicar' }).click();
}

beforeAll(async () => {
  const env = { ...tempEnv(), SALVAGUARDA_DEMO: 'false' }; // a clean database: the only finding is ours
  await cli({ ...env, SALVAGUARDA_NEW_PASSWORD: PASSWORD }, [
    'user',
    'create',
    '--role',
    'cdemp',
    '--username',
    USERNAME,
    '--display-name',
    'Sistematización E2E',
  ]);
  server = await startServer(env);
  browser = await launchBrowser();
  page = await browser.newPage({ locale: 'es-MX', viewport: { width: 1400, height: 1000 } });
}, 600_000); // creating the user and starting the server migrate a fresh database: minutes on a loaded machine

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('monitoring of aggressions', () => {
  it('signs in (with two-step enrolment) and opens the findings list from the navigation', async () => {
    await signInEnrollingTotp(page, server.url, USERNAME, PASSWORD);
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Monitoreo de agresiones' })
      .click();
    await page.getByRole('heading', { name: 'Hallazgos de monitoreo', level: 1 }).waitFor();
    await page.getByText('0 hallazgos').waitFor();
  });

  it('registers a finding with its forms and types of aggression chosen in the multi-selects', async () => {
    await page.getByRole('link', { name: 'Registrar hallazgo' }).click();
    const form = page.getByRole('form', { name: 'Registrar hallazgo' });
    await form.waitFor();
    await form.getByLabel('Fecha de detección').fill(TODAY);
    await form.getByLabel('Fecha de los hechos').fill(TODAY);
    await pickMany('Formas de agresión', ['Física', 'Digital']);
    await pickMany('Tipos de agresión', ['Amenaza', 'Ataque a redes, comunicaciones o sistemas digitales']);
    await form.getByRole('textbox', { name: 'Alcaldía', exact: true }).fill('Coyo');
    await page.getByRole('option', { name: 'Coyoacán', exact: true }).click();
    await form.getByRole('textbox', { name: 'Resumen de los hechos' }).fill(SUMMARY);
    await form.getByRole('button', { name: 'Guardar hallazgo' }).click();

    const heading = page.getByRole('heading', { name: /^Hallazgo \S+$/, level: 1 });
    await heading.waitFor();
    code = (await heading.innerText()).replace(/^Hallazgo /, '');
    const row = (field: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: field }) });
    expect(await row('Formas de agresión').getByRole('cell').textContent()).toBe('Física, Digital');
    expect(await row('Tipos de agresión').getByRole('cell').textContent()).toBe(
      'Amenaza, Ataque a redes, comunicaciones o sistemas digitales',
    );
    expect(await row('Alcaldía').getByRole('cell').textContent()).toBe('Coyoacán');
    // Dates as people write them (common/date-format.ts), never ISO.
    expect(await row('Fecha de detección').getByRole('cell').textContent()).toBe(formatDate(TODAY));
    await page.getByText('Sin verificar', { exact: true }).waitFor();
    await screenshot(page, 'monitoring-1-finding');
  });

  it('finds it in the list, flagged as unverified', async () => {
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Monitoreo de agresiones' })
      .click();
    await page.getByText('1 hallazgo', { exact: true }).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: code, exact: true }) });
    await row.waitFor();
    // Text content, not innerText: the badge is shown in capitals by CSS.
    const cells = (await row.getByRole('cell').allTextContents()).map((c) => c.trim());
    expect(cells).toEqual([
      code,
      formatDate(TODAY),
      'Víctima de agresión',
      'Física, Digital',
      'Coyoacán',
      '0 Sin verificar',
      '—',
    ]);
    // The summary and the people involved are not in the list.
    expect(await page.getByRole('table').innerText()).not.toContain(SUMMARY);
  });

  it('counts it on the dashboard: by form, by type and in Coyoacán on the map', async () => {
    await openDashboard();
    await page.getByText('Hallazgos: 1; verificados: 0.').waitFor();

    const count = (caption: string, label: string) =>
      page
        .getByRole('table', { name: caption, exact: true })
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
        .getByRole('cell')
        .textContent();
    expect(await count('Formas de agresión', 'Física')).toBe('1');
    expect(await count('Formas de agresión', 'Digital')).toBe('1');
    expect(await count('Formas de agresión', 'Verbal')).toBe('0');
    expect(await count('Tipos de agresión', 'Amenaza')).toBe('1');
    expect(await count('Alcaldía', 'Coyoacán')).toBe('1');
    expect(await count('Alcaldía', 'Tlalpan')).toBe('0');

    // The map labels each alcaldía with its count: Coyoacán 1, the others 0.
    expect(await mapCounts()).toEqual(Object.fromEntries(names.map((n) => [n, n === 'Coyoacán' ? '1' : '0'])));
    await screenshot(page, 'monitoring-2-dashboard');
  });

  it('registers a mobilisation and an activation of the base and sees them listed', async () => {
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Monitoreo de protestas' })
      .click();
    await page.getByRole('heading', { name: 'Monitoreo de protestas (Base MPI CDMX)', level: 1 }).waitFor();
    await page.getByRole('heading', { name: '0 movilizaciones', level: 2 }).waitFor();
    // Only this page's entry is highlighted in the navigation, not the findings list at '/monitoring'.
    const nav = page.getByRole('navigation', { name: 'Navegación principal' });
    expect(await nav.getByRole('link', { name: 'Monitoreo de protestas' }).getAttribute('data-active')).toBe('true');
    expect(await nav.getByRole('link', { name: 'Monitoreo de agresiones' }).getAttribute('data-active')).toBeNull();

    const mobilization = page.getByRole('form', { name: 'Registrar movilización' });
    await mobilization.getByLabel('Fecha de la movilización').fill(TODAY);
    await mobilization.getByLabel('Causa o convocatoria').fill(CAUSE);
    const alcaldias = mobilization.getByRole('textbox', { name: 'Alcaldías', exact: true });
    for (const [typed, name] of [
      ['Cuauh', 'Cuauhtémoc'],
      ['Benito', 'Benito Juárez'],
    ] as const) {
      await alcaldias.fill(typed);
      await page.getByRole('option', { name, exact: true }).click();
    }
    await page.keyboard.press('Escape');
    await mobilization.getByRole('button', { name: 'Guardar movilización' }).click();
    const heading = `${formatDate(TODAY)} · ${CAUSE}`;
    const section = page.getByRole('region', { name: heading });
    await section.getByRole('heading', { name: heading, level: 3 }).waitFor();
    await section.getByText('Alcaldías: Cuauhtémoc, Benito Juárez', { exact: true }).waitFor();
    await section.getByText('Sin activaciones de la base registradas.').waitFor();

    // The activation is tied to the mobilisation from the keyboard: type in the field, arrow down, Enter.
    const activation = page.getByRole('form', { name: 'Registrar activación de la base' });
    const linked = activation.getByRole('textbox', { name: 'Movilización', exact: true });
    await linked.fill('Marcha ficticia');
    await page.getByRole('option', { name: heading, exact: true }).waitFor(); // the filtered list is open
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => linked.inputValue()).toBe(heading);
    await activation.getByLabel('Fecha de la activación').fill(TODAY);
    await activation.getByRole('textbox', { name: 'Fase' }).click();
    await page.getByRole('option', { name: 'Antes', exact: true }).click();
    await activation.getByLabel('Personal de guardia').fill('4');
    await activation.getByLabel('Notas').fill(NOTES);
    await activation.getByRole('button', { name: 'Guardar activación' }).click();

    const table = section.getByRole('table', { name: `Activaciones de la base: ${heading}` });
    const row = table.getByRole('row').filter({ hasText: NOTES });
    await row.waitFor();
    const cells = (await row.getByRole('cell').allTextContents()).map((c) => c.trim());
    expect(cells).toEqual([`BASE-${YEAR}-001`, formatDate(TODAY), 'Antes', '4', '0', '0', NOTES]);
    await page.getByRole('heading', { name: '1 movilización', level: 2 }).waitFor();
    // Nothing was left unlinked: the activation is listed only under its mobilisation.
    expect(await page.getByRole('region', { name: 'Activaciones sin movilización vinculada' }).count()).toBe(0);
    await screenshot(page, 'monitoring-3-protests');
  });

  it('ties a finding made during the protest to the activation, which then counts it', async () => {
    const nav = page.getByRole('navigation', { name: 'Navegación principal' });
    await nav.getByRole('link', { name: 'Monitoreo de agresiones' }).click();
    await page.getByRole('link', { name: 'Registrar hallazgo' }).click();
    const form = page.getByRole('form', { name: 'Registrar hallazgo' });
    await form.getByLabel('Fecha de detección').fill(TODAY);
    await pickMany('Formas de agresión', ['Verbal']);
    await form.getByRole('textbox', { name: 'Resumen de los hechos' }).fill(PROTEST_SUMMARY);
    await form.getByLabel('En el contexto de una protesta social').check();
    await form.getByRole('textbox', { name: 'Activación de la base', exact: true }).fill(`BASE-${YEAR}-001`);
    const option = `BASE-${YEAR}-001 · ${formatDate(TODAY)} · Antes · ${CAUSE}`;
    await page.getByRole('option', { name: option, exact: true }).click();
    await form.getByRole('button', { name: 'Guardar hallazgo' }).click();
    await page.getByRole('heading', { name: /^Hallazgo \S+$/, level: 1 }).waitFor();

    await nav.getByRole('link', { name: 'Monitoreo de protestas' }).click();
    const row = page
      .getByRole('table', { name: `Activaciones de la base: ${formatDate(TODAY)} · ${CAUSE}` })
      .getByRole('row')
      .filter({ hasText: NOTES });
    await expect.poll(async () => (await row.getByRole('cell').allTextContents())[4]).toBe('1');
  });

  it('adds two independent sources, one with a preserved PDF, and opens a case from the finding', async () => {
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Monitoreo de agresiones' })
      .click();
    await page.getByRole('link', { name: code, exact: true }).click();
    await page.getByRole('heading', { name: `Hallazgo ${code}`, level: 1 }).waitFor();
    const sources = page.getByRole('form', { name: 'Agregar fuente' });

    await sources.getByLabel('Medio o red').fill('Diario Ficticio');
    await sources.getByLabel('Dirección web').fill('https://example.org/nota-ficticia');
    await sources.locator('input[type="file"]').setInputFiles({
      name: 'nota.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await sources.getByRole('button', { name: 'Agregar fuente' }).click();
    await page.getByRole('heading', { name: 'Fuentes (1 independiente)', level: 2 }).waitFor();
    const sha256 = createHash('sha256').update(PDF).digest('hex');
    const pdfRow = page.getByRole('row').filter({ hasText: 'Diario Ficticio' });
    await pdfRow.getByText(`SHA-256 ${sha256}`).waitFor();
    // The preserved copy comes back byte for byte, with the hash the server re-checked on the way out.
    const href = await pdfRow.getByRole('link', { name: 'nota.pdf' }).getAttribute('href');
    const download = await page.request.get(`${server.url}${href}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['x-content-sha256']).toBe(sha256);
    expect(Buffer.from(await download.body()).equals(PDF)).toBe(true);
    await page.getByText('Sin verificar', { exact: true }).waitFor();

    await sources.getByRole('textbox', { name: 'Tipo de fuente' }).click();
    await page.getByRole('option', { name: 'Red social', exact: true }).click();
    await sources.getByLabel('Medio o red').fill('Cuenta ficticia de una colectiva');
    await sources.getByRole('button', { name: 'Agregar fuente' }).click();
    await page.getByRole('heading', { name: 'Fuentes (2 independientes)', level: 2 }).waitFor();
    await page.getByText('Verificado (dos o más fuentes)', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Abrir caso de atención a partir de este hallazgo' }).click();
    const caseLink = page.getByRole('link', { name: /^Caso \S+$/ });
    await caseLink.waitFor();
    expect(await caseLink.getAttribute('href')).toMatch(/^\/cases\/[0-9a-f-]{36}$/);
    expect(await page.getByRole('button', { name: 'Abrir caso de atención a partir de este hallazgo' }).count()).toBe(
      0,
    );
    folio = (await caseLink.innerText()).replace(/^Caso /, '');
    await screenshot(page, 'monitoring-4-finding-case');
  });

  it('sees the verified finding on the map and opens the case created from it', async () => {
    const nav = page.getByRole('navigation', { name: 'Navegación principal' });
    await nav.getByRole('link', { name: 'Monitoreo de agresiones' }).click();
    await openDashboard();
    // Two findings now (the protest one in Cuauhtémoc, the form's default), one verified by its two sources.
    await page.getByText('Hallazgos: 2; verificados: 1.').waitFor();
    const one = ['Coyoacán', 'Cuauhtémoc'];
    expect(await mapCounts()).toEqual(Object.fromEntries(names.map((n) => [n, one.includes(n) ? '1' : '0'])));

    await nav.getByRole('link', { name: 'Monitoreo de agresiones' }).click();
    await page.getByRole('link', { name: code, exact: true }).click();
    await page.getByRole('link', { name: `Caso ${folio}`, exact: true }).click();
    await page.getByRole('heading', { name: `Caso ${folio}`, level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/cases\/[0-9a-f-]{36}$/);
    await screenshot(page, 'monitoring-5-case');
  });

  it('records an activation of the base that attended that case, picked by its folio', async () => {
    const caseUrl = new URL(page.url()).pathname;
    const nav = page.getByRole('navigation', { name: 'Navegación principal' });
    await nav.getByRole('link', { name: 'Monitoreo de protestas' }).click();
    const activation = page.getByRole('form', { name: 'Registrar activación de la base' });
    await activation.waitFor();
    await activation.getByLabel('Fecha de la activación').fill(TODAY);
    await activation.getByRole('textbox', { name: 'Fase' }).click();
    await page.getByRole('option', { name: 'Después', exact: true }).click();
    const picker = activation.getByRole('textbox', { name: 'Casos atendidos', exact: true });
    await picker.fill(folio);
    await page.getByRole('option', { name: folio, exact: true }).click();
    await page.keyboard.press('Escape');
    await activation.getByRole('button', { name: 'Guardar activación' }).click();

    const unlinked = page.getByRole('region', { name: 'Activaciones sin movilización vinculada' });
    const row = unlinked.getByRole('row').filter({ hasText: `BASE-${YEAR}-002` });
    await row.waitFor();
    const link = row.getByRole('link', { name: folio, exact: true });
    expect(await link.getAttribute('href')).toBe(caseUrl);
    await screenshot(page, 'monitoring-6-activation-case');
    await link.click();
    await page.getByRole('heading', { name: `Caso ${folio}`, level: 1 }).waitFor();
  });
});
