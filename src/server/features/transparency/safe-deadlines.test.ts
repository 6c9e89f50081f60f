// Deadlines when the general laws and the city's law may both apply. Every expected date was
// counted by hand on a calendar with: weekends; 16 Sep 2025 (holiday, LFT art. 74); 15 Sep 2025
// published as non-working; 22 Dec 2025 - 6 Jan 2026 published (winter); 25 Dec, 1 Jan and
// 2 Feb 2026 (holidays).
import { describe, expect, it } from 'vitest';
import { createCalendar, expandRange } from './calendar.js';
import type { RequestSteps } from './deadlines.js';
import { governingOn, type GoverningDecision } from './engine.service.js';
import { CDMX_LTAIPRC, GENERAL_LAWS_2025 } from './rules.js';
import { resolveDeadlines, type Candidate } from './safe-deadlines.js';

const cal = createCalendar(['2025-09-15', ...expandRange('2025-12-22', '2026-01-06')]);
const both = (cityVerified = false): Candidate[] => [
  { set: CDMX_LTAIPRC, verified: cityVerified },
  { set: GENERAL_LAWS_2025, verified: true },
];
const pub = (extra: Partial<RequestSteps> = {}): RequestSteps => ({
  kind: 'public',
  receivedOn: '2025-09-10',
  ...extra,
});
const none = { family: null };

describe('both rule sets may apply, none governs: the earliest date for the unit', () => {
  it('received Wed 10 Sep 2025, across 15 (published) and 16 Sep (holiday)', () => {
    const r = resolveDeadlines(cal, both(), none, pub())!;
    const [city, general] = r.candidates;
    // City: 11, 12, 17, 18, 19, 22, 23, 24, 25 Sep -> 9th working day 25 Sep.
    expect(city!.deadlines).toMatchObject({ answerDueOn: '2025-09-25', dueOn: '2025-09-25' });
    // General: ... 26, 29, 30 Sep, 1, 2, 3, 6, 7, 8, 9, 10 Oct -> 20th working day 10 Oct.
    expect(general!.deadlines).toMatchObject({ answerDueOn: '2025-10-10', dueOn: '2025-10-10' });
    expect(r.effective).toMatchObject({
      answerDueOn: '2025-09-25',
      dueOn: '2025-09-25',
      clarificationRequestDueOn: '2025-09-19', // 5 days in both sets
      incompetenceDueOn: '2025-09-17',
      alreadyPublicDueOn: '2025-09-19',
      // Requester's appeal window runs from each set's lapse: city 16 Oct, general 31 Oct -> the later.
      appealFilingDueOn: '2025-10-31',
    });
    expect(r.sources).toMatchObject({
      dueOn: 'cdmx-ltaiprc',
      answerDueOn: 'cdmx-ltaiprc',
      appealFilingDueOn: 'leyes-generales-2025',
    });
    expect(city!.deadlines.appealFilingDueOn).toBe('2025-10-16');
    expect(r.basis).toEqual({ mode: 'earliest', reason: 'no_governing', ruleSetKey: 'cdmx-ltaiprc' });
  });

  it('extension: 7 days for the city (6 Oct), 10 for the general law (24 Oct) -> 6 Oct', () => {
    const r = resolveDeadlines(cal, both(), none, pub({ extensionNotifiedOn: '2025-09-24' }))!;
    expect(r.candidates.map((c) => c.deadlines.extendedDueOn)).toEqual(['2025-10-06', '2025-10-24']);
    expect(r.effective).toMatchObject({ extendedDueOn: '2025-10-06', dueOn: '2025-10-06', extensionLate: false });
  });

  it('an extension notified after the city period (29 Sep) extends nothing under the city law', () => {
    const r = resolveDeadlines(cal, both(), none, pub({ extensionNotifiedOn: '2025-09-29' }))!;
    const [city, general] = r.candidates;
    expect(city!.deadlines).toMatchObject({ extensionLate: true, extendedDueOn: null, dueOn: '2025-09-25' });
    expect(general!.deadlines).toMatchObject({ extensionLate: false, dueOn: '2025-10-24' });
    expect(r.effective).toMatchObject({ dueOn: '2025-09-25', extendedDueOn: null, extensionLate: true });
  });

  it('prevención: each set keeps its own switch (city restart, general pause); the earliest wins', () => {
    // ARCO received Mon 1 Sep; prevención Thu 4 Sep (3 days used); reply Mon 8 Sep.
    const steps: RequestSteps = {
      kind: 'arco',
      receivedOn: '2025-09-01',
      clarificationRequestedOn: '2025-09-04',
      clarificationAnsweredOn: '2025-09-08',
    };
    const r = resolveDeadlines(cal, both(), none, steps)!;
    const [city, general] = r.candidates;
    // City (restart): 20 days after 8 Sep -> 8 Oct. General (pause): 17 days after 8 Sep -> 3 Oct.
    expect(city!.deadlines.answerDueOn).toBe('2025-10-08');
    expect(general!.deadlines.answerDueOn).toBe('2025-10-03');
    expect(r.effective.answerDueOn).toBe('2025-10-03');
    expect(r.sources.answerDueOn).toBe('leyes-generales-2025');
    expect(r.effective.daysUsedBeforeClarification).toBe(3);
    // Requester's 10 days to reply, from 4 Sep: 22 Sep in both.
    expect(r.effective.requesterReplyDueOn).toBe('2025-09-22');
  });

  it('across the winter break and 2 Feb 2026: city 16 Jan, general 3 Feb', () => {
    const r = resolveDeadlines(cal, both(), none, pub({ receivedOn: '2025-12-18' }))!;
    expect(r.candidates.map((c) => c.deadlines.answerDueOn)).toEqual(['2026-01-16', '2026-02-03']);
    expect(r.effective.dueOn).toBe('2026-01-16');
  });

  it('before the 2025 general laws only the city set may apply', () => {
    const r = resolveDeadlines(cal, [{ set: CDMX_LTAIPRC, verified: false }], none, pub({ receivedOn: '2024-09-10' }))!;
    expect(r.candidates).toHaveLength(1);
    expect(r.basis.ruleSetKey).toBe('cdmx-ltaiprc');
  });

  it('no candidate: no dates', () => {
    expect(resolveDeadlines(cal, [], none, pub())).toBeNull();
  });
});

