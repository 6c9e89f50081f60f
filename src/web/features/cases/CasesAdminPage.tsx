// Administration of the cases feature (admin only): the measure catalogue, the cdemp leads who see
// every case's identities, and the folio pattern. Admins never see cases themselves.
import {
  Alert,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { CASES_KEY, options, SaveError } from './shared';
import type { AdminUser } from '../../admin/types';
import { type CatalogueEntry, type FolioPattern, type Leads, MEASURE_TYPES } from './types';
import { TableHead } from '../../ui/TableHead';

const KEY = [...CASES_KEY, 'admin'] as const;

export function CasesAdminPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const catalogue = useQuery({
    queryKey: [...KEY, 'catalogue'],
    queryFn: () => api.get<{ entries: CatalogueEntry[] }>('/api/measure-catalogue', { all: 'true' }),
  });
  const leads = useQuery({
    queryKey: [...KEY, 'leads'],
    queryFn: () => api.get<Leads>('/api/case-leads'),
  });
  const users = useQuery({
    queryKey: [...KEY, 'users'],
    queryFn: () => api.get<{ items: AdminUser[] }>('/api/admin/users'),
  });
  const folio = useQuery({
    queryKey: [...KEY, 'folio'],
    queryFn: () => api.get<FolioPattern>('/api/cases-settings/folio-pattern'),
  });
  const save = useMutation({
    mutationFn: ({ method, path, body }: { method: 'post' | 'patch' | 'put'; path: string; body: unknown }) =>
      api[method](path, body),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('cases:admin.saved') });
      await client.invalidateQueries({ queryKey: KEY });
    },
  });
  const [type, setType] = useState<string | null>('preventive');
  const [name, setName] = useState('');
  const [leadIds, setLeadIds] = useState<string[]>([]);
  const [pattern, setPattern] = useState('');
  useEffect(() => setLeadIds(leads.data?.leads.map((l) => l.userId) ?? []), [leads.data]);
  useEffect(() => setPattern(folio.data?.pattern ?? ''), [folio.data]);
  const addEntry = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      { method: 'post', path: '/api/measure-catalogue', body: { type, name } },
      { onSuccess: () => setName('') },
    );
  };
  const cdemp = (users.data?.items ?? []).filter((u) => u.roles.includes('cdemp'));

  return (
    <Stack gap="xl">
      <Title order={1} size="h2">
        {t('cases:admin.title')}
      </Title>
      <SaveError
        error={save.error}
        onReload={() => {
          save.reset();
          void client.invalidateQueries({ queryKey: KEY });
        }}
      />
      {(catalogue.error || leads.error || folio.error) && (
        <Alert color="red" role="alert">
          {(catalogue.error ?? leads.error ?? folio.error)!.message}
        </Alert>
      )}

      <section aria-labelledby="admin-leads">
        <Title order={2} size="h3" id="admin-leads">
          {t('cases:admin.leads')}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {t('cases:admin.leadsHint')}
        </Text>
        <Group align="flex-end">
          <MultiSelect
            miw={360}
            label={t('cases:admin.leadsLabel')}
            data={cdemp.map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }))}
            value={leadIds}
            onChange={setLeadIds}
            searchable
          />
          <Button onClick={() => save.mutate({ method: 'put', path: '/api/case-leads', body: { userIds: leadIds } })}>
            {t('common:save')}
          </Button>
        </Group>
      </section>

      <section aria-labelledby="admin-folio">
        <Title order={2} size="h3" id="admin-folio">
          {t('cases:admin.folio')}
        </Title>
        <Group align="flex-end">
          <TextInput
            label={t('cases:admin.folioLabel')}
            description={t('cases:admin.folioHint')}
            value={pattern}
            onChange={(e) => setPattern(e.currentTarget.value)}
          />
          <Button
            onClick={() =>
              save.mutate({
                method: 'put',
                path: '/api/cases-settings/folio-pattern',
                body: { pattern, version: folio.data?.version ?? 1 },
              })
            }
          >
            {t('common:save')}
          </Button>
        </Group>
      </section>

      <section aria-labelledby="admin-catalogue">
        <Title order={2} size="h3" id="admin-catalogue">
          {t('cases:admin.catalogue')}
        </Title>
        <form onSubmit={addEntry}>
          <Group align="flex-end" my="xs">
            <Select
              label={t('cases:measure.type')}
              data={options(t, 'measureType', MEASURE_TYPES)}
              value={type}
              onChange={setType}
              allowDeselect={false}
            />
            <TextInput
              miw={360}
              label={t('cases:measure.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              required
              maxLength={300}
            />
            <Button type="submit">{t('cases:admin.add')}</Button>
          </Group>
        </form>
        <Table striped>
          <Table.Caption>{t('cases:admin.catalogueCaption')}</Table.Caption>
          <TableHead labels={[t('cases:measure.type'), t('cases:measure.name'), t('cases:admin.active')]} />
          <Table.Tbody>
            {catalogue.data?.entries.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{t(`cases:measureType.${e.type}`)}</Table.Td>
                <Table.Td>{e.name}</Table.Td>
                <Table.Td>
                  <Checkbox
                    checked={e.active}
                    aria-label={t('cases:admin.activeFor', { name: e.name })}
                    onChange={(ev) =>
                      save.mutate({
                        method: 'patch',
                        path: `/api/measure-catalogue/${e.id}`,
                        body: { version: e.version, active: ev.currentTarget.checked },
                      })
                    }
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>
    </Stack>
  );
}
