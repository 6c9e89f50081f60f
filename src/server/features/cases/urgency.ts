/**
 * Extraordinary procedure urgency (pure). Federal law art. 26, which the city's procedure mirrors:
 * urgent measures are issued within 3 hours and implemented within 9 hours of the request.
 */
export const ISSUE_WITHIN_HOURS = 3;
export const IMPLEMENT_WITHIN_HOURS = 9;

export interface UrgencyInput {
  procedure: 'ordinary' | 'extraordinary' | null;
  requestReceivedAt: Date | null;
  /** urgent_protection measures of the case: when recorded, whether started, and status. */
  urgentMeasures: { createdAt: Date; startedOn: string | null; status: string }[];
  concluded: boolean;
}

export interface Urgency {
  applies: boolean;
  hoursSinceRequest: number | null;
  urgentIssued: boolean;
  urgentImplemented: boolean;
  /** true when no urgent measure is in place yet (the flag the case list and page show) */
  missingUrgentMeasure: boolean;
  issueOverdue: boolean;
  implementationOverdue: boolean;
}

export function urgencyOf(input: UrgencyInput, now: Date): Urgency {
  const applies = input.procedure === 'extraordinary' && !input.concluded;
  const live = input.urgentMeasures.filter((m) => m.status !== 'suspended' && m.status !== 'ended');
  const urgentIssued = live.length > 0;
  const urgentImplemented = live.some((m) => m.startedOn !== null);
  const hours = input.requestReceivedAt
    ? Math.max(0, (now.getTime() - input.requestReceivedAt.getTime()) / 3_600_000)
    : null;
  const rounded = hours === null ? null : Math.round(hours * 10) / 10;
  return {
    applies,
    hoursSinceRequest: rounded,
    urgentIssued,
    urgentImplemented,
    missingUrgentMeasure: applies && !urgentImplemented,
    issueOverdue: applies && !urgentIssued && hours !== null && hours >= ISSUE_WITHIN_HOURS,
    implementationOverdue: applies && !urgentImplemented && hours !== null && hours >= IMPLEMENT_WITHIN_HOURS,
  };
}
