import { z } from 'zod';
import type { App, AppDeps } from '../../platform/deps.js';
import {
  addCatalogueEntry,
  getFolioPattern,
  listCatalogue,
  listLeads,
  setFolioPattern,
  setLeads,
  updateCatalogueEntry,
} from './admin.service.js';
import { CatalogueInput, CatalogueUpdate, FolioPatternInput, Id, LeadsInput, NoQuery } from './cases.contract.js';
import { ctxOf } from './access.js';

/** Measure catalogue (read by case staff, edited by admins), folio pattern and cdemp leads (admins). */
export async function adminRoutes(app: App, deps: AppDeps): Promise<void> {
  app.get(
    '/measure-catalogue',
    {
      config: { policy: 'cases.catalogue.read' },
      schema: { querystring: z.object({ all: z.enum(['true', 'false']).optional() }) },
    },
    async (req) => ({ entries: await listCatalogue(deps, req.query.all === 'true') }),
  );
  app.post(
    '/measure-catalogue',
    { config: { policy: 'cases.admin' }, schema: { body: CatalogueInput } },
    async (req, reply) => reply.code(201).send(await addCatalogueEntry(deps, ctxOf(req), req.body)),
  );
  app.patch(
    '/measure-catalogue/:id',
    { config: { policy: 'cases.admin' }, schema: { params: Id, body: CatalogueUpdate } },
    (req) => updateCatalogueEntry(deps, ctxOf(req), req.params.id, req.body),
  );
  app.get(
    '/cases-settings/folio-pattern',
    { config: { policy: 'cases.admin' }, schema: { querystring: NoQuery } },
    () => getFolioPattern(deps),
  );
  app.put(
    '/cases-settings/folio-pattern',
    { config: { policy: 'cases.admin' }, schema: { body: FolioPatternInput } },
    (req) => setFolioPattern(deps, ctxOf(req), req.body),
  );
  app.get('/case-leads', { config: { policy: 'cases.admin' }, schema: { querystring: NoQuery } }, async () => ({
    leads: await listLeads(deps),
  }));
  app.put('/case-leads', { config: { policy: 'cases.admin' }, schema: { body: LeadsInput } }, async (req) => ({
    leads: await setLeads(deps, ctxOf(req), req.body),
  }));
}
