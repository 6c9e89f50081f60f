// Current period against the previous one of the same length: the headline numbers and change.
import { Alert, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { CASE_BUCKETS } from '../../../common/report';
import type { BimonthlyReport } from '../../../server/features/reports/report.contract';
import type { Period, ReportResponse } from './pageTypes';
import { previousPeriod } from './periods';
import { TableHead } from '../../ui/TableHead';
import { formatLongDate } from '../../../common/date-format';

/** The headline number of each module's object of the report JSON, by path (absent when the module is off). */
const MODULE_INDICATORS: Array<[key: string, path: string]> = [
  ['sessions', 'bodySessions.total.sessions'],
  ['agreements', 'bodySessions.total.agreements'],
  ['workshops', 'selfProtectionWorkshops.total.total'],
  ['preventionActions', 'preventionActions.total.activities'],
  ['preventionParticipants', 'preventionActions.total.total'],
  ['events', 'liaison.events'],
  ['meetings', 'liaison.meetings'],
  ['community', 'liaison.community'],
  ['contracts', 'contracts.total'],
  ['gazette', 'gazettePublications.total'],
  ['deliverables', 'deliverables.total.delivered'],
  ['findings', 'monitoring.findings.total'],
  ['protestMonitoring', 'monitoring.protestMonitoring.total'],
];

function numberAt(r: object, path: string): number | undefined {
  let v: unknown = r;
  for (const k of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return typeof v === 'number' ? v : undefined;
}

function indicators(r: BimonthlyReport): Array<[string, number]> {
  return [
    ...CASE_BUCKETS.map((b): [string, number] => [`bucket.${b}`, r.casesByType.rows[b].total]),
    ['casesTotal', r.casesByType.total.total],
    ['measures', r.measures.total.measures],
    ['actions', r.measures.total.actions],
    ['requests', r.informationRequests.total.received],
    ['admissible', r.informationRequests.total.admissible],
    ['inadmissible', r.informationRequests.total.inadmissible],
    ...MODULE_INDICATORS.flatMap(([key, path]): Array<[string, number]> => {
      const n = numberAt(r, path);
      return n === undefined ? [] : [[key, n]];
    }),
  ];
}

export function ComparePanel({ current, period }: { current: BimonthlyReport; period: Period }) {
  const { t, i18n } = useTranslation('reports');
  const prev = previousPeriod(period);
  const q = useQuery({
    queryKey: ['reports', 'bimonthly', prev.from, prev.to],
    queryFn: () => api.get<ReportResponse>('/api/reports/bimonthly', { ...prev }),
  });
  if (q.error)
    return (
      <Alert color="red" role="alert">
        {q.error.message}
      </Alert>
    );
  if (!q.data) return <Text>{t('loading')}</Text>;
  const before = new Map(indicators(q.data.report));
  return (
    <Table striped withTableBorder data-testid="compare-table">
      <Table.Caption>
        {t('compare.caption', {
          from: formatLongDate(prev.from, i18n.language),
          to: formatLongDate(prev.to, i18n.language),
        })}
      </Table.Caption>
      <TableHead labels={[t('compare.indicator'), t('compare.previous'), t('compare.current'), t('compare.change')]} />
      <Table.Tbody>
        {indicators(current).map(([key, n]) => {
          const b = before.get(key) ?? 0;
          const change = n - b;
          return (
            <Table.Tr key={key}>
              <Table.Th scope="row" fw={400}>
                {t(`compare.rows.${key}`)}
              </Table.Th>
              <Table.Td>{b.toLocaleString('es-MX')}</Table.Td>
              <Table.Td>{n.toLocaleString('es-MX')}</Table.Td>
              <Table.Td>{change > 0 ? `+${change.toLocaleString('es-MX')}` : change.toLocaleString('es-MX')}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
