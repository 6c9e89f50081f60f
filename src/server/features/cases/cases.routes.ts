import { z } from 'zod';
import type { App, AppDeps } from '../../platform/deps.js';
import type { FeaturePlugin } from '../manifest.js';
import { ctxOf } from './access.js';
import { actionsRoutes } from './actions.routes.js';
import { adminRoutes } from './admin.routes.js';
import {
  AssignmentsInput,
  AssignmentsOut,
  CaseCreate,
  CaseCreated,
  CaseList,
  CaseListQuery,
  CasePageOut,
  CaseStatsOut,
  CaseUpdate,
  Id,
  isoDate,
  NoQuery,
  Saved,
  StaffList,
  StatusChange,
  StatusChanged,
} from '../../../common/features/cases.contract.js';
import { exportCases } from './cases.export.js';
import { caseStats, listCases } from './cases.queries.js';
import { sendXlsx } from '../../platform/http/xlsx.js';
import { changeStatus, createCase, listStaff, setAssignments, updateCase } from './cases.service.js';
import { getCasePage } from './page.service.js';
import { recordsRoutes } from './records.routes.js';

/** Case routes; record-level rules (assignment, lead) live in the services. See docs/cases.md. */
async function caseRoutes(app: App, deps: AppDeps): Promise<void> {
  app.get(
    '/cases',
    { config: { policy: 'cases.read' }, schema: { querystring: CaseListQuery, response: { 200: CaseList } } },
    (req) => listCases(deps, ctxOf(req), req.query),
  );

  app.get(
    '/cases.xlsx',
    {
      config: { policy: 'cases.read', fileResponse: true },
      schema: { querystring: CaseListQuery.omit({ limit: true, offset: true }) },
    },
    async (req, reply) => sendXlsx(reply, await exportCases(deps, ctxOf(req), req.query), 'casos'),
  );

  app.get(
    '/cases/stats',
    {
      config: { policy: 'cases.aggregates' },
      schema: {
        querystring: z.object({ from: isoDate.optional(), to: isoDate.optional() }),
        response: { 200: CaseStatsOut },
      },
    },
    (req) => caseStats(deps, req.query),
  );

  app.get(
    '/cases/staff',
    { config: { policy: 'cases.assign' }, schema: { querystring: NoQuery, response: { 200: StaffList } } },
    async () => ({ staff: await listStaff(deps) }),
  );

  app.post(
    '/cases',
    {
      config: { policy: 'cases.write' },
      schema: { body: CaseCreate, response: { 201: CaseCreated } },
    },
    async (req, reply) => reply.code(201).send(await createCase(deps, ctxOf(req), req.body)),
  );

  app.get(
    '/cases/:id',
    { config: { policy: 'cases.read' }, schema: { params: Id, response: { 200: CasePageOut } } },
    (req) => getCasePage(deps, ctxOf(req), req.params.id),
  );

  app.patch(
    '/cases/:id',
    { config: { policy: 'cases.write' }, schema: { params: Id, body: CaseUpdate, response: { 200: Saved } } },
    (req) => updateCase(deps, ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/cases/:id/status',
    { config: { policy: 'cases.write' }, schema: { params: Id, body: StatusChange, response: { 200: StatusChanged } } },
    (req) => changeStatus(deps, ctxOf(req), req.params.id, req.body),
  );

  app.put(
    '/cases/:id/assignments',
    {
      config: { policy: 'cases.assign' },
      schema: { params: Id, body: AssignmentsInput, response: { 200: AssignmentsOut } },
    },
    (req) => setAssignments(deps, ctxOf(req), req.params.id, req.body),
  );
}

export const casesPlugin: FeaturePlugin = async (app, deps) => {
  await caseRoutes(app, deps);
  await recordsRoutes(app, deps);
  await actionsRoutes(app, deps);
  await adminRoutes(app, deps);
};
