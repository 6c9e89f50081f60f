import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { defineSharedFeature } from '../../src/common/feature.js';
import { buildApp } from '../../src/server/app.js';
import { featureManifests } from '../../src/server/features/index.js';
import { buildRegistry, type FeatureManifest } from '../../src/server/features/manifest.js';
import { responseContractProblem } from '../../src/server/platform/http/response-contract.js';
import { createTestContext, type TestContext } from '../support/context.js';
import { apiRoutes } from './support/routes.js';

vi.mock('../../src/server/platform/access/guard.js', async (orig) =>
  (await import('./support/routes.js')).withRouteCollector(await orig()),
);

/**
 * Every /api route declares what it answers (schema.response), so the serializer strips fields a
 * service returns beyond the contract; the app refuses to start otherwise. Routes that answer with a
 * file say so (config.fileResponse) and are listed here, so a new escape is a visible decision.
 */
const FILE_ROUTES = [
  'GET /api/administration/activities.xlsx',
  'GET /api/administration/deliverables/:id/submissions/:month/evidence',
  'GET /api/administration/deliverables/grid.xlsx',
  'GET /api/administration/procurements.xlsx',
  'GET /api/bodies/documents/:id',
  'GET /api/bodies/sessions/:id/acta-draft',
  'GET /api/cases.xlsx',
  'GET /api/interchange/export',
  'GET /api/interchange/spreadsheet/template',
  'GET /api/legal/contracts/:id/documents/:documentId',
  'GET /api/legal/lawsuit-reports/document',
  'GET /api/legal/opinions/:id/documents/:documentId',
  'GET /api/monitoring/sources/:id/file',
  'GET /api/planning/plans/:planId/progress-report',
  'GET /api/prevention/photos/:id',
  'GET /api/reports/annual/download',
  'GET /api/reports/bimonthly/download',
  'GET /api/reports/issued/:id/:format',
  'GET /api/reports/jobs/:id/file',
  'GET /api/transparency/requests.xlsx',
];

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

describe('response contracts', () => {
  it('every /api route declares a response schema, or is one of the known file downloads', () => {
    const routes = apiRoutes().filter((r) => !r.url.startsWith('/api/docs'));
    expect(routes.length).toBeGreaterThan(90);
    const key = (r: (typeof routes)[number]) => `${r.method} ${r.url}`;
    const withoutSchema = routes.filter((r) => Object.keys(r.schema.response ?? {}).length === 0);
    expect(withoutSchema.filter((r) => !r.fileResponse).map(key)).toEqual([]);
    expect(withoutSchema.map(key).sort()).toEqual([...FILE_ROUTES].sort());
    // Each declared status maps to a zod schema the serializer can use.
    const notZod = routes.flatMap((r) =>
      Object.entries(r.schema.response ?? {})
        .filter(([, schema]) => typeof (schema as { safeParse?: unknown }).safeParse !== 'function')
        .map(([status]) => `${key(r)} ${status}`),
    );
    expect(notZod).toEqual([]);
  });

  it('refuses to build an app with an /api route that declares no response schema, naming the route', async () => {
    const throwaway: FeatureManifest = {
      name: 'throwaway',
      shared: defineSharedFeature({ name: 'throwaway', policies: {}, errors: {} }),
      routes: async (app) => {
        app.get('/throwaway-unshaped', { config: { policy: 'authenticated' } }, async () => ({ leaked: true }));
      },
    };
    const registry = buildRegistry([...featureManifests, throwaway]);
    await expect(buildApp(ctx.deps, { logger: false, registry })).rejects.toThrow(
      /GET \/api\/throwaway-unshaped.*schema\.response/,
    );
  });

  it('judges routes by URL, response and the file escape', () => {
    const shaped = { response: { 200: {} } };
    expect(responseContractProblem({ url: '/api/x', schema: {} })).toMatch(/schema\.response/);
    expect(responseContractProblem({ url: '/api/x', schema: { response: {} } })).toMatch(/schema\.response/);
    expect(responseContractProblem({ url: '/api/x', schema: shaped })).toBeNull();
    expect(responseContractProblem({ url: '/api/x', config: { fileResponse: true } })).toBeNull();
    expect(responseContractProblem({ url: '/assets/*' })).toBeNull();
    expect(responseContractProblem({ url: '/api/docs/json' })).toBeNull();
  });
});
