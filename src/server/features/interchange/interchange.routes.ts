// HTTP routes of data in/out: package import (dry-run preview or commit), whole-database export,
// historical spreadsheets (see spreadsheet.routes.ts). Admin only (policies.ts); packages carry no personal data.
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import type { App } from '../../platform/deps.js';
import type { FeaturePlugin } from '../manifest.js';
import { auditNow } from '../../platform/audit/audit.js';
import { AppError } from '../../platform/http/errors.js';
import { exportPackage, inSnapshot } from './export.service.js';
import { importPackage, type ImportResult } from './import.service.js';
import { ImportOut } from './interchange.http.js';
import { spreadsheetRoutes } from './spreadsheet.routes.js';

/** Large enough for a state's history; national packages go through the command line. */
export const PACKAGE_BODY_LIMIT = 200 * 1024 * 1024;

/** Refusal of an invalid package: 400 with every problem as `{ path, message }`. */
export function packageRefused(
  result: Extract<ImportResult, { ok: false }>,
  code: 'invalid_package' | 'invalid_spreadsheet' = 'invalid_package',
): AppError {
  const first = code === 'invalid_package' ? 'El paquete' : 'La hoja de cálculo';
  return new AppError(code, 400, result.problems, `${first} tiene ${result.total} problema(s); no se guardó nada.`);
}

export const interchangePlugin: FeaturePlugin = async (app: App, deps, registry) => {
  const { db } = deps;
  const arrays = registry.packageArrays;

  app.post(
    '/interchange/import',
    {
      config: { policy: 'interchange.import' },
      bodyLimit: PACKAGE_BODY_LIMIT,
      schema: {
        querystring: z.strictObject({ dryRun: z.enum(['true', 'false']).default('false') }),
        // The envelope only: validatePackage lists every problem of the content by JSON path.
        body: z.record(z.string(), z.unknown()),
        response: { 200: ImportOut },
      },
    },
    async (req) => {
      const actor = { userId: req.actor!.userId, username: req.actor!.username };
      const result = await importPackage(db, req.body, {
        actor,
        ip: req.ip,
        dryRun: req.query.dryRun === 'true',
        arrays,
      });
      if (!result.ok) throw packageRefused(result);
      return { dryRun: result.dryRun, counts: result.counts };
    },
  );

  app.get(
    '/interchange/export',
    {
      // A streamed JSON file (the package), written by the exporter, not by the serializer.
      config: { policy: 'interchange.export', fileResponse: true },
      schema: { querystring: z.strictObject({ includePersonalData: z.enum(['true', 'false']).optional() }) },
    },
    async (req, reply) => {
      if (req.query.includePersonalData === 'true') throw new AppError('personal_data_not_exported', 400);
      await auditNow(db, {
        actor: { userId: req.actor!.userId, username: req.actor!.username },
        action: 'export',
        entity: 'interchange_package',
        ip: req.ip,
      });
      const day = new Date().toISOString().slice(0, 10);
      // The snapshot transaction stays open while the response streams; a dropped connection ends it.
      const body = new PassThrough();
      inSnapshot(db, (tx) => pipeline(Readable.from(exportPackage(tx, undefined, arrays)), body)).catch(
        (err: unknown) => {
          req.log.error({ err }, 'export failed');
          body.destroy(err instanceof Error ? err : new Error('export failed'));
        },
      );
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="salvaguarda-${day}.json"`)
        .header('cache-control', 'no-store')
        .send(body);
    },
  );

  await spreadsheetRoutes(app, deps);
};
