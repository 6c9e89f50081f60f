// HTTP routes of the monitoring of aggressions: thin (parse, policy, call the service).
import { z } from 'zod';
import type { FeaturePlugin } from '../manifest.js';
import { ctxOf } from '../cases/access.js';
import {
  ActivationCreate,
  DuplicateList,
  DuplicateQuery,
  FindingCreate,
  FindingDetail,
  FindingList,
  FindingListQuery,
  FindingUpdate,
  Id,
  MobilizationCreate,
  PeriodQuery,
  ProtestList,
  Saved,
  SourceCreate,
  StatsOut,
  StatsQuery,
  Version,
} from '../../../common/features/monitoring.contract.js';
import {
  addSource,
  createActivation,
  createFinding,
  createMobilization,
  downloadSource,
  findDuplicates,
  getFinding,
  listFindings,
  monitoringStats,
  openCaseFromFinding,
  protestList,
  updateFinding,
} from './monitoring.service.js';

export const monitoringRoutes: FeaturePlugin = async (app, deps) => {
  app.get(
    '/monitoring/findings',
    {
      config: { policy: 'monitoring.read' },
      schema: { querystring: FindingListQuery, response: { 200: FindingList } },
    },
    (req) => listFindings(deps, ctxOf(req), req.query),
  );

  app.post(
    '/monitoring/findings',
    {
      config: { policy: 'monitoring.write' },
      schema: { body: FindingCreate, response: { 201: Saved.extend({ code: z.string() }) } },
    },
    async (req, reply) => reply.code(201).send(await createFinding(deps, ctxOf(req), req.body)),
  );

  // POST: the summary to compare travels in the body, never in a URL (logs).
  app.post(
    '/monitoring/findings/duplicates',
    { config: { policy: 'monitoring.read' }, schema: { body: DuplicateQuery, response: { 200: DuplicateList } } },
    (req) => findDuplicates(deps, req.body),
  );

  app.get(
    '/monitoring/findings/:id',
    { config: { policy: 'monitoring.read' }, schema: { params: Id, response: { 200: FindingDetail } } },
    (req) => getFinding(deps, ctxOf(req), req.params.id),
  );

  app.patch(
    '/monitoring/findings/:id',
    { config: { policy: 'monitoring.write' }, schema: { params: Id, body: FindingUpdate, response: { 200: Saved } } },
    (req) => updateFinding(deps, ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/monitoring/findings/:id/sources',
    {
      config: { policy: 'monitoring.write' },
      schema: {
        params: Id,
        body: SourceCreate,
        response: { 201: z.object({ id: z.uuid(), sha256: z.string().nullable() }) },
      },
    },
    async (req, reply) => reply.code(201).send(await addSource(deps, ctxOf(req), req.params.id, req.body)),
  );

  app.get(
    '/monitoring/sources/:id/file',
    { config: { policy: 'monitoring.read', fileResponse: true }, schema: { params: Id } },
    async (req, reply) => {
      const file = await downloadSource(deps, ctxOf(req), req.params.id);
      const name = (file.fileName ?? 'fuente').replace(/[^\w.-]+/g, '_');
      return reply
        .header('content-type', file.mediaType)
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('x-content-sha256', file.sha256)
        .header('cache-control', 'no-store')
        .send(file.bytes);
    },
  );

  app.post(
    '/monitoring/findings/:id/case',
    {
      config: { policy: 'monitoring.write' },
      schema: {
        params: Id,
        body: z.object({ version: Version }).strict(),
        response: { 201: Saved.extend({ caseId: z.uuid(), folio: z.string() }) },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await openCaseFromFinding(deps, ctxOf(req), req.params.id, req.body.version)),
  );

  app.get(
    '/monitoring/protests',
    { config: { policy: 'monitoring.read' }, schema: { querystring: PeriodQuery, response: { 200: ProtestList } } },
    (req) => protestList(deps, ctxOf(req), req.query),
  );

  app.post(
    '/monitoring/mobilizations',
    { config: { policy: 'monitoring.write' }, schema: { body: MobilizationCreate, response: { 201: Saved } } },
    async (req, reply) => reply.code(201).send(await createMobilization(deps, ctxOf(req), req.body)),
  );

  app.post(
    '/monitoring/activations',
    {
      config: { policy: 'monitoring.write' },
      schema: { body: ActivationCreate, response: { 201: Saved.extend({ code: z.string() }) } },
    },
    async (req, reply) => reply.code(201).send(await createActivation(deps, ctxOf(req), req.body)),
  );

  app.get(
    '/monitoring/stats',
    { config: { policy: 'monitoring.aggregates' }, schema: { querystring: StatsQuery, response: { 200: StatsOut } } },
    (req) => monitoringStats(deps, ctxOf(req), req.query),
  );
};
