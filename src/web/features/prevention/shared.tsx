// Pieces shared by the prevention pages: sub-navigation and date formatting.
import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { hasAnyRole, useMe } from '../../auth/session';
import { policies } from '../../../common/features';

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

/** "2024-02-08" -> "08/02/2024" in Spanish, the calendar date as stored (no time zone shift). */
export function formatDay(iso: string | null | undefined, lang: string): string {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
}

export function useCan(policy: 'prevention.write' | 'prevention.liaison.write'): boolean {
  const me = useMe().data;
  return !!me && hasAnyRole(me.user.roles, policies[policy]);
}
