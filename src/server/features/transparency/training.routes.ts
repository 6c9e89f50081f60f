// HTTP routes of staff training: parse, authorise (policy), call the service.
import type { App, AppDeps } from '../../platform/deps.js';
import { requestContext } from '../../platform/context.js';
import {
  CourseBody,
  CourseOut,
  StaffBody,
  StaffOut,
  StaffPatch,
  TrainingBody,
  TrainingOut,
  TrainingPageOut,
  YearQuery,
} from '../../../common/features/transparency.training.contract.js';
import * as service from './training.service.js';
import { IdParams } from '../../../common/features/transparency.contract.js';

export async function trainingRoutes(app: App, deps: AppDeps): Promise<void> {
  app.get(
    '/transparency/training',
    {
      config: { policy: 'transparency.read' },
      schema: { querystring: YearQuery, response: { 200: TrainingPageOut } },
    },
    async (req) => service.trainingPage(deps, req.query.year),
  );

  app.post(
    '/transparency/training/staff',
    {
      config: { policy: 'transparency.write' },
      schema: { body: StaffBody, response: { 201: StaffOut } },
    },
    async (req, reply) => reply.status(201).send(await service.addStaff(requestContext(deps, req), req.body)),
  );

  app.patch(
    '/transparency/training/staff/:id',
    {
      config: { policy: 'transparency.write' },
      schema: { params: IdParams, body: StaffPatch, response: { 200: StaffOut } },
    },
    async (req) => service.updateStaff(requestContext(deps, req), req.params.id, req.body),
  );

  app.post(
    '/transparency/training/courses',
    {
      config: { policy: 'transparency.write' },
      schema: { body: CourseBody, response: { 201: CourseOut } },
    },
    async (req, reply) => reply.status(201).send(await service.addCourse(requestContext(deps, req), req.body)),
  );

  app.post(
    '/transparency/training/records',
    {
      config: { policy: 'transparency.write' },
      schema: { body: TrainingBody, response: { 201: TrainingOut } },
    },
    async (req, reply) => reply.status(201).send(await service.recordTraining(requestContext(deps, req), req.body)),
  );
}
