// HTTP routes of the bimonthly report: live report of a period, narrative edits, issuing,
// issued versions, their diff and downloads. Reports hold aggregates only (no personal data).
import type { App } from '../../platform/deps.js';
import type { FeaturePlugin } from '../manifest.js';
import { rolesAllow } from '../../platform/access/policies.js';
import type { Actor } from '../../platform/auth/session.js';
import { diffReports, diffTables } from './diff.js';
import { writeDocument, type DocumentFormat } from './documents/index.js';
import { createReportQueue, sendReportFile, type ReportWork } from './report-jobs.js';
import { getIssued, issuedDocument, issueReport, listIssued } from './issue.service.js';
import { generatedParagraphs, loadOverrides, saveOverrides, unknownOverrideKeys } from './narrative.service.js';
import { buildReportDocument } from './report.document.js';
import { generateReport } from './report.service.js';
import { reportKindOf } from './narrative/cover.js';
import { publicDocument } from './public.js';
import {
  AnnualDownloadQuery,
  DiffOut,
  DiffQuery,
  DraftDownloadQuery,
  FormatParams,
  IdParams,
  IssueBody,
  IssuedFileQuery,
  IssuedOut,
  IssuedSummaryOut,
  JobOut,
  JobParams,
  NarrativeBody,
  PeriodQuery,
  ReportOut,
  SettingsBody,
  SettingsOut,
} from './reports.contract.http.js';
import { loadDisabledSections, loadInstitution, saveInstitution } from './settings.service.js';
import { z } from 'zod';
import { badRequest } from '../../platform/http/errors.js';

const auditActor = (a: Actor) => ({ userId: a.userId, username: a.username });

/** "informe-anual-2024" for a calendar year, "informe-bimestral-2024-01-01_2024-02-29" otherwise. */
function fileStem(p: { from: string; to: string }, audience: 'internal' | 'public' = 'internal'): string {
  const stem =
    reportKindOf(p) === 'annual' ? `informe-anual-${p.from.slice(0, 4)}` : `informe-bimestral-${p.from}_${p.to}`;
  return audience === 'public' ? `${stem}-version-publica` : stem;
}

