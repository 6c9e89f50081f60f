import type { timelineKinds } from '../../../common/features/cases.js';

/**
 * The case timeline (pure): one ordered list of everything that happened to a case.
 * Actions are summarised per measure and month (a measure can log hundreds of entries a month).
 */
export type TimelineKind = (typeof timelineKinds)[number];

export interface TimelineEvent {
  /** calendar date YYYY-MM-DD (the day the thing happened, for actions the month's last entry) */
  on: string;
  kind: TimelineKind;
  refId: string;
  /** non-personal facts for the label (codes, numbers); the web renders them in Spanish */
  data: Record<string, string | number | null>;
  /** exact time when known (status changes): orders events of the same day and kind */
  at?: string;
}

export interface TimelineInput {
  statusChanges: { id: string; on: string; at: string; from: string | null; to: string }[];
  assessments: { id: string; assessedOn: string; level: string }[];
  plans: { id: string; validFrom: string; number: number }[];
  measures: { id: string; code: string; name: string; type: string; recordedOn: string }[];
  decisions: { id: string; measureId: string; decidedOn: string; decision: string; sessionRef: string }[];
  actionMonths: { measureId: string; month: string; lastOn: string; count: number }[];
  followUps: { id: string; on: string; kind: string | null }[];
}

const order: Record<TimelineKind, number> = {
  status: 0,
  assessment: 1,
  plan: 2,
  measure: 3,
  decision: 4,
  actions: 5,
  follow_up: 6,
};

export function buildTimeline(i: TimelineInput): TimelineEvent[] {
  const code = new Map(i.measures.map((m) => [m.id, m]));
  const events: TimelineEvent[] = [
    ...i.statusChanges.map((s) => ({
      on: s.on,
      at: s.at,
      kind: 'status' as const,
      refId: s.id,
      data: { from: s.from, to: s.to },
    })),
    ...i.assessments.map((a) => ({
      on: a.assessedOn,
      kind: 'assessment' as const,
      refId: a.id,
      data: { level: a.level },
    })),
    ...i.plans.map((p) => ({ on: p.validFrom, kind: 'plan' as const, refId: p.id, data: { number: p.number } })),
    ...i.measures.map((m) => ({
      on: m.recordedOn,
      kind: 'measure' as const,
      refId: m.id,
      data: { code: m.code, name: m.name, type: m.type },
    })),
    ...i.decisions.map((d) => ({
      on: d.decidedOn,
      kind: 'decision' as const,
      refId: d.id,
      data: { decision: d.decision, sessionRef: d.sessionRef, code: code.get(d.measureId)?.code ?? null },
    })),
    ...i.actionMonths.map((a) => ({
      on: a.lastOn,
      kind: 'actions' as const,
      refId: `${a.measureId}:${a.month}`,
      data: {
        month: a.month,
        count: a.count,
        code: code.get(a.measureId)?.code ?? null,
        name: code.get(a.measureId)?.name ?? null,
      },
    })),
    ...i.followUps.map((f) => ({ on: f.on, kind: 'follow_up' as const, refId: f.id, data: { kind: f.kind } })),
  ];
  // Newest first; on the same day, in the order things naturally happen.
  return events.sort((a, b) => {
    if (a.on !== b.on) return a.on < b.on ? 1 : -1;
    if (a.kind !== b.kind) return order[b.kind] - order[a.kind];
    const [x, y] = [a.at ?? '', b.at ?? ''];
    return x === y ? 0 : x < y ? 1 : -1;
  });
}
