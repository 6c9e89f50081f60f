// Accessibility (issue 18): axe-core reports no serious or critical violation on the pages of each
// role's navigation (and on a case page), with the demo data. One server, one browser, one context per role.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserEnvironment } from './support/environment.js';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const e2e = browserEnvironment(); // no users yet: the server loads the demo data

const signedIn = (username: string): Promise<Page> => e2e.signedIn(username, { initScript: axeSource });

/** The paths linked from the main navigation of the signed-in role. */
async function navigationPaths(page: Page): Promise<string[]> {
  const hrefs = await page
    .getByRole('navigation')
    .first()
    .locator('a[href^="/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  return [...new Set(hrefs)];
}

interface Finding {
  path: string;
  rule: string;
  impact: string;
  targets: string[];
}

/** Visits a path, waits for its heading and for loading to end, and runs axe on the whole document. */
async function audit(page: Page, path: string): Promise<Finding[]> {
  await page.goto(`${e2e.server.url}${path}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ path, ...v }));
}

async function auditRole(username: string, extraPaths: (page: Page) => Promise<string[]>) {
  const page = await signedIn(username);
  const paths = [...(await navigationPaths(page)), ...(await extraPaths(page))];
  expect(paths.length).toBeGreaterThan(1);
  const findings: Finding[] = [];
  for (const path of paths) findings.push(...(await audit(page, path)));
  const report = findings.map((f) => `${username} ${f.path} ${f.rule} (${f.impact}): ${f.targets.join(' | ')}`);
  expect(report, report.join('\n')).toEqual([]);
}

const noExtra = async () => [];

describe('axe-core on every page of each role', () => {
  it('demo.cdemp: its navigation and a case page', async () => {
    await auditRole('demo.cdemp', async (page) => {
      const list = await page.evaluate(
        async () => (await (await fetch('/api/cases?limit=1')).json()) as { items: { id: string }[] },
      );
      return list.items[0] ? [`/cases/${list.items[0].id}`] : [];
    });
  });

  for (const role of [
    'demo.admin',
    'demo.dg',
    'demo.transparency',
    'demo.legal',
    'demo.planning',
    'demo.board',
    'demo.caf',
  ]) {
    it(`${role}: its navigation`, async () => {
      await auditRole(role, noExtra);
    });
  }
});
