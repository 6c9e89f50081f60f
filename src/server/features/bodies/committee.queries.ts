// The Comité de Transparencia's sessions as the transparency feature reads them (its committee
// page, the seed 000 §4 indicator and the report's §7.2): sessions of the body
// `comite_transparencia`, their agenda as topics, one a line.
import { and, asc, eq, gte, inArray, lte, ne, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { bodyAgendaItems, bodySessions } from './bodies.schema.js';

export const COMMITTEE_BODY = 'comite_transparencia';

export interface CommitteeSessionRow {
  id: string;
  kind: 'ordinary' | 'extraordinary';
  ordinal: number;
  status: 'planned' | 'held';
  scheduledOn: string | null;
  heldOn: string | null;
  /** The agenda items' texts, one a line. */
  topics: string;
  minutesRef: string | null;
  version: number;
}

/** The committee's sessions (cancelled ones left out): of a calendar year, or held in a period. */
export async function committeeSessions(
  db: Database,
  filter: { year: number } | { heldFrom: string; heldTo: string },
): Promise<CommitteeSessionRow[]> {
  const where =
    'year' in filter
      ? eq(bodySessions.year, filter.year)
      : and(
          eq(bodySessions.status, 'held'),
          gte(bodySessions.heldOn, filter.heldFrom),
          lte(bodySessions.heldOn, filter.heldTo),
        );
  const sessions = await db
    .select()
    .from(bodySessions)
    .where(and(eq(bodySessions.bodyCode, COMMITTEE_BODY), ne(bodySessions.status, 'cancelled'), where))
    .orderBy(asc(sql`coalesce(${bodySessions.heldOn}, ${bodySessions.plannedOn})`), asc(bodySessions.id));
  const ids = sessions.map((s) => s.id);
  const agenda = ids.length
    ? await db
        .select({ sessionId: bodyAgendaItems.sessionId, text: bodyAgendaItems.text })
        .from(bodyAgendaItems)
        .where(inArray(bodyAgendaItems.sessionId, ids))
        .orderBy(asc(bodyAgendaItems.position))
    : [];
  return sessions.map((s) => ({
    id: s.id,
    kind: s.type as CommitteeSessionRow['kind'],
    ordinal: s.ordinal,
    status: s.status as CommitteeSessionRow['status'],
    scheduledOn: s.plannedOn,
    heldOn: s.status === 'held' ? s.heldOn : null,
    topics: agenda
      .filter((a) => a.sessionId === s.id && a.text)
      .map((a) => a.text)
      .join('\n'),
    minutesRef: s.minutesRef,
    version: s.version,
  }));
}
