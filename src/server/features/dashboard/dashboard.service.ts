// The home page's sections, each computed from the module's own service (the same queries and
// deadline rules as its list) and only when the person's roles pass that section's policy.
import type { z } from 'zod';
import { CaseListQuery } from '../../../common/features/cases.contract.js';
import {
  DASHBOARD_ITEMS_PER_SECTION as MAX,
  DASHBOARD_SECTION_POLICIES,
  type DashboardItem,
  type DashboardOut,
  type DashboardSection,
  type DashboardSectionKey,
} from '../../../common/features/dashboard.contract.js';
import { rolesAllow } from '../../platform/access/policies.js';
import type { Actor } from '../../platform/auth/session.js';
import type { AppDeps } from '../../platform/deps.js';
import { RemindersQuery } from '../../../common/features/administration.contract.js';
import { deliverablesReminders, todayInMexicoCity } from '../administration/administration.service.js';
import { listAgreements } from '../bodies/agreements.service.js';
import { listCases, caseStats } from '../cases/cases.queries.js';
import { reminders as legalReminders, summary as legalSummary } from '../legal/legal.service.js';
import { loadEngine } from '../transparency/engine.service.js';
import { dashboard as requestCounts, listRequests } from '../transparency/requests.queries.js';

type Deps = Pick<AppDeps, 'db' | 'crypto'>;
type Item = z.infer<typeof DashboardItem>;
type Section = z.infer<typeof DashboardSection>;
export interface DashboardContext {
  actor: Actor;
  ip: string;
}

function section(key: DashboardSectionKey, href: string, items: Item[], totals?: Partial<Section>): Section {
  const n = (state: Item['state']) => items.filter((i) => i.state === state).length;
  return {
    key,
    href,
    urgent: totals?.urgent ?? n('urgent'),
    overdue: totals?.overdue ?? n('overdue'),
    dueSoon: totals?.dueSoon ?? n('due_soon'),
    items: items.slice(0, MAX),
  };
}

/** Extraordinary cases still without an urgent measure in place, oldest first (the list's own filter). */
async function casesSection(deps: Deps, ctx: DashboardContext): Promise<Section> {
  const q = CaseListQuery.parse({ urgent: 'true', sort: 'opened_asc', limit: MAX });
  const { items, total } = await listCases(deps, ctx, q);
  const list = items.map<Item>((c) => ({
    kind: 'case_without_urgent_measure',
    label: c.folio,
    on: c.openedOn,
    state: 'urgent',
    href: `/cases/${c.id}`,
  }));
  return section('cases', '/cases?urgent=true', list, { urgent: total });
}

/** Requests past their legal deadline, then those due within the list's "due soon" days. */
async function requestsSection({ db }: Deps): Promise<Section> {
  const engine = await loadEngine(db);
  const page = { sort: 'received_asc' as const, limit: MAX, offset: 0 };
  const overdue = await listRequests(db, engine, { ...page, attention: 'overdue' });
  const soon = await listRequests(db, engine, { ...page, attention: 'due_soon' });
  const item = (state: Item['state']) => (r: (typeof overdue.items)[number]) =>
    ({ kind: 'request', label: r.folio, on: r.deadlines.dueOn, state, href: `/transparency/requests/${r.id}` }) as Item;
  const list = [...overdue.items.map(item('overdue')), ...soon.items.map(item('due_soon'))];
  return section('requests', '/transparency?attention=overdue', list, { overdue: overdue.total, dueSoon: soon.total });
}

/** Agreements of the bodies past their due date (restricted bodies stay hidden, as in the list). */
async function agreementsSection(deps: Deps, ctx: DashboardContext): Promise<Section> {
  const { agreements, total } = await listAgreements(deps, ctx, { status: 'overdue', limit: MAX, offset: 0 });
  const list = agreements.map<Item>((a) => ({
    kind: 'agreement',
    label: a.label,
    on: a.dueOn,
    state: 'overdue',
    href: `/bodies/sessions/${a.sessionId}`,
  }));
  return section('agreements', '/bodies', list, { overdue: total });
}

