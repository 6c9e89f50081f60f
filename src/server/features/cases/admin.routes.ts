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
import {
  CatalogueEntryOut,
  CatalogueInput,
  CatalogueList,
  CatalogueUpdate,
  FolioPatternInput,
  FolioPatternOut,
  Id,
  LeadsInput,
  LeadsOut,
  NoQuery,
} from '../../../common/features/cases.contract.js';
import { ctxOf } from './access.js';

/** Measure catalogue (read by case staff, edited by admins), folio pattern and cdemp leads (admins). */
export async function adminRoutes(app: App, deps: AppDeps): Promise<void> {
  app.get(
    '/measure-catalogue',
    {
      config: { policy: 'cases.catalogue.read' },
      schema: {
        querystring: z.object({ all: z.enum(['true', 'false']).optional() }),
        response: { 200: CatalogueList },
      },
    },
    async (req) => ({ entries: await listCatalogue(deps, req.query.all === 'true') }),
  );
  app.post(
    '/measure-catalogue',
    { config: { policy: 'cases.admin' }, schema: { body: CatalogueInput, response: { 201: CatalogueEntryOut } } },
    async (req, reply) => reply.code(201).send(await addCatalogueEntry(deps, ctxOf(req), req.body)),
  );
  app.patch(
    '/measure-catalogue/:id',
    {
      config: { policy: 'cases.admin' },
      schema: { params: Id, body: CatalogueUpdate, response: { 200: CatalogueEntryOut } },
    },
    (req) => updateCatalogueEntry(deps, ctxOf(req), req.params.id, req.body),
  );
  app.get(
    '/cases-settings/folio-pattern',
    { config: { policy: 'cases.admin' }, schema: { querystring: NoQuery, response: { 200: FolioPatternOut } } },
    () => getFolioPattern(deps),
  );
  app.put(
    '/cases-settings/folio-pattern',
    { config: { policy: 'cases.admin' }, schema: { body: FolioPatternInput, response: { 200: FolioPatternOut } } },
    (req) => setFolioPattern(deps, ctxOf(req), req.body),
  );
  app.get(
    '/case-leads',
    { config: { policy: 'cases.admin' }, schema: { querystring: NoQuery, response: { 200: LeadsOut } } },
    async () => ({
      leads: await listLeads(deps),
    }),
  );
  app.put(
    '/case-leads',
    { config: { policy: 'cases.admin' }, schema: { body: LeadsInput, response: { 200: LeadsOut } } },
    async (req) => ({
      leads: await setLeads(deps, ctxOf(req), req.body),
    }),
  );
}
