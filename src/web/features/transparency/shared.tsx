// Pieces shared by the transparency pages: sub-navigation, badges and date formatting.
import { Anchor, Badge, Group } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Deadlines, RequestStatus } from './types';
import { formatDate } from '../../../common/date-format';
import type { TransparencyCanData } from '../../../common/features/transparency.contract';
import { api } from '../../api';
import { useMe } from '../../auth/session';

const SECTIONS = [
  { to: '/transparency', key: 'requests', end: true },
  { to: '/transparency/calendar', key: 'calendar', end: false },
  { to: '/transparency/obligations', key: 'obligations', end: false },
  { to: '/transparency/statistics', key: 'statistics', end: false },
  { to: '/transparency/committee', key: 'committee', end: false },
  { to: '/transparency/activities', key: 'activities', end: false },
  { to: '/transparency/training', key: 'training', end: false },
  { to: '/transparency/rules', key: 'rules', end: false },
] as const;

export function SubNav() {
  const { t } = useTranslation('transparency');
  return (
    <nav aria-label={t('subnav.label')}>
      <Group gap="md" mb="md">
        {SECTIONS.map((s) => (
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

/** `01/12/2026`: the one date format of the pages (common/date-format.ts). */
export function formatDay(iso: string | null | undefined, lang: string): string {
  return formatDate(iso, lang);
}

// Badges truncate by default; status and deadline texts must stay readable in narrow columns.
const WRAP = {
  root: { height: 'auto', paddingBlock: 2 },
  label: { whiteSpace: 'normal' as const, overflow: 'visible' },
};

// Dark shades (.9) keep the text contrast above 4.5:1 on the light badge backgrounds.
const STATUS_COLOR: Record<RequestStatus, string> = {
  received: 'blue.9',
  clarification_requested: 'grape.9',
  in_process: 'cyan.9',
  extended: 'orange.9',
  answered: 'green.9',
  referred: 'gray.8',
  not_admissible: 'gray.8',
  not_filed: 'gray.8',
};

export function StatusBadge({ status }: { status: RequestStatus }) {
  const { t } = useTranslation('transparency');
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" tt="none" styles={WRAP}>
      {t(`status.${status}`)}
    </Badge>
  );
}

/** Days left as text, not only colour: "Vencida (3 días)", "Quedan 2 días", "Plazo suspendido". */
export function DaysLeft({ d }: { d: Deadlines }) {
  const { t } = useTranslation('transparency');
  if (d.clockStopped)
    return (
      <Badge color="grape.9" variant="outline" tt="none" styles={WRAP}>
        {t('days.stopped')}
      </Badge>
    );
  if (d.daysLeft === null) return <span>—</span>;
  if (d.overdue)
    return (
      <Badge color="red.9" tt="none" styles={WRAP}>
        {t('days.overdue', { n: Math.abs(d.daysLeft) })}
      </Badge>
    );
  return (
    <Badge
      color={d.daysLeft <= 3 ? 'orange.9' : 'teal.9'}
      variant={d.daysLeft <= 3 ? 'filled' : 'light'}
      tt="none"
      styles={WRAP}
    >
      {t('days.left', { n: d.daysLeft })}
    </Badge>
  );
}

/** What the person may do here, decided by the server from the policy catalogue (GET /api/transparency/can). */
export function useTransparencyCan(): TransparencyCanData {
  const me = useMe().data;
  const can = useQuery({
    queryKey: ['transparency', 'can', me?.user.id],
    queryFn: () => api.get<TransparencyCanData>('/api/transparency/can'),
    enabled: !!me,
    staleTime: 5 * 60_000,
  });
  return can.data ?? { write: false, admin: false };
}

// The one error display (src/web/ui/ErrorAlert); kept here only for CommitteePage, which moves to bodies.
export { ErrorAlert } from '../../ui/ErrorAlert';
