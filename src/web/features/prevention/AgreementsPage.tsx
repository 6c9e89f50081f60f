// Agreements (convenios) with their commitments and the actions under them; those behind are flagged.
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDay, SubNav, useCan } from './shared';
import type { Agreement } from './types';

function AgreementCard({ a, canWrite }: { a: Agreement; canWrite: boolean }) {
  const { t, i18n } = useTranslation('prevention');
  const qc = useQueryClient();
  const [commitment, setCommitment] = useState({ text: '', plannedActions: 3, dueOn: '' });
  const [action, setAction] = useState({ on: '', description: '', commitmentId: '' });
  const done = () => qc.invalidateQueries({ queryKey: ['prevention', 'agreements'] });
  const addCommitment = useMutation({
    mutationFn: () =>
      api.post(`/api/prevention/agreements/${a.id}/commitments`, { ...commitment, dueOn: commitment.dueOn || null }),
    onSuccess: done,
  });
  const addAction = useMutation({
    mutationFn: () =>
      api.post(`/api/prevention/agreements/${a.id}/actions`, { ...action, commitmentId: action.commitmentId || null }),
    onSuccess: done,
  });
  const on = (m: { mutate: () => void }) => (e: FormEvent) => {
    e.preventDefault();
    m.mutate();
  };
  return (
    <Card withBorder component="article" aria-label={a.counterpart}>
      <Group justify="space-between">
        <Title order={2} size="h4">
          {a.counterpart}
        </Title>
        {a.behind ? (
          <Badge color="red">{t('agreements.behind')}</Badge>
        ) : (
          <Badge color="green">{t('agreements.onTrack')}</Badge>
        )}
      </Group>
      <Text size="sm">
        {a.code} · {t('field.signedOn')}: {formatDay(a.signedOn, i18n.language)} · {t('field.endsOn')}:{' '}
        {formatDay(a.endsOn, i18n.language)}
        {a.international ? ` · ${t('field.international')}` : ''}
      </Text>
      <Title order={3} size="h5" mt="sm">
        {t('agreements.commitments')}
      </Title>
      <List>
        {a.commitments.map((c) => (
          <List.Item key={c.id}>
            {c.text} — {t('agreements.progress', { done: c.actions, planned: c.plannedActions })}
            {c.behind && (
              <Badge color="red" ml="xs" size="sm">
                {t('agreements.behind')}
              </Badge>
            )}
          </List.Item>
        ))}
      </List>
      <Title order={3} size="h5" mt="sm">
        {t('agreements.actions')}
      </Title>
      <List>
        {a.actions.map((x) => (
          <List.Item key={x.id}>
            {formatDay(x.on, i18n.language)}: {x.description}
          </List.Item>
        ))}
      </List>
      {canWrite && (
        <SimpleGrid cols={{ base: 1, md: 2 }} mt="sm">
          <form onSubmit={on(addCommitment)} aria-label={t('agreements.addCommitment')}>
            <Stack gap="xs">
              <TextInput
                label={t('agreements.commitment')}
                required
                value={commitment.text}
                onChange={(e) => setCommitment({ ...commitment, text: e.currentTarget.value })}
              />
              <Group>
                <NumberInput
                  label={t('agreements.planned')}
                  min={0}
                  value={commitment.plannedActions}
                  onChange={(v) => setCommitment({ ...commitment, plannedActions: Number(v) || 0 })}
                />
                <TextInput
                  type="date"
                  label={t('agreements.dueOn')}
                  value={commitment.dueOn}
                  onChange={(e) => setCommitment({ ...commitment, dueOn: e.currentTarget.value })}
                />
              </Group>
              <Button type="submit" variant="light" w="fit-content">
                {t('agreements.addCommitment')}
              </Button>
            </Stack>
          </form>
          <form onSubmit={on(addAction)} aria-label={t('agreements.addAction')}>
            <Stack gap="xs">
              <TextInput
                type="date"
                label={t('field.on')}
                required
                value={action.on}
                onChange={(e) => setAction({ ...action, on: e.currentTarget.value })}
              />
              <TextInput
                label={t('field.description')}
                required
                value={action.description}
                onChange={(e) => setAction({ ...action, description: e.currentTarget.value })}
              />
              <select
                aria-label={t('agreements.commitment')}
                value={action.commitmentId}
                onChange={(e) => setAction({ ...action, commitmentId: e.currentTarget.value })}
              >
                <option value="">{t('agreements.noCommitment')}</option>
                {a.commitments.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.text}
                  </option>
                ))}
              </select>
              <Button type="submit" variant="light" w="fit-content">
                {t('agreements.addAction')}
              </Button>
            </Stack>
          </form>
          <ErrorAlert error={addCommitment.error ?? addAction.error} />
        </SimpleGrid>
      )}
    </Card>
  );
}

export function AgreementsPage() {
  const { t } = useTranslation('prevention');
  const canWrite = useCan('prevention.liaison.write');
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: ['prevention', 'agreements'],
    queryFn: () => api.get<{ items: Agreement[] }>('/api/prevention/agreements'),
  });
  const [form, setForm] = useState({ counterpart: '', signedOn: '', endsOn: '', international: false });
  const add = useMutation({
    mutationFn: () =>
      api.post('/api/prevention/agreements', {
        ...form,
        signedOn: form.signedOn || null,
        endsOn: form.endsOn || null,
      }),
    onSuccess: async () => {
      setForm({ counterpart: '', signedOn: '', endsOn: '', international: false });
      await qc.invalidateQueries({ queryKey: ['prevention', 'agreements'] });
    },
  });
  const items = list.data?.items ?? [];
  const behind = items.filter((a) => a.behind).length;
  return (
    <Stack>
      <SubNav />
      <Title order={1} size="h2">
        {t('agreements.title')}
      </Title>
      <Text>{t('agreements.summary', { n: items.length, behind })}</Text>
      <ErrorAlert error={list.error} />
      {items.map((a) => (
        <AgreementCard key={a.id} a={a} canWrite={canWrite} />
      ))}
      {canWrite && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate();
          }}
          aria-label={t('agreements.add')}
        >
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('agreements.add')}
            </Title>
            <TextInput
              label={t('field.counterpart')}
              required
              value={form.counterpart}
              onChange={(e) => setForm({ ...form, counterpart: e.currentTarget.value })}
            />
            <Group>
              <TextInput
                type="date"
                label={t('field.signedOn')}
                value={form.signedOn}
                onChange={(e) => setForm({ ...form, signedOn: e.currentTarget.value })}
              />
              <TextInput
                type="date"
                label={t('field.endsOn')}
                value={form.endsOn}
                onChange={(e) => setForm({ ...form, endsOn: e.currentTarget.value })}
              />
            </Group>
            <Checkbox
              label={t('field.international')}
              checked={form.international}
              onChange={(e) => setForm({ ...form, international: e.currentTarget.checked })}
            />
            <ErrorAlert error={add.error} />
            <Button type="submit" w="fit-content" loading={add.isPending}>
              {t('form.save')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