describe('a governing set', () => {
  const arco: RequestSteps = {
    kind: 'arco',
    receivedOn: '2025-09-01',
    clarificationRequestedOn: '2025-09-04',
    clarificationAnsweredOn: '2025-09-08',
  };
  it('once verified and chosen, the dates follow it, even when later than the other set', () => {
    const r = resolveDeadlines(cal, both(true), { family: 'cdmx' }, arco)!;
    expect(r.basis).toEqual({ mode: 'governing', reason: 'governing', ruleSetKey: 'cdmx-ltaiprc' });
    expect(r.effective.answerDueOn).toBe('2025-10-08');
    expect(Object.values(r.sources).every((k) => k === 'cdmx-ltaiprc')).toBe(true);
    const general = resolveDeadlines(cal, both(), { family: 'general' }, pub())!;
    expect(general.effective.dueOn).toBe('2025-10-10');
  });
  it('chosen but not verified: the earliest date still governs', () => {
    const r = resolveDeadlines(cal, both(false), { family: 'cdmx' }, arco)!;
    expect(r.basis.reason).toBe('governing_unverified');
    expect(r.effective.answerDueOn).toBe('2025-10-03');
  });
  it("chosen family without a version for the request's date: the earliest date", () => {
    const r = resolveDeadlines(cal, [{ set: CDMX_LTAIPRC, verified: true }], { family: 'general' }, pub())!;
    expect(r.basis).toMatchObject({ mode: 'earliest', reason: 'governing_not_applicable' });
  });
  it('a pinned basis (closed request) keeps its mode and says so', () => {
    const r = resolveDeadlines(cal, both(false), { family: null, pinned: true }, pub({ answeredOn: '2025-09-19' }))!;
    expect(r.basis).toEqual({ mode: 'earliest', reason: 'pinned', ruleSetKey: 'cdmx-ltaiprc' });
    expect(r.effective.dueOn).toBe('2025-09-25');
  });
});

describe('the governing decision in force for a date of receipt', () => {
  const decision = (id: string, family: string | null, effectiveFrom: string, at: string): GoverningDecision => ({
    id,
    family,
    ruleSetKey: family,
    effectiveFrom,
    note: '',
    decidedBy: null,
    createdAt: new Date(at),
  });
  const history = [
    decision('a', 'cdmx', '2025-01-01', '2025-09-01T10:00:00Z'),
    decision('b', 'general', '2025-09-01', '2025-09-02T10:00:00Z'),
    decision('c', null, '2025-09-01', '2025-09-03T10:00:00Z'), // same date, recorded later: wins
  ];
  it('takes the latest effective date not after the receipt, then the latest recorded', () => {
    expect(governingOn(history, '2024-12-31')).toBeNull();
    expect(governingOn(history, '2025-08-31')?.id).toBe('a');
    expect(governingOn(history, '2025-09-01')?.id).toBe('c');
    expect(governingOn(history.slice(0, 2), '2025-12-01')?.id).toBe('b');
  });
});
