import { z } from 'zod';
import type { App, AppDeps } from '../../platform/deps.js';
import { addBeneficiary, deleteBeneficiary, listBeneficiaries, updateBeneficiary } from './beneficiaries.service.js';
import {
  AssessmentInput,
  AssessmentUpdate,
  BeneficiaryInput,
  BeneficiaryUpdate,
  DecisionInput,
  FollowUpInput,
  FollowUpUpdate,
  Id,
  MeasureInput,
  MeasureUpdate,
  PlanInput,
} from './cases.contract.js';
import { ctxOf } from './access.js';
import { BeneficiaryList } from './page.contract.js';
import { addDecision, addMeasure, deleteMeasure, updateMeasure } from './measures.service.js';
import {
  addAssessment,
  addFollowUp,
  addPlan,
  deleteAssessment,
  deleteFollowUp,
  deletePlan,
  updateAssessment,
  updateFollowUp,
} from './plans.service.js';

const Sub = z.object({ id: z.uuid(), subId: z.uuid() });

/** Beneficiaries, risk assessments, plans, measures, CEM decisions and follow-ups of a case. */
export async function recordsRoutes(app: App, deps: AppDeps): Promise<void> {
  app.get(
    '/cases/:id/beneficiaries',
    { config: { policy: 'cases.identities' }, schema: { params: Id, response: { 200: BeneficiaryList } } },
    async (req) => ({
      beneficiaries: await listBeneficiaries(deps, ctxOf(req), req.params.id),
    }),
  );
  app.post(
    '/cases/:id/beneficiaries',
    { config: { policy: 'cases.write' }, schema: { params: Id, body: BeneficiaryInput } },
    async (req, reply) => reply.code(201).send(await addBeneficiary(deps, ctxOf(req), req.params.id, req.body)),
  );
  app.patch(
    '/cases/:id/beneficiaries/:subId',
    { config: { policy: 'cases.write' }, schema: { params: Sub, body: BeneficiaryUpdate } },
    (req) => updateBeneficiary(deps, ctxOf(req), req.params.id, req.params.subId, req.body),
  );
  app.delete(
    '/cases/:id/beneficiaries/:subId',
    { config: { policy: 'cases.write' }, schema: { params: Sub } },
    async (req, reply) => {
      await deleteBeneficiary(deps, ctxOf(req), req.params.id, req.params.subId);
      return reply.code(204).send();
    },
  );

  app.post(
    '/cases/:id/assessments',
    { config: { policy: 'cases.write' }, schema: { params: Id, body: AssessmentInput } },
    async (req, reply) => reply.code(201).send(await addAssessment(deps, ctxOf(req), req.params.id, req.body)),
  );
  app.patch(
    '/cases/:id/assessments/:subId',
    { config: { policy: 'cases.write' }, schema: { params: Sub, body: AssessmentUpdate } },
    (req) => updateAssessment(deps, ctxOf(req), req.params.id, req.params.subId, req.body),
  );

  app.delete(
    '/cases/:id/assessments/:subId',
    { config: { policy: 'cases.write' }, schema: { params: Sub } },
    async (req, reply) => {
      await deleteAssessment(deps, ctxOf(req), req.params.id, req.params.subId);
      return reply.code(204).send();
    },
  );

  app.post(
    '/cases/:id/plans',
    { config: { policy: 'cases.write' }, schema: { params: Id, body: PlanInput } },
    async (req, reply) => reply.code(201).send(await addPlan(deps, ctxOf(req), req.params.id, req.body)),
  );

  app.delete(
    '/cases/:id/plans/:subId',
    { config: { policy: 'cases.write' }, schema: { params: Sub } },
    async (req, reply) => {
      await deletePlan(deps, ctxOf(req), req.params.id, req.params.subId);
      return reply.code(204).send();
    },
  );

  app.post(
    '/cases/:id/measures',
    { config: { policy: 'cases.write' }, schema: { params: Id, body: MeasureInput } },
    async (req, reply) => reply.code(201).send(await addMeasure(deps, ctxOf(req), req.params.id, req.body)),
  );
  app.patch(
    '/measures/:id',
    { config: { policy: 'cases.write' }, schema: { params: Id, body: MeasureUpdate } },
    (req) => updateMeasure(deps, ctxOf(req), req.params.id, req.body),
  );
  app.delete('/measures/:id', { config: { policy: 'cases.write' }, schema: { params: Id } }, async (req, reply) => {
    await deleteMeasure(deps, ctxOf(req), req.params.id);
    return reply.code(204).send();
  });
  app.post(
    '/measures/:id/decisions',
    { config: { policy: 'cases.write' }, schema: { params: Id, body: DecisionInput } },
    async (req, reply) => reply.code(201).send(await addDecision(deps, ctxOf(req), req.params.id, req.body)),
  );

  app.post(
    '/cases/:id/follow-ups',
    { config: { policy: 'cases.write' }, schema: { params: Id, body: FollowUpInput } },
    async (req, reply) => reply.code(201).send(await addFollowUp(deps, ctxOf(req), req.params.id, req.body)),
  );
  app.patch(
    '/cases/:id/follow-ups/:subId',
    { config: { policy: 'cases.write' }, schema: { params: Sub, body: FollowUpUpdate } },
    (req) => updateFollowUp(deps, ctxOf(req), req.params.id, req.params.subId, req.body),
  );
  app.delete(
    '/cases/:id/follow-ups/:subId',
    { config: { policy: 'cases.write' }, schema: { params: Sub } },
    async (req, reply) => {
      await deleteFollowUp(deps, ctxOf(req), req.params.id, req.params.subId);
      return reply.code(204).send();
    },
  );
}
