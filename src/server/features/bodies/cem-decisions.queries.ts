// The measure decisions taken in a CEM session (recorded on the case, linked to the session).
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { measureDecisions } from '../cases/cases.schema.js';
import { cases, measures } from '../../records/records.schema.js';

export async function decisionsOfSession(db: Database, sessionId: string) {
  return db
    .select({
      id: measureDecisions.id,
      decision: measureDecisions.decision,
      decidedOn: measureDecisions.decidedOn,
      measureCode: measures.code,
      caseId: cases.id,
      caseFolio: cases.folio,
    })
    .from(measureDecisions)
    .innerJoin(measures, eq(measures.id, measureDecisions.measureId))
    .innerJoin(cases, eq(cases.id, measures.caseId))
    .where(eq(measureDecisions.sessionId, sessionId))
    .orderBy(asc(cases.folio), asc(measures.code), asc(measureDecisions.decidedOn));
}
