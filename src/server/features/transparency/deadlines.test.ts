// Request deadlines under the 2025 general laws. Expected dates counted by hand on a calendar
// (published non-working days: summer 21 Jul - 1 Aug 2025, winter 22 Dec 2025 - 6 Jan 2026).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, createCalendar, expandRange } from './calendar.js';
import { computeDeadlines, deadlineStatus, type RequestSteps } from './deadlines.js';
import { GENERAL_LAWS_2025, ruleSetSchema } from './rules.js';

const cal = createCalendar([...expandRange('2025-07-21', '2025-08-01'), ...expandRange('2025-12-22', '2026-01-06')]);
const rules = GENERAL_LAWS_2025;
const pub = (extra: Partial<RequestSteps> = {}): RequestSteps => ({
  kind: 'public',
  receivedOn: '2025-06-02',
  ...extra,
});

describe('computeDeadlines', () => {
  it('public request received on a Monday: 20 / 5 / 3 / 5 working days after notice', () => {
    const d = computeDeadlines(cal, rules, pub());
    expect(d.noticeOn).toBe('2025-06-02');
    expect(d.answerDueOn).toBe('2025-06-30');
    expect(d.dueOn).toBe('2025-06-30');
    expect(d.clarificationRequestDueOn).toBe('2025-06-09');
    expect(d.alreadyPublicDueOn).toBe('2025-06-09');
    expect(d.incompetenceDueOn).toBe('2025-06-05');
    expect(d.specificProcedureDueOn).toBeNull();
    expect(d.clockStopped).toBe(false);
  });

  it('a request received on Saturday counts as received on Monday', () => {
    const d = computeDeadlines(cal, rules, pub({ receivedOn: '2025-06-07' }));
    expect(d.noticeOn).toBe('2025-06-09');
    expect(d.answerDueOn).toBe('2025-07-07');
    const raw = computeDeadlines(
      cal,
      { ...rules, nonWorkingDayReceiptMovesToNextWorkingDay: false },
      pub({ receivedOn: '2025-06-07' }),
    );
    expect(raw.answerDueOn).toBe('2025-07-04');
  });

  it('prevención stops the clock; the days already used stay used (pause)', () => {
    const waiting = computeDeadlines(cal, rules, pub({ clarificationRequestedOn: '2025-06-05' }));
    expect(waiting.clockStopped).toBe(true);
    expect(waiting.answerDueOn).toBeNull();
    expect(waiting.requesterReplyDueOn).toBe('2025-06-19');
    const resumed = computeDeadlines(
      cal,
      rules,
      pub({ clarificationRequestedOn: '2025-06-05', clarificationAnsweredOn: '2025-06-16' }),
    );
    expect(resumed.daysUsedBeforeClarification).toBe(3);
    expect(resumed.answerDueOn).toBe('2025-07-09'); // 17 working days after 16 Jun
    expect(resumed.clockStopped).toBe(false);
  });

  it('restart rule sets count the full period again after the reply', () => {
    const d = computeDeadlines(
      cal,
      { ...rules, clarificationEffect: 'restart' },
      pub({
        clarificationRequestedOn: '2025-06-05',
        clarificationAnsweredOn: '2025-06-16',
      }),
    );
    expect(d.answerDueOn).toBe('2025-07-14');
  });

  it('flags a prevención sent after its 5-day window', () => {
    expect(computeDeadlines(cal, rules, pub({ clarificationRequestedOn: '2025-06-10' })).clarificationLate).toBe(true);
    expect(computeDeadlines(cal, rules, pub({ clarificationRequestedOn: '2025-06-09' })).clarificationLate).toBe(false);
  });

  it('extension adds 10 working days; the appeal window runs 15 more across the summer break', () => {
    const d = computeDeadlines(cal, rules, pub({ extensionNotifiedOn: '2025-06-27' }));
    expect(d.answerDueOn).toBe('2025-06-30');
    expect(d.extendedDueOn).toBe('2025-07-14');
    expect(d.dueOn).toBe('2025-07-14');
    expect(d.extensionLate).toBe(false);
    expect(d.appealFilingDueOn).toBe('2025-08-18');
    expect(computeDeadlines(cal, rules, pub({ extensionNotifiedOn: '2025-07-01' })).extensionLate).toBe(true);
  });

  it('ARCO request across the winter break and 2 Feb 2026', () => {
    const d = computeDeadlines(cal, rules, { kind: 'arco', receivedOn: '2025-12-19', rightGrantedOn: '2026-02-04' });
    expect(d.answerDueOn).toBe('2026-02-04');
    expect(d.alreadyPublicDueOn).toBeNull();
    expect(d.specificProcedureDueOn).toBe('2026-01-13');
    expect(d.makeEffectiveDueOn).toBe('2026-02-25');
  });
});

describe('deadlineStatus', () => {
  const steps = pub();
  const d = computeDeadlines(cal, rules, steps);
  it('counts working days left, and negative once overdue', () => {
    expect(deadlineStatus(cal, d, steps, '2025-06-26')).toMatchObject({ daysLeft: 2, overdue: false });
    expect(deadlineStatus(cal, d, steps, '2025-06-30')).toMatchObject({ daysLeft: 0, overdue: false });
    expect(deadlineStatus(cal, d, steps, '2025-07-02')).toMatchObject({ daysLeft: -2, overdue: true });
  });
  it('a closed request has no days left and records lateness', () => {
    const late = { ...steps, answeredOn: '2025-07-01' };
    expect(deadlineStatus(cal, computeDeadlines(cal, rules, late), late, '2025-08-01')).toMatchObject({
      daysLeft: null,
      answeredLate: true,
    });
  });
  it('an unanswered prevención lapses after the requester period', () => {
    const s = pub({ clarificationRequestedOn: '2025-06-05' });
    const w = computeDeadlines(cal, rules, s);
    expect(deadlineStatus(cal, w, s, '2025-06-19').lapsedForNoReply).toBe(false);
    expect(deadlineStatus(cal, w, s, '2025-06-20')).toMatchObject({ lapsedForNoReply: true, daysLeft: null });
  });
  it('property: the answer due date is a working day and never before receipt; clarification never shortens it', () => {
    const day = fc.integer({ min: 0, max: 900 }).map((o) => addCalendarDays('2025-03-21', o));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 10 }), (received, ask, reply) => {
        const base = computeDeadlines(cal, rules, pub({ receivedOn: received }));
        expect(cal.isWorkingDay(base.answerDueOn!)).toBe(true);
        expect(base.answerDueOn! > received).toBe(true);
        const requested = addCalendarDays(base.noticeOn, ask);
        const withClar = computeDeadlines(
          cal,
          rules,
          pub({
            receivedOn: received,
            clarificationRequestedOn: requested,
            clarificationAnsweredOn: addCalendarDays(requested, reply),
          }),
        );
        expect(withClar.answerDueOn! >= base.answerDueOn!).toBe(true);
      }),
    );
  });
});

describe('rule sets', () => {
  it('validates admin-entered JSON', () => {
    expect(ruleSetSchema.safeParse({ ...rules, effectiveFrom: '2026-02-30' }).success).toBe(false);
    expect(
      ruleSetSchema.safeParse({ ...rules, public: { ...rules.public, answer: { days: -1, article: 'x' } } }).success,
    ).toBe(false);
    expect(ruleSetSchema.safeParse({ ...rules, key: 'nuevo-2026' }).success).toBe(true);
  });
});
