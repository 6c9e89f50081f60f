// Aggregate case statistics: the only case view board and planning have (counts, never records).
import { Alert, Button, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { CASES_KEY } from './shared';
import { CASE_KINDS, type CaseStats, IDENTITIES, PROFILES, STATUSES } from './types';

function CountTable({
  title,
  group,
  codes,
  counts,
}: {
  title: string;
  group: string;
  codes: readonly string[];
  counts: Record<string, number>;
}) {
  const { t } = useTranslation();
  return (
    <Table striped withTableBorder>
      <Table.Caption>{title}</Table.Caption>
      <Table.Tbody>
        {codes.map((c) => (
          <Table.Tr key={c}>
            <Table.Th scope="row">{t(`cases:${group}.${c}`)}</Table.Th>
            <Table.Td ta="right">{counts[c] ?? 0}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function CaseStatsPage() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({ from: '', to: '' });
  const [period, setPeriod] = useState({ from: '', to: '' });
  const stats = useQuery({
    queryKey: [...CASES_KEY, 'stats', period],
    queryFn: () => api.get<CaseStats>('/api/cases/stats', period),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setPeriod(draft);
  };
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('cases:stats.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('cases:stats.help')}
      </Text>
      <form onSubmit={submit}>
        <Group align="flex-end">
          <TextInput
            type="date"
            label={t('cases:list.from')}
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('cases:list.to')}
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value })}
          />
          <Button type="submit">{t('cases:stats.apply')}</Button>
        </Group>
      </form>
      {stats.error && (
        <Alert color="red" role="alert">
          {stats.error.message}
        </Alert>
      )}
      {stats.data && (
        <>
          <Text fw={600}>{t('cases:stats.total', { count: stats.data.total })}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            <CountTable title={t('cases:fields.kind')} group="kind" codes={CASE_KINDS} counts={stats.data.byKind} />
            <CountTable
              title={t('cases:fields.profile')}
              group="profile"
              codes={PROFILES}
              counts={stats.data.byProfile}
            />
            <CountTable
              title={t('cases:fields.identity')}
              group="identity"
              codes={IDENTITIES}
              counts={stats.data.byIdentity}
            />
            <CountTable title={t('cases:fields.status')} group="status" codes={STATUSES} counts={stats.data.byStatus} />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
