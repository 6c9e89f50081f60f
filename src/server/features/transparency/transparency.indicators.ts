// Indicator source of the transparency unit for the annual plans (shared/docs/interchange.md,
// "Plan indicators": 5.2 information requests received).
import { and, count, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { IndicatorSource } from '../manifest.js';
import { informationRequests } from '../../records/records.schema.js';

const Params = z.object({ kind: z.enum(['public', 'arco']).optional() }).strict();

export const requestsReceivedSource: IndicatorSource<typeof Params> = {
  id: 'transparency.requestsReceived',
  label: 'Solicitudes de información recibidas',
  description:
    'Solicitudes de información recibidas en el periodo (fecha de recepción dentro del periodo); opcionalmente sólo de acceso a la información pública o sólo de derechos ARCO.',
  params: Params,
  async measure(db, { from, to }, { kind }) {
    const [row] = await db
      .select({ n: count() })
      .from(informationRequests)
      .where(
        and(
          kind ? eq(informationRequests.kind, kind) : undefined,
          sql`${informationRequests.receivedOn} between ${from}::date and ${to}::date`,
        ),
      );
    return Number(row?.n ?? 0);
  },
};

export const transparencyIndicatorSources = [requestsReceivedSource] as IndicatorSource[];
