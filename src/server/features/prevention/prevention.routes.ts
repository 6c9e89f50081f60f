// HTTP routes of prevention, training and liaison: parse, policy, call the service.
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { PolicyKey } from '../../../common/features.js';
import { AppError } from '../../platform/http/errors.js';
import type { FeaturePlugin } from '../manifest.js';
import {
  Activity,
  ActivityInput,
  ActivityList,
  ActivityListQuery,
  ActivityUpdate,
  Agreement,
  AgreementActionInput,
  AgreementInput,
  AgreementList,
  AgreementUpdate,
  CommitmentInput,
  Id,
  Institution,
  InstitutionInput,
  InstitutionList,
  Liaison,
  LiaisonInput,
  LiaisonList,
  LiaisonListQuery,
  LiaisonUpdate,
  PhotoMeta,
  RegistrationInput,
  RegistrationList,
} from '../../../common/features/prevention.contract.js';
import { listActivities, listInstitutions, listLiaison } from './prevention.queries.js';
import * as registrations from './prevention.registrations.js';
import * as service from './prevention.service.js';
import { MAX_PHOTO_BYTES } from './photo.js';

const ctxOf = (req: FastifyRequest): service.Ctx => ({ actor: req.actor!, ip: req.ip });
const Empty = z.null();

/** Reads a multipart upload: one file and a `caption` field. */
async function readUpload(req: FastifyRequest): Promise<{ caption: string; bytes: Buffer }> {
  if (!req.isMultipart()) throw new AppError('prevention_photo_invalid', 400);
  let caption = '';
  let bytes: Buffer | null = null;
  try {
    for await (const part of req.parts({ limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 2 } })) {
      if (part.type === 'file') {
        bytes = await part.toBuffer();
        if (part.file.truncated) throw new AppError('prevention_photo_invalid', 400);
      } else if (part.fieldname === 'caption') caption = String(part.value ?? '').trim();
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('prevention_photo_invalid', 400);
  }
  const parsed = z.string().min(1).max(300).safeParse(caption);
  if (!parsed.success || !bytes)
    throw new AppError('validation_failed', 400, [
      { path: 'caption', message: 'Escriba un pie de foto (hasta 300 caracteres).' },
    ]);
  return { caption: parsed.data, bytes };
}

