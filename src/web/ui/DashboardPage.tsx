// Home: who is signed in, what needs their attention (per role), their areas and the pages open to them.
import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasAnyRole, useMe } from '../auth/session';
import { webFeatures } from '../features';
import { DashboardAttention } from './DashboardAttention';

export function DashboardPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  if (!me) return null;
  const roles = me.user.roles;
  const pages = webFeatures.filter((f) => f.path !== '/' && !f.hideInNav && hasAnyRole(roles, f.roles));

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {t('common:dashboard.title')}
        </Title>
        <Text c="dimmed">{t('common:dashboard.welcome', { name: me.user.displayName || me.user.username })}</Text>
      </div>
      <DashboardAttention />
      <section aria-labelledby="areas-heading">
        <Title order={2} size="h4" id="areas-heading" mb="sm">
          {t('common:dashboard.areas')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {roles.map((role) => (
            <Card key={role} withBorder padding="md" radius="md">
              {/* The role's name only: its code (ADMIN, DG…) means nothing to a person. */}
              <Text fw={600} mb={4}>
                {t(`common:roles.${role}.name`)}
              </Text>
              <Text size="sm" c="dimmed">
                {t(`common:roles.${role}.description`)}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </section>
      <section aria-labelledby="pages-heading">
        <Title order={2} size="h4" id="pages-heading" mb="sm">
          {t('common:dashboard.pages')}
        </Title>
        {pages.length === 0 ? (
          <Text c="dimmed">{t('common:dashboard.noPages')}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {pages.map((f) => (
              <Card key={f.path} withBorder padding="md" radius="md" component={Link} to={f.path}>
                <Text fw={600} c="teal.8">
                  {t(f.navKey)}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </section>
      <Text size="sm" c="dimmed">
        {me.totpEnrolled ? t('common:dashboard.totpOn') : t('common:dashboard.totpOff')}
      </Text>
    </Stack>
  );
}
