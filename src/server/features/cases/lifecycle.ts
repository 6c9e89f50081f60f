import { caseStatuses, closingReasons } from '../../../common/features/cases.js';

/**
 * Case status lifecycle (pure). The core `kind` decides which "admitted" state applies:
 * an incorporation is incorporated, an attention is attended, a federal collaboration is collaborating.
 * A case may be concluded from any open state (the person may leave at any time, law art. 40);
 * a concluded case is final.
 */
export { caseStatuses, closingReasons };
export type CaseStatus = (typeof caseStatuses)[number];
export type CaseKind = 'incorporation' | 'attention' | 'federal_collaboration';

export const admittedStatusFor: Record<CaseKind, CaseStatus> = {
  incorporation: 'incorporated',
  attention: 'attended',
  federal_collaboration: 'collaborating',
};

export type ClosingReason = (typeof closingReasons)[number];

/** The states a case of this kind may move to from `from`. */
export function nextStatuses(kind: CaseKind, from: CaseStatus): CaseStatus[] {
  const admitted = admittedStatusFor[kind];
  switch (from) {
    case 'request_received':
      return ['analysis', 'concluded'];
    case 'analysis':
      return [admitted, 'concluded'];
    case 'incorporated':
    case 'attended':
    case 'collaborating':
      return from === admitted ? ['follow_up', 'concluded'] : [];
    case 'follow_up':
      return ['concluded'];
    case 'concluded':
      return [];
  }
}

export function canTransition(kind: CaseKind, from: CaseStatus, to: CaseStatus): boolean {
  return nextStatuses(kind, from).includes(to);
}
