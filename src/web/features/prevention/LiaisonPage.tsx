// Events, meetings, community activities and international collaborations, newest first.
import { Button, Checkbox, Group, Select, SimpleGrid, Stack, Table, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TableHead } from '../../ui/TableHead';
import { formatDay, SubNav, useCan } from './shared';
import { LIAISON_KINDS, type Liaison } from './types';

const EMPTY = {
  kind: 'event' as Liaison['kind'],
  on: '',
  institution: '',
  title: '',
  international: false,
  description: '',
};

export function LiaisonPage() {
  const { t, i18n } = useTranslation('prevention');
  const canWrite = useCan('prevention.liaison.write');
  const qc = useQueryClient();
  const [kind, setKind] = useState<string | null>(null);
  const [form, setForm] = useState(EMPTY);
  const list = useQuery({
    queryKey: ['prevention', 'liaison', kind],
    queryFn: () =>
      api.get<{ items: Liaison[]; total: number }>('/api/prevention/liaison', { kind: kind ?? undefined, limit: 200 }),
  });
  const add = useMutation({
    mutationFn: () => api.post<Liaison>('/api/prevention/liaison', { ...form, description: form.description || null }),
    onSuccess: async () => {
      setForm(EMPTY);
      await qc.invalidateQueries({ queryKey: ['prevention', 'liaison'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <Stack>
      <SubNav />
      <Title order={1} size="h2">
        {t('liaison.title')}
      </Title>
      <Select
        label={t('field.kind')}
        clearable
        w={260}
        value={kind}
        onChange={setKind}
        data={LIAISON_KINDS.map((k) => ({ value: k, label: t(`liaisonKind.${k}`) }))}
      />
      <ErrorAlert error={list.error} />
      <Table striped>
        <TableHead
          labels={[t('field.on'), t('field.kind'), t('field.institution'), t('field.title'), t('field.international')]}
        />
        <Table.Tbody>
          {list.data?.items.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td>{formatDay(l.on, i18n.language)}</Table.Td>
              <Table.Td>{t(`liaisonKind.${l.kind}`)}</Table.Td>
              <Table.Td>{l.institution}</Table.Td>
              <Table.Td>{l.title}</Table.Td>
              <Table.Td>{l.international ? t('yes') : t('no')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {canWrite && (
        <form onSubmit={submit} aria-label={t('liaison.add')}>
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('liaison.add')}
            </Title>
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              <Select
                label={t('field.kind')}
                required
                allowDeselect={false}
                value={form.kind}
                onChange={(v) => v && setForm({ ...form, kind: v as Liaison['kind'] })}
                data={LIAISON_KINDS.map((k) => ({ value: k, label: t(`liaisonKind.${k}`) }))}
              />
              <TextInput
                type="date"
                label={t('field.on')}
                required
                value={form.on}
                onChange={(e) => setForm({ ...form, on: e.currentTarget.value })}
              />
              <TextInput
                label={t('field.institution')}
                required
                value={form.institution}
                onChange={(e) => setForm({ ...form, institution: e.currentTarget.value })}
              />
            </SimpleGrid>
            <TextInput
              label={t('field.title')}
              required
              value={form.title}
              onChange={(e) => setForm({ ...form, title: e.currentTarget.value })}
            />
            <Textarea
              label={t('field.description')}
              description={t('field.descriptionHelp')}
              value={form.description}
              onChange={(e) => setForm({ ...form, description: e.currentTarget.value })}
            />
            <Checkbox
              label={t('field.international')}
              checked={form.international}
              onChange={(e) => setForm({ ...form, international: e.currentTarget.checked })}
            />
            <ErrorAlert error={add.error} />
            <Group>
              <Button type="submit" loading={add.isPending}>
                {t('form.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
