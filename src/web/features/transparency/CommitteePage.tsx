// Transparency Committee sessions of a year and the indicator of seed 000 §4.
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
import { hasAnyRole, useMe } from '../../auth/session';
import { ErrorAlert, formatDay, SubNav } from './shared';

interface Session {
  id: string;
  kind: 'ordinary' | 'extraordinary';
  ordinal: number;
  scheduledOn: string | null;
  heldOn: string | null;
  topics: string;
  minutesRef: string | null;
  version: number;
}
interface CommitteeData {
  sessions: Session[];
  indicator: { year: number; programmed: number; held: number; extraordinaryHeld: number; percent: number | null };
}

const EMPTY = { kind: 'ordinary', ordinal: '1', scheduledOn: '', heldOn: '', topics: '', minutesRef: '' };

export function CommitteePage() {
  const { t, i18n } = useTranslation('transparency');
  const me = useMe().data;
  const canWrite = !!me && hasAnyRole(me.user.roles, ['transparency']);
  const qc = useQueryClient();
  const [year, setYear] = useState(new Date().getFullYear());
  const [form, setForm] = useState(EMPTY);
  const data = useQuery({
    queryKey: ['transparency', 'committee', year],
    queryFn: () => api.get<CommitteeData>('/api/transparency/committee', { year }),
  });
  const refresh = () => qc.invalidateQueries({ queryKey: ['transparency', 'committee'] });
  const create = useMutation({
    mutationFn: () =>
      api.post('/api/transparency/committee/sessions', {
        kind: form.kind,
        ordinal: Number(form.ordinal),
        scheduledOn: form.scheduledOn || null,
        heldOn: form.heldOn || null,
        topics: form.topics,
        minutesRef: form.minutesRef || null,
      }),
    onSuccess: async () => {
      setForm(EMPTY);
      await refresh();
    },
  });
  const markHeld = useMutation({
    mutationFn: (s: Session) =>
      api.patch(`/api/transparency/committee/sessions/${s.id}`, { version: s.version, heldOn: s.scheduledOn }),
    onSuccess: refresh,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const day = (d: string | null) => formatDay(d, i18n.language);
  const ind = data.data?.indicator;
  return (
    <Stack>
      <SubNav />
      <Title order={1} size="h2">
        {t('committee.title')}
      </Title>
      <NumberInput
        label={t('calendar.year')}
        w={140}
        min={2000}
        max={2100}
        value={year}
        onChange={(v) => setYear(Number(v) || year)}
      />
      <ErrorAlert error={data.error ?? create.error ?? markHeld.error} />
      {ind && (
        <Card withBorder>
          <Text fw={700}>
            {ind.percent === null
              ? t('committee.noneProgrammed')
              : t('committee.indicator', { held: ind.held, programmed: ind.programmed, percent: ind.percent })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('committee.extraordinary', { n: ind.extraordinaryHeld })}
          </Text>
        </Card>
      )}
      <Table striped>
        <Table.Caption>{t('committee.caption', { year })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {['session', 'scheduledOn', 'heldOn', 'topics', 'minutes', ''].map((k) => (
              <Table.Th key={k} scope="col">
                {k ? t(`committee.col.${k}`) : ''}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.data?.sessions.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>{t(`committee.name.${s.kind}`, { n: s.ordinal })}</Table.Td>
              <Table.Td>{day(s.scheduledOn)}</Table.Td>
              <Table.Td>{day(s.heldOn)}</Table.Td>
              <Table.Td>{s.topics}</Table.Td>
              <Table.Td>{s.minutesRef ?? '—'}</Table.Td>
              <Table.Td>
                {canWrite && !s.heldOn && s.scheduledOn && (
                  <Button size="xs" variant="light" onClick={() => markHeld.mutate(s)}>
                    {t('committee.markHeld')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {canWrite && (
        <form onSubmit={submit} aria-label={t('committee.add')}>
          <Title order={2} size="h4" mb="xs">
            {t('committee.add')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('committee.kind')}
              value={form.kind}
              allowDeselect={false}
              onChange={(v) => setForm({ ...form, kind: v ?? 'ordinary' })}
              data={['ordinary', 'extraordinary'].map((v) => ({ value: v, label: t(`committee.kinds.${v}`) }))}
            />
            <NumberInput
              label={t('committee.ordinal')}
              min={1}
              max={99}
              value={form.ordinal}
              onChange={(v) => setForm({ ...form, ordinal: String(v) })}
            />
            <TextInput
              label={t('committee.col.minutes')}
              value={form.minutesRef}
              onChange={(e) => setForm({ ...form, minutesRef: e.currentTarget.value })}
            />
            <TextInput
              type="date"
              label={t('committee.col.scheduledOn')}
              value={form.scheduledOn}
              onChange={(e) => setForm({ ...form, scheduledOn: e.currentTarget.value })}
            />
            <TextInput
              type="date"
              label={t('committee.col.heldOn')}
              value={form.heldOn}
              onChange={(e) => setForm({ ...form, heldOn: e.currentTarget.value })}
            />
          </SimpleGrid>
          <Textarea
            mt="sm"
            label={t('committee.col.topics')}
            description={t('committee.topicsHint')}
            autosize
            minRows={2}
            value={form.topics}
            onChange={(e) => setForm({ ...form, topics: e.currentTarget.value })}
          />
          <Group justify="flex-end" mt="sm">
            <Button type="submit" loading={create.isPending}>
              {t('committee.add')}
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}
