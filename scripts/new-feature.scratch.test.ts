// A feature made by the generator starts, shows its page and passes its own tests, touching no
// central file but the lists the generator joins. Everything runs on a scratch copy of the tree
// (node_modules linked): generate the feature, generate its migration (drizzle-kit, as the guide
// says), then
//   - the scratch app builds with it registered on an in-memory test database and its routes answer
//     with its policy (401 without a session, 403 for a role outside it, 200/201 for one inside);
//   - the scratch web manifest lists its page, guarded by its policy, and the page renders with its
//     Spanish catalogue;
//   - the generated test file passes (vitest on that one file, in the scratch tree).
// A list the generator forgot makes one of these fail: the shared definitions (unknown policy:
// buildApp throws), the server manifests (404), the web manifests (no page), db/schema.ts (no
// table export), the catalogues (keys shown instead of text).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement, type ComponentType } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { I18nextProvider } from 'react-i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareCatalogues, readCatalogues } from './check-i18n.js';
import { createFeature } from './new-feature.js';

const NAME = 'widgets';
const repo = path.resolve(import.meta.dirname, '..');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'new-feature-run-'));
const COPY = ['src', 'tests/support', 'package.json', 'tsconfig.json', 'drizzle.config.ts', 'vitest.config.ts'];
const at = (f: string) => path.join(scratch, f);

interface Run {
  code: number | null;
  output: string;
}

/** Runs a package's CLI from the linked node_modules in the scratch tree; never throws. */
function run(bin: string, args: string[]): Promise<Run> {
  // The child is a fresh vitest/drizzle-kit: none of this worker's VITEST_* settings.
  const env = {
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST'))),
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [at(`node_modules/${bin}`), ...args], { cwd: scratch, env });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

let generatedTest: Promise<Run>;

beforeAll(async () => {
  for (const f of COPY) fs.cpSync(path.join(repo, f), at(f), { recursive: true });
  fs.symlinkSync(path.join(repo, 'node_modules'), at('node_modules'), 'dir');
  await createFeature(scratch, NAME);
  const generated = await run('drizzle-kit/bin.cjs', ['generate', '--name', NAME]);
  expect(generated.code, generated.output).toBe(0);
  // The feature's own test runs in its own process while this file checks the app and the page.
  generatedTest = run('vitest/vitest.mjs', ['run', `src/server/features/${NAME}/${NAME}.test.ts`]);
}, 120_000);

afterAll(async () => {
  await generatedTest?.catch(() => undefined);
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe('a generated feature on a scratch tree', () => {
  it('gets its migration: one new file that creates only its table', () => {
    const dir = at('src/server/db/migrations');
    const added = fs.readdirSync(dir).filter((f) => !fs.existsSync(path.join(repo, 'src/server/db/migrations', f)));
    expect(added).toEqual([expect.stringMatching(new RegExp(`^\\d{4}_${NAME}\\.sql$`))]);
    const sql = fs.readFileSync(path.join(dir, added[0]!), 'utf8');
    expect(sql).toContain(`CREATE TABLE "${NAME}_items"`);
    expect(sql.match(/CREATE TABLE/g)).toHaveLength(1);
  });

  it('starts: the app builds with it registered and its routes answer with its policy', async () => {
    const schema = (await import(at('src/server/db/schema.ts'))) as Record<string, unknown>;
    expect(schema[`${NAME}Items`], 'db/schema.ts re-exports the feature’s tables').toBeDefined();
    const support = (await import(at('tests/support/context.ts'))) as typeof import('../tests/support/context.js');
    const ctx = await support.createTestContext();
    try {
      const url = `/api/${NAME}/items`;
      expect((await ctx.anonymous().get(url)).statusCode).toBe(401);
      expect((await (await ctx.signInAs(['board'])).get(url)).statusCode).toBe(403);
      const admin = await ctx.signInAs(['admin']);
      expect((await admin.get(url)).json()).toEqual({ items: [], total: 0 });
      expect((await admin.post(url, { title: 'Uno' })).statusCode).toBe(403); // write is dg's only
      const dg = await ctx.signInAs(['dg']);
      const created = await dg.post(url, { title: 'Uno' });
      expect(created.statusCode).toBe(201);
      const list = await admin.get(url);
      expect(list.statusCode).toBe(200);
      expect(list.json()).toEqual({ items: [{ id: created.json().id, title: 'Uno', version: 1 }], total: 1 });
    } finally {
      await ctx.close();
    }
  }, 120_000);

  it('shows its page: the web manifest lists it under its policy and it renders in Spanish', async () => {
    expect(compareCatalogues(readCatalogues(at('src/web/i18n')))).toEqual([]);
    const web = (await import(at('src/web/features/index.tsx'))) as typeof import('../src/web/features/index.js');
    const pages = web.webFeatures.filter((p) => p.path === `/${NAME}`);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.policy).toBe(`${NAME}.read`);
    expect([...pages[0]!.roles].sort()).toEqual(['admin', 'dg']);
    expect(pages[0]!.hideInNav).toBeFalsy();

    const i18n = ((await import(at('src/web/i18n/index.ts'))) as { default: import('i18next').i18n }).default;
    await i18n.changeLanguage('es-MX');
    expect(i18n.t(pages[0]!.navKey)).toBe('Widgets');
    const tree = createElement(
      MantineProvider,
      null,
      createElement(
        QueryClientProvider,
        { client: new QueryClient() },
        createElement(I18nextProvider, { i18n }, createElement(pages[0]!.component as ComponentType)),
      ),
    );
    const { prelude } = await prerenderToNodeStream(tree);
    let html = '';
    for await (const chunk of prelude as Readable) html += String(chunk);
    expect(html).toMatch(/<h1[^>]*>Widgets<\/h1>/);
    expect(html).toContain('0 registros');
  }, 120_000);

  it('passes its own generated test file', async () => {
    const result = await generatedTest;
    expect(result.output).toMatch(/Tests\s+2 passed/);
    expect(result.code, result.output).toBe(0);
  }, 120_000);
});