export const preventionRoutes: FeaturePlugin = async (app, deps) => {
  await app.register(multipart, { limits: { fileSize: MAX_PHOTO_BYTES, files: 1 } });

  /** DELETE <url> (with :id): 204 once the service has removed the record. */
  const removeById = (url: string, policy: PolicyKey, remove: (ctx: service.Ctx, id: string) => Promise<unknown>) =>
    app.delete(url, { config: { policy }, schema: { params: Id, response: { 204: Empty } } }, async (req, reply) => {
      await remove(ctxOf(req), req.params.id);
      return reply.code(204).send(null);
    });
  /** POST <url> (with :id): one photo and its caption (multipart), attached to the record :id names. */
  const photoUpload = (url: string, policy: PolicyKey, owner: (id: string) => service.PhotoOwner) =>
    app.post(url, { config: { policy }, schema: { params: Id, response: { 201: PhotoMeta } } }, async (req, reply) => {
      const { caption, bytes } = await readUpload(req);
      return reply.code(201).send(await service.addPhoto(deps, ctxOf(req), owner(req.params.id), caption, bytes));
    });

  // ---- activities (workshops and trainings) ----
  app.get(
    '/prevention/activities',
    {
      config: { policy: 'prevention.read' },
      schema: { querystring: ActivityListQuery, response: { 200: ActivityList } },
    },
    (req) => listActivities(deps.db, req.query),
  );
  app.get(
    '/prevention/activities/:id',
    { config: { policy: 'prevention.read' }, schema: { params: Id, response: { 200: Activity } } },
    (req) => service.getActivity(deps, ctxOf(req), req.params.id),
  );
  app.post(
    '/prevention/activities',
    { config: { policy: 'prevention.write' }, schema: { body: ActivityInput, response: { 201: Activity } } },
    async (req, reply) => reply.code(201).send(await service.createActivity(deps, ctxOf(req), req.body)),
  );
  app.put(
    '/prevention/activities/:id',
    {
      config: { policy: 'prevention.write' },
      schema: { params: Id, body: ActivityUpdate, response: { 200: Activity } },
    },
    (req) => service.updateActivity(deps, ctxOf(req), req.params.id, req.body),
  );
  removeById('/prevention/activities/:id', 'prevention.delete', (ctx, id) => service.deleteActivity(deps, ctx, id));
  // The registration list: personal data, for the staff who register people (reads audited).
  const RegistrationParams = z.strictObject({ id: z.uuid(), registrationId: z.uuid() });
  app.get(
    '/prevention/activities/:id/registrations',
    { config: { policy: 'prevention.write' }, schema: { params: Id, response: { 200: RegistrationList } } },
    (req) => registrations.listRegistrations(deps, ctxOf(req), req.params.id),
  );
  app.post(
    '/prevention/activities/:id/registrations',
    {
      config: { policy: 'prevention.write' },
      schema: { params: Id, body: RegistrationInput, response: { 201: RegistrationList } },
    },
    async (req, reply) =>
      reply.code(201).send(await registrations.addRegistration(deps, ctxOf(req), req.params.id, req.body)),
  );
  app.delete(
    '/prevention/activities/:id/registrations/:registrationId',
    { config: { policy: 'prevention.write' }, schema: { params: RegistrationParams, response: { 204: Empty } } },
    async (req, reply) => {
      await registrations.removeRegistration(deps, ctxOf(req), req.params.id, req.params.registrationId);
      return reply.code(204).send(null);
    },
  );
  photoUpload('/prevention/activities/:id/photos', 'prevention.write', (activityId) => ({ activityId }));

  // ---- photos ----
  app.get(
    '/prevention/photos/:id',
    { config: { policy: 'prevention.read', fileResponse: true }, schema: { params: Id } },
    async (req, reply) => {
      const photo = await service.getPhoto(deps, req.params.id);
      return reply
        .header('content-type', photo.mime)
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .send(photo.bytes);
    },
  );
  removeById('/prevention/photos/:id', 'prevention.delete', (ctx, id) => service.deletePhoto(deps, ctx, id));

  // ---- institutions ----
  app.get(
    '/prevention/institutions',
    { config: { policy: 'prevention.read' }, schema: { response: { 200: InstitutionList } } },
    async () => ({ items: await listInstitutions(deps.db) }),
  );
  app.post(
    '/prevention/institutions',
    {
      config: { policy: 'prevention.liaison.write' },
      schema: { body: InstitutionInput, response: { 201: Institution } },
    },
    async (req, reply) => reply.code(201).send(await service.createInstitution(deps, ctxOf(req), req.body)),
  );

  // ---- agreements ----
  app.get(
    '/prevention/agreements',
    { config: { policy: 'prevention.read' }, schema: { response: { 200: AgreementList } } },
    async () => ({ items: await service.listAgreements(deps) }),
  );
  app.get(
    '/prevention/agreements/:id',
    { config: { policy: 'prevention.read' }, schema: { params: Id, response: { 200: Agreement } } },
    (req) => service.getAgreement(deps, req.params.id),
  );
  app.post(
    '/prevention/agreements',
    { config: { policy: 'prevention.liaison.write' }, schema: { body: AgreementInput, response: { 201: Agreement } } },
    async (req, reply) => reply.code(201).send(await service.createAgreement(deps, ctxOf(req), req.body)),
  );
  app.put(
    '/prevention/agreements/:id',
    {
      config: { policy: 'prevention.liaison.write' },
      schema: { params: Id, body: AgreementUpdate, response: { 200: Agreement } },
    },
    (req) => service.updateAgreement(deps, ctxOf(req), req.params.id, req.body),
  );
  app.post(
    '/prevention/agreements/:id/commitments',
    {
      config: { policy: 'prevention.liaison.write' },
      schema: { params: Id, body: CommitmentInput, response: { 201: Agreement } },
    },
    async (req, reply) => reply.code(201).send(await service.addCommitment(deps, ctxOf(req), req.params.id, req.body)),
  );
  app.post(
    '/prevention/agreements/:id/actions',
    {
      config: { policy: 'prevention.liaison.write' },
      schema: { params: Id, body: AgreementActionInput, response: { 201: Agreement } },
    },
    async (req, reply) =>
      reply.code(201).send(await service.addAgreementAction(deps, ctxOf(req), req.params.id, req.body)),
  );

  // ---- liaison activities (events, meetings, community, international) ----
  app.get(
    '/prevention/liaison',
    {
      config: { policy: 'prevention.read' },
      schema: { querystring: LiaisonListQuery, response: { 200: LiaisonList } },
    },
    (req) => listLiaison(deps.db, req.query),
  );
  app.get(
    '/prevention/liaison/:id',
    { config: { policy: 'prevention.read' }, schema: { params: Id, response: { 200: Liaison } } },
    (req) => service.getLiaison(deps, req.params.id),
  );
  app.post(
    '/prevention/liaison',
    { config: { policy: 'prevention.liaison.write' }, schema: { body: LiaisonInput, response: { 201: Liaison } } },
    async (req, reply) => reply.code(201).send(await service.createLiaison(deps, ctxOf(req), req.body)),
  );
  app.put(
    '/prevention/liaison/:id',
    {
      config: { policy: 'prevention.liaison.write' },
      schema: { params: Id, body: LiaisonUpdate, response: { 200: Liaison } },
    },
    (req) => service.updateLiaison(deps, ctxOf(req), req.params.id, req.body),
  );
  removeById('/prevention/liaison/:id', 'prevention.delete', (ctx, id) => service.deleteLiaison(deps, ctx, id));
  photoUpload('/prevention/liaison/:id/photos', 'prevention.liaison.write', (liaisonId) => ({ liaisonId }));
};
