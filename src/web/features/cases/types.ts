// Shapes of the cases API (server: src/server/features/cases/*.contract.ts and page.service.ts);
// the server's own definitions where it has them (type-only imports, nothing reaches the bundle).
import type { TimelineEvent } from '../../../server/features/cases/timeline';
import type { Urgency } from '../../../server/features/cases/urgency';

export type { TimelineEvent, Urgency };
export const CASE_KINDS = ['incorporation', 'attention', 'federal_collaboration'] as const;
export const PROCEDURES = ['ordinary', 'extraordinary'] as const;
export const PROFILES = ['defender', 'journalist'] as const;
export const IDENTITIES = ['woman', 'man', 'lgbttti', 'collective'] as const;
export const STATUSES = [
  'request_received',
  'analysis',
  'incorporated',
  'attended',
  'collaborating',
  'follow_up',
  'concluded',
] as const;
export const CLOSING_REASONS = ['completed', 'desisted', 'not_admitted', 'withdrawn', 'referred', 'other'] as const;
export const MEASURE_TYPES = ['preventive', 'protection', 'urgent_protection', 'social'] as const;
export const MEASURE_STATUSES = ['proposed', 'active', 'suspended', 'ended'] as const;
export const DECISIONS = ['approve', 'modify', 'suspend', 'end'] as const;
export const RISK_LEVELS = ['low', 'medium', 'high', 'extreme'] as const;
export const RISK_FACTORS = [
  'threats',
  'physical_aggression',
  'digital_aggression',
  'surveillance',
  'stigmatisation',
  'legal_harassment',
  'aggressor_public_official',
  'aggressor_organised_crime',
  'previous_aggressions',
  'vulnerable_context',
  'other',
] as const;
export const RELATIONS = ['principal', 'collective_member', 'relative', 'linked_person'] as const;
export const FOLLOW_UP_KINDS = ['call', 'visit', 'meeting', 'review', 'referral', 'other'] as const;

export interface CaseSummary {
  id: string;
  folio: string;
  kind: string;
  procedure: string | null;
  profile: string;
  identity: string;
  status: string;
  openedOn: string;
  closedOn: string | null;
  location: string | null;
  assignedToMe: boolean;
  urgentMissing: boolean;
  version: number;
}

export interface Beneficiary {
  id: string;
  relation: string;
  name: string;
  aliases: string | null;
  contact: string | null;
  address: string | null;
  organisation: string | null;
  activity: string | null;
  version: number;
}

export interface Measure {
  id: string;
  code: string;
  type: string;
  name: string;
  startedOn: string | null;
  endedOn: string | null;
  version: number;
  status: string;
  responsibleInstitution: string | null;
  planId: string | null;
  actions: number;
}

export interface CasePageData {
  case: CaseSummary & { closingReason: string | null; requestReceivedAt: string | null };
  access: { identities: boolean; lead: boolean; nextStatuses: string[] };
  beneficiaries: Beneficiary[] | null;
  assignments: { userId: string; displayName: string }[];
  assessments: {
    id: string;
    assessedOn: string;
    level: string;
    factors: string[];
    narrative: string | null;
    authorName: string | null;
    version: number;
  }[];
  plans: { id: string; number: number; validFrom: string; summary: string | null }[];
  measures: Measure[];
  decisions: {
    id: string;
    measureId: string;
    decision: string;
    decidedOn: string;
    sessionRef: string;
    note: string | null;
  }[];
  followUps: { id: string; on: string; kind: string | null; note: string | null; version: number }[];
  timeline: TimelineEvent[];
  urgency: Urgency;
}

export interface CatalogueEntry {
  id: string;
  type: string;
  name: string;
  active: boolean;
  version: number;
}

export interface MonthGrid {
  month: string;
  days: number;
  measures: {
    id: string;
    code: string;
    type: string;
    name: string;
    caseId: string;
    folio: string;
    status: string;
    counts: number[];
  }[];
}
