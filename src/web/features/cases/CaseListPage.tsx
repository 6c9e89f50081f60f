// Case list: filters (kind, profile, identity, status, period, assigned to me) and search by folio or
// by a beneficiary's exact name. The server scopes everything; names never appear in the list.
import { Alert, Anchor, Button, Checkbox, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api';
import { Tag } from '../../ui/Tag';
import { CASES_KEY, options } from './shared';
import { CASE_KINDS, type CaseList, IDENTITIES, PROFILES, STATUSES } from './types';
import { TableHead } from '../../ui/TableHead';
import { ListPager, offsetOf, type PageState } from '../../ui/ListPager';
import { formatDate } from '../../ui/format';
import { XlsxLink } from '../../ui/XlsxLink';

const SORTS = ['opened_desc', 'opened_asc', 'folio_asc', 'folio_desc'] as const;

interface Filters {
  kind: string | null;
  profile: string | null;
  identity: string | null;
  status: string | null;
  from: string;
  to: string;
  mine: boolean;
  urgent: boolean;
  folio: string;
  name: string;
}
const EMPTY: Filters = {
  kind: null,
  profile: null,
  identity: null,
  status: null,
  from: '',
  to: '',
  mine: false,
  urgent: false,
  folio: '',
  name: '',
};

export function CaseListPage() {
  const { t } = useTranslation();
  // The home page links here with ?urgent=true.
  const initial: Filters = { ...EMPTY, urgent: useSearchParams()[0].get('urgent') === 'true' };
  const [draft, setDraft] = useState<Filters>(initial);
  const [filters, setFilters] = useState<Filters>(initial);
  const [paging, setPaging] = useState<PageState>({ page: 1, size: 50 });
  const [sort, setSort] = useState<(typeof SORTS)[number]>('opened_desc');
  const set =
    <K extends keyof Filters>(k: K) =>
    (v: Filters[K]) =>
      setDraft((d) => ({ ...d, [k]: v }));
  const query = {
    kind: filters.kind,
    profile: filters.profile,
    identity: filters.identity,
    status: filters.status,
    from: filters.from,
    to: filters.to,
    mine: filters.mine ? 'true' : undefined,
    urgent: filters.urgent ? 'true' : undefined,
    folio: filters.folio,
    name: filters.name,
    sort,
  };
  const list = useQuery({
    queryKey: [...CASES_KEY, 'list', filters, paging, sort],
    queryFn: () => api.get<CaseList>('/api/cases', { ...query, limit: paging.size, offset: offsetOf(paging) }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFilters(draft);
    setPaging((p) => ({ ...p, page: 1 }));
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('cases:list.title')}
        </Title>
        <Group>
          <XlsxLink path="/api/cases.xlsx" query={query} />
          <Button component={Link} to="/cases/actions" variant="light">
            {t('cases:actions.open')}
          </Button>
          <Button component={Link} to="/cases/new">
            {t('cases:list.new')}
          </Button>
        </Group>
      </Group>
      <form onSubmit={submit} aria-label={t('cases:list.filters')}>
        <Stack gap="xs">
          <Group grow align="flex-end">
            <Select
              label={t('cases:fields.kind')}
              data={options(t, 'kind', CASE_KINDS)}
              value={draft.kind}
              onChange={set('kind')}
              clearable
            />
            <Select
              label={t('cases:fields.profile')}
              data={options(t, 'profile', PROFILES)}
              value={draft.profile}
              onChange={set('profile')}
              clearable
            />
            <Select
              label={t('cases:fields.identity')}
              data={options(t, 'identity', IDENTITIES)}
              value={draft.identity}
              onChange={set('identity')}
              clearable
            />
            <Select
              label={t('cases:fields.status')}
              data={options(t, 'status', STATUSES)}
              value={draft.status}
              onChange={set('status')}
              clearable
            />
          </Group>
          <Group grow align="flex-end">
            <TextInput
              type="date"
              label={t('cases:list.from')}
              value={draft.from}
              onChange={(e) => set('from')(e.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t('cases:list.to')}
              value={draft.to}
              onChange={(e) => set('to')(e.currentTarget.value)}
            />
            <TextInput
              label={t('cases:list.folio')}
              value={draft.folio}
              onChange={(e) => set('folio')(e.currentTarget.value)}
            />
            <TextInput
              label={t('cases:list.name')}
              value={draft.name}
              onChange={(e) => set('name')(e.currentTarget.value)}
            />
          </Group>
          <Group justify="space-between">
            <Group>
              <Checkbox
                label={t('cases:list.mine')}
                checked={draft.mine}
                onChange={(e) => set('mine')(e.currentTarget.checked)}
              />
              <Checkbox
                label={t('cases:list.urgent')}
                checked={draft.urgent}
                onChange={(e) => set('urgent')(e.currentTarget.checked)}
              />
              <Text size="xs" c="dimmed">
                {t('cases:list.nameHint')}
              </Text>
            </Group>
            <Group>
              <Button
                variant="default"
                onClick={() => {
                  setDraft(EMPTY);
                  setFilters(EMPTY);
                  setPaging((p) => ({ ...p, page: 1 }));
                }}
              >
                {t('cases:list.clear')}
              </Button>
              <Button type="submit">{t('cases:list.search')}</Button>
            </Group>
          </Group>
        </Stack>
      </form>
      {list.error && (
        <Alert color="red" role="alert">
          {list.error.message}
        </Alert>
      )}
      <Group justify="flex-end">
        <Select
          label={t('common:pager.sort')}
          w={260}
          data={SORTS.map((v) => ({ value: v, label: t(`cases:list.sort.${v}`) }))}
          value={sort}
          allowDeselect={false}
          onChange={(v) => {
            setSort((v ?? 'opened_desc') as (typeof SORTS)[number]);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
        />
      </Group>
      <Table.ScrollContainer minWidth={800}>
        <Table striped highlightOnHover>
          {/* Past 1,000 matches the server stops counting: "más de 1,000", never a wrong figure. */}
          <Table.Caption>
            {t(list.data?.totalIsLowerBound ? 'cases:list.captionMore' : 'cases:list.caption', {
              count: list.data?.total ?? 0,
            })}
          </Table.Caption>
          <TableHead
            labels={[
              t('cases:fields.folio'),
              t('cases:fields.kind'),
              t('cases:fields.profile'),
              t('cases:fields.identity'),
              t('cases:fields.status'),
              t('cases:fields.openedOn'),
              t('cases:list.flags'),
            ]}
          />
          <Table.Tbody>
            {list.data?.items.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/cases/${c.id}`} ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                    {c.folio}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {t(`cases:kind.${c.kind}`)}
                  {c.procedure ? ` (${t(`cases:procedure.${c.procedure}`)})` : ''}
                </Table.Td>
                <Table.Td>{t(`cases:profile.${c.profile}`)}</Table.Td>
                <Table.Td>{t(`cases:identity.${c.identity}`)}</Table.Td>
                <Table.Td>
                  <Tag variant="light">{t(`cases:status.${c.status}`)}</Tag>
                </Table.Td>
                <Table.Td>{formatDate(c.openedOn)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {c.urgentMissing && <Tag color="red">{t('cases:urgency.missingShort')}</Tag>}
                    {c.assignedToMe && (
                      <Tag color="teal" variant="outline">
                        {t('cases:list.assigned')}
                      </Tag>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.data && list.data.items.length === 0 && <Text c="dimmed">{t('cases:list.empty')}</Text>}
      {list.data && (
        <ListPager
          state={paging}
          onChange={setPaging}
          total={list.data.total}
          shown={list.data.items.length}
          totalIsLowerBound={list.data.totalIsLowerBound}
        />
      )}
    </Stack>
  );
}
