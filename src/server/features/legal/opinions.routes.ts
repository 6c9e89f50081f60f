// Routes of legal opinions and regulations in force: thin (parse, policy, call the service).
import type { FastifyRequest } from 'fastify';
import type { App, AppDeps } from '../../platform/deps.js';
import { sendFile } from '../../platform/files/upload.js';
import { DocumentParams, DocumentUpload, IdParams, Saved } from '../../../common/features/legal.contract.js';
import type { LegalContext } from './legal.service.js';
import {
  OpinionCreate,
  OpinionDetail,
  OpinionDocumentMeta,
  OpinionList,
  OpinionListQuery,
  OpinionUpdate,
  RegulationCreate,
  RegulationList,
  RegulationListQuery,
  RegulationUpdate,
  RegulationVersionCreate,
  RegulationVersionParams,
  RegulationVersionUpdate,
} from '../../../common/features/legal.opinions.contract.js';
import {
  createOpinion,
  getOpinion,
  listOpinions,
  readOpinionDocument,
  updateOpinion,
  uploadOpinionDocument,
} from './opinions.service.js';
import {
  addRegulationVersion,
  createRegulation,
  listRegulations,
  updateRegulation,
  updateRegulationVersion,
} from './regulations.service.js';

const ctxOf = (req: FastifyRequest): LegalContext => ({ actor: req.actor!, ip: req.ip });

export async function opinionsPlugin(app: App, deps: AppDeps): Promise<void> {
  // ---- Opinions
  app.get(
    '/legal/opinions',
    { config: { policy: 'legal.read' }, schema: { querystring: OpinionListQuery, response: { 200: OpinionList } } },
    (req) => listOpinions(deps.db, req.query),
  );
  app.post(
    '/legal/opinions',
    { config: { policy: 'legal.write' }, schema: { body: OpinionCreate, response: { 201: Saved } } },
    async (req, reply) => reply.code(201).send(await createOpinion(deps, ctxOf(req), req.body)),
  );
  app.get(
    '/legal/opinions/:id',
    { config: { policy: 'legal.read' }, schema: { params: IdParams, response: { 200: OpinionDetail } } },
    (req) => getOpinion(deps.db, req.params.id),
  );
  app.patch(
    '/legal/opinions/:id',
    { config: { policy: 'legal.write' }, schema: { params: IdParams, body: OpinionUpdate, response: { 200: Saved } } },
    (req) => updateOpinion(deps, ctxOf(req), req.params.id, req.body),
  );
  app.post(
    '/legal/opinions/:id/documents',
    {
      config: { policy: 'legal.write' },
      schema: { params: IdParams, body: DocumentUpload, response: { 201: OpinionDocumentMeta } },
    },
    async (req, reply) => reply.code(201).send(await uploadOpinionDocument(deps, ctxOf(req), req.params.id, req.body)),
  );
  app.get(
    '/legal/opinions/:id/documents/:documentId',
    {
      // An opinion may concern a case: the same roles as the plaintiffs' data.
      config: { policy: 'legal.plaintiffs', fileResponse: true },
      schema: { params: DocumentParams },
    },
    async (req, reply) => {
      const doc = await readOpinionDocument(deps, ctxOf(req), req.params.id, req.params.documentId);
      return sendFile(reply, doc);
    },
  );

  // ---- Regulations in force
  app.get(
    '/legal/regulations',
    {
      config: { policy: 'legal.read' },
      schema: { querystring: RegulationListQuery, response: { 200: RegulationList } },
    },
    (req) => listRegulations(deps.db, req.query.on),
  );
  app.post(
    '/legal/regulations',
    { config: { policy: 'legal.write' }, schema: { body: RegulationCreate, response: { 201: Saved } } },
    async (req, reply) => reply.code(201).send(await createRegulation(deps, ctxOf(req), req.body)),
  );
  app.patch(
    '/legal/regulations/:id',
    {
      config: { policy: 'legal.write' },
      schema: { params: IdParams, body: RegulationUpdate, response: { 200: Saved } },
    },
    (req) => updateRegulation(deps, ctxOf(req), req.params.id, req.body),
  );
  app.post(
    '/legal/regulations/:id/versions',
    {
      config: { policy: 'legal.write' },
      schema: { params: IdParams, body: RegulationVersionCreate, response: { 201: Saved } },
    },
    async (req, reply) => reply.code(201).send(await addRegulationVersion(deps, ctxOf(req), req.params.id, req.body)),
  );
  app.patch(
    '/legal/regulations/:id/versions/:versionId',
    {
      config: { policy: 'legal.write' },
      schema: { params: RegulationVersionParams, body: RegulationVersionUpdate, response: { 200: Saved } },
    },
    (req) => updateRegulationVersion(deps, ctxOf(req), req.params.id, req.params.versionId, req.body),
  );
}
