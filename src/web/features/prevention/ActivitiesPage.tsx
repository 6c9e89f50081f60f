// Activity list and calendar: workshops and trainings by their sessions, filtered by kind and dates.
import { Anchor, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TableHead } from '../../ui/TableHead';
import { formatDay, SubNav, useCan } from './shared';
import { KINDS, type ActivityList, type ActivitySummary } from './types';

export function ActivitiesPage() {
  const { t, i18n } = useTranslation('prevention');
  const canWrite = useCan('prevention.write');
  const [kind, setKind] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const list = useQuery({
    queryKey: ['prevention', 'activities', kind, from, to],
    queryFn: () =>
      api.get<ActivityList>('/api/prevention/activities', {
        kind: kind ?? undefined,
        from: from || undefined,
        to: to || undefined,
        limit: 200,
      }),
  });
  // Calendar view: the activities grouped by the month of their first session.
  const months = new Map<string, ActivitySummary[]>();
  for (const a of list.data?.items ?? []) {
    const key = a.firstOn?.slice(0, 7) ?? '';
    months.set(key, [...(months.get(key) ?? []), a]);
  }
  return (
    <Stack>
      <SubNav />
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('activities.title')}
        </Title>
        {canWrite && (
          <Button component={Link} to="/prevention/activities/new">
            {t('activities.new')}
          </Button>
        )}
      </Group>
      <Group align="end">
        <Select
          label={t('field.kind')}
          clearable
          value={kind}
          onChange={setKind}
          data={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        />
        <TextInput type="date" label={t('filter.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput type="date" label={t('filter.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} />
      </Group>
      <ErrorAlert error={list.error} />
      {list.data && list.data.items.length === 0 && <Text>{t('activities.empty')}</Text>}
      {[...months.entries()].map(([month, items]) => (
        <section key={month || 'none'} aria-label={month || t('activities.noSessions')}>
          <Title order={2} size="h4" mt="md">
            {month
              ? new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
                  new Date(`${month}-01T00:00:00Z`),
                )
              : t('activities.noSessions')}
          </Title>
          <Table striped>
            <TableHead
              labels={[
                t('field.code'),
                t('field.title'),
                t('field.kind'),
                t('field.firstOn'),
                t('field.sessions'),
                t('field.participants'),
                t('field.status'),
              ]}
            />
            <Table.Tbody>
              {items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{a.code}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/prevention/activities/${a.id}`}>
                      {a.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`kind.${a.kind}`)}</Table.Td>
                  <Table.Td>{formatDay(a.firstOn, i18n.language)}</Table.Td>
                  <Table.Td>{a.sessions}</Table.Td>
                  <Table.Td>{a.participants}</Table.Td>
                  <Table.Td>{t(`status.${a.status}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      ))}
    </Stack>
  );
}
