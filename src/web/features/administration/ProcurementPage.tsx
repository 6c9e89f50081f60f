// Procurement procedures (Ley de Adquisiciones para el Distrito Federal): filters, registration,
// status changes and export.
import {
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { TableHead } from '../../ui/TableHead';
import {
  formatDay,
  type Procurement,
  type ProcurementList,
  PROCUREMENT_STATUSES,
  PROCUREMENT_TYPES,
  SubNav,
  useAdministrationRoles,
} from './shared';
import { ErrorAlert } from '../../ui/ErrorAlert';

export function ProcurementPage() {
  const { t, i18n } = useTranslation('administration');
  const { canWrite } = useAdministrationRoles();
  const qc = useQueryClient();
  const [filters, setFilters] = useState({ year: String(new Date().getFullYear()), type: '', status: '', q: '' });
  const query = Object.fromEntries(Object.entries(filters).filter(([, v]) => v));
  const list = useQuery({
    queryKey: ['administration', 'procurements', query],
    queryFn: () => api.get<ProcurementList>('/api/administration/procurements', { ...query, limit: 500 }),
  });
  const empty = {
    number: '',
    type: 'restricted_invitation',
    object: '',
    minimumBidders: 3,
    status: 'planned',
    startedOn: '',
    note: '',
  };
  const [draft, setDraft] = useState(empty);
  const invalidate = () => qc.invalidateQueries({ queryKey: ['administration', 'procurements'] });
  const create = useMutation({
    mutationFn: () => api.post('/api/administration/procurements', { ...draft, note: draft.note || null }),
    onSuccess: () => setDraft(empty),
    onSettled: invalidate,
  });
  const setStatus = useMutation({
    mutationFn: (v: { p: Procurement; status: string }) =>
      api.patch(`/api/administration/procurements/${v.p.id}`, { status: v.status, version: v.p.version }),
    onSettled: invalidate,
  });
  const set = (k: keyof typeof filters) => (e: { currentTarget: { value: string } }) => {
    // Read the value now: React clears currentTarget before the updater runs.
    const value = e.currentTarget.value;
    setFilters((f) => ({ ...f, [k]: value }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const typeData = PROCUREMENT_TYPES.map((v) => ({ value: v, label: t(`procurement.type.${v}`) }));
  const statusData = PROCUREMENT_STATUSES.map((v) => ({ value: v, label: t(`procurement.status.${v}`) }));
  return (
    <Stack>
      <SubNav />
      <Title order={1} size="h2">
        {t('procurement.title')}
      </Title>
      {canWrite && (
        <Card withBorder component="section" aria-labelledby="new-procurement">
          <Title order={2} size="h4" id="new-procurement" mb="sm">
            {t('procurement.new')}
          </Title>
          <form onSubmit={submit}>
            <Stack gap="xs">
              <Group align="end" wrap="wrap">
                <TextInput
                  required
                  label={t('procurement.number')}
                  value={draft.number}
                  onChange={(e) => setDraft({ ...draft, number: e.currentTarget.value })}
                  w={230}
                />
                <NativeSelect
                  label={t('procurement.typeLabel')}
                  value={draft.type}
                  onChange={(e) => setDraft({ ...draft, type: e.currentTarget.value })}
                  data={typeData}
                  w={230}
                />
                <NumberInput
                  required
                  label={t('procurement.minimumBidders')}
                  min={1}
                  max={99}
                  value={draft.minimumBidders}
                  onChange={(v) => setDraft({ ...draft, minimumBidders: Number(v) || 1 })}
                  w={190}
                />
                <TextInput
                  type="date"
                  required
                  label={t('procurement.startedOn')}
                  value={draft.startedOn}
                  onChange={(e) => setDraft({ ...draft, startedOn: e.currentTarget.value })}
                  w={180}
                />
                <NativeSelect
                  label={t('procurement.statusLabel')}
                  value={draft.status}
                  onChange={(e) => setDraft({ ...draft, status: e.currentTarget.value })}
                  data={statusData}
                  w={180}
                />
              </Group>
              <Textarea
                required
                label={t('procurement.object')}
                value={draft.object}
                onChange={(e) => setDraft({ ...draft, object: e.currentTarget.value })}
                maxLength={1000}
                autosize
              />
              <Textarea
                label={t('procurement.note')}
                value={draft.note}
                onChange={(e) => setDraft({ ...draft, note: e.currentTarget.value })}
                maxLength={2000}
                autosize
              />
              <Group>
                <Button type="submit" loading={create.isPending}>
                  {t('procurement.add')}
                </Button>
              </Group>
              <ErrorAlert error={create.error} />
            </Stack>
          </form>
        </Card>
      )}
      <Group align="end" wrap="wrap">
        <TextInput label={t('filters.year')} value={filters.year} onChange={set('year')} w={110} inputMode="numeric" />
        <NativeSelect
          label={t('procurement.typeLabel')}
          value={filters.type}
          onChange={set('type')}
          data={[{ value: '', label: t('filters.all') }, ...typeData]}
          w={220}
        />
        <NativeSelect
          label={t('procurement.statusLabel')}
          value={filters.status}
          onChange={set('status')}
          data={[{ value: '', label: t('filters.all') }, ...statusData]}
          w={180}
        />
        <TextInput label={t('filters.search')} value={filters.q} onChange={set('q')} w={220} />
        <Button
          component="a"
          variant="light"
          download
          href={`/api/administration/procurements.xlsx?${new URLSearchParams(query as Record<string, string>).toString()}`}
        >
          {t('export')}
        </Button>
      </Group>
      <ErrorAlert error={list.error ?? setStatus.error} />
      <Table striped>
        <Table.Caption>{t('procurement.caption', { total: list.data?.total ?? 0 })}</Table.Caption>
        <TableHead
          labels={[
            t('procurement.number'),
            t('procurement.typeLabel'),
            t('procurement.object'),
            t('procurement.minimumBidders'),
            t('procurement.startedOn'),
            t('procurement.statusLabel'),
          ]}
        />
        <Table.Tbody>
          {list.data?.items.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>{p.number}</Table.Td>
              <Table.Td>{t(`procurement.type.${p.type}`)}</Table.Td>
              <Table.Td>{p.object}</Table.Td>
              <Table.Td>{p.minimumBidders}</Table.Td>
              <Table.Td>{formatDay(p.startedOn, i18n.language)}</Table.Td>
              <Table.Td>
                {canWrite ? (
                  <NativeSelect
                    size="xs"
                    aria-label={t('procurement.statusOf', { number: p.number })}
                    value={p.status}
                    onChange={(e) => setStatus.mutate({ p, status: e.currentTarget.value })}
                    data={statusData}
                  />
                ) : (
                  t(`procurement.status.${p.status}`)
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.data && list.data.items.length === 0 && <Text c="dimmed">{t('procurement.empty')}</Text>}
    </Stack>
  );
}
