// Quarterly statistics of requests, with an XLSX download for the guarantor institute's reports.
import { Anchor, Group, NumberInput, Select, Stack, Table, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { SubNav } from './shared';
import { ErrorAlert } from '../../ui/ErrorAlert';

interface Quarter {
  received: number;
  closed: number;
  closedInTime: number;
  closedLate: number;
  open: number;
  openOverdue: number;
  extended: number;
  clarificationRequested: number;
  appeals: number;
  averageWorkingDaysToClose: number | null;
  byKind: Record<string, number>;
  byStatus: Record<string, number>;
  byChannel: Record<string, number>;
}
const ROWS = [
  'received',
  'closed',
  'closedInTime',
  'closedLate',
  'open',
  'openOverdue',
  'extended',
  'clarificationRequested',
  'appeals',
  'averageWorkingDaysToClose',
] as const;

export function StatisticsPage() {
  const { t } = useTranslation('transparency');
  const now = new Date();
  const [year, setYear] = useState(now.getFullYear());
  const [quarter, setQuarter] = useState(String(Math.floor(now.getMonth() / 3) + 1));
  const q = useQuery({
    queryKey: ['transparency', 'stats', year, quarter],
    queryFn: () => api.get<Quarter>('/api/transparency/statistics/quarterly', { year, quarter }),
  });
  return (
    <Stack>
      <SubNav />
      <Title order={1} size="h2">
        {t('statistics.title')}
      </Title>
      <Group align="flex-end">
        <NumberInput
          label={t('calendar.year')}
          w={140}
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => setYear(Number(v) || year)}
        />
        <Select
          label={t('statistics.quarter')}
          w={140}
          value={quarter}
          allowDeselect={false}
          onChange={(v) => setQuarter(v ?? '1')}
          data={['1', '2', '3', '4']}
        />
        <Anchor href={`/api/transparency/statistics/quarterly?year=${year}&quarter=${quarter}&format=xlsx`} download>
          {t('statistics.download')}
        </Anchor>
      </Group>
      <ErrorAlert error={q.error} />
      {q.data && (
        <Table striped maw={600}>
          <Table.Caption>{t('statistics.caption', { year, quarter })}</Table.Caption>
          <Table.Tbody>
            {ROWS.map((k) => (
              <Table.Tr key={k}>
                <Table.Th scope="row">{t(`statistics.${k}`)}</Table.Th>
                <Table.Td>{q.data[k] ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
            {Object.entries(q.data.byKind).map(([k, n]) => (
              <Table.Tr key={`kind-${k}`}>
                <Table.Th scope="row">{t(`kind.${k}`)}</Table.Th>
                <Table.Td>{n}</Table.Td>
              </Table.Tr>
            ))}
            {Object.entries(q.data.byChannel).map(([k, n]) => (
              <Table.Tr key={`channel-${k}`}>
                <Table.Th scope="row">
                  {k === 'imported'
                    ? t('statistics.importedChannel')
                    : t('statistics.byChannel', { channel: t(`channel.${k}`, { defaultValue: k }) })}
                </Table.Th>
                <Table.Td>{n}</Table.Td>
              </Table.Tr>
            ))}
            {Object.entries(q.data.byStatus).map(([k, n]) => (
              <Table.Tr key={`status-${k}`}>
                <Table.Th scope="row">{t('statistics.byStatus', { status: t(`status.${k}`) })}</Table.Th>
                <Table.Td>{n}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