/** Contracts ending soon, lawsuit deadlines and hearings of the next two weeks, the bimonthly report. */
async function legalSection({ db }: Deps): Promise<Section> {
  const r = await legalReminders(db);
  const when = (on: string): Item['state'] => (on < r.today ? 'overdue' : 'due_soon');
  const list: Item[] = [];
  if (r.lawsuitReport) {
    const { dueOn } = r.lawsuitReport;
    list.push({ kind: 'lawsuit_report', label: '', on: dueOn, state: when(dueOn), href: '/legal/lawsuits' });
  }
  for (const d of r.deadlines) {
    const kind = d.kind === 'hearing' ? 'lawsuit_hearing' : 'lawsuit_deadline';
    list.push({ kind, label: d.fileNumber, on: d.on, state: when(d.on), href: `/legal/lawsuits/${d.lawsuitId}` });
  }
  for (const c of r.contractsEnding) {
    list.push({
      kind: 'contract_ending',
      label: c.number,
      on: c.endsOn,
      state: 'due_soon',
      href: `/legal/contracts/${c.id}`,
    });
  }
  const rank = (i: Item) => (i.state === 'overdue' ? 0 : 1);
  const sorted = list.sort((a, b) => rank(a) - rank(b) || (a.on ?? '').localeCompare(b.on ?? ''));
  const counts = { overdue: list.filter((i) => i.state === 'overdue').length };
  return section('legal', '/legal', sorted, { ...counts, dueSoon: list.length - counts.overdue });
}

/** Monthly reports not yet delivered: overdue, then those due within the reminder's lead days. */
async function deliverablesSection({ db }: Deps): Promise<Section> {
  const r = await deliverablesReminders({ db }, RemindersQuery.parse({}));
  const item = (state: Item['state']) => (d: (typeof r.overdue)[number]) =>
    ({ kind: 'deliverable', label: `${d.name} (${d.month})`, on: d.dueOn, state, href: '/administration' }) as Item;
  const list = [...r.overdue.map(item('overdue')), ...r.dueSoon.map(item('due_soon'))];
  return section('deliverables', '/administration', list, { overdue: r.overdue.length, dueSoon: r.dueSoon.length });
}

const BUILDERS: Record<DashboardSectionKey, (deps: Deps, ctx: DashboardContext) => Promise<Section>> = {
  cases: casesSection,
  requests: requestsSection,
  agreements: agreementsSection,
  legal: legalSection,
  deliverables: deliverablesSection,
};

async function figures(deps: Deps, roles: Actor['roles']): Promise<z.infer<typeof DashboardOut>['figures']> {
  const out: z.infer<typeof DashboardOut>['figures'] = [];
  if (rolesAllow('cases.aggregates', roles)) {
    const s = await caseStats(deps, {});
    const concluded = s.byStatus['concluded'] ?? 0;
    out.push({ key: 'cases_open', value: s.total - concluded }, { key: 'cases_concluded', value: concluded });
  }
  if (rolesAllow('transparency.read', roles)) {
    const engine = await loadEngine(deps.db);
    const { items } = await listRequests(deps.db, engine, { sort: 'received_desc', limit: 100_000, offset: 0 });
    out.push({ key: 'requests_open', value: requestCounts(items).open });
  }
  if (rolesAllow('legal.aggregates', roles)) {
    const s = await legalSummary(deps.db);
    out.push({ key: 'lawsuits_open', value: s.lawsuits.open }, { key: 'contracts_active', value: s.contracts.active });
  }
  return out;
}

export async function buildDashboard(deps: Deps, ctx: DashboardContext): Promise<z.infer<typeof DashboardOut>> {
  const keys = (Object.keys(BUILDERS) as DashboardSectionKey[]).filter((k) =>
    rolesAllow(DASHBOARD_SECTION_POLICIES[k], ctx.actor.roles),
  );
  const sections: Section[] = [];
  for (const k of keys) sections.push(await BUILDERS[k](deps, ctx));
  return { today: todayInMexicoCity(), sections, figures: await figures(deps, ctx.actor.roles) };
}
