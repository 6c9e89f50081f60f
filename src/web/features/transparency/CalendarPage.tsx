// Calendar of non-working days: computed holidays (LFT art. 74) and the days the unit published.
import { Button, Group, NumberInput, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { formatDay, SubNav, useTransparencyCan } from './shared';
import { ErrorAlert } from '../../ui/ErrorAlert';
import type { CalendarData } from './types';

export function CalendarPage() {
  const { t, i18n } = useTranslation('transparency');
  const canWrite = useTransparencyCan().write;
  const qc = useQueryClient();
  const [year, setYear] = useState(new Date().getFullYear());
  const [range, setRange] = useState({ from: '', to: '', description: '', source: '' });
  const cal = useQuery({
    queryKey: ['transparency', 'calendar', year],
    queryFn: () => api.get<CalendarData>('/api/transparency/calendar', { year }),
  });
  const add = useMutation({
    mutationFn: () =>
      api.post<{ added: number; skipped: number }>('/api/transparency/calendar/import', {
        source: range.source,
        entries: [{ from: range.from, to: range.to || undefined, description: range.description }],
      }),
    onSuccess: async () => {
      setRange({ from: '', to: '', description: '', source: range.source });
      await qc.invalidateQueries({ queryKey: ['transparency'] });
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.del(`/api/transparency/calendar/days/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['transparency'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  const day = (d: string) => formatDay(d, i18n.language);
  return (
    <Stack>
      <SubNav />
      <Title order={1} size="h2">
        {t('calendar.title')}
      </Title>
      <Text c="dimmed">{t('calendar.intro')}</Text>
      <NumberInput
        label={t('calendar.year')}
        w={140}
        min={2000}
        max={2100}
        value={year}
        onChange={(v) => setYear(Number(v) || year)}
      />
      <ErrorAlert error={cal.error ?? add.error ?? remove.error} />
      {add.data && (
        <Text role="status">{t('calendar.added', { added: add.data.added, skipped: add.data.skipped })}</Text>
      )}
      {canWrite && (
        <form onSubmit={submit} aria-label={t('calendar.add')}>
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <TextInput
              type="date"
              label={t('calendar.from')}
              required
              value={range.from}
              onChange={(e) => setRange({ ...range, from: e.currentTarget.value })}
            />
            <TextInput
              type="date"
              label={t('calendar.to')}
              value={range.to}
              onChange={(e) => setRange({ ...range, to: e.currentTarget.value })}
            />
            <TextInput
              label={t('calendar.description')}
              value={range.description}
              onChange={(e) => setRange({ ...range, description: e.currentTarget.value })}
            />
            <TextInput
              label={t('calendar.source')}
              value={range.source}
              onChange={(e) => setRange({ ...range, source: e.currentTarget.value })}
            />
          </SimpleGrid>
          <Group justify="flex-end" mt="sm">
            <Button type="submit" loading={add.isPending}>
              {t('calendar.add')}
            </Button>
          </Group>
        </form>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Table>
          <Table.Caption>{t('calendar.holidays')}</Table.Caption>
          <Table.Tbody>
            {cal.data?.holidays.map((h) => (
              <Table.Tr key={h.date}>
                <Table.Td>{day(h.date)}</Table.Td>
                <Table.Td>{t(`holiday.${h.reason}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Table>
          <Table.Caption>{t('calendar.published', { total: cal.data?.published.length ?? 0 })}</Table.Caption>
          <Table.Tbody>
            {cal.data?.published.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{day(p.day)}</Table.Td>
                <Table.Td>
                  {p.description}
                  {p.source ? (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      ({p.source})
                    </Text>
                  ) : null}
                </Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => remove.mutate(p.id)}
                      aria-label={t('calendar.removeDay', { day: day(p.day) })}
                    >
                      {t('calendar.remove')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </SimpleGrid>
    </Stack>
  );
}
