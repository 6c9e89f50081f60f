// The bimonthly report page: choose a period, read the tables and charts, compare with the
// previous period, edit the narrative, issue a version and download DOCX/XLSX/PDF.
import { Alert, Checkbox, Group, NumberInput, SegmentedControl, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ComparePanel } from './ComparePanel';
import { DraftDownloads } from './DraftDownloads';
import { IssuePanel } from './IssuePanel';
import { NarrativeEditor } from './NarrativeEditor';
import type { ReportResponse } from './pageTypes';
import { presetCount, presetOf, presetPeriod, previousPeriod, type PresetKind } from './periods';
import { ReportView } from './ReportView';
import { SettingsPanel } from './SettingsPanel';
import { formatPeriod } from '../../../common/date-format';

/** The page opens on the last complete bimester. */
function initialPreset(): { year: number; index: number } {
  const today = new Date().toISOString().slice(0, 10);
  const current = presetOf('bimester', today);
  const prev = previousPeriod(presetPeriod('bimester', current.year, current.index));
  return presetOf('bimester', prev.from);
}

export function ReportsPage() {
  const { t, i18n } = useTranslation('reports');
  const [kind, setKind] = useState<PresetKind>('bimester');
  const [year, setYear] = useState(initialPreset().year);
  const [index, setIndex] = useState(initialPreset().index);
  const [publicVersion, setPublicVersion] = useState(false);
  const period = presetPeriod(kind, year, Math.min(index, presetCount(kind)));

  const report = useQuery({
    queryKey: ['reports', 'bimonthly', period.from, period.to],
    queryFn: () => api.get<ReportResponse>('/api/reports/bimonthly', { ...period }),
  });
  const canIssue = report.data?.can.issue ?? false;
  const indexOptions = Array.from({ length: presetCount(kind) }, (_, i) => ({
    value: String(i + 1),
    label: t(`period.${kind}.${i + 1}`),
  }));

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('title')}
      </Title>
      <Group align="end" wrap="wrap">
        <SegmentedControl
          aria-label={t('period.kind')}
          value={kind}
          onChange={(v) => {
            setKind(v as PresetKind);
            setIndex(1);
          }}
          data={(['bimester', 'quarter', 'year'] as const).map((k) => ({ value: k, label: t(`period.kinds.${k}`) }))}
        />
        <NumberInput
          label={t('period.year')}
          value={year}
          min={2010}
          max={2100}
          w={110}
          onChange={(v) => typeof v === 'number' && v >= 2010 && v <= 2100 && setYear(v)}
        />
        {kind !== 'year' && (
          <Select
            label={t(`period.kinds.${kind}`)}
            data={indexOptions}
            value={String(Math.min(index, presetCount(kind)))}
            onChange={(v) => v && setIndex(Number(v))}
            w={220}
            allowDeselect={false}
          />
        )}
        <Text size="sm" data-testid="period-label">
          {formatPeriod(period.from, period.to, i18n.language)}
        </Text>
      </Group>
      <Group gap="md">
        <DraftDownloads period={period} audience={publicVersion ? 'public' : 'internal'} />
        <Checkbox
          label={t('publicVersion')}
          description={t('publicVersionHint')}
          checked={publicVersion}
          onChange={(e) => setPublicVersion(e.currentTarget.checked)}
        />
      </Group>
      {report.error && (
        <Alert color="red" role="alert">
          {report.error.message}
        </Alert>
      )}
      {!report.data && !report.error && <Text>{t('loading')}</Text>}
      {report.data && (
        <Tabs defaultValue="report" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="report">{t('tabs.report')}</Tabs.Tab>
            <Tabs.Tab value="compare">{t('tabs.compare')}</Tabs.Tab>
            {canIssue && <Tabs.Tab value="narrative">{t('tabs.narrative')}</Tabs.Tab>}
            <Tabs.Tab value="issued">{t('tabs.issued', { n: report.data.issued.length })}</Tabs.Tab>
            {canIssue && <Tabs.Tab value="settings">{t('tabs.settings')}</Tabs.Tab>}
          </Tabs.List>
          <Tabs.Panel value="report" pt="md">
            <ReportView doc={report.data.document} />
          </Tabs.Panel>
          <Tabs.Panel value="compare" pt="md">
            <ComparePanel current={report.data.report} period={period} />
          </Tabs.Panel>
          {canIssue && (
            <Tabs.Panel value="narrative" pt="md">
              <NarrativeEditor data={report.data} period={period} />
            </Tabs.Panel>
          )}
          <Tabs.Panel value="issued" pt="md">
            <IssuePanel period={period} issued={report.data.issued} canIssue={canIssue} />
          </Tabs.Panel>
          {canIssue && (
            <Tabs.Panel value="settings" pt="md">
              <SettingsPanel />
            </Tabs.Panel>
          )}
        </Tabs>
      )}
    </Stack>
  );
}
