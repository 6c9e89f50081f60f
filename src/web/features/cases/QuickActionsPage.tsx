// Quick action entry: a month × measures grid of daily counts, saved in one request. Saving replaces
// that month's entries of every measure shown (an emptied cell removes its entry).
import { Alert, Anchor, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api';
import { CASES_KEY, SaveError, todayMx } from './shared';
import type { MonthGrid } from './types';

export function QuickActionsPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [params] = useSearchParams();
  const caseId = params.get('caseId') ?? undefined;
  const [month, setMonth] = useState(todayMx().slice(0, 7));
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
  const grid = useQuery({
    queryKey: [...CASES_KEY, 'grid', month, caseId],
    queryFn: () => api.get<MonthGrid>('/api/measure-actions/month', { month, caseId }),
    enabled: valid,
  });
  const [cells, setCells] = useState<Record<string, number[]>>({});
  useEffect(() => {
    if (grid.data) setCells(Object.fromEntries(grid.data.measures.map((m) => [m.id, [...m.counts]])));
  }, [grid.data]);
  const save = useMutation({
    mutationFn: () =>
      api.put<{ entries: number }>('/api/measure-actions/month', {
        month,
        measures: Object.entries(cells).map(([measureId, counts]) => ({
          measureId,
          days: counts.map((count, i) => ({ day: i + 1, count })).filter((d) => d.count > 0),
          // what was loaded: the server refuses the save (409) if someone changed the month since
          expected: grid.data?.measures.find((m) => m.id === measureId)?.counts,
        })),
      }),
    onSuccess: async (res) => {
      notifications.show({ color: 'teal', message: t('cases:actions.saved', { count: res.entries }) });
      await client.invalidateQueries({ queryKey: CASES_KEY });
    },
  });
  const setCell = (id: string, day: number, value: string) => {
    const n = Math.max(0, Math.min(100_000, Math.trunc(Number(value) || 0)));
    setCells((c) => ({ ...c, [id]: c[id]!.map((v, i) => (i === day ? n : v)) }));
  };
  const fillRow = (id: string) => setCells((c) => ({ ...c, [id]: c[id]!.map(() => c[id]![0] ?? 0) }));
  const days = grid.data?.days ?? 0;
  const measures = grid.data?.measures ?? [];

  return (
    <Stack>
      <Anchor component={Link} to={caseId ? `/cases/${caseId}` : '/cases'} size="sm">
        {t('cases:page.back')}
      </Anchor>
      <Title order={1} size="h2">
        {t('cases:actions.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('cases:actions.help')}
      </Text>
      <Group align="flex-end">
        <TextInput
          type="month"
          label={t('cases:actions.month')}
          value={month}
          onChange={(e) => setMonth(e.currentTarget.value)}
        />
        <Button onClick={() => save.mutate()} loading={save.isPending} disabled={measures.length === 0}>
          {t('cases:actions.save')}
        </Button>
      </Group>
      <SaveError
        error={save.error}
        onReload={() => {
          save.reset();
          void grid.refetch();
        }}
      />
      {grid.error && (
        <Alert color="red" role="alert">
          {grid.error.message}
        </Alert>
      )}
      {grid.data && measures.length === 0 && <Text c="dimmed">{t('cases:actions.none')}</Text>}
      {measures.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table withColumnBorders highlightOnHover fz="xs" data-testid="actions-grid">
            <Table.Caption>{t('cases:actions.caption', { month })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('cases:actions.measure')}</Table.Th>
                {Array.from({ length: days }, (_, d) => (
                  <Table.Th key={d} scope="col" ta="center">
                    {d + 1}
                  </Table.Th>
                ))}
                <Table.Th scope="col">{t('cases:actions.total')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {measures.map((m) => {
                const row = cells[m.id] ?? m.counts;
                return (
                  <Table.Tr key={m.id}>
                    <Table.Th scope="row" miw={220}>
                      <Text size="xs" ff="monospace">
                        {m.folio} · {m.code}
                      </Text>
                      <Text size="xs">{m.name}</Text>
                      <Button size="compact-xs" variant="subtle" onClick={() => fillRow(m.id)}>
                        {t('cases:actions.fill')}
                      </Button>
                    </Table.Th>
                    {row.map((v, d) => (
                      <Table.Td key={d} p={2}>
                        <input
                          type="number"
                          min={0}
                          inputMode="numeric"
                          value={v === 0 ? '' : v}
                          onChange={(e) => setCell(m.id, d, e.currentTarget.value)}
                          aria-label={t('cases:actions.cell', { code: m.code, day: d + 1 })}
                          style={{ width: '2.6rem', padding: 2, textAlign: 'right', font: 'inherit' }}
                        />
                      </Table.Td>
                    ))}
                    <Table.Td fw={600}>{row.reduce((s, n) => s + n, 0)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
