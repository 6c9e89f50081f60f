import { z } from 'zod';
import type { App, AppDeps } from '../../platform/deps.js';
import { addBeneficiary, deleteBeneficiary, listBeneficiaries, updateBeneficiary } from './beneficiaries.service.js';
import {
  AssessmentInput,
  AssessmentUpdate,
  BeneficiaryInput,
  BeneficiaryUpdate,
  DecisionAdded,
  DecisionInput,
  FollowUpAdded,
  FollowUpInput,
  FollowUpUpdate,
  Id,
  MeasureAdded,
  MeasureInput,
  MeasureUpdate,
  NoContent,
  PlanAdded,
  PlanInput,
  Saved,
  BeneficiaryList,
} from '../../../common/features/cases.contract.js';
import { ctxOf } from './access.js';
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
    { config: { policy: 'cases.write' }, schema: { params: Id, body: BeneficiaryInput, response: { 201: Saved } } },
    async (req, reply) => reply.code(201).send(await addBeneficiary(deps, ctxOf(req), req.params.id, req.body)),
  );
  app.patch(
    '/cases/:id/beneficiaries/:subId',
    { config: { policy: 'cases.write' }, schema: { params: Sub, body: BeneficiaryUpdate, response: { 200: Saved } } },
    (req) => updateBeneficiary(deps, ctxOf(req), req.params.id, req.params.subId, req.body),
  );
  app.delete(
    '/cases/:id/beneficiaries/:subId',
    { config: { policy: 'cases.write' }, schema: { params: Sub, response: { 204: NoContent } } },
    async (req, reply) => {
      await deleteBeneficiary(deps, ctxOf(req), req.params.id, req.params.subId);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/cases/:id/assessments',
    { config: { policy: 'cases.write' }, schema: { params: Id, body: AssessmentInput, response: { 201: Saved } } },
    async (req, reply) => reply.code(201).send(await addAssessment(deps, ctxOf(req), req.params.id, req.body)),
  );
  app.patch(
    '/cases/:id/assessments/:subId',
    { config: { policy: 'cases.write' }, schema: { params: Sub, body: AssessmentUpdate, response: { 200: Saved } } },
    (req) => updateAssessment(deps, ctxOf(req), req.params.id, req.params.subId, req.body),
  );

  app.delete(
    '/cases/:id/assessments/:subId',
    { config: { policy: 'cases.write' }, schema: { params: Sub, response: { 204: NoContent } } },
    async (req, reply) => {
      await deleteAssessment(deps, ctxOf(req), req.params.id, req.params.subId);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/cases/:id/plans',
    { config: { policy: 'cases.write' }, schema: { params: Id, body: PlanInput, response: { 201: PlanAdded } } },
    async (req, reply) => reply.code(201).send(await addPlan(deps, ctxOf(req), req.params.id, req.body)),
  );

  app.delete(
    '/cases/:id/plans/:subId',
    { config: { policy: 'cases.write' }, schema: { params: Sub, response: { 204: NoContent } } },
    async (req, reply) => {
      await deletePlan(deps, ctxOf(req), req.params.id, req.params.subId);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/cases/:id/measures',
    { config: { policy: 'cases.write' }, schema: { params: Id, body: MeasureInput, response: { 201: MeasureAdded } } },
    async (req, reply) => reply.code(201).send(await addMeasure(deps, ctxOf(req), req.params.id, req.body)),
  );
  app.patch(
    '/measures/:id',
    { config: { policy: 'cases.write' }, schema: { params: Id, body: MeasureUpdate, response: { 200: Saved } } },
    (req) => updateMeasure(deps, ctxOf(req), req.params.id, req.body),
  );
  app.delete(
    '/measures/:id',
    { config: { policy: 'cases.write' }, schema: { params: Id, response: { 204: NoContent } } },
    async (req, reply) => {
      await deleteMeasure(deps, ctxOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/measures/:id/decisions',
    {
      config: { policy: 'cases.write' },
      schema: { params: Id, body: DecisionInput, response: { 201: DecisionAdded } },
    },
    async (req, reply) => reply.code(201).send(await addDecision(deps, ctxOf(req), req.params.id, req.body)),
  );

  app.post(
    '/cases/:id/follow-ups',
    {
      config: { policy: 'cases.write' },
      schema: { params: Id, body: FollowUpInput, response: { 201: FollowUpAdded } },
    },
    async (req, reply) => reply.code(201).send(await addFollowUp(deps, ctxOf(req), req.params.id, req.body)),
  );
  app.patch(
    '/cases/:id/follow-ups/:subId',
    { config: { policy: 'cases.write' }, schema: { params: Sub, body: FollowUpUpdate, response: { 200: Saved } } },
    (req) => updateFollowUp(deps, ctxOf(req), req.params.id, req.params.subId, req.body),
  );
  app.delete(
    '/cases/:id/follow-ups/:subId',
    { config: { policy: 'cases.write' }, schema: { params: Sub, response: { 204: NoContent } } },
    async (req, reply) => {
      await deleteFollowUp(deps, ctxOf(req), req.params.id, req.params.subId);
      return reply.code(204).send(null);
    },
  );
}
