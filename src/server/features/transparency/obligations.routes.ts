// HTTP routes of transparency obligations: parse, authorise (policy), call the service.
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/deps.js';
import { requestContext } from '../../platform/context.js';
import {
  ComplianceOut,
  ObligationBody,
  ObligationOut,
  ObligationPatch,
  PeriodBody,
  PeriodOut,
  PeriodParams,
  QuarterQuery,
} from '../../../common/features/transparency.obligations.contract.js';
import * as service from './obligations.service.js';
import { IdParams } from '../../../common/features/transparency.contract.js';

export async function obligationsRoutes(app: App, deps: AppDeps): Promise<void> {
  app.get(
    '/transparency/obligations',
    {
      config: { policy: 'transparency.read' },
      schema: { response: { 200: z.object({ items: z.array(ObligationOut) }) } },
    },
    async () => service.listObligations(deps),
  );

  app.post(
    '/transparency/obligations',
    {
      config: { policy: 'transparency.write' },
      schema: { body: ObligationBody, response: { 201: ObligationOut } },
    },
    async (req, reply) => reply.status(201).send(await service.createObligation(requestContext(deps, req), req.body)),
  );

  app.patch(
    '/transparency/obligations/:id',
    {
      config: { policy: 'transparency.write' },
      schema: { params: IdParams, body: ObligationPatch, response: { 200: ObligationOut } },
    },
    async (req) => service.updateObligation(requestContext(deps, req), req.params.id, req.body),
  );

  app.get(
    '/transparency/obligations/compliance',
    {
      config: { policy: 'transparency.read' },
      schema: { querystring: QuarterQuery, response: { 200: ComplianceOut } },
    },
    async (req) => service.quarterCompliance(deps, req.query.quarter),
  );

  app.put(
    '/transparency/obligations/:id/periods/:period',
    {
      config: { policy: 'transparency.write' },
      schema: { params: PeriodParams, body: PeriodBody, response: { 200: PeriodOut } },
    },
    async (req) => service.recordPeriod(requestContext(deps, req), req.params.id, req.params.period, req.body),
  );
}
