// Procedure of an information / ARCO request as a small state machine. Only the transitions
// listed here are possible; the service refuses anything else with `invalid_transition`.
// The statuses and actions are shared with the web (src/common/features/transparency.ts).
import {
  REQUEST_ACTIONS,
  REQUEST_STATUSES,
  type RequestAction,
  type RequestStatus,
} from '../../../common/features/transparency.js';

export { REQUEST_ACTIONS, REQUEST_STATUSES, type RequestAction, type RequestStatus };

const CLOSING: Partial<Record<RequestAction, RequestStatus>> = {
  answer: 'answered',
  refer: 'referred',
  declare_not_admissible: 'not_admissible',
};

const TABLE: Record<RequestStatus, Partial<Record<RequestAction, RequestStatus>>> = {
  received: { request_clarification: 'clarification_requested', turn_to_area: 'in_process', ...CLOSING },
  clarification_requested: { receive_clarification: 'received', lapse_clarification: 'not_filed' },
  // An area may find the request unclear: the unit can still issue the (single) prevención.
  in_process: {
    turn_to_area: 'in_process',
    request_clarification: 'clarification_requested',
    extend: 'extended',
    ...CLOSING,
  },
  extended: { turn_to_area: 'extended', ...CLOSING },
  answered: {},
  referred: {},
  not_admissible: {},
  not_filed: {},
};

export function nextStatus(current: RequestStatus, action: RequestAction): RequestStatus | null {
  return TABLE[current][action] ?? null;
}

export function allowedActions(current: RequestStatus): RequestAction[] {
  return Object.keys(TABLE[current]) as RequestAction[];
}

export function isClosed(status: RequestStatus): boolean {
  return allowedActions(status).length === 0;
}

/**
 * The `admissible` flag of the core table (procedente / improcedente, seed 003 §7.3), derived
 * from the outcome: the bimonthly report counts referrals ("orientando a las personas
 * solicitantes") as improcedentes; open requests stay undecided (null).
 */
export function admissibleFor(status: RequestStatus): boolean | null {
  if (status === 'answered') return true;
  if (status === 'referred' || status === 'not_admissible' || status === 'not_filed') return false;
  return null;
}
