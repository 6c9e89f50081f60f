// The CAF's activity log (the bullets of the report's §6): filters, entry, publish toggle, export.
import {
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
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
import { type Activity, type ActivityList, formatDay, SubNav, useAdministrationRoles } from './shared';
import { ErrorAlert } from '../../ui/ErrorAlert';

const AREAS = [
  'SAAPS',
  'Adquisiciones',
  'Auditoría',
  'Capital humano',
  'Contabilidad',
  'Informes',
  'Normatividad',
  'Presupuesto',
  'Almacén',
];

export function ActivitiesPage() {
  const { t, i18n } = useTranslation('administration');
  const { canWrite } = useAdministrationRoles();
  const qc = useQueryClient();
  const year = new Date().getFullYear();
  const [filters, setFilters] = useState({ from: `${year}-01-01`, to: `${year}-12-31`, area: '', q: '', public: '' });
  const query = Object.fromEntries(Object.entries(filters).filter(([, v]) => v));
  const list = useQuery({
    queryKey: ['administration', 'activities', query],
    queryFn: () =>
      api.get<ActivityList>('/api/administration/activities', {
        ...query,
        limit: 500,
      }),
  });
  const [draft, setDraft] = useState({ on: '', area: AREAS[0]!, text: '', public: true });
  const invalidate = () => qc.invalidateQueries({ queryKey: ['administration', 'activities'] });
  const create = useMutation({
    mutationFn: () => api.post('/api/administration/activities', draft),
    onSuccess: () => setDraft((d) => ({ ...d, text: '' })),
    onSettled: invalidate,
  });
  const toggle = useMutation({
    mutationFn: (a: Activity) =>
      api.patch(`/api/administration/activities/${a.id}`, { public: !a.public, version: a.version }),
    onSettled: invalidate,
  });
  const remove = useMutation({
    mutationFn: (a: Activity) => api.del(`/api/administration/activities/${a.id}`),
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
  const areas = [...new Set([...AREAS, ...(list.data?.areas ?? [])])].sort((a, b) => a.localeCompare(b, 'es'));
  return (
    <Stack>
      <SubNav />
      <Title order={1} size="h2">
        {t('activities.title')}
      </Title>
      {canWrite && (
        <Card withBorder component="section" aria-labelledby="new-activity">
          <Title order={2} size="h4" id="new-activity" mb="sm">
            {t('activities.new')}
          </Title>
          <form onSubmit={submit}>
            <Stack gap="xs">
              <Group align="end">
                <TextInput
                  type="date"
                  required
                  label={t('fields.on')}
                  value={draft.on}
                  onChange={(e) => setDraft({ ...draft, on: e.currentTarget.value })}
                  w={190}
                />
                <NativeSelect
                  label={t('fields.area')}
                  value={draft.area}
                  onChange={(e) => setDraft({ ...draft, area: e.currentTarget.value })}
                  data={areas}
                  w={220}
                />
                <Checkbox
                  label={t('fields.public')}
                  checked={draft.public}
                  onChange={(e) => setDraft({ ...draft, public: e.currentTarget.checked })}
                />
              </Group>
              <Textarea
                required
                label={t('fields.text')}
                value={draft.text}
                onChange={(e) => setDraft({ ...draft, text: e.currentTarget.value })}
                maxLength={2000}
                autosize
                minRows={2}
              />
              <Group>
                <Button type="submit" loading={create.isPending}>
                  {t('activities.add')}
                </Button>
              </Group>
              <ErrorAlert error={create.error} />
            </Stack>
          </form>
        </Card>
      )}
      <Group align="end" wrap="wrap">
        <TextInput type="date" label={t('filters.fromDate')} value={filters.from} onChange={set('from')} w={180} />
        <TextInput type="date" label={t('filters.toDate')} value={filters.to} onChange={set('to')} w={180} />
        <NativeSelect
          label={t('fields.area')}
          value={filters.area}
          onChange={set('area')}
          data={[{ value: '', label: t('filters.all') }, ...areas]}
          w={200}
        />
        <NativeSelect
          label={t('fields.public')}
          value={filters.public}
          onChange={set('public')}
          data={[
            { value: '', label: t('filters.all') },
            { value: 'true', label: t('yes') },
            { value: 'false', label: t('no') },
          ]}
          w={160}
        />
        <TextInput label={t('filters.search')} value={filters.q} onChange={set('q')} w={220} />
        <Button
          component="a"
          variant="light"
          download
          href={`/api/administration/activities.xlsx?${new URLSearchParams(query as Record<string, string>).toString()}`}
        >
          {t('export')}
        </Button>
      </Group>
      <ErrorAlert error={list.error ?? toggle.error ?? remove.error} />
      <Table striped>
        <Table.Caption>{t('activities.caption', { total: list.data?.total ?? 0 })}</Table.Caption>
        <TableHead
          labels={[
            t('fields.on'),
            t('fields.area'),
            t('fields.text'),
            t('fields.public'),
            canWrite && t('fields.actions'),
          ]}
        />
        <Table.Tbody>
          {list.data?.items.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>{formatDay(a.on, i18n.language)}</Table.Td>
              <Table.Td>{a.area}</Table.Td>
              <Table.Td>{a.text}</Table.Td>
              <Table.Td>{a.public ? t('yes') : t('no')}</Table.Td>
              {canWrite && (
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button size="xs" variant="light" onClick={() => toggle.mutate(a)}>
                      {a.public ? t('activities.unpublish') : t('activities.publish')}
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => window.confirm(t('activities.confirmDelete')) && remove.mutate(a)}
                    >
                      {t('activities.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.data && list.data.items.length === 0 && <Text c="dimmed">{t('activities.empty')}</Text>}
    </Stack>
  );
}
