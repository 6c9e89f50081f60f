// What the prevention and liaison report sections read in the report's snapshot: activities in the
// period with their participants, liaison and photos.
import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { cases, measures } from '../../records/records.schema.js';
import { type ImageBlock } from '../reports/api.js';
import {
  countAgreementActions,
  countAgreementsSigned,
  liaisonInPeriod,
  sessionsInPeriod,
  type ActivityRow,
  type LiaisonRow,
} from './prevention.queries.js';

export interface Period {
  from: string;
  to: string;
}

export interface ParticipantCounts {
  woman: number;
  man: number;
  lgbttti: number;
  preferNotToSay: number;
  total: number;
}

export interface ActivityInPeriod extends ParticipantCounts {
  id: string;
  format: ActivityRow['format'];
  modality: ActivityRow['modality'];
  title: string;
  objective: string;
  partner: string | null;
  thematicLine: number | null;
  /** Session dates in the period, in order. */
  dates: string[];
  sessions: number;
  hours: number;
  /** Public "Dirigido a" label: typed, or derived from the linked case's kind of person (never the case). */
  target: string;
  /** How the lead sentence names the target when the workshop carries out a case measure. */
  caseTarget: 'collective' | 'individual' | null;
}

export interface PreventionData {
  period: Period;
  workshops: ActivityInPeriod[];
  trainings: ActivityInPeriod[];
}

export interface LiaisonData {
  period: Period;
  activities: Array<
    Pick<LiaisonRow, 'code' | 'kind' | 'on' | 'institution' | 'title' | 'international' | 'description'>
  >;
  agreementActions: number;
  agreementsSigned: number;
}

export interface PhotoData {
  period: Period;
  photos: Array<{ id: string; caption: string; on: string; image: ImageBlock | null }>;
}

const DEFAULT_TARGET = 'Personas defensoras de derechos humanos y periodistas';

function genericTarget(identity: string, profile: string): string {
  const who = profile === 'journalist' ? 'personas periodistas' : 'personas defensoras de derechos humanos';
  if (identity === 'collective') return `Colectivo de ${who}`;
  return profile === 'journalist' ? 'Persona periodista' : 'Persona defensora de derechos humanos';
}

const sum = (p: Omit<ParticipantCounts, 'total'>) => p.woman + p.man + p.lgbttti + p.preferNotToSay;

/** Activities of a kind with at least one session in the period; sessions and hours count only those. */
export async function loadActivities(
  db: Database,
  kind: ActivityRow['kind'],
  period: Period,
): Promise<ActivityInPeriod[]> {
  const rows = await sessionsInPeriod(db, kind, period.from, period.to);
  const byId = new Map<string, ActivityInPeriod & { measureId: string | null }>();
  for (const { activity: a, session: s } of rows) {
    let item = byId.get(a.id);
    if (!item) {
      const counts = { woman: a.women, man: a.men, lgbttti: a.lgbttti, preferNotToSay: a.preferNotToSay };
      item = {
        id: a.code,
        format: a.format,
        modality: a.modality,
        title: a.title,
        objective: a.objective,
        partner: a.partner,
        thematicLine: a.thematicLine,
        dates: [],
        sessions: 0,
        hours: 0,
        ...counts,
        total: sum(counts),
        target: a.targetLabel ?? DEFAULT_TARGET,
        caseTarget: null,
        measureId: a.measureId,
      };
      byId.set(a.id, item);
    }
    item.dates.push(s.on);
    item.sessions += 1;
    item.hours = Math.round((item.hours + Number(s.hours)) * 100) / 100;
  }
  const linked = [...byId.values()].filter((i) => i.measureId);
  if (linked.length) {
    const people = await db
      .select({ measureId: measures.id, identity: cases.identity, profile: cases.profile })
      .from(measures)
      .innerJoin(cases, eq(cases.id, measures.caseId))
      .where(
        inArray(
          measures.id,
          linked.map((l) => l.measureId!),
        ),
      );
    for (const item of linked) {
      const p = people.find((x) => x.measureId === item.measureId);
      if (!p) continue;
      item.caseTarget = p.identity === 'collective' ? 'collective' : 'individual';
      if (item.target === DEFAULT_TARGET) item.target = genericTarget(p.identity, p.profile);
    }
  }
  // Ordered by their first session in the period, then id.
  return [...byId.values()]
    .map(({ measureId: _m, ...rest }) => rest)
    .sort((a, b) => a.dates[0]!.localeCompare(b.dates[0]!) || a.id.localeCompare(b.id));
}

export async function loadPrevention(db: Database, period: Period): Promise<PreventionData> {
  return {
    period,
    workshops: await loadActivities(db, 'self_protection_workshop', period),
    trainings: await loadActivities(db, 'training', period),
  };
}

export async function loadLiaison(db: Database, period: Period): Promise<LiaisonData> {
  const rows = await liaisonInPeriod(db, period.from, period.to);
  return {
    period,
    activities: rows.map((r) => ({
      code: r.code,
      kind: r.kind,
      on: r.on,
      institution: r.institution,
      title: r.title,
      international: r.international,
      description: r.description,
    })),
    agreementActions: await countAgreementActions(db, period.from, period.to),
    agreementsSigned: await countAgreementsSigned(db, period.from, period.to),
  };
}
