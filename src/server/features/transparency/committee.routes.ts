// Transparency Committee sessions: the yearly calendar of ordinary sessions, extraordinary ones,
// and the indicator of seed 000 §4 (sessions held / sessions programmed × 100). The sessions are
// the bodies module's (body `comite_transparencia`): they are scheduled, held and minuted there.
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/deps.js';
import { committeeSessions, type CommitteeSessionRow } from '../bodies/committee.queries.js';

const SessionOut = z.object({
  /** The session of the bodies module (its page: /bodies/sessions/:id). */
  id: z.string(),
  kind: z.enum(['ordinary', 'extraordinary']),
  ordinal: z.number(),
  scheduledOn: z.string().nullable(),
  heldOn: z.string().nullable(),
  topics: z.string(),
  minutesRef: z.string().nullable(),
  version: z.number(),
});

/** Seed 000 §4: ordinary sessions held in the year over those programmed for it, plus extraordinary ones held. */
export function committeeIndicator(
  sessions: readonly Pick<CommitteeSessionRow, 'kind' | 'scheduledOn' | 'heldOn'>[],
  year: number,
) {
  const inYear = (d: string | null) => !!d && d.startsWith(`${year}-`);
  const ordinary = sessions.filter((s) => s.kind === 'ordinary');
  const programmed = ordinary.filter((s) => inYear(s.scheduledOn ?? s.heldOn)).length;
  const held = ordinary.filter((s) => inYear(s.heldOn)).length;
  return {
    year,
    programmed,
    held,
    extraordinaryHeld: sessions.filter((s) => s.kind === 'extraordinary' && inYear(s.heldOn)).length,
    percent: programmed === 0 ? null : Math.round((held / programmed) * 1000) / 10,
  };
}

export async function committeeRoutes(app: App, { db }: AppDeps): Promise<void> {
  app.get(
    '/transparency/committee',
    {
      config: { policy: 'transparency.read' },
      schema: {
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: {
          200: z.object({
            sessions: z.array(SessionOut),
            indicator: z.object({
              year: z.number(),
              programmed: z.number(),
              held: z.number(),
              extraordinaryHeld: z.number(),
              percent: z.number().nullable(),
            }),
          }),
        },
      },
    },
    async (req) => {
      const sessions = await committeeSessions(db, { year: req.query.year });
      return { sessions, indicator: committeeIndicator(sessions, req.query.year) };
    },
  );
}
