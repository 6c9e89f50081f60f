// Routes of the administration feature: thin (parse, policy, call the service).
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/deps.js';
import type { FeaturePlugin } from '../manifest.js';
import {
  ActivityCreate,
  ActivityList,
  ActivityOut,
  ActivityPatch,
  ActivityQuery,
  DeliverableCreate,
  DeliverableOut,
  DeliverableParams,
  DeliverablePatch,
  EvidenceUpload,
  GridOut,
  GridQuery,
  IdParams,
  PeriodQuery,
  PrintedTableOut,
  ProcurementCreate,
  ProcurementList,
  ProcurementOut,
  ProcurementPatch,
  ProcurementQuery,
  RemindersOut,
  RemindersQuery,
  SubmissionOut,
  SubmissionParams,
  SubmissionPut,
} from '../../../common/features/administration.contract.js';
import { sendXlsx } from '../../platform/http/xlsx.js';
import { activitiesWorkbook, deliverablesWorkbook, procurementsWorkbook } from './administration.export.js';
import { listActivities, listProcurements } from './administration.queries.js';
import {
  createActivity,
  createDeliverable,
  createProcurement,
  deleteActivity,
  deliverablesGrid,
  deliverablesReminders,
  downloadEvidence,
  getSubmission,
  listDeliverables,
  printedDeliverablesTable,
  putSubmission,
  updateActivity,
  updateDeliverable,
  updateProcurement,
  uploadEvidence,
  type RequestContext,
} from './administration.service.js';

const ctxOf = (req: FastifyRequest): RequestContext => ({ actor: req.actor!, ip: req.ip });
const NoQuery = z.object({}).strict();

