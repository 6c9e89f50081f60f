// HTTP routes of the calendar of non-working days and the versioned rule sets: parse, authorise
// (policy), call the service.
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/deps.js';
import { requestContext } from '../../platform/context.js';
import { ruleSetSchema } from './rules.js';
import {
  CalendarOut,
  DayBody,
  DayOut,
  DayPatch,
  ImportBody,
  ImportOut,
  RuleSetOut,
  YearQuery,
} from './settings.contract.js';
import * as service from './settings.service.js';
import { IdParams } from '../../../common/features/transparency.contract.js';

export async function settingsRoutes(app: App, deps: AppDeps): Promise<void> {
  app.get(
    '/transparency/calendar',
    {
      config: { policy: 'transparency.read' },
      schema: { querystring: YearQuery, response: { 200: CalendarOut } },
    },
    async (req) => service.calendarOf(deps, req.query.year),
  );

  app.post(
    '/transparency/calendar/days',
    {
      config: { policy: 'transparency.write' },
      schema: { body: DayBody, response: { 201: DayOut } },
    },
    async (req, reply) => reply.status(201).send(await service.addDay(requestContext(deps, req), req.body)),
  );

  app.post(
    '/transparency/calendar/import',
    {
      config: { policy: 'transparency.write' },
      schema: { body: ImportBody, response: { 200: ImportOut } },
    },
    async (req) => service.importDays(requestContext(deps, req), req.body),
  );

  app.patch(
    '/transparency/calendar/days/:id',
    {
      config: { policy: 'transparency.write' },
      schema: { params: IdParams, body: DayPatch, response: { 200: DayOut } },
    },
    async (req) => service.updateDay(requestContext(deps, req), req.params.id, req.body),
  );

  app.delete(
    '/transparency/calendar/days/:id',
    {
      config: { policy: 'transparency.write' },
      schema: { params: IdParams, response: { 204: z.null() } },
    },
    async (req, reply) => {
      await service.deleteDay(requestContext(deps, req), req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/transparency/rule-sets',
    {
      config: { policy: 'transparency.read' },
      schema: { response: { 200: z.object({ items: z.array(RuleSetOut) }) } },
    },
    async () => service.listRuleSets(deps),
  );

  app.post(
    '/transparency/rule-sets',
    {
      config: { policy: 'transparency.admin' },
      schema: { body: ruleSetSchema, response: { 201: RuleSetOut } },
    },
    async (req, reply) => {
      const created = await service.addRuleSet(requestContext(deps, req), req.body);
      if (!req.body.verified) req.log.info({ key: req.body.key }, 'unverified rule set added');
      return reply.status(201).send(created);
    },
  );
}
