// Daily use with the demo data (issue 18): the lists page on the server with their total and a pager,
// and the last case and the last request are reachable and found by folio; an empty required field
// shows a Spanish message under that field.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { browserEnvironment } from './support/environment.js';

const e2e = browserEnvironment(); // no users yet: the server loads the demo data
const signedIn = (username: string): Promise<Page> => e2e.signedIn(username);

/** The same list through the API from the signed-in page (the session cookie goes along). */
async function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => {
    const res = await fetch(p);
    return (await res.json()) as T;
  }, path);
}

async function range(page: Page) {
  const text = await page.getByTestId('pager-range').innerText();
  const m = /Mostrando ([\d,]+)–([\d,]+) de ([\d,]+)/.exec(text);
  expect(m, text).not.toBeNull();
  const n = (s: string) => Number(s.replace(/,/g, ''));
  return { from: n(m![1]!), to: n(m![2]!), total: n(m![3]!) };
}

async function lastRowFolio(page: Page): Promise<string> {
  return (await page.locator('tbody tr').last().locator('td').first().innerText()).trim();
}

describe('lists that page', () => {
  it('pages through every case to the last one and finds it by folio', async () => {
    const page = await signedIn('demo.cdemp');
    await page.goto(`${e2e.server.url}/cases`);
    await page.getByRole('heading', { name: 'Casos', level: 1 }).waitFor();
    await page.getByTestId('pager-range').waitFor();
    const first = await range(page);
    const api = await apiGet<{ total: number }>(page, '/api/cases?limit=1');
    expect(first).toEqual({ from: 1, to: Math.min(50, api.total), total: api.total });
    expect(api.total).toBeGreaterThan(100); // the demo has more cases than one page
    await page.getByRole('button', { name: 'Página siguiente' }).click();
    await page.getByTestId('pager-range').getByText(`Mostrando 51–`).waitFor();
    await page.getByRole('button', { name: 'Última página' }).click();
    await page
      .getByTestId('pager-range')
      .getByText(new RegExp(`–${api.total.toLocaleString('en')} de`))
      .waitFor();
    const folio = await lastRowFolio(page);
    const last = await apiGet<{ items: { folio: string }[] }>(page, `/api/cases?limit=1&offset=${api.total - 1}`);
    expect(folio).toBe(last.items[0]!.folio);
    await screenshot(page, 'daily-1-cases-last-page');
    await page.getByRole('textbox', { name: 'Buscar por folio' }).fill(folio);
    await page.getByRole('button', { name: 'Buscar' }).click();
    await page.getByTestId('pager-range').getByText('Mostrando 1–1 de 1').waitFor();
    expect(await lastRowFolio(page)).toBe(folio);
  });

  it('pages through every request to the last one and finds it by folio', async () => {
    const page = await signedIn('demo.transparency');
    await page.goto(`${e2e.server.url}/transparency`);
    await page.getByRole('heading', { name: 'Solicitudes de información', level: 1 }).waitFor();
    await page.getByTestId('pager-range').waitFor();
    await page.getByRole('textbox', { name: 'Filas por página' }).click();
    await page.getByRole('option', { name: '10', exact: true }).click();
    const api = await apiGet<{ total: number }>(page, '/api/transparency/requests?limit=1');
    expect(api.total).toBeGreaterThan(10);
    await page.getByTestId('pager-range').getByText(`Mostrando 1–10 de ${api.total}`).waitFor();
    await page.getByRole('button', { name: 'Última página' }).click();
    await page
      .getByTestId('pager-range')
      .getByText(new RegExp(`–${api.total} de ${api.total}`))
      .waitFor();
    const folio = await lastRowFolio(page);
    const last = await apiGet<{ items: { folio: string }[] }>(
      page,
      `/api/transparency/requests?limit=1&offset=${api.total - 1}`,
    );
    expect(folio).toBe(last.items[0]!.folio);
    await page.getByRole('textbox', { name: 'Buscar por folio' }).fill(folio);
    await page.getByRole('button', { name: 'Buscar' }).click();
    await page.getByTestId('pager-range').getByText('Mostrando 1–1 de 1').waitFor();
    expect(await lastRowFolio(page)).toBe(folio);
    await screenshot(page, 'daily-1-requests-found');
  });
});

