import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { registerErrorHandler } from './error-handler.js';
import { registerWebApp } from './web.js';
import { precompressDir } from '../../../../scripts/precompress.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-web-'));
fs.mkdirSync(path.join(root, 'assets'));
fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><html lang="es-MX"><div id="root"></div></html>');
fs.writeFileSync(path.join(root, 'assets', 'main-abc123.js'), 'console.log(1)');
// A big asset, compressed as the build does it.
const BIG = `export const words = ${JSON.stringify(Array.from({ length: 2000 }, (_, i) => `palabra${i % 50}`))};\n`;
fs.writeFileSync(path.join(root, 'assets', 'big-def456.js'), BIG);
precompressDir(root);
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

  it('sends the precompressed brotli or gzip copy to browsers that accept it, the file itself otherwise', async () => {
    const app = Fastify();
    await registerWebApp(app, root);
    const url = '/assets/big-def456.js';
    const br = await app.inject({ url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toContain('javascript');
    expect(br.headers['cache-control']).toContain('immutable');
    expect(br.rawPayload.length).toBeLessThan(BIG.length / 4);
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(BIG);
    const gz = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(BIG);
    const plain = await app.inject({ url });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(BIG);
    // A file too small to be worth compressing has no copies and is sent as it is.
    expect(fs.existsSync(path.join(root, 'assets', 'main-abc123.js.br'))).toBe(false);
    const small = await app.inject({ url: '/assets/main-abc123.js', headers: { 'accept-encoding': 'br' } });
    expect(small.statusCode).toBe(200);
    expect(small.body).toBe('console.log(1)');
    await app.close();
  });

  it('does nothing when the web app was not built', async () => {
    const app = Fastify({ logger: false });
    await registerWebApp(app, path.join(root, 'missing'));
    expect((await app.inject('/')).statusCode).toBe(404);
    await app.close();
  });
});
