// Indicator sources of the cases feature for the annual plans (shared/docs/interchange.md,
// "Plan indicators" and "Report semantics"): counts only, never identities.
import { and, count, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { IndicatorSource } from '../manifest.js';
import { caseFollowUps, cases, measureActions, measures } from '../../records/records.schema.js';

const NewCasesParams = z
  .object({
    kind: z.enum(['incorporation', 'attention', 'federal_collaboration']),
    procedure: z.enum(['ordinary', 'extraordinary']).optional(),
  })
  .strict();

export const newCasesSource: IndicatorSource<typeof NewCasesParams> = {
  id: 'cases.newCases',
  label: 'Casos nuevos',
  description:
    'Casos abiertos en el periodo (fecha de apertura dentro del periodo), por tipo (incorporación, atención o canalización, colaboración con el Mecanismo federal) y, para incorporaciones, por procedimiento.',
  params: NewCasesParams,
  async measure(db, { from, to }, { kind, procedure }) {
    const [row] = await db
      .select({ n: count() })
      .from(cases)
      .where(
        and(
          eq(cases.kind, kind),
          procedure ? eq(cases.procedure, procedure) : undefined,
          sql`${cases.openedOn} between ${from}::date and ${to}::date`,
        ),
      );
    return Number(row?.n ?? 0);
  },
};

const NoParams = z.object({}).strict();

export const federalCollaborationSource: IndicatorSource<typeof NoParams> = {
  id: 'cases.federalCollaboration',
  label: 'Casos en colaboración con el Mecanismo federal',
  description:
    'Casos de colaboración con el Mecanismo de Protección de la Secretaría de Gobernación nuevos en el periodo o en seguimiento (abiertos antes, no concluidos antes del periodo y con un seguimiento o una acción de sus medidas en el periodo).',
  params: NoParams,
  async measure(db, { from, to }) {
    const [row] = await db
      .select({ n: count() })
      .from(cases)
      .where(
        and(
          eq(cases.kind, 'federal_collaboration'),
          sql`(
            ${cases.openedOn} between ${from}::date and ${to}::date
            or (${cases.openedOn} < ${from}::date
              and (${cases.closedOn} is null or ${cases.closedOn} >= ${from}::date)
              and (exists (select 1 from ${caseFollowUps}
                           where ${caseFollowUps.caseId} = ${cases.id}
                             and ${caseFollowUps.on} between ${from}::date and ${to}::date)
                   or exists (select 1 from ${measureActions}
                              join ${measures} on ${measures.id} = ${measureActions.measureId}
                              where ${measures.caseId} = ${cases.id}
                                and ${measureActions.on} between ${from}::date and ${to}::date)))
          )`,
        ),
      );
    return Number(row?.n ?? 0);
  },
};

export const casesIndicatorSources = [newCasesSource, federalCollaborationSource] as IndicatorSource[];
