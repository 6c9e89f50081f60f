// Dashboard of the monitoring: findings by month against the same month a year earlier, by
// situation, form, type, profile and identity, and the choropleth of the alcaldías (ECharts,
// drawn from the bundled geojson: no tile server). Staff see exact counts; "publication" (and
// roles outside the monitoring staff) get counts under 3 as "<3".
import { Alert, Button, Checkbox, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import * as echarts from 'echarts';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ALCALDIA_KEYS } from '../../../common/features/monitoring';
import {
  ALCALDIAS_MAP,
  alcaldiaMapOption,
  monthsComparisonOption,
  type ShownCount,
} from '../../../common/monitoring.charts';
import { api } from '../../api';
import { EChart } from '../reports/EChart';
import geojson from './alcaldias.geojson?raw';
import { MONITORING_KEY, placeLabel, type StatsOut } from './shared';

echarts.registerMap(ALCALDIAS_MAP, JSON.parse(geojson));

type Counts = Record<string, ShownCount>;
type Stats = StatsOut;

function CountTable({ title, group, counts }: { title: string; group: string; counts: Counts }) {
  const { t } = useTranslation();
  return (
    <Table striped withTableBorder>
      <Table.Caption>{title}</Table.Caption>
      <Table.Tbody>
        {Object.entries(counts).map(([k, n]) => (
          <Table.Tr key={k}>
            <Table.Th scope="row">{group === 'place' ? placeLabel(k, t) : t(`monitoring:${group}.${k}`)}</Table.Th>
            <Table.Td ta="right">{n}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

const year = new Date().getFullYear();

export function MonitoringDashboardPage() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({ from: `${year}-01-01`, to: `${year}-12-31`, public: false });
  const [q, setQ] = useState(draft);
  const stats = useQuery({
    queryKey: [...MONITORING_KEY, 'stats', q],
    queryFn: () =>
      api.get<Stats>('/api/monitoring/stats', { from: q.from, to: q.to, public: q.public ? 'true' : undefined }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setQ(draft);
  };
  const mapOption = useMemo(
    () =>
      stats.data
        ? alcaldiaMapOption(
            t('monitoring:dashboard.map'),
            Object.fromEntries(ALCALDIA_KEYS.map((k) => [k, stats.data.findings.byAlcaldia[k] ?? 0])) as Record<
              (typeof ALCALDIA_KEYS)[number],
              ShownCount
            >,
          )
        : null,
    [stats.data, t],
  );
  const monthOption = useMemo(
    () =>
      stats.data
        ? monthsComparisonOption(
            t('monitoring:dashboard.byMonth'),
            stats.data.findings.byMonth.map((r) => ({ label: r.month, total: r.total, previousYear: r.previousYear })),
            { current: t('monitoring:dashboard.current'), previous: t('monitoring:dashboard.previous') },
          )
        : null,
    [stats.data, t],
  );
  const s = stats.data;
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('monitoring:dashboard.title')}
      </Title>
      <form onSubmit={submit} aria-label={t('monitoring:list.filters')}>
        <Group align="flex-end">
          <TextInput
            type="date"
            label={t('monitoring:list.from')}
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('monitoring:list.to')}
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value })}
          />
          <Checkbox
            label={t('monitoring:dashboard.public')}
            checked={draft.public}
            onChange={(e) => setDraft({ ...draft, public: e.currentTarget.checked })}
          />
          <Button type="submit">{t('monitoring:list.apply')}</Button>
        </Group>
      </form>
      {stats.isError && <Alert color="red">{(stats.error as Error).message}</Alert>}
      {s && (
        <>
          {s.public && <Text size="sm">{t('monitoring:dashboard.publicNote')}</Text>}
          <Text>{t('monitoring:dashboard.totals', { total: s.findings.total, verified: s.findings.verified })}</Text>
          <Table striped withTableBorder>
            <Table.Caption>{t('monitoring:dashboard.byMonth')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('monitoring:dashboard.month')}</Table.Th>
                <Table.Th>{t('monitoring:dashboard.current')}</Table.Th>
                <Table.Th>{t('monitoring:dashboard.previous')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {s.findings.byMonth.map((r) => (
                <Table.Tr key={r.month}>
                  <Table.Td>{r.month}</Table.Td>
                  <Table.Td>{r.total}</Table.Td>
                  <Table.Td>{r.previousYear}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {monthOption && <EChart option={monthOption} height={320} label={t('monitoring:dashboard.byMonth')} />}
          {mapOption && (
            <div data-testid="monitoring-map">
              <EChart option={mapOption} height={560} label={t('monitoring:dashboard.map')} />
            </div>
          )}
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <CountTable title={t('monitoring:field.situation')} group="situation" counts={s.findings.bySituation} />
            <CountTable title={t('monitoring:field.forms')} group="aggressionForm" counts={s.findings.byForm} />
            <CountTable title={t('monitoring:field.types')} group="type" counts={s.findings.byType} />
            <CountTable title={t('monitoring:field.profile')} group="profile" counts={s.findings.byProfile} />
            <CountTable title={t('monitoring:field.identity')} group="identity" counts={s.findings.byIdentity} />
            <CountTable title={t('monitoring:dashboard.protest')} group="phase" counts={s.protestMonitoring} />
            <CountTable title={t('monitoring:field.alcaldia')} group="place" counts={s.findings.byAlcaldia} />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
