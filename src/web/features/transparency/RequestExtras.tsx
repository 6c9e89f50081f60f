// Forms for the committee's classification and for appeals (recurso de revisión) of a request.
import { Button, Group, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import type { RequestDetail } from './types';

function useSave<T>(request: RequestDetail, send: (body: T) => Promise<RequestDetail>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (updated) => {
      qc.setQueryData(['transparency', 'request', request.id], updated);
      await qc.invalidateQueries({ queryKey: ['transparency'] });
    },
  });
}

export function ClassificationForm({ request }: { request: RequestDetail }) {
  const { t } = useTranslation('transparency');
  const [form, setForm] = useState({
    classification: request.classification ?? 'public',
    session: request.classificationSession ?? '',
    decidedOn: request.classificationDecidedOn ?? '',
    decision: request.classificationDecision ?? '',
  });
  const save = useSave(request, () =>
    api.put<RequestDetail>(`/api/transparency/requests/${request.id}/classification`, {
      version: request.version,
      classification: form.classification,
      session: form.session || undefined,
      decidedOn: form.decidedOn || undefined,
      decision: form.decision || undefined,
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(undefined);
  };
  return (
    <form onSubmit={submit} aria-label={t('extras.classification')}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('extras.classification')}
        </Title>
        <ErrorAlert error={save.error} />
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <Select
            label={t('fields.classification')}
            value={form.classification}
            allowDeselect={false}
            onChange={(v) => setForm({ ...form, classification: v ?? 'public' })}
            data={['public', 'reserved', 'confidential', 'partially_reserved'].map((v) => ({
              value: v,
              label: t(`classification.${v}`),
            }))}
          />
          <TextInput
            label={t('extras.session')}
            value={form.session}
            onChange={(e) => setForm({ ...form, session: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('extras.decidedOn')}
            value={form.decidedOn}
            onChange={(e) => setForm({ ...form, decidedOn: e.currentTarget.value })}
          />
          <Select
            label={t('extras.decision')}
            clearable
            value={form.decision || null}
            onChange={(v) => setForm({ ...form, decision: v ?? '' })}
            data={['confirmed', 'modified', 'revoked'].map((v) => ({ value: v, label: t(`extras.decisions.${v}`) }))}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" size="xs" loading={save.isPending}>
            {t('common:save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function AppealForm({ request }: { request: RequestDetail }) {
  const { t } = useTranslation('transparency');
  const [form, setForm] = useState({ appealFolio: '', filedOn: '' });
  const save = useSave(request, () =>
    api.post<RequestDetail>(`/api/transparency/requests/${request.id}/appeals`, form),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(undefined);
  };
  return (
    <form onSubmit={submit} aria-label={t('extras.appeal')}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('extras.appeal')}
        </Title>
        <ErrorAlert error={save.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('extras.appealFolio')}
            required
            value={form.appealFolio}
            onChange={(e) => setForm({ ...form, appealFolio: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('extras.filedOn')}
            required
            value={form.filedOn}
            onChange={(e) => setForm({ ...form, filedOn: e.currentTarget.value })}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" size="xs" loading={save.isPending}>
            {t('common:save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Marks an area's answer to the unit's turn as received today. */
export function AreaResponseButton({
  request,
  areaId,
  today,
}: {
  request: RequestDetail;
  areaId: string;
  today: string;
}) {
  const { t } = useTranslation('transparency');
  const save = useSave(request, () =>
    api.patch<RequestDetail>(`/api/transparency/requests/${request.id}/areas/${areaId}`, {
      respondedOn: today,
      version: request.version,
    }),
  );
  const area = request.areas.find((a) => a.id === areaId)?.area ?? '';
  return (
    <>
      <Button
        size="compact-xs"
        variant="subtle"
        onClick={() => save.mutate(undefined)}
        loading={save.isPending}
        aria-label={t('extras.areaRespondedFor', { area })}
      >
        {t('extras.areaResponded')}
      </Button>
      <ErrorAlert error={save.error} />
    </>
  );
}

/** Records the guarantor institute's resolution of an appeal. */
export function AppealOutcomeForm({
  request,
  appeal,
}: {
  request: RequestDetail;
  appeal: RequestDetail['appeals'][number];
}) {
  const { t } = useTranslation('transparency');
  const [outcome, setOutcome] = useState<string | null>(appeal.outcome);
  const [resolvedOn, setResolvedOn] = useState(appeal.resolvedOn ?? '');
  const save = useSave(request, () =>
    api.patch<RequestDetail>(`/api/transparency/appeals/${appeal.id}`, {
      version: appeal.version,
      outcome,
      resolvedOn: resolvedOn || null,
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(undefined);
  };
  return (
    <form onSubmit={submit} aria-label={t('extras.appealOutcomeFor', { folio: appeal.appealFolio })}>
      <Group align="flex-end" gap="xs">
        <Select
          label={t('extras.outcome')}
          size="xs"
          w={200}
          value={outcome}
          onChange={setOutcome}
          data={['confirmed', 'modified', 'revoked', 'dismissed', 'ordered_answer'].map((v) => ({
            value: v,
            label: t(`appealOutcome.${v}`),
          }))}
        />
        <TextInput
          type="date"
          size="xs"
          label={t('extras.resolvedOn')}
          value={resolvedOn}
          onChange={(e) => setResolvedOn(e.currentTarget.value)}
        />
        <Button type="submit" size="xs" loading={save.isPending}>
          {t('common:save')}
        </Button>
      </Group>
      <ErrorAlert error={save.error} />
    </form>
  );
}
