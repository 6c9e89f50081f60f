// Pieces shared by the administration pages: sub-navigation (by policy), types, formatting.
import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { policies } from '../../../common/features';
import { hasAnyRole, useMe } from '../../auth/session';
import { formatDate } from '../../../common/date-format';

export type SubmissionStatus = 'delivered' | 'in_progress' | 'pending';
export const STATUSES: SubmissionStatus[] = ['pending', 'in_progress', 'delivered'];
export const PROCUREMENT_TYPES = ['restricted_invitation', 'public_tender', 'direct_award'] as const;
export const PROCUREMENT_STATUSES = ['planned', 'in_progress', 'awarded', 'deserted', 'cancelled'] as const;

export interface GridCell {
  month: string;
  status: SubmissionStatus;
  deliveredOn: string | null;
  dueOn: string;
  hasEvidence: boolean;
  version: number | null;
}
export interface GridRow {
  id: string;
  position: number;
  name: string;
  recipients: string[];
  dueDay: number;
  active: boolean;
  version: number;
  cells: GridCell[];
}
export interface Grid {
  months: string[];
  rows: GridRow[];
  total: Record<SubmissionStatus, number>;
}
export interface Reminder {
  deliverableId: string;
  name: string;
  month: string;
  dueOn: string;
  status: SubmissionStatus;
  daysLeft: number;
  overdue: boolean;
}
export interface PrintedTable {
  title: string;
  header: Array<Array<{ text: string; colSpan?: number; rowSpan?: number }>>;
  body: string[][];
  notes: string[];
}
export interface Activity {
  id: string;
  on: string;
  text: string;
  area: string;
  public: boolean;
  version: number;
}
export interface Procurement {
  id: string;
  number: string;
  type: (typeof PROCUREMENT_TYPES)[number];
  object: string;
  minimumBidders: number;
  status: (typeof PROCUREMENT_STATUSES)[number];
  startedOn: string;
  note: string | null;
  version: number;
}

export function useAdministrationRoles() {
  const me = useMe().data;
  const roles = me?.user.roles ?? [];
  return {
    canWrite: hasAnyRole(roles, policies['administration.write']),
    canRead: hasAnyRole(roles, policies['administration.read']),
  };
}

export function SubNav() {
  const { t } = useTranslation('administration');
  const { canRead } = useAdministrationRoles();
  const sections = [
    { to: '/administration', key: 'deliverables', end: true, show: true },
    { to: '/administration/activities', key: 'activities', end: false, show: canRead },
    { to: '/administration/procurement', key: 'procurement', end: false, show: canRead },
  ];
  return (
    <nav aria-label={t('subnav.label')}>
      <Group gap="md" mb="md">
        {sections
          .filter((s) => s.show)
          .map((s) => (
            <Anchor
              key={s.to}
              component={NavLink}
              to={s.to}
              end={s.end}
              style={({ isActive }: { isActive: boolean }) => ({
                fontWeight: isActive ? 700 : 400,
                textDecoration: isActive ? 'underline' : 'none',
              })}
            >
              {t(`subnav.${s.key}`)}
            </Anchor>
          ))}
      </Group>
    </nav>
  );
}

const MONTHS_ES = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];

/** "2024-01" -> "enero de 2024" in the UI's language. */
export function monthLabel(month: string, lang: string, style: 'long' | 'short' = 'long'): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  if (!y || !m) return month;
  if (lang.startsWith('es') && style === 'short') return `${MONTHS_ES[m - 1]} ${y}`;
  return new Intl.DateTimeFormat(lang, { month: style, year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}

/** `01/12/2026`: the one date format of the pages (common/date-format.ts). */
export function formatDay(iso: string | null | undefined, lang: string): string {
  return formatDate(iso, lang);
}

/** Current month and the one before, as 'YYYY-MM' (local calendar). */
export function currentMonth(offset = 0): string {
  const d = new Date();
  const total = d.getFullYear() * 12 + d.getMonth() + offset;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** Base64 of a File's bytes (the API takes evidence as JSON). */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