async function deliverableRoutes(app: App, deps: AppDeps): Promise<void> {
  app.get(
    '/administration/deliverables',
    {
      config: { policy: 'administration.aggregates' },
      schema: { querystring: NoQuery, response: { 200: z.object({ items: z.array(DeliverableOut) }) } },
    },
    () => listDeliverables(deps),
  );

  app.get(
    '/administration/deliverables/grid',
    { config: { policy: 'administration.aggregates' }, schema: { querystring: GridQuery, response: { 200: GridOut } } },
    (req) => deliverablesGrid(deps, req.query),
  );

  app.get(
    '/administration/deliverables/reminders',
    {
      config: { policy: 'administration.aggregates' },
      schema: { querystring: RemindersQuery, response: { 200: RemindersOut } },
    },
    (req) => deliverablesReminders(deps, req.query),
  );

  app.get(
    '/administration/deliverables/grid.xlsx',
    { config: { policy: 'administration.aggregates', fileResponse: true }, schema: { querystring: GridQuery } },
    async (req, reply) =>
      sendXlsx(
        reply,
        await deliverablesWorkbook(await deliverablesGrid(deps, req.query)),
        `informes-caf-${req.query.from}_${req.query.to}`,
      ),
  );

  app.get(
    '/administration/deliverables/table',
    {
      config: { policy: 'administration.aggregates' },
      schema: { querystring: PeriodQuery, response: { 200: PrintedTableOut } },
    },
    (req) => printedDeliverablesTable(deps, req.query),
  );

  app.post(
    '/administration/deliverables',
    {
      config: { policy: 'administration.write' },
      schema: { body: DeliverableCreate, response: { 201: DeliverableOut } },
    },
    async (req, reply) => reply.code(201).send(await createDeliverable(deps, ctxOf(req), req.body)),
  );

  app.patch(
    '/administration/deliverables/:id',
    {
      config: { policy: 'administration.write' },
      schema: { params: DeliverableParams, body: DeliverablePatch, response: { 200: DeliverableOut } },
    },
    (req) => updateDeliverable(deps, ctxOf(req), req.params.id, req.body),
  );

  app.get(
    '/administration/deliverables/:id/submissions/:month',
    {
      config: { policy: 'administration.read' },
      schema: { params: SubmissionParams, response: { 200: SubmissionOut } },
    },
    (req) => getSubmission(deps, req.params.id, req.params.month),
  );

  app.put(
    '/administration/deliverables/:id/submissions/:month',
    {
      config: { policy: 'administration.write' },
      schema: { params: SubmissionParams, body: SubmissionPut, response: { 200: SubmissionOut } },
    },
    (req) => putSubmission(deps, ctxOf(req), req.params.id, req.params.month, req.body),
  );

  app.put(
    '/administration/deliverables/:id/submissions/:month/evidence',
    {
      config: { policy: 'administration.write' },
      schema: { params: SubmissionParams, body: EvidenceUpload, response: { 200: SubmissionOut } },
    },
    (req) => uploadEvidence(deps, ctxOf(req), req.params.id, req.params.month, req.body),
  );

  app.get(
    '/administration/deliverables/:id/submissions/:month/evidence',
    { config: { policy: 'administration.read', fileResponse: true }, schema: { params: SubmissionParams } },
    async (req, reply) => {
      const file = await downloadEvidence(deps, req.params.id, req.params.month);
      const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
      return reply
        .header('content-type', file.mediaType)
        .header(
          'content-disposition',
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .header('x-content-sha256', file.sha256)
        .header('cache-control', 'no-store')
        .send(file.content);
    },
  );
}

async function activityRoutes(app: App, deps: AppDeps): Promise<void> {
  app.get(
    '/administration/activities',
    {
      config: { policy: 'administration.read' },
      schema: { querystring: ActivityQuery, response: { 200: ActivityList } },
    },
    (req) => listActivities(deps.db, req.query),
  );

  app.get(
    '/administration/activities.xlsx',
    {
      config: { policy: 'administration.read', fileResponse: true },
      schema: { querystring: ActivityQuery.omit({ limit: true, offset: true }) },
    },
    async (req, reply) => {
      const { items } = await listActivities(deps.db, { ...req.query, limit: 10_000, offset: 0 });
      return sendXlsx(reply, await activitiesWorkbook(items), 'actividades-caf');
    },
  );

  app.post(
    '/administration/activities',
    { config: { policy: 'administration.write' }, schema: { body: ActivityCreate, response: { 201: ActivityOut } } },
    async (req, reply) => reply.code(201).send(await createActivity(deps, ctxOf(req), req.body)),
  );

  app.patch(
    '/administration/activities/:id',
    {
      config: { policy: 'administration.write' },
      schema: { params: IdParams, body: ActivityPatch, response: { 200: ActivityOut } },
    },
    (req) => updateActivity(deps, ctxOf(req), req.params.id, req.body),
  );

  app.delete(
    '/administration/activities/:id',
    { config: { policy: 'administration.write' }, schema: { params: IdParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await deleteActivity(deps, ctxOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
}

async function procurementRoutes(app: App, deps: AppDeps): Promise<void> {
  app.get(
    '/administration/procurements',
    {
      config: { policy: 'administration.read' },
      schema: { querystring: ProcurementQuery, response: { 200: ProcurementList } },
    },
    (req) => listProcurements(deps.db, req.query),
  );

  app.get(
    '/administration/procurements.xlsx',
    {
      config: { policy: 'administration.read', fileResponse: true },
      schema: { querystring: ProcurementQuery.omit({ limit: true, offset: true }) },
    },
    async (req, reply) => {
      const { items } = await listProcurements(deps.db, { ...req.query, limit: 10_000, offset: 0 });
      return sendXlsx(reply, await procurementsWorkbook(items), 'procedimientos-adquisicion');
    },
  );

  app.post(
    '/administration/procurements',
    {
      config: { policy: 'administration.write' },
      schema: { body: ProcurementCreate, response: { 201: ProcurementOut } },
    },
    async (req, reply) => reply.code(201).send(await createProcurement(deps, ctxOf(req), req.body)),
  );

  app.patch(
    '/administration/procurements/:id',
    {
      config: { policy: 'administration.write' },
      schema: { params: IdParams, body: ProcurementPatch, response: { 200: ProcurementOut } },
    },
    (req) => updateProcurement(deps, ctxOf(req), req.params.id, req.body),
  );
}

export const administrationPlugin: FeaturePlugin = async (app, deps) => {
  await deliverableRoutes(app, deps);
  await activityRoutes(app, deps);
  await procurementRoutes(app, deps);
};
