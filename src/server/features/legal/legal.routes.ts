// Routes of the legal area: thin (parse, policy, call the service). See legal.service.ts.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sendFile } from '../../platform/files/upload.js';
import { sendXlsx, tableWorkbook } from '../../platform/http/xlsx.js';
import type { FeaturePlugin } from '../manifest.js';
import { CONTENT_TYPES } from '../reports/api.js';
import {
  ContractCreate,
  ContractDetail,
  ContractList,
  ContractListQuery,
  ContractUpdate,
  DocumentMeta,
  DocumentParams,
  DocumentUpload,
  GazetteCreate,
  GazetteList,
  GazetteListQuery,
  GazetteUpdate,
  IdParams,
  LawsuitCreate,
  LawsuitDetail,
  LawsuitEvent,
  LawsuitEventCreate,
  LawsuitEventDone,
  LawsuitEventParams,
  LawsuitList,
  LawsuitListQuery,
  LawsuitReportDocumentQuery,
  LawsuitReportQuery,
  LawsuitReportSchedule,
  LawsuitType,
  LawsuitTypeCreate,
  LawsuitUpdate,
  Reminders,
  Saved,
  Summary,
} from '../../../common/features/legal.contract.js';
import { lawsuitReportFile } from './lawsuit-report.service.js';
import { validityLabel } from './legal.logic.js';
import { opinionsPlugin } from './opinions.routes.js';
import { listContracts, listGazette, listLawsuits } from './legal.queries.js';
import {
  addLawsuitEvent,
  createContract,
  createGazette,
  createLawsuit,
  createLawsuitType,
  gazetteOut,
  getContract,
  getLawsuit,
  lawsuitReportSchedule,
  listLawsuitTypes,
  readContractDocument,
  reminders,
  setLawsuitEventDone,
  summary,
  today,
  updateContract,
  updateGazette,
  updateLawsuit,
  uploadContractDocument,
  type LegalContext,
} from './legal.service.js';

const ctxOf = (req: FastifyRequest): LegalContext => ({ actor: req.actor!, ip: req.ip });

const CONTRACT_KIND_ES = {
  professional_services: 'Servicios profesionales',
  fees: 'Honorarios asimilados a salarios',
  goods: 'Adquisición de bienes',
  services: 'Prestación de servicios',
} as const;

