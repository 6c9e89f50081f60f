// HTTP routes of information requests (list, register, procedure steps, appeals, classification).
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/deps.js';
import { auditNow } from '../../platform/audit/audit.js';
import { classify, fileAppeal, recordAreaResponse, updateAppeal } from './appeals.service.js';
import { loadEngine } from './engine.service.js';
import { dashboard, listRequests } from './requests.queries.js';
import { exportRequests } from './requests.export.js';
import { sendXlsx } from '../../platform/http/xlsx.js';
import { getRequest, readRequester, registerRequest, transition, type Ctx } from './requests.service.js';
import {
  AppealBody,
  AppealUpdateBody,
  ClassificationBody,
  IdParams,
  isoDate,
  ListRequestsQuery,
  RegisterRequestBody,
  RequestDetailOut,
  TransitionBody,
  DashboardOut,
  RequestListOut,
  RequesterOut,
} from '../../../common/features/transparency.contract.js';

export async function requestsRoutes(app: App, deps: AppDeps): Promise<void> {
  const ctxOf = (req: { actor?: Ctx['actor']; ip: string }): Ctx => ({
    db: deps.db,
    crypto: deps.crypto,
    actor: req.actor!,
    ip: req.ip,
  });
  const detail = { 200: RequestDetailOut };

  app.get(
    '/transparency/requests',
    {
      config: { policy: 'transparency.read' },
      schema: {
        querystring: ListRequestsQuery,
        response: { 200: RequestListOut },
      },
    },
    async (req) => listRequests(deps.db, await loadEngine(deps.db), req.query),
  );

  app.get(
    '/transparency/requests.xlsx',
    {
      config: { policy: 'transparency.read', fileResponse: true },
      schema: { querystring: ListRequestsQuery.omit({ limit: true, offset: true }) },
    },
    async (req, reply) =>
      sendXlsx(reply, await exportRequests(deps.db, { actor: req.actor!, ip: req.ip }, req.query), 'solicitudes'),
  );

  app.get(
    '/transparency/dashboard',
    {
      config: { policy: 'transparency.read' },
      schema: {
        response: {
          200: DashboardOut,
        },
      },
    },
    async () => {
      const engine = await loadEngine(deps.db);
      const { items } = await listRequests(deps.db, engine, { limit: 100000, offset: 0 });
      return { ...dashboard(items), today: engine.today };
    },
  );

  app.post(
    '/transparency/requests',
    {
      config: { policy: 'transparency.write' },
      schema: { body: RegisterRequestBody, response: { 201: RequestDetailOut } },
    },
    async (req, reply) =>
      reply.status(201).send(await registerRequest(ctxOf(req), await loadEngine(deps.db), req.body)),
  );

  app.get(
    '/transparency/requests/:id',
    {
      config: { policy: 'transparency.read' },
      schema: { params: IdParams, response: detail },
    },
    async (req) => {
      const detail = await getRequest(ctxOf(req), await loadEngine(deps.db), req.params.id);
      // Timeline notes may name people: showing them is a read of personal data.
      if (detail.events.some((e) => e.note)) {
        await auditNow(deps.db, {
          actor: { userId: req.actor!.userId, username: req.actor!.username },
          action: 'read_personal',
          entity: 'information_request',
          entityId: detail.id,
          ip: req.ip,
          details: { fields: ['event_notes'] },
        });
      }
      return detail;
    },
  );

  app.get(
    '/transparency/requests/:id/requester',
    {
      config: { policy: 'transparency.write' },
      schema: {
        params: IdParams,
        response: {
          200: RequesterOut,
        },
      },
    },
    async (req) => readRequester(ctxOf(req), req.params.id),
  );

  app.post(
    '/transparency/requests/:id/transitions',
    {
      config: { policy: 'transparency.write' },
      schema: { params: IdParams, body: TransitionBody, response: detail },
    },
    async (req) => transition(ctxOf(req), await loadEngine(deps.db), req.params.id, req.body),
  );

  app.put(
    '/transparency/requests/:id/classification',
    {
      config: { policy: 'transparency.write' },
      schema: { params: IdParams, body: ClassificationBody, response: detail },
    },
    async (req) => classify(ctxOf(req), await loadEngine(deps.db), req.params.id, req.body),
  );

  app.post(
    '/transparency/requests/:id/appeals',
    {
      config: { policy: 'transparency.write' },
      schema: { params: IdParams, body: AppealBody, response: { 201: RequestDetailOut } },
    },
    async (req, reply) =>
      reply.status(201).send(await fileAppeal(ctxOf(req), await loadEngine(deps.db), req.params.id, req.body)),
  );

  app.patch(
    '/transparency/requests/:id/areas/:areaId',
    {
      config: { policy: 'transparency.write' },
      schema: {
        params: z.object({ id: z.uuid(), areaId: z.uuid() }),
        body: z.object({ respondedOn: isoDate, version: z.number().int().positive() }),
        response: detail,
      },
    },
    async (req) =>
      recordAreaResponse(ctxOf(req), await loadEngine(deps.db), req.params.id, req.params.areaId, req.body),
  );

  app.patch(
    '/transparency/appeals/:id',
    {
      config: { policy: 'transparency.write' },
      schema: { params: IdParams, body: AppealUpdateBody, response: detail },
    },
    async (req) => updateAppeal(ctxOf(req), await loadEngine(deps.db), req.params.id, req.body),
  );
}
