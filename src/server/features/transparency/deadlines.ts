// Legal deadlines of an information or ARCO request, computed from its dated steps.
// Pure: the same inputs always give the same dates, so the service can recompute on every read
// (a newly published non-working day moves every open deadline without a migration).
import { addCalendarDays, type BusinessCalendar, type IsoDate } from './calendar.js';
import type { RuleSet } from './rules.js';

export type RequestKind = 'public' | 'arco';

/** The `n`-th working day after `start` (the day of notice itself never counts, art. 128). */
export function addBusinessDays(calendar: BusinessCalendar, start: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a whole number >= 0');
  let day = start;
  for (let left = n; left > 0;) {
    day = addCalendarDays(day, 1);
    if (calendar.isWorkingDay(day)) left -= 1;
  }
  return day;
}

/** Working days d with from < d <= to; negative when `to` is before `from`. */
export function businessDaysBetween(calendar: BusinessCalendar, from: IsoDate, to: IsoDate): number {
  if (to < from) return 0 - businessDaysBetween(calendar, to, from); // 0 - 0 is +0, not -0
  let count = 0;
  for (let day = addCalendarDays(from, 1); day <= to; day = addCalendarDays(day, 1)) {
    if (calendar.isWorkingDay(day)) count += 1;
  }
  return count;
}

export function nextWorkingDayOnOrAfter(calendar: BusinessCalendar, date: IsoDate): IsoDate {
  let day = date;
  while (!calendar.isWorkingDay(day)) day = addCalendarDays(day, 1);
  return day;
}

export interface RequestSteps {
  kind: RequestKind;
  receivedOn: IsoDate;
  clarificationRequestedOn?: IsoDate | null;
  clarificationAnsweredOn?: IsoDate | null;
  extensionNotifiedOn?: IsoDate | null;
  /** The answer (or referral / inadmissibility notice) that closes the request. */
  answeredOn?: IsoDate | null;
  /** ARCO: the day a right was granted, from which it must be made effective. */
  rightGrantedOn?: IsoDate | null;
}

export interface Deadlines {
  ruleSetKey: string;
  /** Day taken as the notice (receipt moved off a non-working day when the rule set says so). */
  noticeOn: IsoDate;
  clarificationRequestDueOn: IsoDate;
  incompetenceDueOn: IsoDate;
  /** Public requests only: point to information already public (art. 132). */
  alreadyPublicDueOn: IsoDate | null;
  /** ARCO only: inform of a specific procedure (art. 48 LGPDPPSO). */
  specificProcedureDueOn: IsoDate | null;
  clarificationLate: boolean;
  requesterReplyDueOn: IsoDate | null;
  /** Prevención sent and not answered: the answer clock does not run. */
  clockStopped: boolean;
  /** Working days of the answer period used before the prevención ('pause' rule sets). */
  daysUsedBeforeClarification: number;
  answerDueOn: IsoDate | null;
  extendedDueOn: IsoDate | null;
  extensionLate: boolean;
  /** The deadline that applies now: the extended one if any, else the answer one. */
  dueOn: IsoDate | null;
  makeEffectiveDueOn: IsoDate | null;
  appealFilingDueOn: IsoDate | null;
}

export interface DeadlineStatus {
  /** Working days left after `today` up to the due date; negative once overdue; null when closed or stopped. */
  daysLeft: number | null;
  overdue: boolean;
  answeredLate: boolean;
  /** Prevención not answered within the requester's period: the request is deemed not filed. */
  lapsedForNoReply: boolean;
}

export function computeDeadlines(calendar: BusinessCalendar, rules: RuleSet, steps: RequestSteps): Deadlines {
  const periods = steps.kind === 'public' ? rules.public : rules.arco;
  const settle = (date: IsoDate): IsoDate =>
    rules.nonWorkingDayReceiptMovesToNextWorkingDay ? nextWorkingDayOnOrAfter(calendar, date) : date;
  const plus = (from: IsoDate, days: number): IsoDate => addBusinessDays(calendar, from, days);

  const noticeOn = settle(steps.receivedOn);
  const clarificationRequestDueOn = plus(noticeOn, periods.clarificationRequest.days);
  const requestedOn = steps.clarificationRequestedOn ?? null;
  const repliedOn = requestedOn ? (steps.clarificationAnsweredOn ?? null) : null;

  let answerDueOn: IsoDate | null;
  let daysUsed = 0;
  if (!requestedOn) {
    answerDueOn = plus(noticeOn, periods.answer.days);
  } else if (!repliedOn) {
    answerDueOn = null;
  } else if (rules.clarificationEffect === 'restart') {
    answerDueOn = plus(settle(repliedOn), periods.answer.days);
  } else {
    daysUsed = Math.max(0, businessDaysBetween(calendar, noticeOn, requestedOn));
    answerDueOn = plus(settle(repliedOn), Math.max(0, periods.answer.days - daysUsed));
  }

  const extensionOn = steps.extensionNotifiedOn ?? null;
  const extensionLate = extensionOn !== null && answerDueOn !== null && extensionOn > answerDueOn;
  // An extension notified after the period expired extends nothing (art. 134 / 45): the due date stays.
  const extendedDueOn = extensionOn && answerDueOn && !extensionLate ? plus(answerDueOn, periods.extension.days) : null;
  const dueOn = extendedDueOn ?? answerDueOn;
  const answeredOn = steps.answeredOn ?? null;
  const appealFrom = answeredOn ?? dueOn;

  return {
    ruleSetKey: rules.key,
    noticeOn,
    clarificationRequestDueOn,
    incompetenceDueOn: plus(noticeOn, periods.incompetence.days),
    alreadyPublicDueOn: steps.kind === 'public' ? plus(noticeOn, rules.public.alreadyPublic.days) : null,
    specificProcedureDueOn: steps.kind === 'arco' ? plus(noticeOn, rules.arco.specificProcedure.days) : null,
    clarificationLate: requestedOn !== null && requestedOn > clarificationRequestDueOn,
    requesterReplyDueOn: requestedOn ? plus(requestedOn, periods.clarificationReply.days) : null,
    clockStopped: requestedOn !== null && repliedOn === null,
    daysUsedBeforeClarification: daysUsed,
    answerDueOn,
    extendedDueOn,
    extensionLate,
    dueOn,
    makeEffectiveDueOn:
      steps.kind === 'arco' && steps.rightGrantedOn ? plus(steps.rightGrantedOn, rules.arco.makeEffective.days) : null,
    appealFilingDueOn: appealFrom ? plus(appealFrom, periods.appealFiling.days) : null,
  };
}

export function deadlineStatus(
  calendar: BusinessCalendar,
  deadlines: Deadlines,
  steps: RequestSteps,
  today: IsoDate,
): DeadlineStatus {
  const answeredOn = steps.answeredOn ?? null;
  const { dueOn, requesterReplyDueOn, clockStopped } = deadlines;
  const lapsedForNoReply = clockStopped && requesterReplyDueOn !== null && today > requesterReplyDueOn;
  if (answeredOn) {
    return {
      daysLeft: null,
      overdue: false,
      answeredLate: dueOn !== null && answeredOn > dueOn,
      lapsedForNoReply: false,
    };
  }
  if (!dueOn) return { daysLeft: null, overdue: false, answeredLate: false, lapsedForNoReply };
  const daysLeft = businessDaysBetween(calendar, today, dueOn);
  return { daysLeft, overdue: today > dueOn, answeredLate: false, lapsedForNoReply };
}
