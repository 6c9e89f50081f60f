// Signed-in layout: skip link, header with the person and their menu, navigation built from the
// feature registry and filtered by the person's roles, and the main landmark.
import {
  Alert,
  Anchor,
  AppShell,
  Burger,
  Group,
  Menu,
  NavLink as MantineNavLink,
  ScrollArea,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { hasAnyRole, useMe } from '../auth/session';
import { useSignOut } from '../auth/SignOutButton';
import { webFeatures } from '../features';
import { LanguageSwitch } from './LanguageSwitch';
import classes from './Layout.module.css';

export function Layout() {
  const { t } = useTranslation();
  const me = useMe().data;
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  const signOut = useSignOut();
  const signOutEverywhere = useSignOut(true);
  const roles = me?.user.roles ?? [];
  const entries = webFeatures.filter((f) => !f.hideInNav && hasAnyRole(roles, f.roles));

  return (
    <>
      <a href="#main-content" className={classes.skipLink}>
        {t('common:skipToContent')}
      </a>
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding="md"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('common:nav.toggle')} />
              <Anchor component={NavLink} to="/" fw={700} c="teal.8" underline="never">
                {t('common:appName')}
              </Anchor>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <LanguageSwitch />
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <UnstyledButton
                    className={classes.userButton}
                    aria-label={`${me?.user.displayName || me?.user.username || ''} — ${t('common:userMenu.label')}`}
                  >
                    <Text size="sm" fw={500}>
                      {me?.user.displayName || me?.user.username}
                    </Text>
                  </UnstyledButton>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Label>{me?.user.username}</Menu.Label>
                  <Menu.Item component={Link} to="/account">
                    {t('auth:account.link')}
                  </Menu.Item>
                  <Menu.Item onClick={() => signOut.mutate()}>{t('auth:signOut')}</Menu.Item>
                  <Menu.Item color="red" onClick={() => signOutEverywhere.mutate()}>
                    {t('auth:signOutEverywhere')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" aria-label={t('common:nav.label')} component="nav">
          <ScrollArea>
            {entries.map((f) => (
              <MantineNavLink
                key={f.path}
                component={NavLink}
                to={f.path}
                end={f.path === '/'}
                label={t(f.navKey)}
                // a whole path segment: '/monitoring' is not active on '/monitoring-protests'
                active={
                  f.path === '/'
                    ? location.pathname === '/'
                    : location.pathname === f.path || location.pathname.startsWith(`${f.path}/`)
                }
                onClick={close}
              />
            ))}
          </ScrollArea>
        </AppShell.Navbar>
        <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
          {me?.mustChangePassword && location.pathname !== '/account' && (
            <Alert color="yellow" mb="md" role="status">
              {t('auth:account.mustChangeBanner')}{' '}
              <Anchor component={Link} to="/account">
                {t('auth:account.mustChangeLink')}
              </Anchor>
            </Alert>
          )}
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
