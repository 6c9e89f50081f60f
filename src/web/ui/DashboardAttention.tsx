// The home page's per-role sections: urgent, overdue and due-soon items of the modules the person
// reads (GET /api/dashboard), each card linking to the module's list, plus the key figures.
import { Anchor, Card, Group, List, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { DashboardOut, DashboardSection } from '../../common/features/dashboard.contract';
import { api } from '../api';
import { ErrorAlert } from './ErrorAlert';
import { formatDate } from './format';
import { Tag } from './Tag';

type Dashboard = z.infer<typeof DashboardOut>;
type Section = z.infer<typeof DashboardSection>;

const STATE_COLOR = { urgent: 'red.9', overdue: 'orange.9', due_soon: 'yellow.9' } as const;

function SectionCard({ section }: { section: Section }) {
  const { t } = useTranslation();
  const total = section.urgent + section.overdue + section.dueSoon;
  const headingId = `dashboard-${section.key}`;
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        {t(`common:dashboard.section.${section.key}`)}
      </Title>
      <Text size="sm" c="gray.8" mb="xs">
        {t('common:dashboard.sectionCounts', section)}
      </Text>
      <List spacing={6} size="sm" listStyleType="none" p={0}>
        {section.items.map((item, i) => (
          <List.Item key={`${item.href}-${i}`}>
            <Group gap={6} wrap="nowrap" align="flex-start">
              <Tag color={STATE_COLOR[item.state]} variant="filled" size="sm">
                {t(`common:dashboard.state.${item.state}`)}
              </Tag>
              <Anchor component={Link} to={item.href} size="sm">
                {t(`common:dashboard.item.${item.kind}`, { label: item.label, on: formatDate(item.on) })}
              </Anchor>
            </Group>
          </List.Item>
        ))}
      </List>
      {total > section.items.length && (
        <Text size="sm" c="gray.8" mt={4}>
          {t('common:dashboard.more', { count: total - section.items.length })}
        </Text>
      )}
      <Anchor component={Link} to={section.href} size="sm" mt="xs">
        {t('common:dashboard.openList')}
      </Anchor>
    </Card>
  );
}

export function DashboardAttention() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ['dashboard'], queryFn: () => api.get<Dashboard>('/api/dashboard') });
  if (query.isPending) return <Loader aria-label={t('common:loading')} />;
  if (query.error) return <ErrorAlert error={query.error} />;
  const { sections, figures } = query.data;
  const pending = sections.filter((s) => s.urgent + s.overdue + s.dueSoon > 0);
  return (
    <Stack gap="lg">
      <section aria-labelledby="attention-heading">
        <Title order={2} size="h4" id="attention-heading" mb="sm">
          {t('common:dashboard.attention')}
        </Title>
        {pending.length === 0 ? (
          <Text c="gray.8">{t('common:dashboard.nothingPending')}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {pending.map((s) => (
              <SectionCard key={s.key} section={s} />
            ))}
          </SimpleGrid>
        )}
      </section>
      {figures.length > 0 && (
        <section aria-labelledby="figures-heading">
          <Title order={2} size="h4" id="figures-heading" mb="sm">
            {t('common:dashboard.figures')}
          </Title>
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }}>
            {figures.map((f) => (
              <Card key={f.key} withBorder padding="sm" radius="md">
                <Text size="xl" fw={700}>
                  {f.value.toLocaleString('es-MX')}
                </Text>
                <Text size="sm" c="gray.8">
                  {t(`common:dashboard.figure.${f.key}`)}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        </section>
      )}
    </Stack>
  );
}