function checkPeriod(p: { from: string; to: string }) {
  const parsed = PeriodQuery.safeParse(p);
  if (!parsed.success)
    throw badRequest(
      'validation_failed',
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
}

export const reportsPlugin: FeaturePlugin = async (app: App, deps, registry) => {
  const { db } = deps;
  const sections = registry.reportSections;

  const queue = createReportQueue();

  /** The printable draft with the current data and narrative, whole or in its public version. */
  function draftWork(
    period: { from: string; to: string },
    format: DocumentFormat,
    audience: 'internal' | 'public',
  ): ReportWork {
    return async (progress) => {
      progress('data', 0.1);
      const generated = await generateReport(db, period, sections);
      progress('layout', 0.5);
      const { overrides } = await loadOverrides(db, period);
      const { institution } = await loadInstitution(db);
      const doc = buildReportDocument(generated, { institution, overrides });
      progress('writing', 0.7);
      const bytes = await writeDocument(audience === 'public' ? publicDocument(doc, overrides.public) : doc, format);
      return { bytes, format, fileName: `${fileStem(period, audience)}-borrador` };
    };
  }

  const annualPeriod = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

  app.get(
    '/reports/bimonthly',
    {
      config: { policy: 'reports.read' },
      schema: { querystring: PeriodQuery, response: { 200: ReportOut } },
    },
    async (req) => {
      const period = req.query;
      const [generated, narrative, { institution }, issued] = await Promise.all([
        generateReport(db, period, sections),
        loadOverrides(db, period),
        loadInstitution(db),
        listIssued(db, period),
      ]);
      const document = buildReportDocument(generated, { institution, overrides: narrative.overrides });
      // Every paragraph the data generate, edited or removed by staff or not: what the editor lists.
      const paragraphs = generatedParagraphs(buildReportDocument(generated, { institution }));
      const can = { issue: rolesAllow('reports.issue', req.actor!.roles) };
      return { report: generated.report, document, narrative, paragraphs, issued, can };
    },
  );

  app.get(
    '/reports/bimonthly/download',
    {
      config: { policy: 'reports.read', fileResponse: true },
      schema: { querystring: DraftDownloadQuery },
    },
    async (req, reply) => {
      const { from, to, format, audience } = req.query;
      return sendReportFile(reply, await queue.run(req.actor!.userId, draftWork({ from, to }, format, audience)));
    },
  );

  // The annual report is the report of a calendar year: same sections plus the year's summary and
  // the annual plan's indicators (sections with `kinds: ['annual']`).
  app.get(
    '/reports/annual/download',
    {
      config: { policy: 'reports.read', fileResponse: true },
      schema: { querystring: AnnualDownloadQuery },
    },
    async (req, reply) => {
      const { year, format, audience } = req.query;
      const work = draftWork(annualPeriod(year), format, audience);
      return sendReportFile(reply, await queue.run(req.actor!.userId, work));
    },
  );

  // The same documents through the queue without holding a request open: the page asks for a job,
  // shows its place in line and progress, then downloads the file.
  app.post(
    '/reports/bimonthly/jobs',
    {
      config: { policy: 'reports.read' },
      schema: { body: DraftDownloadQuery, response: { 202: JobOut } },
    },
    async (req, reply) => {
      const { from, to, format, audience } = req.body;
      return reply.status(202).send(queue.submit(req.actor!.userId, draftWork({ from, to }, format, audience)));
    },
  );

  app.post(
    '/reports/annual/jobs',
    {
      config: { policy: 'reports.read' },
      schema: { body: AnnualDownloadQuery, response: { 202: JobOut } },
    },
    async (req, reply) => {
      const { year, format, audience } = req.body;
      const work = draftWork(annualPeriod(year), format, audience);
      return reply.status(202).send(queue.submit(req.actor!.userId, work));
    },
  );

  app.get(
    '/reports/jobs/:id',
    {
      config: { policy: 'reports.read' },
      schema: { params: JobParams, response: { 200: JobOut } },
    },
    async (req) => queue.view(req.actor!.userId, req.params.id),
  );

  app.get(
    '/reports/jobs/:id/file',
    {
      config: { policy: 'reports.read', fileResponse: true },
      schema: { params: JobParams },
    },
    async (req, reply) => sendReportFile(reply, await queue.file(req.actor!.userId, req.params.id)),
  );

  app.put(
    '/reports/bimonthly/narrative',
    {
      config: { policy: 'reports.issue' },
      schema: { body: NarrativeBody, response: { 200: z.object({ version: z.number() }) } },
    },
    async (req) => {
      const { from, to, overrides, version } = req.body;
      checkPeriod({ from, to });
      // Only keys of this period's report: a paragraph, section or public mark it does not have is refused.
      const generated = await generateReport(db, { from, to }, sections);
      const problems = unknownOverrideKeys(buildReportDocument(generated), overrides);
      if (problems.length > 0) throw badRequest('validation_failed', problems);
      return { version: await saveOverrides(db, auditActor(req.actor!), { from, to }, overrides, version) };
    },
  );

  app.post(
    '/reports/bimonthly/issue',
    {
      config: { policy: 'reports.issue' },
      schema: { body: IssueBody, response: { 201: IssuedSummaryOut } },
    },
    async (req, reply) => {
      const { from, to, note } = req.body;
      checkPeriod({ from, to });
      return reply
        .status(201)
        .send(await issueReport(db, auditActor(req.actor!), { from, to }, sections, note ?? null));
    },
  );

  app.get(
    '/reports/issued',
    {
      config: { policy: 'reports.read' },
      schema: { response: { 200: z.object({ items: z.array(IssuedSummaryOut) }) } },
    },
    async () => ({ items: await listIssued(db) }),
  );

  app.get(
    '/reports/issued/diff',
    {
      config: { policy: 'reports.read' },
      schema: { querystring: DiffQuery, response: { 200: DiffOut } },
    },
    async (req) => {
      const a = await getIssued(db, req.query.a);
      const b = await getIssued(db, req.query.b);
      return {
        a: a.summary,
        b: b.summary,
        changes: diffReports(a.report, b.report),
        cells: diffTables(a.document, b.document),
      };
    },
  );

  app.get(
    '/reports/issued/:id',
    {
      config: { policy: 'reports.read' },
      schema: { params: IdParams, response: { 200: IssuedOut } },
    },
    async (req) => getIssued(db, req.params.id),
  );

  app.get(
    '/reports/issued/:id/:format',
    {
      config: { policy: 'reports.read', fileResponse: true },
      schema: { params: FormatParams, querystring: IssuedFileQuery },
    },
    async (req, reply) => {
      const { id, format } = req.params;
      const { audience } = req.query;
      const file = await queue.run(req.actor!.userId, async (progress) => {
        progress('writing', 0.5);
        const { bytes, summary } = await issuedDocument(db, id, format, audience);
        return { bytes, format, fileName: `${fileStem(summary.period, audience)}-v${summary.version}` };
      });
      return sendReportFile(reply, file);
    },
  );

  app.get(
    '/reports/settings',
    {
      config: { policy: 'reports.read' },
      schema: { response: { 200: SettingsOut } },
    },
    async () => {
      const disabled = new Set(await loadDisabledSections(db));
      const switchable = sections.filter((s) => s.switchable);
      return {
        ...(await loadInstitution(db)),
        sections: switchable.map((s) => ({ id: s.id, enabled: !disabled.has(s.id) })),
      };
    },
  );

  app.put(
    '/reports/settings',
    {
      config: { policy: 'reports.issue' },
      schema: { body: SettingsBody, response: { 200: z.object({ version: z.number() }) } },
    },
    async (req) => {
      const { institution, version, disabledSections } = req.body;
      const switchable = new Set(sections.filter((s) => s.switchable).map((s) => s.id));
      const unknown = (disabledSections ?? []).findIndex((id) => !switchable.has(id));
      if (unknown >= 0)
        throw badRequest('validation_failed', [
          { path: `disabledSections.${unknown}`, message: 'Esa sección del informe no se puede desactivar.' },
        ]);
      return { version: await saveInstitution(db, auditActor(req.actor!), institution, version, disabledSections) };
    },
  );
};
