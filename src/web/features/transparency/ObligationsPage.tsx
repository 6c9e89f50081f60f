// SIPOT / local platform obligations of a quarter: status per obligation and the compliance %.
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
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { SubNav, useTransparencyCan } from './shared';
import { ErrorAlert } from '../../ui/ErrorAlert';
import type { ComplianceRow, QuarterCompliance } from './types';

function RowEditor({ row, onSaved }: { row: ComplianceRow; onSaved: () => void }) {
  const { t } = useTranslation('transparency');
  const [status, setStatus] = useState(row.status);
  const [updatedOn, setUpdatedOn] = useState(row.updatedOn ?? '');
  const [validatedOn, setValidatedOn] = useState(row.validatedOn ?? '');
  const [evidenceRef, setEvidenceRef] = useState(row.evidenceRef ?? '');
  const save = useMutation({
    mutationFn: () =>
      api.put(`/api/transparency/obligations/${row.obligation.id}/periods/${row.period}`, {
        version: row.version,
        status,
        updatedOn: updatedOn || null,
        validatedOn: validatedOn || null,
        evidenceRef: evidenceRef || null,
      }),
    onSuccess: onSaved,
  });
  const label = `${row.obligation.fraction} ${row.period}`;
  return (
    <>
      <Table.Td>
        <Select
          aria-label={t('obligations.statusOf', { label })}
          value={status}
          allowDeselect={false}
          onChange={(v) => setStatus((v ?? 'pending') as ComplianceRow['status'])}
          data={['pending', 'uploaded', 'validated'].map((v) => ({ value: v, label: t(`obligationStatus.${v}`) }))}
        />
      </Table.Td>
      <Table.Td>
        <TextInput
          type="date"
          aria-label={t('obligations.updatedOnOf', { label })}
          value={updatedOn}
          onChange={(e) => setUpdatedOn(e.currentTarget.value)}
        />
      </Table.Td>
      <Table.Td>
        <TextInput
          type="date"
          aria-label={t('obligations.validatedOnOf', { label })}
          value={validatedOn}
          onChange={(e) => setValidatedOn(e.currentTarget.value)}
        />
      </Table.Td>
      <Table.Td>
        <TextInput
          aria-label={t('obligations.evidenceOf', { label })}
          value={evidenceRef}
          onChange={(e) => setEvidenceRef(e.currentTarget.value)}
        />
      </Table.Td>
      <Table.Td>
        <Button size="xs" onClick={() => save.mutate()} loading={save.isPending}>
          {t('common:save')}
        </Button>
        {save.error && (
          <Text size="xs" c="red" role="alert">
            {save.error.message}
          </Text>
        )}
      </Table.Td>
    </>
  );
}

export function ObligationsPage() {
  const { t } = useTranslation('transparency');
  const canWrite = useTransparencyCan().write;
  const qc = useQueryClient();
  const [year, setYear] = useState(new Date().getFullYear());
  const [q, setQ] = useState(String(Math.floor(new Date().getMonth() / 3) + 1));
  const quarter = `${year}-Q${q}`;
  const [form, setForm] = useState({ fraction: '', title: '', responsibleArea: '', periodicity: 'quarterly' });
  const data = useQuery({
    queryKey: ['transparency', 'compliance', quarter],
    queryFn: () => api.get<QuarterCompliance>('/api/transparency/obligations/compliance', { quarter }),
    enabled: /^\d{4}-Q[1-4]$/.test(quarter),
  });
  const create = useMutation({
    mutationFn: () => api.post('/api/transparency/obligations', form),
    onSuccess: async () => {
      setForm({ fraction: '', title: '', responsibleArea: '', periodicity: 'quarterly' });
      await qc.invalidateQueries({ queryKey: ['transparency', 'compliance'] });
    },
  });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['transparency', 'compliance'] });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const c = data.data?.compliance;
  return (
    <Stack>
      <SubNav />
      <Title order={1} size="h2">
        {t('obligations.title')}
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
          label={t('obligations.quarter')}
          w={140}
          value={q}
          allowDeselect={false}
          onChange={(v) => setQ(v ?? '1')}
          data={['1', '2', '3', '4']}
        />
      </Group>
      <ErrorAlert error={data.error ?? create.error} />
      {c && (
        <Card withBorder>
          <Text fw={700} size="lg" data-testid="compliance">
            {c.percent === null ? t('obligations.nothingDue') : t('obligations.percent', { percent: c.percent })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('obligations.summary', { required: c.required, uploaded: c.uploaded, validated: c.validated })}
          </Text>
        </Card>
      )}
      <Table.ScrollContainer minWidth={900}>
        <Table striped>
          <Table.Caption>{t('obligations.caption', { quarter })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {['fraction', 'obligation', 'area', 'period', 'status', 'updatedOn', 'validatedOn', 'evidence', ''].map(
                (k) => (
                  <Table.Th key={k} scope="col">
                    {k ? t(`obligations.col.${k}`) : ''}
                  </Table.Th>
                ),
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.data?.rows.map((r) => (
              <Table.Tr key={`${r.obligation.id}-${r.period}-${r.version}`}>
                <Table.Td>{r.obligation.fraction}</Table.Td>
                <Table.Td>{r.obligation.title}</Table.Td>
                <Table.Td>{r.obligation.responsibleArea}</Table.Td>
                <Table.Td>{r.period}</Table.Td>
                {canWrite ? (
                  <RowEditor row={r} onSaved={refresh} />
                ) : (
                  <>
                    <Table.Td>{t(`obligationStatus.${r.status}`)}</Table.Td>
                    <Table.Td>{r.updatedOn ?? '—'}</Table.Td>
                    <Table.Td>{r.validatedOn ?? '—'}</Table.Td>
                    <Table.Td>{r.evidenceRef ?? '—'}</Table.Td>
                    <Table.Td />
                  </>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {canWrite && (
        <form onSubmit={submit} aria-label={t('obligations.add')}>
          <Title order={2} size="h4" mb="xs">
            {t('obligations.add')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <TextInput
              label={t('obligations.col.fraction')}
              required
              value={form.fraction}
              onChange={(e) => setForm({ ...form, fraction: e.currentTarget.value })}
            />
            <TextInput
              label={t('obligations.col.obligation')}
              required
              value={form.title}
              onChange={(e) => setForm({ ...form, title: e.currentTarget.value })}
            />
            <TextInput
              label={t('obligations.col.area')}
              required
              value={form.responsibleArea}
              onChange={(e) => setForm({ ...form, responsibleArea: e.currentTarget.value })}
            />
            <Select
              label={t('obligations.periodicity')}
              value={form.periodicity}
              allowDeselect={false}
              onChange={(v) => setForm({ ...form, periodicity: v ?? 'quarterly' })}
              data={['quarterly', 'half_yearly', 'yearly'].map((v) => ({ value: v, label: t(`periodicity.${v}`) }))}
            />
          </SimpleGrid>
          <Group justify="flex-end" mt="sm">
            <Button type="submit" loading={create.isPending}>
              {t('obligations.add')}
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}
