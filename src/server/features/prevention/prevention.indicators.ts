// Counts the annual plan's indicators take from prevention and liaison (interchange.md "Plan
// indicators": 1.3, 2.1, 2.2, 2.3, 3.1–3.5 of MPI-PAT-2023).
import { and, countDistinct, eq, gte, lte, count, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import type { IndicatorSource, Period } from '../manifest.js';
import { countAgreementActions } from './prevention.queries.js';
import { preventionActivities, preventionLiaisonActivities, preventionSessions } from './prevention.schema.js';

async function activitiesWithSession(db: Database, period: Period, extra: SQL[]): Promise<number> {
  const [row] = (await db
    .select({ n: countDistinct(preventionActivities.id) })
    .from(preventionActivities)
    .innerJoin(preventionSessions, eq(preventionSessions.activityId, preventionActivities.id))
    .where(and(gte(preventionSessions.on, period.from), lte(preventionSessions.on, period.to), ...extra))) as [
    { n: number },
  ];
  return Number(row.n);
}

const NoParams = z.strictObject({});

export const workshopsSource: IndicatorSource<typeof NoParams> = {
  id: 'prevention.workshops',
  label: 'Talleres de autoprotección impartidos',
  description: 'Talleres de autoprotección (individuales o colectivos) con al menos una sesión en el periodo.',
  params: NoParams,
  measure: (db, period) =>
    activitiesWithSession(db, period, [eq(preventionActivities.kind, 'self_protection_workshop')]),
};

const TrainingParams = z.strictObject({ thematicLine: z.number().int().min(1).max(5).optional() });

export const trainingsSource: IndicatorSource<typeof TrainingParams> = {
  id: 'prevention.trainings',
  label: 'Acciones de prevención y capacitación',
  description:
    'Capacitaciones con al menos una sesión en el periodo; con `thematicLine`, sólo las de esa línea temática del PAT 2023 (1–5).',
  params: TrainingParams,
  measure: (db, period, params) =>
    activitiesWithSession(db, period, [
      eq(preventionActivities.kind, 'training'),
      ...(params.thematicLine ? [eq(preventionActivities.thematicLine, params.thematicLine)] : []),
    ]),
};

export const officialTrainingsSource: IndicatorSource<typeof NoParams> = {
  id: 'prevention.officialTrainings',
  label: 'Capacitaciones a personas servidoras públicas de la Junta de Gobierno y del CEM',
  description:
    'Capacitaciones marcadas como dirigidas a integrantes de la Junta de Gobierno o del CEM, con al menos una sesión en el periodo.',
  params: NoParams,
  measure: (db, period) =>
    activitiesWithSession(db, period, [
      eq(preventionActivities.kind, 'training'),
      eq(preventionActivities.forOfficials, true),
    ]),
};

const AgreementParams = z.strictObject({ agreement: z.string().min(1).max(100).optional() });

export const agreementActionsSource: IndicatorSource<typeof AgreementParams> = {
  id: 'prevention.agreementActions',
  label: 'Acciones interinstitucionales realizadas por convenio',
  description:
    'Acciones fechadas en el periodo bajo los convenios; con `agreement`, sólo las de ese convenio (su clave).',
  params: AgreementParams,
  measure: (db, period, params) => countAgreementActions(db, period.from, period.to, params.agreement),
};

export const internationalSource: IndicatorSource<typeof NoParams> = {
  id: 'prevention.internationalActivities',
  label: 'Colaboraciones internacionales',
  description: 'Actividades de vinculación marcadas como internacionales, fechadas en el periodo.',
  params: NoParams,
  async measure(db, period) {
    const [row] = (await db
      .select({ n: count() })
      .from(preventionLiaisonActivities)
      .where(
        and(
          eq(preventionLiaisonActivities.international, true),
          gte(preventionLiaisonActivities.on, period.from),
          lte(preventionLiaisonActivities.on, period.to),
        ),
      )) as [{ n: number }];
    return Number(row.n);
  },
};

export const preventionIndicatorSources = [
  workshopsSource,
  trainingsSource,
  officialTrainingsSource,
  agreementActionsSource,
  internationalSource,
] as unknown as IndicatorSource[];
