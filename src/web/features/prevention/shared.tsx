// Pieces shared by the prevention pages: sub-navigation and date formatting.
import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { hasAnyRole, useMe } from '../../auth/session';
import { policies } from '../../../common/features';
import { formatDate } from '../../../common/date-format';

const SECTIONS = [
  { to: '/prevention', key: 'activities', end: true },
  { to: '/prevention/liaison', key: 'liaison', end: false },
  { to: '/prevention/agreements', key: 'agreements', end: false },
  { to: '/prevention/institutions', key: 'institutions', end: false },
] as const;

export function SubNav() {
  const { t } = useTranslation('prevention');
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

export function useCan(policy: 'prevention.write' | 'prevention.liaison.write'): boolean {
  const me = useMe().data;
  return !!me && hasAnyRole(me.user.roles, policies[policy]);
}
