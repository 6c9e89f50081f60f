// Activities of the unit that the bimonthly report narrates (seed 003 §7.1 portals, §7.2 the
// Comité's integration steps, §7.4 open government), with the sentence each one will print.
import {
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
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
import { formatDay, SubNav, useTransparencyCan } from './shared';
import { ErrorAlert } from '../../ui/ErrorAlert';

const CATEGORIES = ['portal', 'committee', 'open_government'] as const;
const VERBS = ['carried_out', 'received'] as const;

interface Activity {
  id: string;
  category: (typeof CATEGORIES)[number];
  verb: (typeof VERBS)[number];
  occurredOn: string;
  text: string;
  version: number;
}

const EMPTY = { category: 'open_government', verb: 'carried_out', occurredOn: '', text: '' };

export function ActivitiesPage() {
  const { t, i18n } = useTranslation('transparency');
  const canWrite = useTransparencyCan().write;
  const qc = useQueryClient();
  const [year, setYear] = useState(new Date().getFullYear());
  const [form, setForm] = useState(EMPTY);
  const list = useQuery({
    queryKey: ['transparency', 'activities', year],
    queryFn: () => api.get<Activity[]>('/api/transparency/activities', { year }),
  });
  const create = useMutation({
    mutationFn: () => api.post('/api/transparency/activities', form),
    onSuccess: async () => {
      setForm(EMPTY);
      await qc.invalidateQueries({ queryKey: ['transparency', 'activities'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <Stack>
      <SubNav />
      <Title order={1} size="h2">
        {t('activities.title')}
      </Title>
      <Text c="dimmed">{t('activities.hint')}</Text>
      {canWrite && (
        <Card withBorder component="form" aria-labelledby="new-activity" onSubmit={submit}>
          <Stack gap="sm">
            <Title order={2} size="h4" id="new-activity">
              {t('activities.new')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Select
                label={t('activities.category')}
                allowDeselect={false}
                value={form.category}
                onChange={(v) => setForm({ ...form, category: v ?? 'open_government' })}
                data={CATEGORIES.map((c) => ({ value: c, label: t(`activities.categories.${c}`) }))}
              />
              {form.category === 'committee' && (
                <Select
                  label={t('activities.verb')}
                  allowDeselect={false}
                  value={form.verb}
                  onChange={(v) => setForm({ ...form, verb: v ?? 'carried_out' })}
                  data={VERBS.map((v) => ({ value: v, label: t(`activities.verbs.${v}`) }))}
                />
              )}
              <TextInput
                type="date"
                label={t('activities.occurredOn')}
                required
                value={form.occurredOn}
                onChange={(e) => setForm({ ...form, occurredOn: e.currentTarget.value })}
              />
            </SimpleGrid>
            <Textarea
              label={t('activities.text')}
              description={t(`activities.textHint.${form.category}`)}
              required
              autosize
              minRows={2}
              value={form.text}
              onChange={(e) => setForm({ ...form, text: e.currentTarget.value })}
            />
            <ErrorAlert error={create.error} />
            <Group>
              <Button type="submit" loading={create.isPending}>
                {t('activities.save')}
              </Button>
              {create.isSuccess && <Text role="status">{t('activities.saved')}</Text>}
            </Group>
          </Stack>
        </Card>
      )}
      <NumberInput
        label={t('activities.year')}
        w={120}
        min={2000}
        max={2100}
        value={year}
        onChange={(v) => setYear(Number(v) || year)}
      />
      <ErrorAlert error={list.error} />
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('activities.occurredOn')}</Table.Th>
            <Table.Th>{t('activities.category')}</Table.Th>
            <Table.Th>{t('activities.text')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data?.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>{formatDay(a.occurredOn, i18n.language)}</Table.Td>
              <Table.Td>
                {t(`activities.categories.${a.category}`)}
                {a.category === 'committee' ? ` (${t(`activities.verbs.${a.verb}`)})` : ''}
              </Table.Td>
              <Table.Td>{a.text}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.data?.length === 0 && <Text c="dimmed">{t('activities.empty')}</Text>}
    </Stack>
  );
}
