// Shapes of GET /api/dashboard, shared with the web (types only there).
import { z } from 'zod';
import type { PolicyKey } from '../features.js';

export const DASHBOARD_SECTIONS = ['cases', 'requests', 'agreements', 'legal', 'deliverables'] as const;
export type DashboardSectionKey = (typeof DASHBOARD_SECTIONS)[number];

/** The policy a person's roles must pass for each section (the same as the module's list route). */
export const DASHBOARD_SECTION_POLICIES: Record<DashboardSectionKey, PolicyKey> = {
  cases: 'cases.read',
  requests: 'transparency.read',
  agreements: 'bodies.read',
  legal: 'legal.read',
  deliverables: 'administration.read',
};

/** What one line says; the web words it (dashboard catalogue `item.<kind>`). */
export const DASHBOARD_ITEM_KINDS = [
  'case_without_urgent_measure',
  'request',
  'agreement',
  'contract_ending',
  'lawsuit_deadline',
  'lawsuit_hearing',
  'lawsuit_report',
  'deliverable',
] as const;

export const DashboardItem = z.object({
  kind: z.enum(DASHBOARD_ITEM_KINDS),
  /** A folio, number or name of the record (never personal data). */
  label: z.string(),
  /** The relevant date: due date, deadline, end date, or the opening of an urgent case. */
  on: z.string().nullable(),
  state: z.enum(['urgent', 'overdue', 'due_soon']),
  /** Page of the product where the record is handled. */
  href: z.string(),
});

export const DashboardSection = z.object({
  key: z.enum(DASHBOARD_SECTIONS),
  urgent: z.number().int(),
  overdue: z.number().int(),
  dueSoon: z.number().int(),
  /** The most pressing items first, at most DASHBOARD_ITEMS_PER_SECTION. */
  items: z.array(DashboardItem),
  /** The module's list, filtered when it can be. */
  href: z.string(),
});

export const DASHBOARD_FIGURES = [
  'cases_open',
  'cases_concluded',
  'requests_open',
  'lawsuits_open',
  'contracts_active',
] as const;

export const DashboardOut = z.object({
  today: z.string(),
  sections: z.array(DashboardSection),
  /** Key figures of the modules whose aggregates the person may read. */
  figures: z.array(z.object({ key: z.enum(DASHBOARD_FIGURES), value: z.number().int() })),
});

export const DASHBOARD_ITEMS_PER_SECTION = 8;
