// Historical spreadsheets over HTTP: template download, preview (nothing stored) and import.
// The file travels base64-encoded in a JSON body so it is validated by zod like every input.
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/deps.js';
import { AppError } from '../../platform/http/errors.js';
import { ImportCountsOut } from './interchange.http.js';
import { importSpreadsheet } from './spreadsheet/spreadsheet.service.js';
import { spreadsheetTemplate } from './spreadsheet/template.js';

const MAX_FILE_BYTES = 20 * 1024 * 1024;

const SpreadsheetBody = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  contentBase64: z
    .string()
    .min(1)
    .max(Math.ceil((MAX_FILE_BYTES * 4) / 3) + 4)
    .regex(/^[A-Za-z0-9+/]+=*$/, { message: 'contenido base64 no válido' }),
  dryRun: z.boolean().default(true),
});

const Summary = z.object({
  cases: z.number(),
  measures: z.number(),
  actions: z.number(),
  informationRequests: z.number(),
});
const Problem = z.object({
  sheet: z.string(),
  row: z.number().nullable(),
  column: z.string().nullable(),
  header: z.string().nullable(),
  message: z.string(),
});
const SpreadsheetOut = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  summary: Summary,
  counts: ImportCountsOut.nullable(),
  problems: z.array(Problem),
  total: z.number(),
});

export async function spreadsheetRoutes(app: App, deps: AppDeps): Promise<void> {
  const { db } = deps;

  app.get(
    '/interchange/spreadsheet/template',
    { config: { policy: 'interchange.import', fileResponse: true } },
    async (_req, reply) =>
      reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', 'attachment; filename="plantilla-datos-historicos.xlsx"')
        .send(await spreadsheetTemplate()),
  );

  // The preview answers 200 with the problems listed (a preview with problems is a normal answer);
  // a commit of an invalid file is refused with 400 and the same listing, nothing stored.
  app.post(
    '/interchange/spreadsheet',
    {
      config: { policy: 'interchange.import' },
      bodyLimit: Math.ceil((MAX_FILE_BYTES * 4) / 3) + 4096,
      schema: { body: SpreadsheetBody, response: { 200: SpreadsheetOut } },
    },
    async (req) => {
      const content = Buffer.from(req.body.contentBase64, 'base64');
      const actor = { userId: req.actor!.userId, username: req.actor!.username };
      const r = await importSpreadsheet(
        db,
        { fileName: req.body.fileName, content },
        { actor, ip: req.ip, dryRun: req.body.dryRun },
      );
      if (r.ok) return { ok: true, dryRun: r.dryRun, summary: r.summary, counts: r.counts, problems: [], total: 0 };
      if (!req.body.dryRun) {
        const details = r.problems.map((p) => ({
          ...p,
          path: [p.sheet, p.row, p.column].filter((x) => x !== null && x !== '').join(' · '),
          message: p.header ? `${p.header}: ${p.message}` : p.message,
        }));
        throw new AppError(
          'invalid_spreadsheet',
          400,
          details,
          `La hoja de cálculo tiene ${r.total} problema(s); no se guardó nada.`,
        );
      }
      return { ok: false, dryRun: true, summary: r.summary, counts: null, problems: r.problems, total: r.total };
    },
  );
}
