// Serves the built web app (dist/web, from `npm run build`) with an SPA fallback: any GET that is
// not an API call and not a file gets index.html, so deep links like /admin/users work on reload.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.js';

export const WEB_DIST = fileURLToPath(new URL('../../../../dist/web', import.meta.url));

export async function registerWebApp(app: FastifyInstance, root = WEB_DIST): Promise<void> {
  const index = path.join(root, 'index.html');
  if (!fs.existsSync(index)) {
    app.log.warn(`No se encontró la aplicación web compilada en ${root}: ejecute "npm run build".`);
    return;
  }
  await app.register(fastifyStatic, {
    root,
    wildcard: false, // one route per built file; the catch-all below handles the rest
    index: false,
    // The build writes .br and .gz beside each asset (scripts/precompress.ts): sent as they are to
    // browsers that accept them, never compressed per request; the copies get no routes of their own.
    preCompressed: true,
    globIgnore: ['**/*.br', '**/*.gz'],
    cacheControl: false, // set below: only hashed assets are cacheable
    setHeaders: (res, filePath) => {
      // Hashed asset names never change content: cache them for a year.
      if (filePath.includes(`${path.sep}assets${path.sep}`))
        res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    },
  });
  const html = fs.readFileSync(index);
  app.get('/*', async (req, reply) => {
    const url = req.url.split('?')[0] ?? '';
    if (url === '/api' || url.startsWith('/api/')) throw new AppError('not_found', 404);
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  });
  app.get('/', async (_req, reply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html),
  );
}