/** The message under a field: the element its input names in aria-describedby. */
async function messageUnder(page: Page, label: string): Promise<string> {
  const input = page.getByRole('textbox', { name: label, exact: true });
  await expect.poll(async () => (await input.getAttribute('aria-describedby')) ?? '').toMatch(/error/);
  const ids = (await input.getAttribute('aria-describedby'))!.split(' ').filter((id) => id.endsWith('-error'));
  return (await page.locator(`[id="${ids[0]}"]`).innerText()).trim();
}

describe('errors on the fields, in Spanish', () => {
  it('shows "Este campo es obligatorio." under an empty required field of the new case form', async () => {
    const page = await signedIn('demo.cdemp');
    await page.goto(`${e2e.server.url}/cases/new`);
    await page.getByRole('heading', { name: 'Nuevo caso' }).waitFor();
    await page.getByRole('button', { name: 'Registrar caso' }).click();
    expect(await messageUnder(page, 'Perfil')).toBe('Este campo es obligatorio.');
    expect(await messageUnder(page, 'Identidad')).toBe('Este campo es obligatorio.');
    await screenshot(page, 'daily-3-case-required');
    expect(page.url()).toMatch(/\/cases\/new$/); // nothing was sent
  });

  it('shows it under the folio and subject of the request form', async () => {
    const page = await signedIn('demo.transparency');
    await page.goto(`${e2e.server.url}/transparency`);
    await page.getByRole('button', { name: 'Registrar solicitud' }).click();
    await page.getByRole('button', { name: 'Registrar', exact: true }).click();
    expect(await messageUnder(page, 'Folio')).toBe('Este campo es obligatorio.');
    expect(await messageUnder(page, 'Asunto')).toBe('Este campo es obligatorio.');
  });
});

interface DashboardApi {
  sections: { key: string; urgent: number; overdue: number; dueSoon: number; items: { href: string }[] }[];
}

describe('a home page per role', () => {
  // The demo data has, for each of these roles, something urgent, overdue or due soon.
  const roles = [
    { username: 'demo.cdemp', section: 'Casos sin medida urgente', key: 'cases' },
    { username: 'demo.transparency', section: 'Solicitudes de información', key: 'requests' },
    { username: 'demo.legal', section: 'Asuntos jurídicos', key: 'legal' },
  ];
  for (const role of roles) {
    it(`shows ${role.username} the urgent and overdue items of its modules, linked to the record`, async () => {
      const page = await signedIn(role.username);
      const api = await apiGet<DashboardApi>(page, '/api/dashboard');
      const mine = api.sections.find((s) => s.key === role.key)!;
      expect(mine, JSON.stringify(api.sections.map((s) => s.key))).toBeDefined();
      expect(mine.urgent + mine.overdue + mine.dueSoon).toBeGreaterThan(0);
      const card = page.getByRole('region', { name: role.section });
      await card.waitFor();
      // Every item the server gives is on the card as a link to its record.
      const links = card.getByRole('link');
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const item of mine.items) expect(hrefs).toContain(item.href);
      // Sections of other modules stay away (each has its own policy).
      for (const other of roles.filter((r) => r.key !== role.key)) {
        if (api.sections.some((s) => s.key === other.key)) continue;
        expect(await page.getByRole('region', { name: other.section }).count()).toBe(0);
      }
      await screenshot(page, `daily-4-home-${role.key}`);
      await card.getByRole('link').first().click();
      await page.waitForURL((url) => url.pathname === mine.items[0]!.href.split('?')[0]);
    });
  }
});
