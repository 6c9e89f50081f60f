// The procedure step form: only the actions the server allows for the current status are offered.
import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import type { RequestAction, RequestDetail } from './types';

export function RequestActions({ request, today }: { request: RequestDetail; today: string }) {
  const { t } = useTranslation('transparency');
  const qc = useQueryClient();
  const [action, setAction] = useState<RequestAction | null>(null);
  const [on, setOn] = useState(today);
  const [note, setNote] = useState('');
  const [areas, setAreas] = useState('');
  const [resolution, setResolution] = useState('');
  const [referralKind, setReferralKind] = useState<string | null>(null);
  const [referredTo, setReferredTo] = useState('');
  const step = useMutation({
    mutationFn: () =>
      api.post<RequestDetail>(`/api/transparency/requests/${request.id}/transitions`, {
        action,
        on,
        version: request.version,
        note: note || undefined,
        areas:
          action === 'turn_to_area'
            ? areas
                .split(',')
                .map((a) => a.trim())
                .filter(Boolean)
            : undefined,
        extensionResolution: action === 'extend' ? resolution : undefined,
        referralKind: action === 'refer' ? referralKind : undefined,
        referredTo: action === 'refer' && referredTo ? referredTo : undefined,
      }),
    onSuccess: async (updated) => {
      qc.setQueryData(['transparency', 'request', request.id], updated);
      await qc.invalidateQueries({ queryKey: ['transparency'] });
      setAction(null);
      setNote('');
      setAreas('');
    },
  });
  if (request.allowedActions.length === 0) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    step.mutate();
  };
  return (
    <form onSubmit={submit} aria-label={t('actions.title')}>
      <Stack>
        <ErrorAlert error={step.error} />
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t('actions.action')}
            required
            w={280}
            value={action}
            onChange={(v) => setAction(v as RequestAction | null)}
            data={request.allowedActions.map((a) => ({ value: a, label: t(`action.${a}`) }))}
          />
          <TextInput
            label={t('actions.on')}
            type="date"
            required
            value={on}
            max={today}
            onChange={(e) => setOn(e.currentTarget.value)}
          />
        </Group>
        {action === 'turn_to_area' && (
          <TextInput
            label={t('actions.areas')}
            description={t('actions.areasHint')}
            required
            value={areas}
            onChange={(e) => setAreas(e.currentTarget.value)}
          />
        )}
        {action === 'extend' && (
          <TextInput
            label={t('actions.resolution')}
            required
            value={resolution}
            onChange={(e) => setResolution(e.currentTarget.value)}
          />
        )}
        {action === 'refer' && (
          <Group grow>
            <Select
              label={t('actions.referralKind')}
              required
              value={referralKind}
              onChange={setReferralKind}
              data={['orientation', 'incompetence'].map((v) => ({ value: v, label: t(`referral.${v}`) }))}
            />
            <TextInput
              label={t('actions.referredTo')}
              value={referredTo}
              onChange={(e) => setReferredTo(e.currentTarget.value)}
            />
          </Group>
        )}
        <Textarea
          label={t('actions.note')}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={step.isPending} disabled={!action}>
            {t('actions.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
