// Pieces shared by the administration pages: sub-navigation (by policy), types, formatting.
import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { policies } from '../../../common/features';
import { hasAnyRole, useMe } from '../../auth/session';
import { formatDate } from '../../../common/date-format';
import type { z } from 'zod';
import {
  PROCUREMENT_STATUSES,
  PROCUREMENT_TYPES,
  type SubmissionStatus,
} from '../../../common/features/administration';
import type * as C from '../../../common/features/administration.contract';

export { PROCUREMENT_STATUSES, PROCUREMENT_TYPES, type SubmissionStatus };
export const STATUSES: SubmissionStatus[] = ['pending', 'in_progress', 'delivered'];

// The pages' record types, from the shared contract (types only).
export type Grid = z.infer<typeof C.GridOut>;
export type GridRow = Grid['rows'][number];
export type GridCell = GridRow['cells'][number];
export type Reminder = z.infer<typeof C.ReminderOut>;
export type Reminders = z.infer<typeof C.RemindersOut>;
export type PrintedTable = z.infer<typeof C.PrintedTableOut>;
export type Activity = z.infer<typeof C.ActivityOut>;
export type ActivityList = z.infer<typeof C.ActivityList>;
export type Procurement = z.infer<typeof C.ProcurementOut>;
export type ProcurementList = z.infer<typeof C.ProcurementList>;
export type Submission = z.infer<typeof C.SubmissionOut>;

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
