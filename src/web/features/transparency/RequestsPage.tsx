// Requests list: dashboard counts, filters and the table with days left / overdue flags.
import { Anchor, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api';
import { ListPager, offsetOf, type PageState } from '../../ui/ListPager';
import { RegisterRequestForm } from './RegisterRequestForm';
import { XlsxLink } from '../../ui/XlsxLink';

const ATTENTION = ['open', 'due_soon', 'overdue'];
const SORTS = ['received_desc', 'received_asc', 'folio_asc', 'folio_desc'] as const;
import { DaysLeft, formatDay, StatusBadge, SubNav, useTransparencyCan } from './shared';
import { ErrorAlert } from '../../ui/ErrorAlert';
import type { Dashboard, RequestList } from './types';

export function RequestsPage() {
  const { t, i18n } = useTranslation('transparency');
  const canWrite = useTransparencyCan().write;
  // The home page links here with ?attention=overdue.
  const linked = useSearchParams()[0].get('attention');
  const [attention, setAttention] = useState<string | null>(ATTENTION.includes(linked ?? '') ? linked : null);
  const [folioDraft, setFolioDraft] = useState('');
  const [folio, setFolio] = useState('');
  const [sort, setSort] = useState<string>('received_desc');
  const [paging, setPaging] = useState<PageState>({ page: 1, size: 50 });
  const firstPage = () => setPaging((p) => ({ ...p, page: 1 }));
  const search = (e: FormEvent) => {
    e.preventDefault();
    setFolio(folioDraft.trim());
    firstPage();
  };
  const [registering, setRegistering] = useState(false);
  const dashboard = useQuery({
    queryKey: ['transparency', 'dashboard'],
    queryFn: () => api.get<Dashboard>('/api/transparency/dashboard'),
  });
  const list = useQuery({
    queryKey: ['transparency', 'requests', attention, folio, sort, paging],
    queryFn: () =>
      api.get<RequestList>('/api/transparency/requests', {
        attention,
        folio,
        sort,
        limit: paging.size,
        offset: offsetOf(paging),
      }),
  });
  const d = dashboard.data;
  const stat = (key: 'open' | 'dueSoon' | 'overdue' | 'clockStopped', color?: string) => (
    <Card withBorder padding="sm">
      <Text size="sm" c="dimmed">
        {t(`dashboard.${key}`)}
      </Text>
      <Text size="xl" fw={700} c={color} data-testid={`stat-${key}`}>
        {d ? d[key] : '…'}
      </Text>
    </Card>
  );
  return (
    <Stack>
      <SubNav />
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('requests.title')}
        </Title>
        <Group>
          <XlsxLink path="/api/transparency/requests.xlsx" query={{ attention, folio, sort }} />
          {canWrite && !registering && <Button onClick={() => setRegistering(true)}>{t('register.open')}</Button>}
        </Group>
      </Group>
      {registering && (
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('register.title')}
          </Title>
          <RegisterRequestForm onDone={() => setRegistering(false)} />
        </Card>
      )}
      <section aria-label={t('dashboard.label')}>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {stat('open')}
          {stat('dueSoon', 'orange.8')}
          {stat('overdue', 'red.8')}
          {stat('clockStopped')}
        </SimpleGrid>
        {d && (
          <Text size="xs" c="dimmed" mt={4}>
            {t('dashboard.today', { date: formatDay(d.today, i18n.language) })}
          </Text>
        )}
      </section>
      <form onSubmit={search} aria-label={t('requests.filters')}>
        <Group align="flex-end">
          <Select
            label={t('requests.filter')}
            placeholder={t('requests.all')}
            w={260}
            clearable
            value={attention}
            onChange={(v) => {
              setAttention(v);
              firstPage();
            }}
            data={ATTENTION.map((v) => ({ value: v, label: t(`requests.attention.${v}`) }))}
          />
          <TextInput
            label={t('requests.folioSearch')}
            w={220}
            value={folioDraft}
            onChange={(e) => setFolioDraft(e.currentTarget.value)}
          />
          <Button type="submit" variant="light">
            {t('requests.search')}
          </Button>
          <Select
            label={t('common:pager.sort')}
            w={260}
            allowDeselect={false}
            value={sort}
            onChange={(v) => {
              setSort(v ?? 'received_desc');
              firstPage();
            }}
            data={SORTS.map((v) => ({ value: v, label: t(`requests.sort.${v}`) }))}
          />
        </Group>
      </form>
      <ErrorAlert error={list.error ?? dashboard.error} />
      <Table.ScrollContainer minWidth={900}>
        <Table striped>
          <Table.Caption>{t('requests.caption', { total: list.data?.total ?? 0 })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {['folio', 'receivedOn', 'kind', 'subject', 'status', 'dueOn', 'daysLeft'].map((c) => (
                <Table.Th key={c} scope="col">
                  {t(`fields.${c}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data?.items.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/transparency/requests/${r.id}`}>
                    {r.folio}
                  </Anchor>
                </Table.Td>
                <Table.Td>{formatDay(r.receivedOn, i18n.language)}</Table.Td>
                <Table.Td>{t(`kind.${r.kind}`)}</Table.Td>
                <Table.Td>
                  {r.subject ?? (
                    <Text span c="dimmed">
                      {t('requests.imported')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={r.status} />
                </Table.Td>
                <Table.Td>{formatDay(r.deadlines.dueOn, i18n.language)}</Table.Td>
                <Table.Td>
                  <DaysLeft d={r.deadlines} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.data && list.data.items.length === 0 && <Text c="dimmed">{t('requests.empty')}</Text>}
      {list.data && (
        <ListPager state={paging} onChange={setPaging} total={list.data.total} shown={list.data.items.length} />
      )}
    </Stack>
  );
}