export const legalPlugin: FeaturePlugin = async (app, deps) => {
  // ---- Contracts
  app.get(
    '/legal/contracts',
    {
      config: { policy: 'legal.read' },
      schema: { querystring: ContractListQuery, response: { 200: ContractList } },
    },
    async (req, reply) => {
      const all = req.query.format === 'xlsx';
      const list = await listContracts(deps.db, req.query, today(), all);
      if (!all) return list;
      const file = await tableWorkbook(
        'Contratos',
        ['Número', 'Tipo', 'Objeto', 'Importe', 'Firma', 'Inicio', 'Término', 'Vigencia'],
        list.rows.map((r) => [
          r.number,
          CONTRACT_KIND_ES[r.kind],
          r.object,
          r.amount,
          r.signedOn,
          r.startsOn,
          r.endsOn,
          validityLabel(r.startsOn, r.endsOn),
        ]),
      );
      return sendXlsx(reply, file, 'contratos');
    },
  );
  app.post(
    '/legal/contracts',
    { config: { policy: 'legal.write' }, schema: { body: ContractCreate, response: { 201: Saved } } },
    async (req, reply) => reply.code(201).send(await createContract(deps, ctxOf(req), req.body)),
  );
  app.get(
    '/legal/contracts/:id',
    { config: { policy: 'legal.read' }, schema: { params: IdParams, response: { 200: ContractDetail } } },
    (req) => getContract(deps, ctxOf(req), req.params.id),
  );
  app.patch(
    '/legal/contracts/:id',
    { config: { policy: 'legal.write' }, schema: { params: IdParams, body: ContractUpdate, response: { 200: Saved } } },
    (req) => updateContract(deps, ctxOf(req), req.params.id, req.body),
  );
  app.post(
    '/legal/contracts/:id/documents',
    {
      config: { policy: 'legal.write' },
      schema: { params: IdParams, body: DocumentUpload, response: { 201: DocumentMeta } },
    },
    async (req, reply) => reply.code(201).send(await uploadContractDocument(deps, ctxOf(req), req.params.id, req.body)),
  );
  app.get(
    '/legal/contracts/:id/documents/:documentId',
    {
      // The document names the person hired: the same roles as the plaintiffs' data.
      config: { policy: 'legal.plaintiffs', fileResponse: true },
      schema: { params: DocumentParams },
    },
    async (req, reply) => {
      const doc = await readContractDocument(deps, ctxOf(req), req.params.id, req.params.documentId);
      return sendFile(reply, doc);
    },
  );

  // ---- Lawsuits
  app.get(
    '/legal/lawsuit-types',
    { config: { policy: 'legal.read' }, schema: { response: { 200: z.array(LawsuitType) } } },
    () => listLawsuitTypes(deps.db),
  );
  app.post(
    '/legal/lawsuit-types',
    { config: { policy: 'legal.write' }, schema: { body: LawsuitTypeCreate, response: { 201: LawsuitType } } },
    async (req, reply) => reply.code(201).send(await createLawsuitType(deps, ctxOf(req), req.body)),
  );
  app.get(
    '/legal/lawsuits',
    {
      config: { policy: 'legal.read' },
      schema: { querystring: LawsuitListQuery, response: { 200: LawsuitList } },
    },
    async (req, reply) => {
      const all = req.query.format === 'xlsx';
      const list = await listLawsuits(deps.db, req.query, all);
      if (!all) return list;
      // The export never carries the plaintiff.
      const file = await tableWorkbook(
        'Juicios',
        [
          'Expediente',
          'Tipo',
          'Autoridad',
          'Prestaciones',
          'Monto reclamado',
          'Cuantificación proyectada',
          'Etapa',
          'Presentación',
          'Próximo plazo',
          'Resolución',
        ],
        list.rows.map((r) => [
          r.fileNumber,
          r.typeCode,
          r.court,
          r.claims,
          r.claimedAmount,
          r.projectedAmount,
          r.stage,
          r.filedOn,
          r.nextDeadline,
          r.resolution,
        ]),
      );
      return sendXlsx(reply, file, 'juicios');
    },
  );
  app.post(
    '/legal/lawsuits',
    { config: { policy: 'legal.write' }, schema: { body: LawsuitCreate, response: { 201: Saved } } },
    async (req, reply) => reply.code(201).send(await createLawsuit(deps, ctxOf(req), req.body)),
  );
  app.get(
    '/legal/lawsuits/:id',
    { config: { policy: 'legal.read' }, schema: { params: IdParams, response: { 200: LawsuitDetail } } },
    (req) => getLawsuit(deps, ctxOf(req), req.params.id),
  );
  app.patch(
    '/legal/lawsuits/:id',
    { config: { policy: 'legal.write' }, schema: { params: IdParams, body: LawsuitUpdate, response: { 200: Saved } } },
    (req) => updateLawsuit(deps, ctxOf(req), req.params.id, req.body),
  );
  app.post(
    '/legal/lawsuits/:id/events',
    {
      config: { policy: 'legal.write' },
      schema: { params: IdParams, body: LawsuitEventCreate, response: { 201: LawsuitEvent } },
    },
    async (req, reply) => reply.code(201).send(await addLawsuitEvent(deps, ctxOf(req), req.params.id, req.body)),
  );
  app.patch(
    '/legal/lawsuits/:id/events/:eventId',
    {
      config: { policy: 'legal.write' },
      schema: { params: LawsuitEventParams, body: LawsuitEventDone, response: { 200: LawsuitEvent } },
    },
    (req) => setLawsuitEventDone(deps, ctxOf(req), req.params.id, req.params.eventId, req.body.done),
  );
  app.get(
    '/legal/lawsuit-reports',
    {
      config: { policy: 'legal.read' },
      schema: { querystring: LawsuitReportQuery, response: { 200: LawsuitReportSchedule } },
    },
    (req) => lawsuitReportSchedule(deps.db, req.query.year),
  );
  app.get(
    '/legal/lawsuit-reports/document',
    {
      // The plaintiff column is printed only for `legal.plaintiffs` (decided in the service).
      config: { policy: 'legal.read', fileResponse: true },
      schema: { querystring: LawsuitReportDocumentQuery },
    },
    async (req, reply) => {
      const { year, bimester, format } = req.query;
      const doc = await lawsuitReportFile(deps, ctxOf(req), year, bimester, format);
      return sendFile(reply, { fileName: doc.fileName, mediaType: CONTENT_TYPES[format], bytes: doc.file });
    },
  );

  // ---- Gazette
  app.get(
    '/legal/gazette',
    {
      config: { policy: 'legal.read' },
      schema: { querystring: GazetteListQuery, response: { 200: GazetteList } },
    },
    async (req, reply) => {
      const all = req.query.format === 'xlsx';
      const list = await listGazette(deps.db, req.query, all);
      const rows = list.rows.map(gazetteOut);
      if (!all) return { total: list.total, rows };
      const file = await tableWorkbook(
        'Gaceta',
        ['Referencia', 'Fecha', 'Tipo', 'Título', 'Página', 'Liga', 'Nota'],
        rows.map((r) => [r.ref, r.publishedOn, r.kind, r.title, r.page, r.url, r.footnote]),
      );
      return sendXlsx(reply, file, 'gaceta');
    },
  );
  app.post(
    '/legal/gazette',
    { config: { policy: 'legal.write' }, schema: { body: GazetteCreate, response: { 201: Saved } } },
    async (req, reply) => reply.code(201).send(await createGazette(deps, ctxOf(req), req.body)),
  );
  app.patch(
    '/legal/gazette/:id',
    { config: { policy: 'legal.write' }, schema: { params: IdParams, body: GazetteUpdate, response: { 200: Saved } } },
    (req) => updateGazette(deps, ctxOf(req), req.params.id, req.body),
  );

  // ---- Dashboard
  app.get('/legal/reminders', { config: { policy: 'legal.read' }, schema: { response: { 200: Reminders } } }, () =>
    reminders(deps.db),
  );
  app.get('/legal/summary', { config: { policy: 'legal.aggregates' }, schema: { response: { 200: Summary } } }, () =>
    summary(deps.db),
  );

  await opinionsPlugin(app, deps);
};
