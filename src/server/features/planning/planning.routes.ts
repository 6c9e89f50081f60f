// HTTP routes of the planning feature (thin: parse, policy, call the service).
import { z } from 'zod';
import type { FeaturePlugin } from '../manifest.js';
import {
  AsOfQuery,
  CopyBody,
  CopyResponse,
  IndicatorPeriodParams,
  isoDate,
  PlanIndicatorsResponse,
  PlanListResponse,
  PlanParams,
  PlanResponse,
  ProgressResponse,
  RangeQuery,
  TargetBody,
  TargetResponse,
  ValueBody,
  ValueResponse,
} from '../../../common/features/planning.contract.js';
import * as service from './planning.service.js';
import { CONTENT_TYPES, DOCUMENT_FORMATS } from '../reports/api.js';
import { rolesAllow } from '../../platform/access/policies.js';
import type { Role } from '../../../common/roles.js';
import { copyPlan } from './plan-copy.service.js';
import { progressReportFile } from './progress-report.service.js';

// The progress report's query: its formats are the reports' document formats (server only).
const ProgressReportQuery = z.strictObject({
  asOf: isoDate.optional(),
  format: z.enum(DOCUMENT_FORMATS).default('docx'),
});

/** The plan page's buttons, from the policy catalogue. */
export function planCan(roles: readonly Role[]) {
  const write = rolesAllow('planning.write', roles);
  return { edit: write, copy: write, report: rolesAllow('planning.read', roles) };
}

const who = (req: { actor?: { userId: string; username: string } }) => ({
  userId: req.actor!.userId,
  username: req.actor!.username,
});

/** Mexico City's date today (the dashboard's default cut). */
export function todayInMexicoCity(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City' }).format(new Date());
}

export const planningRoutes: FeaturePlugin = async (app, { db }, registry) => {
  app.get(
    '/planning/plans',
    { config: { policy: 'planning.read' }, schema: { response: { 200: PlanListResponse } } },
    async () => service.listPlans(db),
  );

  app.get(
    '/planning/plans/:planId',
    { config: { policy: 'planning.read' }, schema: { params: PlanParams, response: { 200: PlanResponse } } },
    async (req) => ({ ...(await service.getPlan(db, req.params.planId)), can: planCan(req.actor!.roles) }),
  );

  app.post(
    '/planning/plans/:planId/copy',
    {
      config: { policy: 'planning.write' },
      schema: { params: PlanParams, body: CopyBody, response: { 201: CopyResponse } },
    },
    async (req, reply) => reply.code(201).send(await copyPlan(db, who(req), req.params.planId, req.body)),
  );

  app.get(
    '/planning/plans/:planId/indicators',
    {
      config: { policy: 'planning.read' },
      schema: { params: PlanParams, querystring: RangeQuery, response: { 200: PlanIndicatorsResponse } },
    },
    async (req) => (await service.planIndicatorsContract(db, registry, req.params.planId, req.query)).contract,
  );

  app.get(
    '/planning/plans/:planId/progress',
    {
      config: { policy: 'planning.read' },
      schema: { params: PlanParams, querystring: AsOfQuery, response: { 200: ProgressResponse } },
    },
    async (req) => service.planProgress(db, registry, req.params.planId, req.query.asOf ?? todayInMexicoCity()),
  );

  app.get(
    '/planning/plans/:planId/progress-report',
    {
      config: { policy: 'planning.read', fileResponse: true },
      schema: { params: PlanParams, querystring: ProgressReportQuery },
    },
    async (req, reply) => {
      const { asOf, format } = req.query;
      const out = await progressReportFile(
        db,
        registry,
        who(req),
        req.params.planId,
        asOf ?? todayInMexicoCity(),
        format,
      );
      return reply
        .header('content-type', CONTENT_TYPES[format])
        .header('content-disposition', `attachment; filename="${out.fileName}"`)
        .header('cache-control', 'no-store')
        .send(out.file);
    },
  );

  app.put(
    '/planning/indicators/:indicatorId/values/:period',
    {
      config: { policy: 'planning.write' },
      schema: { params: IndicatorPeriodParams, body: ValueBody, response: { 200: ValueResponse } },
    },
    async (req) => {
      const saved = await service.setValue(db, who(req), req.params.indicatorId, req.params.period, req.body);
      return {
        period: saved.period,
        value: saved.value,
        evidence: saved.evidence,
        note: saved.note,
        version: saved.version,
      };
    },
  );

  app.put(
    '/planning/indicators/:indicatorId/targets/:period',
    {
      config: { policy: 'planning.write' },
      schema: { params: IndicatorPeriodParams, body: TargetBody, response: { 200: TargetResponse } },
    },
    async (req) => {
      const saved = await service.setTarget(db, who(req), req.params.indicatorId, req.params.period, req.body);
      return { period: saved.period, programmed: saved.programmed, version: saved.version };
    },
  );
};
