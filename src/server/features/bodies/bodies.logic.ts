// Pure rules of the bodies module: ordinals, quorum, agreement follow-up. No database here.
import { VOTING_ROLES, type AgendaGroup, type MemberRole } from '../../../common/features/bodies.codes.js';

const ORDINALS = [
  'Primera',
  'Segunda',
  'Tercera',
  'Cuarta',
  'Quinta',
  'Sexta',
  'Séptima',
  'Octava',
  'Novena',
  'Décima',
  'Decimoprimera',
  'Decimosegunda',
];
const ABBREVIATIONS = ['ra', 'da', 'ra', 'ta', 'ta', 'ta', 'ma', 'va', 'na', 'ma', 'va', 'va'];

/** The feminine ordinal word of seed 003's tables: 1 -> "Primera", 4 -> "Cuarta". */
export function ordinalWord(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`not an ordinal: ${n}`);
  return ORDINALS[n - 1] ?? `${n}a`;
}

/** The abbreviated ordinal of the running text: 1 -> "1ra", 4 -> "4ta". */
export function ordinalAbbrev(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`not an ordinal: ${n}`);
  return `${n}${ABBREVIATIONS[(n - 1) % 12] ?? 'a'}`;
}

export interface Numbered {
  id: string;
  bodyCode: string;
  type: string;
  status: string;
  plannedOn: string | null;
  heldOn: string | null;
  createdAt: Date | string;
}

export const sessionDate = (s: Pick<Numbered, 'plannedOn' | 'heldOn'>): string => (s.heldOn ?? s.plannedOn)!;
export const sessionYear = (s: Pick<Numbered, 'plannedOn' | 'heldOn'>): number => Number(sessionDate(s).slice(0, 4));

/**
 * Ordinals per body, calendar year and type in date order (seed-modules.md §3.3); cancelled
 * sessions keep no place in the count. Returns id -> { year, ordinal } for every session given.
 */
export function assignOrdinals(sessions: readonly Numbered[]): Map<string, { year: number; ordinal: number }> {
  const groups = new Map<string, Numbered[]>();
  for (const s of sessions) {
    if (s.status === 'cancelled') continue;
    const key = `${s.bodyCode}|${sessionYear(s)}|${s.type}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const out = new Map<string, { year: number; ordinal: number }>();
  for (const list of groups.values()) {
    list
      .sort(
        (a, b) =>
          sessionDate(a).localeCompare(sessionDate(b)) ||
          new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime() ||
          a.id.localeCompare(b.id),
      )
      .forEach((s, i) => out.set(s.id, { year: sessionYear(s), ordinal: i + 1 }));
  }
  return out;
}

export interface MemberTerm {
  id: string;
  role: MemberRole | string;
  fromOn: string;
  toOn: string | null;
}

export const inOffice = (m: Pick<MemberTerm, 'fromOn' | 'toOn'>, on: string) =>
  m.fromOn <= on && (m.toOn === null || m.toOn >= on);

export interface Quorum {
  voting: number;
  present: number;
  needed: number;
  reached: boolean;
}

/**
 * Quorum: more than half of the voting members in office on the session's day are present
 * (permanent guests and substitutes standing by do not count). A body without voting members on
 * record cannot show a quorum.
 */
export function quorum(members: readonly MemberTerm[], presentIds: ReadonlySet<string>, on: string): Quorum {
  const voting = members.filter((m) => VOTING_ROLES.includes(m.role as MemberRole) && inOffice(m, on));
  const present = voting.filter((m) => presentIds.has(m.id)).length;
  const needed = Math.floor(voting.length / 2) + 1;
  return { voting: voting.length, present, needed, reached: voting.length > 0 && present >= needed };
}

/** The quorum rule: a session is marked held with quorum, or with the secretary's recorded reason. */
export function heldAllowed(q: Quorum, reason: string | null | undefined): boolean {
  return q.reached || (reason ?? '').trim().length > 0;
}

export function isOverdue(a: { status: string; dueOn: string | null }, today: string): boolean {
  return a.status !== 'done' && a.dueOn !== null && a.dueOn < today;
}

/** Agenda items in the seed's order: no heading first, then para aprobación, then para conocimiento. */
export const GROUP_ORDER: Record<AgendaGroup, number> = { none: 0, approval: 1, information: 2 };

export function groupedAgenda<T extends { group: string; position: number }>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      (GROUP_ORDER[a.group as AgendaGroup] ?? 9) - (GROUP_ORDER[b.group as AgendaGroup] ?? 9) ||
      a.position - b.position,
  );
}

/** "de la Junta de Gobierno", "del Consejo Consultivo": the contraction follows the noun's gender. */
export function ofBody(name: string): string {
  return /^(Junta|Mesa)\b/.test(name) ? `de la ${name}` : `del ${name}`;
}
