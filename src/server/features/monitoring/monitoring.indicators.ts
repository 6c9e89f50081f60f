// Counts the annual plan's indicators need (interchange.md "Plan indicators": 1.4 findings
// detected, 1.5.1 protest monitoring records). Both days of the period are included.
import { and, count, eq, gte, lte } from 'drizzle-orm';
import { z } from 'zod';
import { PHASES, SITUATIONS } from '../../../common/features/monitoring.js';
import type { IndicatorSource } from '../manifest.js';
import { yearBefore } from './monitoring.logic.js';
import { monitoringActivations, monitoringFindings } from './monitoring.schema.js';

const FindingsParams = z
  .object({
    situation: z.enum(SITUATIONS).optional(),
    /** the same period one year earlier (29 February becomes 28 February): the plan's baseline */
    previousYear: z.boolean().optional(),
  })
  .strict();

export const findingsSource: IndicatorSource<typeof FindingsParams> = {
  id: 'monitoring.findings',
  label: 'Registros de hallazgos de información',
  description:
    'Hallazgos de información en fuentes abiertas detectados en el periodo (fecha de detección), opcionalmente de una situación (en riesgo, víctima de agresión, perdió la vida) o del mismo periodo del año anterior.',
  params: FindingsParams,
  async measure(db, period, params) {
    const from = params.previousYear ? yearBefore(period.from) : period.from;
    const to = params.previousYear ? yearBefore(period.to) : period.to;
    const [row] = await db
      .select({ n: count() })
      .from(monitoringFindings)
      .where(
        and(
          gte(monitoringFindings.detectedOn, from),
          lte(monitoringFindings.detectedOn, to),
          params.situation ? eq(monitoringFindings.situation, params.situation) : undefined,
        ),
      );
    return row?.n ?? 0;
  },
};

const ProtestParams = z.object({ phase: z.enum(PHASES).optional() }).strict();

export const protestsSource: IndicatorSource<typeof ProtestParams> = {
  id: 'monitoring.protests',
  label: 'Registros de monitoreo en movilizaciones (Base MPI CDMX)',
  description:
    'Activaciones de la Base MPI CDMX en el contexto de movilizaciones con fecha en el periodo, opcionalmente de una fase (antes, durante, después).',
  params: ProtestParams,
  async measure(db, period, params) {
    const [row] = await db
      .select({ n: count() })
      .from(monitoringActivations)
      .where(
        and(
          gte(monitoringActivations.on, period.from),
          lte(monitoringActivations.on, period.to),
          params.phase ? eq(monitoringActivations.phase, params.phase) : undefined,
        ),
      );
    return row?.n ?? 0;
  },
};
