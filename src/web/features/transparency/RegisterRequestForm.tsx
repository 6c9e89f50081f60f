// Form to register a request received by any channel (art. 196 LTAIPRC: verbal, written, electronic).
import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api';
import { ErrorAlert } from './shared';
import type { RequestDetail } from './types';

const EMPTY = {
  folio: '',
  receivedOn: '',
  kind: 'public',
  channel: 'platform',
  arcoRight: '',
  subject: '',
  requestText: '',
  requesterName: '',
  requesterContact: '',
};

export function RegisterRequestForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('transparency');
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [form, setForm] = useState(EMPTY);
  const save = useMutation({
    mutationFn: () => {
      const body: Record<string, string> = {};
      for (const [k, v] of Object.entries(form))
        if (v !== '' && !(k === 'arcoRight' && form.kind !== 'arco')) body[k] = v;
      return api.post<RequestDetail>('/api/transparency/requests', body);
    },
    onSuccess: async (r) => {
      await qc.invalidateQueries({ queryKey: ['transparency'] });
      setForm(EMPTY);
      onDone();
      void navigate(`/transparency/requests/${r.id}`);
    },
  });
  const set = (key: keyof typeof EMPTY) => (value: string | null) => setForm((f) => ({ ...f, [key]: value ?? '' }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} aria-label={t('register.title')}>
      <Stack>
        <ErrorAlert error={save.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('fields.folio')}
            required
            value={form.folio}
            onChange={(e) => set('folio')(e.currentTarget.value)}
          />
          <TextInput
            label={t('fields.receivedOn')}
            type="date"
            required
            value={form.receivedOn}
            onChange={(e) => set('receivedOn')(e.currentTarget.value)}
          />
          <Select
            label={t('fields.kind')}
            required
            value={form.kind}
            onChange={set('kind')}
            allowDeselect={false}
            data={['public', 'arco'].map((v) => ({ value: v, label: t(`kind.${v}`) }))}
          />
          <Select
            label={t('fields.channel')}
            required
            value={form.channel}
            onChange={set('channel')}
            allowDeselect={false}
            data={['platform', 'email', 'written', 'verbal', 'other'].map((v) => ({
              value: v,
              label: t(`channel.${v}`),
            }))}
          />
          {form.kind === 'arco' && (
            <Select
              label={t('fields.arcoRight')}
              required
              value={form.arcoRight || null}
              onChange={set('arcoRight')}
              data={['access', 'rectification', 'cancellation', 'opposition', 'portability'].map((v) => ({
                value: v,
                label: t(`arco.${v}`),
              }))}
            />
          )}
        </SimpleGrid>
        <TextInput
          label={t('fields.subject')}
          description={t('register.subjectHint')}
          required
          maxLength={300}
          value={form.subject}
          onChange={(e) => set('subject')(e.currentTarget.value)}
        />
        <Textarea
          label={t('fields.requestText')}
          autosize
          minRows={2}
          value={form.requestText}
          onChange={(e) => set('requestText')(e.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('fields.requesterName')}
            description={t('register.optionalPersonal')}
            autoComplete="off"
            value={form.requesterName}
            onChange={(e) => set('requesterName')(e.currentTarget.value)}
          />
          <TextInput
            label={t('fields.requesterContact')}
            autoComplete="off"
            value={form.requesterContact}
            onChange={(e) => set('requesterContact')(e.currentTarget.value)}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('register.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
