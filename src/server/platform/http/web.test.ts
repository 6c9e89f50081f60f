import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { registerErrorHandler } from './error-handler.js';
import { registerWebApp } from './web.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-web-'));
fs.mkdirSync(path.join(root, 'assets'));
fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><html lang="es-MX"><div id="root"></div></html>');
fs.writeFileSync(path.join(root, 'assets', 'main-abc123.js'), 'console.log(1)');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('registerWebApp', () => {
  it('serves files, falls back to index.html for app paths, and keeps API 404s as JSON', async () => {
    const app = Fastify();
    registerErrorHandler(app);
    await registerWebApp(app, root);
    const asset = await app.inject('/assets/main-abc123.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    for (const url of ['/', '/admin/users', '/2fa/enrol?x=1']) {
      const page = await app.inject(url);
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.body).toContain('lang="es-MX"');
    }
    const api = await app.inject('/api/nothing');
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('not_found');
    await app.close();
  });

  it('does nothing when the web app was not built', async () => {
    const app = Fastify({ logger: false });
    await registerWebApp(app, path.join(root, 'missing'));
    expect((await app.inject('/')).statusCode).toBe(404);
    await app.close();
  });
});
