// Quarterly statistics in the spirit of the SICRESI questionnaire the guarantor institute asks
// for: requests received, how they ended, in time or late, by kind, channel and ARCO right.
import type { IsoDate } from './calendar.js';
import { isClosed, type RequestStatus } from './workflow.js';

export interface RequestFact {
  receivedOn: IsoDate;
  kind: 'public' | 'arco';
  channel: string;
  arcoRight: string | null;
  status: RequestStatus;
  closedOn: IsoDate | null;
  dueOn: IsoDate | null;
  /** Open and past its deadline, exactly as the request list's "overdue" filter judges it. */
  overdue: boolean;
  /** Closed after its legal deadline (the answer one, or the incompetence one for such referrals). */
  closedLate: boolean;
  extended: boolean;
  clarificationRequested: boolean;
  appeals: number;
  /** Working days from notice to closing (null while open). */
  workingDaysToClose: number | null;
}

export interface QuarterStatistics {
  from: IsoDate;
  to: IsoDate;
  received: number;
  byKind: Record<'public' | 'arco', number>;
  byChannel: Record<string, number>;
  byArcoRight: Record<string, number>;
  byStatus: Record<string, number>;
  closed: number;
  closedInTime: number;
  closedLate: number;
  open: number;
  openOverdue: number;
  extended: number;
  clarificationRequested: number;
  appeals: number;
  /** Mean working days to close, one decimal (null if none closed). */
  averageWorkingDaysToClose: number | null;
}

const bump = (map: Record<string, number>, key: string) => {
  map[key] = (map[key] ?? 0) + 1;
};

/**
 * Counts requests received in [from, to]. Concluded / in process follow the status (the same as
 * the rows by status and the list's "open" filter), overdue the list's own deadline judgement, so
 * every figure agrees with the others and with the list filtered the same way.
 */
export function quarterStatistics(facts: readonly RequestFact[], from: IsoDate, to: IsoDate): QuarterStatistics {
  const s: QuarterStatistics = {
    from,
    to,
    received: 0,
    byKind: { public: 0, arco: 0 },
    byChannel: {},
    byArcoRight: {},
    byStatus: {},
    closed: 0,
    closedInTime: 0,
    closedLate: 0,
    open: 0,
    openOverdue: 0,
    extended: 0,
    clarificationRequested: 0,
    appeals: 0,
    averageWorkingDaysToClose: null,
  };
  let daysSum = 0;
  let daysN = 0;
  for (const f of facts) {
    if (f.receivedOn < from || f.receivedOn > to) continue;
    s.received += 1;
    s.byKind[f.kind] += 1;
    bump(s.byChannel, f.channel);
    if (f.arcoRight) bump(s.byArcoRight, f.arcoRight);
    bump(s.byStatus, f.status);
    if (f.extended) s.extended += 1;
    if (f.clarificationRequested) s.clarificationRequested += 1;
    s.appeals += f.appeals;
    if (isClosed(f.status)) {
      s.closed += 1;
      if (f.closedLate) s.closedLate += 1;
      else s.closedInTime += 1;
      if (f.workingDaysToClose !== null) {
        daysSum += f.workingDaysToClose;
        daysN += 1;
      }
    } else {
      s.open += 1;
      if (f.overdue) s.openOverdue += 1;
    }
  }
  s.averageWorkingDaysToClose = daysN === 0 ? null : Math.round((daysSum / daysN) * 10) / 10;
  return s;
}

export function quarterBounds(year: number, quarter: 1 | 2 | 3 | 4): { from: IsoDate; to: IsoDate } {
  const ends = ['03-31', '06-30', '09-30', '12-31'];
  const starts = ['01-01', '04-01', '07-01', '10-01'];
  return { from: `${year}-${starts[quarter - 1]}`, to: `${year}-${ends[quarter - 1]}` };
}
