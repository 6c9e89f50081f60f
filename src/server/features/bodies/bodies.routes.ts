// HTTP routes of the bodies module: thin (parse, policy, call the service).
import { z } from 'zod';
import type { FeaturePlugin } from '../manifest.js';
import { ctxOf } from './bodies.access.js';
import {
  AgendaCreate,
  AgendaUpdate,
  AgreementCreate,
  AgreementListOut,
  AgreementListQuery,
  AgreementNoteCreate,
  AgreementParams,
  AgreementUpdate,
  AttendanceBody,
  BodyListOut,
  BodyPageOut,
  CodeParams,
  DocumentUpload,
  MarkHeld,
  MemberContactOut,
  MemberCreate,
  MemberUpdate,
  NoQuery,
  Saved,
  SessionCreate,
  SessionPageOut,
  SessionParams,
  SessionUpdate,
  UuidParams,
  VersionBody,
  YearQuery,
} from '../../../common/features/bodies.contract.js';
import * as agendaService from './agenda.service.js';
import * as agreementsService from './agreements.service.js';
import * as bodiesService from './bodies.service.js';
import * as sessionsService from './sessions.service.js';
import { actaDraft, DOCX_MIME, getDocument, MAX_DOCUMENT_BYTES, uploadDocument } from './documents.service.js';

const service = { ...bodiesService, ...sessionsService, ...agendaService, ...agreementsService };

const read = { policy: 'bodies.read' } as const;
const write = { policy: 'bodies.write' } as const;

/** ASCII-only file name for the header (the stored name may carry accents). */
const headerName = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, '_');

export const bodiesPlugin: FeaturePlugin = async (app, deps) => {
  app.get('/bodies', { config: read, schema: { querystring: NoQuery, response: { 200: BodyListOut } } }, (req) =>
    service.listBodies(deps, ctxOf(req)),
  );

  app.get(
    '/bodies/agreements',
    { config: read, schema: { querystring: AgreementListQuery, response: { 200: AgreementListOut } } },
    (req) => service.listAgreements(deps, ctxOf(req), req.query),
  );

  app.get(
    '/bodies/:code',
    { config: read, schema: { params: CodeParams, querystring: YearQuery, response: { 200: BodyPageOut } } },
    (req) => service.getBodyPage(deps, ctxOf(req), req.params.code, req.query.year),
  );

  app.get(
    '/bodies/:code/members/contacts',
    {
      config: { policy: 'bodies.members.personal' },
      schema: { params: CodeParams, querystring: NoQuery, response: { 200: MemberContactOut } },
    },
    (req) => service.listMemberContacts(deps, ctxOf(req), req.params.code),
  );

  app.post(
    '/bodies/:code/members',
    { config: write, schema: { params: CodeParams, body: MemberCreate, response: { 201: Saved } } },
    async (req, reply) => reply.code(201).send(await service.createMember(deps, ctxOf(req), req.params.code, req.body)),
  );

  app.patch(
    '/bodies/members/:id',
    { config: write, schema: { params: UuidParams, body: MemberUpdate, response: { 200: Saved } } },
    (req) => service.updateMember(deps, ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/bodies/:code/sessions',
    {
      config: write,
      schema: { params: CodeParams, body: SessionCreate, response: { 201: Saved.extend({ ordinal: z.number() }) } },
    },
    async (req, reply) =>
      reply.code(201).send(await service.createSession(deps, ctxOf(req), req.params.code, req.body)),
  );

  app.get(
    '/bodies/sessions/:id',
    { config: read, schema: { params: SessionParams, querystring: NoQuery, response: { 200: SessionPageOut } } },
    (req) => service.getSessionPage(deps, ctxOf(req), req.params.id),
  );

  app.patch(
    '/bodies/sessions/:id',
    { config: write, schema: { params: SessionParams, body: SessionUpdate, response: { 200: Saved } } },
    (req) => service.updateSession(deps, ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/bodies/sessions/:id/held',
    { config: write, schema: { params: SessionParams, body: MarkHeld, response: { 200: Saved } } },
    (req) => service.markHeld(deps, ctxOf(req), req.params.id, req.body),
  );

  app.put(
    '/bodies/sessions/:id/attendance',
    { config: write, schema: { params: SessionParams, body: AttendanceBody, response: { 200: Saved } } },
    (req) => service.setAttendance(deps, ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/bodies/sessions/:id/agenda',
    { config: write, schema: { params: SessionParams, body: AgendaCreate, response: { 201: Saved } } },
    async (req, reply) => reply.code(201).send(await service.addAgendaItem(deps, ctxOf(req), req.params.id, req.body)),
  );

  app.patch(
    '/bodies/agenda/:id',
    { config: write, schema: { params: UuidParams, body: AgendaUpdate, response: { 200: Saved } } },
    (req) => service.updateAgendaItem(deps, ctxOf(req), req.params.id, req.body),
  );

  app.delete(
    '/bodies/agenda/:id',
    { config: write, schema: { params: UuidParams, body: VersionBody, response: { 200: Saved } } },
    (req) => service.deleteAgendaItem(deps, ctxOf(req), req.params.id, req.body.version),
  );

  app.post(
    '/bodies/sessions/:id/agreements',
    {
      config: write,
      schema: { params: SessionParams, body: AgreementCreate, response: { 201: Saved.extend({ number: z.number() }) } },
    },
    async (req, reply) => reply.code(201).send(await service.addAgreement(deps, ctxOf(req), req.params.id, req.body)),
  );

  app.patch(
    '/bodies/agreements/:id',
    { config: write, schema: { params: AgreementParams, body: AgreementUpdate, response: { 200: Saved } } },
    (req) => service.updateAgreement(deps, ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/bodies/agreements/:id/notes',
    { config: write, schema: { params: AgreementParams, body: AgreementNoteCreate, response: { 201: Saved } } },
    async (req, reply) =>
      reply.code(201).send(await service.addAgreementNote(deps, ctxOf(req), req.params.id, req.body)),
  );

  app.post(
    '/bodies/sessions/:id/documents',
    {
      config: write,
      // base64 grows the file by a third; the service enforces the real limit on the decoded bytes.
      bodyLimit: Math.ceil((MAX_DOCUMENT_BYTES * 4) / 3) + 64 * 1024,
      schema: {
        params: SessionParams,
        body: DocumentUpload,
        response: { 201: Saved.extend({ sha256: z.string(), size: z.number() }) },
      },
    },
    async (req, reply) => reply.code(201).send(await uploadDocument(deps, ctxOf(req), req.params.id, req.body)),
  );

  app.get(
    '/bodies/documents/:id',
    { config: { ...read, fileResponse: true }, schema: { params: UuidParams, querystring: NoQuery } },
    async (req, reply) => {
      const doc = await getDocument(deps, ctxOf(req), req.params.id);
      return reply
        .header('content-type', doc.mime)
        .header('content-disposition', `attachment; filename="${headerName(doc.filename)}"`)
        .header('x-content-sha256', doc.sha256)
        .header('cache-control', 'no-store')
        .send(doc.bytes);
    },
  );

  app.get(
    '/bodies/sessions/:id/acta-draft',
    { config: { ...read, fileResponse: true }, schema: { params: SessionParams, querystring: NoQuery } },
    async (req, reply) => {
      const bytes = await actaDraft(deps, ctxOf(req), req.params.id);
      return reply
        .header('content-type', DOCX_MIME)
        .header('content-disposition', `attachment; filename="acta-borrador.docx"`)
        .header('cache-control', 'no-store')
        .send(bytes);
    },
  );
};
