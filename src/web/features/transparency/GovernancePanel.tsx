// Installation setting: which verified rule set governs the deadlines, from which date of receipt.
// Admins decide (audited, kept as history); everyone with access reads the decision and its trail.
import {
  Alert,
  Button,
  Card,
  Group,
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
import { formatDateTime } from '../../ui/format';
import { formatDay } from './shared';
import { ErrorAlert } from '../../ui/ErrorAlert';

export interface Verification {
  verifiedBy: string;
  verifiedOn: string;
  source: string;
  notes: string;
  recordedBy: string | null;
  recordedAt: string;
}
export interface RuleSetItem {
  builtIn: boolean;
  verified: boolean;
  verification: Verification | null;
  ruleSet: { key: string; name: string; family: string };
}
interface Decision {
  id: string;
  family: string | null;
  ruleSetKey: string | null;
  effectiveFrom: string;
  note: string;
  decidedBy: string | null;
  decidedAt: string;
}

const NONE = '__none__';

export function GovernancePanel({ sets, isAdmin }: { sets: RuleSetItem[]; isAdmin: boolean }) {
  const { t, i18n } = useTranslation('transparency');
  const qc = useQueryClient();
  const gov = useQuery({
    queryKey: ['transparency', 'governing'],
    queryFn: () => api.get<{ current: Decision | null; history: Decision[] }>('/api/transparency/governing-rule-set'),
  });
  const [form, setForm] = useState({ ruleSetKey: '', effectiveFrom: '', note: '' });
  const save = useMutation({
    mutationFn: () =>
      api.post('/api/transparency/governing-rule-set', {
        ruleSetKey: form.ruleSetKey === NONE ? null : form.ruleSetKey,
        effectiveFrom: form.effectiveFrom,
        note: form.note,
      }),
    onSuccess: async () => {
      setForm({ ruleSetKey: '', effectiveFrom: '', note: '' });
      await qc.invalidateQueries({ queryKey: ['transparency'] });
    },
  });
  const nameOf = (key: string | null) =>
    key === null ? t('governing.none') : (sets.find((s) => s.ruleSet.key === key)?.ruleSet.name ?? key);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const current = gov.data?.current ?? null;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('governing.title')}
        </Title>
        <ErrorAlert error={gov.error} />
        <Alert color={current?.ruleSetKey ? 'blue' : 'orange'} data-testid="governing-current">
          {current?.ruleSetKey
            ? t('governing.current', {
                name: nameOf(current.ruleSetKey),
                date: formatDay(current.effectiveFrom, i18n.language),
              })
            : t('governing.earliest')}
        </Alert>
        <Text size="sm" c="dimmed">
          {t('governing.explain')}
        </Text>
        {(gov.data?.history.length ?? 0) > 0 && (
          <Table>
            <Table.Caption>{t('governing.history')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('governing.effectiveFrom')}</Table.Th>
                <Table.Th scope="col">{t('governing.ruleSet')}</Table.Th>
                <Table.Th scope="col">{t('governing.decidedBy')}</Table.Th>
                <Table.Th scope="col">{t('governing.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {gov.data!.history.map((h) => (
                <Table.Tr key={h.id}>
                  <Table.Td>{formatDay(h.effectiveFrom, i18n.language)}</Table.Td>
                  <Table.Td>{nameOf(h.ruleSetKey)}</Table.Td>
                  <Table.Td>
                    {h.decidedBy ?? '—'} ({formatDateTime(h.decidedAt)})
                  </Table.Td>
                  <Table.Td>{h.note || '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {isAdmin && (
          <form onSubmit={submit} aria-label={t('governing.save')}>
            <Stack gap="xs">
              <ErrorAlert error={save.error} />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select
                  label={t('governing.ruleSet')}
                  required
                  value={form.ruleSetKey || null}
                  onChange={(v) => setForm({ ...form, ruleSetKey: v ?? '' })}
                  data={[
                    { value: NONE, label: t('governing.none') },
                    ...sets.filter((s) => s.verified).map((s) => ({ value: s.ruleSet.key, label: s.ruleSet.name })),
                  ]}
                  description={t('governing.onlyVerified')}
                />
                <TextInput
                  type="date"
                  required
                  label={t('governing.effectiveFrom')}
                  value={form.effectiveFrom}
                  onChange={(e) => setForm({ ...form, effectiveFrom: e.currentTarget.value })}
                />
              </SimpleGrid>
              <Textarea
                label={t('governing.note')}
                value={form.note}
                maxLength={2000}
                onChange={(e) => setForm({ ...form, note: e.currentTarget.value })}
              />
              <Group justify="flex-end">
                <Button type="submit" loading={save.isPending} disabled={!form.ruleSetKey || !form.effectiveFrom}>
                  {t('governing.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}

export function VerificationInfo({ item }: { item: RuleSetItem }) {
  const { t, i18n } = useTranslation('transparency');
  const v = item.verification;
  if (!v) return null;
  return (
    <Text size="sm" data-testid={`verification-${item.ruleSet.key}`}>
      {t('verification.recorded', {
        by: v.verifiedBy,
        on: formatDay(v.verifiedOn, i18n.language),
        source: v.source,
        recordedBy: v.recordedBy ?? '—',
        at: formatDateTime(v.recordedAt),
      })}
      {v.notes ? ` ${v.notes}` : ''}
    </Text>
  );
}

export function VerificationForm({ item }: { item: RuleSetItem }) {
  const { t } = useTranslation('transparency');
  const qc = useQueryClient();
  const [form, setForm] = useState({ verifiedBy: '', verifiedOn: '', source: '', notes: '' });
  const save = useMutation({
    mutationFn: () => api.post(`/api/transparency/rule-sets/${item.ruleSet.key}/verification`, form),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['transparency'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} aria-label={t('verification.form', { name: item.ruleSet.name })}>
      <Stack gap="xs" mt="xs">
        <Title order={3} size="h5">
          {t('verification.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('verification.explain')}
        </Text>
        <ErrorAlert error={save.error} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            required
            label={t('verification.verifiedBy')}
            value={form.verifiedBy}
            maxLength={200}
            onChange={(e) => setForm({ ...form, verifiedBy: e.currentTarget.value })}
          />
          <TextInput
            required
            type="date"
            label={t('verification.verifiedOn')}
            value={form.verifiedOn}
            onChange={(e) => setForm({ ...form, verifiedOn: e.currentTarget.value })}
          />
          <TextInput
            required
            label={t('verification.source')}
            value={form.source}
            maxLength={300}
            onChange={(e) => setForm({ ...form, source: e.currentTarget.value })}
          />
        </SimpleGrid>
        <Textarea
          label={t('verification.notes')}
          value={form.notes}
          maxLength={2000}
          onChange={(e) => setForm({ ...form, notes: e.currentTarget.value })}
        />
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={save.isPending}>
            {t('verification.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
