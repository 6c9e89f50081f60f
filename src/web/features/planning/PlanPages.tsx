// One plan: progress dashboard (traffic lights, what is behind, who is responsible), the plan's
// tree, and each indicator sheet as the seed prints it with its values by period, a chart and,
// for planning staff, the typed values with evidence and the targets.
import {
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  NumberInput,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EChartsOption } from 'echarts';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useParams } from 'react-router';
import { api } from '../../api';
import { EChart } from '../reports/EChart';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { fmt, LightBadge } from './components';
import { PlanActions } from './PlanActions';
import type { IndicatorProgress, Plan, PlanNode, Progress } from './types';

export function PlanPages() {
  return (
    <Routes>
      <Route path=":planId" element={<PlanPage />} />
      <Route path=":planId/sheets/:indicatorId" element={<SheetPage />} />
    </Routes>
  );
}

function usePlan(planId: string) {
  return useQuery({
    queryKey: ['planning', 'plan', planId],
    queryFn: () => api.get<Plan>(`/api/planning/plans/${planId}`),
  });
}
function useProgress(planId: string) {
  return useQuery({
    queryKey: ['planning', 'progress', planId],
    queryFn: () => api.get<Progress>(`/api/planning/plans/${planId}/progress`),
  });
}

function PlanPage() {
  const { t } = useTranslation('planning');
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  return (
    <Stack>
      <Anchor component={Link} to="/planning">
        {t('back')}
      </Anchor>
      <ErrorAlert error={plan.error} />
      {plan.data && (
        <>
          <Title order={1} size="h2">
            {plan.data.title}
          </Title>
          <Text c="dimmed">
            {plan.data.institution} · {plan.data.id}
          </Text>
          <PlanActions plan={plan.data} />
          <Tabs defaultValue="progress" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="progress">{t('tabs.progress')}</Tabs.Tab>
              <Tabs.Tab value="tree">{t('tabs.tree')}</Tabs.Tab>
              <Tabs.Tab value="front">{t('tabs.front')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="progress" pt="md">
              <Dashboard plan={plan.data} />
            </Tabs.Panel>
            <Tabs.Panel value="tree" pt="md">
              <Tree plan={plan.data} />
            </Tabs.Panel>
            <Tabs.Panel value="front" pt="md">
              <Stack>
                <Title order={2} size="h4">
                  {t('front.introduction')}
                </Title>
                {plan.data.frontMatter.introduction.map((p, i) => (
                  <Text key={i}>{p}</Text>
                ))}
                <Title order={2} size="h4">
                  {t('front.mission')}
                </Title>
                <Text>{plan.data.frontMatter.mission}</Text>
                <Title order={2} size="h4">
                  {t('front.vision')}
                </Title>
                <Text>{plan.data.frontMatter.vision}</Text>
              </Stack>
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </Stack>
  );
}

function Dashboard({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation('planning');
  const progress = useProgress(plan.id);
  const [behindOnly, setBehindOnly] = useState(false);
  const rows = (progress.data?.indicators ?? []).filter(
    (i) => !behindOnly || i.cumulative.light === 'red' || i.cumulative.light === 'yellow',
  );
  const periods = progress.data?.indicators.find((i) => i.periods.length > 1)?.periods.map((p) => p.period) ?? [];
  const counts = (progress.data?.indicators ?? []).reduce<Record<string, number>>((acc, i) => {
    acc[i.cumulative.light] = (acc[i.cumulative.light] ?? 0) + 1;
    return acc;
  }, {});
  return (
    <Stack>
      <ErrorAlert error={progress.error} />
      {progress.data && (
        <>
          <Group aria-label={t('dashboard.summary')} data-testid="light-summary">
            {(['green', 'yellow', 'red', 'none'] as const).map((l) => (
              <Group key={l} gap={4}>
                <LightBadge light={l} />
                <Text data-testid={`count-${l}`}>{counts[l] ?? 0}</Text>
              </Group>
            ))}
            <Text size="sm" c="dimmed">
              {t('dashboard.asOf', { date: progress.data.asOf })}
            </Text>
          </Group>
          <Checkbox
            label={t('dashboard.behindOnly')}
            checked={behindOnly}
            onChange={(e) => setBehindOnly(e.currentTarget.checked)}
          />
          <Table.ScrollContainer minWidth={900}>
            <Table striped withTableBorder>
              <Table.Caption>{t('dashboard.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('sheet.code')}</Table.Th>
                  <Table.Th>{t('sheet.name')}</Table.Th>
                  {periods.map((p) => (
                    <Table.Th key={p}>{p.slice(5) || p}</Table.Th>
                  ))}
                  <Table.Th>{t('dashboard.cumulative')}</Table.Th>
                  <Table.Th>{t('sheet.responsible')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((i) => (
                  <Table.Tr key={i.id} data-code={i.code}>
                    <Table.Td>
                      <Anchor component={Link} to={`/planning/${plan.id}/sheets/${i.id}`}>
                        {i.code}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {i.name}
                      <StatusNote indicator={i} />
                    </Table.Td>
                    {periods.map((key) => {
                      const p = i.periods.find((x) => x.period === key);
                      return (
                        <Table.Td key={key}>
                          {p ? `${fmt(p.achieved, i18n.language)} / ${fmt(p.programmed, i18n.language)}` : '—'}
                        </Table.Td>
                      );
                    })}
                    <Table.Td data-testid={`cumulative-${i.code}`}>
                      <Group gap={4} wrap="nowrap">
                        <LightBadge light={i.cumulative.light} />
                        <Text size="sm">{fmt(i.cumulative.percent, i18n.language, ' %')}</Text>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" lineClamp={2}>
                        {i.responsible ?? '—'}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}

function StatusNote({ indicator }: { indicator: IndicatorProgress }) {
  const { t } = useTranslation('planning');
  if (indicator.sourceStatus === 'computed') return null;
  return (
    <Text size="xs" c="dimmed">
      {t(`status.${indicator.sourceStatus}`, { source: indicator.sourceId })}
    </Text>
  );
}

function Tree({ plan }: { plan: Plan }) {
  const children = (parent: string | null): PlanNode[] => plan.nodes.filter((n) => n.parent === parent);
  const sheets = (code: string) => plan.indicators.filter((i) => i.node === code);
  const render = (nodes: PlanNode[]) => (
    <List listStyleType="none" withPadding spacing={4}>
      {nodes.map((n) => (
        <List.Item key={n.code}>
          <Text fw={n.parent ? 400 : 700}>
            {n.code} {n.title}
          </Text>
          {sheets(n.code).map((s) => (
            <Anchor key={s.id} component={Link} to={`/planning/${plan.id}/sheets/${s.id}`} size="sm" ml="md">
              {s.name}
            </Anchor>
          ))}
          {children(n.code).length > 0 && render(children(n.code))}
        </List.Item>
      ))}
    </List>
  );
  return <nav aria-label={plan.title}>{render(children(null))}</nav>;
}

const SHEET_FIELDS = [
  ['goalText', 'goal'],
  ['name', 'name'],
  ['dimension', 'dimension'],
  ['definition', 'definition'],
  ['formula', 'formula'],
  ['unit', 'unit'],
  ['baselineText', 'baseline'],
  ['responsible', 'responsible'],
  ['source', 'source'],
] as const;

function SheetPage() {
  const { t, i18n } = useTranslation('planning');
  const { planId = '', indicatorId = '' } = useParams();
  const plan = usePlan(planId);
  const progress = useProgress(planId);
  const canWrite = plan.data?.can.edit ?? false;
  const sheet = plan.data?.indicators.find((i) => i.id === indicatorId);
  const prog = progress.data?.indicators.find((i) => i.id === indicatorId);
  const option = useMemo<EChartsOption | null>(
    () =>
      prog
        ? {
            animation: false,
            legend: {},
            tooltip: {},
            xAxis: { type: 'category', data: prog.periods.map((p) => p.period) },
            yAxis: { type: 'value' },
            series: [
              { name: t('sheet.programmed'), type: 'bar', data: prog.periods.map((p) => p.programmed) },
              { name: t('sheet.achieved'), type: 'bar', data: prog.periods.map((p) => p.achieved) },
            ],
          }
        : null,
    [prog, t],
  );
  return (
    <Stack>
      <Anchor component={Link} to={`/planning/${planId}`}>
        {plan.data?.title ?? t('back')}
      </Anchor>
      <ErrorAlert error={plan.error ?? progress.error} />
      {sheet && (
        <>
          <Title order={1} size="h2">
            {t('sheet.title', { code: sheet.code })}
          </Title>
          <Card withBorder>
            <Table variant="vertical" layout="fixed">
              <Table.Tbody>
                {SHEET_FIELDS.map(([field, key]) => (
                  <Table.Tr key={field}>
                    <Table.Th w={260}>{t(`sheet.${key}`)}</Table.Th>
                    <Table.Td>{sheet[field] ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
                {Object.entries(sheet.extra ?? {}).map(([key, value]) => (
                  <Table.Tr key={key}>
                    <Table.Th>{t(`extra.${key}`, { defaultValue: key })}</Table.Th>
                    <Table.Td>{value}</Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr>
                  <Table.Th>{t('sheet.formulaType')}</Table.Th>
                  <Table.Td>{t(`formula.${sheet.formulaType}`)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('sheet.dataSource')}</Table.Th>
                  <Table.Td>{sheet.sourceId ?? t('status.typed')}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Card>
        </>
      )}
      {prog && (
        <>
          <StatusNote indicator={prog} />
          <Table striped withTableBorder>
            <Table.Caption>{t('sheet.valuesCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sheet.period')}</Table.Th>
                <Table.Th>{t('sheet.programmed')}</Table.Th>
                <Table.Th>{t('sheet.achieved')}</Table.Th>
                {prog.formulaType === 'B' && <Table.Th>{t('sheet.previous')}</Table.Th>}
                <Table.Th>{t('sheet.percent')}</Table.Th>
                <Table.Th>{t('sheet.light')}</Table.Th>
                <Table.Th>{t('sheet.evidence')}</Table.Th>
                <Table.Th>{t('sheet.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[
                ...prog.periods,
                { ...prog.cumulative, period: t('dashboard.cumulative'), evidence: null, note: null },
              ].map((p) => (
                <Table.Tr key={p.period} data-period={p.period}>
                  <Table.Td>{p.period}</Table.Td>
                  <Table.Td>{fmt(p.programmed, i18n.language)}</Table.Td>
                  <Table.Td>{fmt(p.achieved, i18n.language)}</Table.Td>
                  {prog.formulaType === 'B' && <Table.Td>{fmt(p.previous, i18n.language)}</Table.Td>}
                  <Table.Td>{fmt(p.percent, i18n.language, ' %')}</Table.Td>
                  <Table.Td>
                    <LightBadge light={p.light} />
                  </Table.Td>
                  <Table.Td>{p.evidence ?? ''}</Table.Td>
                  <Table.Td>{p.note ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {option && <EChart option={option} height={280} label={t('sheet.chartLabel', { code: prog.code })} />}
          {canWrite && <EditForms indicator={prog} planId={planId} />}
        </>
      )}
    </Stack>
  );
}

function EditForms({ indicator, planId }: { indicator: IndicatorProgress; planId: string }) {
  const { t } = useTranslation('planning');
  const qc = useQueryClient();
  const [period, setPeriod] = useState(indicator.periods[0]!.period);
  const current = indicator.periods.find((p) => p.period === period)!;
  const [value, setValue] = useState<number | string>('');
  const [evidence, setEvidence] = useState('');
  const [note, setNote] = useState('');
  const [target, setTarget] = useState<number | string>('');
  const bound = indicator.sourceId !== null;
  const refresh = () => qc.invalidateQueries({ queryKey: ['planning', 'progress', planId] });
  const saveValue = useMutation({
    mutationFn: () =>
      api.put(`/api/planning/indicators/${indicator.id}/values/${period}`, {
        value: bound || value === '' ? null : Number(value),
        evidence: evidence || null,
        note: note || null,
        ...(current.valueVersion ? { version: current.valueVersion } : {}),
      }),
    onSuccess: refresh,
  });
  const saveTarget = useMutation({
    mutationFn: () =>
      api.put(`/api/planning/indicators/${indicator.id}/targets/${period}`, {
        programmed: Number(target),
        ...(current.targetVersion ? { version: current.targetVersion } : {}),
      }),
    onSuccess: refresh,
  });
  const choose = (p: string | null) => {
    if (!p) return;
    const row = indicator.periods.find((x) => x.period === p)!;
    setPeriod(p);
    setValue(row.typedValue ?? '');
    setEvidence(row.evidence ?? '');
    setNote(row.note ?? '');
    setTarget(row.target ?? '');
  };
  const submit = (m: { mutate: () => void }) => (e: FormEvent) => {
    e.preventDefault();
    m.mutate();
  };
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('edit.title')}
      </Title>
      <Select
        label={t('sheet.period')}
        data={indicator.periods.map((p) => p.period)}
        value={period}
        onChange={choose}
        allowDeselect={false}
        w={200}
      />
      <form onSubmit={submit(saveValue)} aria-label={t('edit.valueForm')}>
        <Stack gap="xs" mt="sm">
          {bound ? (
            <Text size="sm">{t('edit.boundHint', { source: indicator.sourceId })}</Text>
          ) : (
            <NumberInput label={t('edit.value')} min={0} value={value} onChange={setValue} w={200} />
          )}
          <Textarea label={t('sheet.evidence')} value={evidence} onChange={(e) => setEvidence(e.currentTarget.value)} />
          <Textarea label={t('sheet.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          <ErrorAlert error={saveValue.error} />
          <Group>
            <Button type="submit" loading={saveValue.isPending}>
              {t('edit.saveValue')}
            </Button>
            {saveValue.isSuccess && <Text role="status">{t('edit.saved')}</Text>}
          </Group>
        </Stack>
      </form>
      {indicator.formulaType !== 'E' && (
        <form onSubmit={submit(saveTarget)} aria-label={t('edit.targetForm')}>
          <Group align="end" mt="md">
            <NumberInput label={t('edit.target')} min={0} value={target} onChange={setTarget} w={200} required />
            <Button type="submit" variant="light" loading={saveTarget.isPending}>
              {t('edit.saveTarget')}
            </Button>
          </Group>
          <ErrorAlert error={saveTarget.error} />
        </form>
      )}
    </Card>
  );
}
