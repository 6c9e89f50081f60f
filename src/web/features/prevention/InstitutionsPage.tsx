// The catalogue of institutions and organisations the mechanism works with.
import { Button, Group, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TableHead } from '../../ui/TableHead';
import { SubNav, useCan } from './shared';
import { LEVELS, type Institution } from './types';

export function InstitutionsPage() {
  const { t } = useTranslation('prevention');
  const canWrite = useCan('prevention.liaison.write');
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: ['prevention', 'institutions'],
    queryFn: () => api.get<{ items: Institution[] }>('/api/prevention/institutions'),
  });
  const [form, setForm] = useState({ name: '', acronym: '', level: null as string | null });
  const add = useMutation({
    mutationFn: () => api.post('/api/prevention/institutions', { ...form, acronym: form.acronym || null }),
    onSuccess: async () => {
      setForm({ name: '', acronym: '', level: null });
      await qc.invalidateQueries({ queryKey: ['prevention', 'institutions'] });
    },
  });
  return (
    <Stack>
      <SubNav />
      <Title order={1} size="h2">
        {t('institutions.title')}
      </Title>
      <ErrorAlert error={list.error} />
      <Table striped>
        <TableHead labels={[t('field.name'), t('field.acronym'), t('field.level')]} />
        <Table.Tbody>
          {list.data?.items.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td>{i.name}</Table.Td>
              <Table.Td>{i.acronym ?? '—'}</Table.Td>
              <Table.Td>{i.level ? t(`level.${i.level}`) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {canWrite && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate();
          }}
          aria-label={t('institutions.add')}
        >
          <Group align="end">
            <TextInput
              label={t('field.name')}
              required
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
            />
            <TextInput
              label={t('field.acronym')}
              value={form.acronym}
              onChange={(e) => setForm({ ...form, acronym: e.currentTarget.value })}
            />
            <Select
              label={t('field.level')}
              clearable
              value={form.level}
              onChange={(v) => setForm({ ...form, level: v })}
              data={LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))}
            />
            <Button type="submit" loading={add.isPending}>
              {t('institutions.add')}
            </Button>
          </Group>
          <ErrorAlert error={add.error} />
        </form>
      )}
    </Stack>
  );
}
