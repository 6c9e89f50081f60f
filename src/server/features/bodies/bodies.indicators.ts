// Counts the annual plan's indicators take from the bodies module (interchange.md "Plan indicators":
// 1.1.1 ordinary Junta sessions, 1.1.2 CEM sessions, 1.1.3 Mesa sessions, 5.4 ordinary committee sessions).
import { and, count, eq, gte, lte, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { IndicatorSource } from '../manifest.js';
import { BODY_CODES, SESSION_TYPES } from '../../../common/features/bodies.codes.js';
import { bodyAgreements, bodySessions } from './bodies.schema.js';

const SessionsParams = z.object({ body: z.enum(BODY_CODES), type: z.enum(SESSION_TYPES).optional() }).strict();
const AgreementParams = z.object({ body: z.enum(BODY_CODES).optional() }).strict();

export const sessionsSource: IndicatorSource<typeof SessionsParams> = {
  id: 'bodies.sessions',
  label: 'Sesiones celebradas de un órgano colegiado',
  description:
    'Sesiones del órgano indicado celebradas en el periodo (fecha de celebración), ordinarias, extraordinarias o ambas si no se indica el tipo.',
  params: SessionsParams,
  async measure(db, period, params) {
    const where: SQL[] = [
      eq(bodySessions.bodyCode, params.body),
      eq(bodySessions.status, 'held'),
      gte(bodySessions.heldOn, period.from),
      lte(bodySessions.heldOn, period.to),
    ];
    if (params.type) where.push(eq(bodySessions.type, params.type));
    const [row] = await db
      .select({ n: count() })
      .from(bodySessions)
      .where(and(...where));
    return Number(row?.n ?? 0);
  },
};

const dueWhere = (period: { from: string; to: string }, body?: string) =>
  [
    gte(bodyAgreements.dueOn, period.from),
    lte(bodyAgreements.dueOn, period.to),
    ...(body ? [eq(bodyAgreements.bodyCode, body)] : []),
  ] as SQL[];

export const agreementsDueSource: IndicatorSource<typeof AgreementParams> = {
  id: 'bodies.agreementsDue',
  label: 'Acuerdos con vencimiento en el periodo',
  description: 'Acuerdos de órganos colegiados cuya fecha compromiso cae en el periodo (todos los estados).',
  params: AgreementParams,
  async measure(db, period, params) {
    const [row] = await db
      .select({ n: count() })
      .from(bodyAgreements)
      .where(and(...dueWhere(period, params.body)));
    return Number(row?.n ?? 0);
  },
};

export const agreementsDoneSource: IndicatorSource<typeof AgreementParams> = {
  id: 'bodies.agreementsDone',
  label: 'Acuerdos cumplidos de los que vencían en el periodo',
  description:
    'De los acuerdos con fecha compromiso en el periodo, los concluidos a más tardar al cierre del periodo (cumplimiento = cumplidos / con vencimiento).',
  params: AgreementParams,
  async measure(db, period, params) {
    const [row] = await db
      .select({ n: count() })
      .from(bodyAgreements)
      .where(
        and(...dueWhere(period, params.body), eq(bodyAgreements.status, 'done'), lte(bodyAgreements.doneOn, period.to)),
      );
    return Number(row?.n ?? 0);
  },
};

export const bodiesIndicatorSources = [sessionsSource, agreementsDueSource, agreementsDoneSource] as IndicatorSource[];
