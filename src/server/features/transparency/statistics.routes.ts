// Quarterly statistics (JSON and XLSX) and the training routes' neighbour: kept apart for size.
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/deps.js';
import { quarterReport, quarterWorkbook } from './statistics.service.js';

const QuarterQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  quarter: z.coerce.number().int().min(1).max(4),
  format: z.enum(['json', 'xlsx']).default('json'),
});
const Counts = z.record(z.string(), z.number());

export async function statisticsRoutes(app: App, { db }: AppDeps): Promise<void> {
  app.get(
    '/transparency/statistics/quarterly',
    {
      config: { policy: 'transparency.read' },
      schema: {
        querystring: QuarterQuery,
        response: {
          200: z.union([
            z.object({
              from: z.string(),
              to: z.string(),
              received: z.number(),
              byKind: Counts,
              byChannel: Counts,
              byArcoRight: Counts,
              byStatus: Counts,
              closed: z.number(),
              closedInTime: z.number(),
              closedLate: z.number(),
              open: z.number(),
              openOverdue: z.number(),
              extended: z.number(),
              clarificationRequested: z.number(),
              appeals: z.number(),
              averageWorkingDaysToClose: z.number().nullable(),
            }),
            z.instanceof(Buffer),
          ]),
        },
      },
    },
    async (req, reply) => {
      const { year, quarter, format } = req.query;
      const stats = await quarterReport(db, year, quarter as 1 | 2 | 3 | 4);
      if (format === 'json') return stats;
      const file = await quarterWorkbook(stats, `${year}-T${quarter}`);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="estadistica-transparencia-${year}-T${quarter}.xlsx"`)
        .send(file);
    },
  );
}
