// Form to register a request received by any channel (art. 196 LTAIPRC: verbal, written, electronic).
import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { requiredMessage } from '../../../common/validation-messages';
import { api } from '../../api';
import { schemaResolver, showServerErrors } from '../../ui/form';
import { ErrorAlert } from '../../ui/ErrorAlert';
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

// Checked in the browser before sending (the server checks again); messages in the UI's language.
const Register = z
  .object({
    folio: z.string().trim().min(1).max(40),
    receivedOn: z.iso.date(),
    kind: z.enum(['public', 'arco']),
    channel: z.enum(['platform', 'email', 'written', 'verbal', 'other']),
    arcoRight: z.string(),
    subject: z.string().trim().min(1).max(300),
    requestText: z.string().max(20_000),
    requesterName: z.string().max(200),
    requesterContact: z.string().max(300),
  })
  .refine((v) => v.kind !== 'arco' || v.arcoRight !== '', { path: ['arcoRight'], error: () => requiredMessage() });

export function RegisterRequestForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('transparency');
  const qc = useQueryClient();
  const navigate = useNavigate();
  const form = useForm<typeof EMPTY>({
    mode: 'controlled',
    initialValues: EMPTY,
    validate: schemaResolver(Register),
  });
  const save = useMutation({
    mutationFn: (values: typeof EMPTY) => {
      const body: Record<string, string> = {};
      for (const [k, v] of Object.entries(values))
        if (v !== '' && !(k === 'arcoRight' && values.kind !== 'arco')) body[k] = v;
      return api.post<RequestDetail>('/api/transparency/requests', body);
    },
    onSuccess: async (r) => {
      await qc.invalidateQueries({ queryKey: ['transparency'] });
      form.reset();
      onDone();
      void navigate(`/transparency/requests/${r.id}`);
    },
    onError: (err) => showServerErrors(form, err),
  });
  const field = (key: keyof typeof EMPTY) => {
    const props = form.getInputProps(key);
    return {
      ...props,
      onChange: (v: unknown) => props.onChange(typeof v === 'object' && v && 'currentTarget' in v ? v : (v ?? '')),
    };
  };
  return (
    <form noValidate onSubmit={form.onSubmit((v) => save.mutate(v))} aria-label={t('register.title')}>
      <Stack>
        <ErrorAlert error={save.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('fields.folio')} withAsterisk {...field('folio')} />
          <TextInput label={t('fields.receivedOn')} type="date" withAsterisk {...field('receivedOn')} />
          <Select
            label={t('fields.kind')}
            withAsterisk
            {...field('kind')}
            allowDeselect={false}
            data={['public', 'arco'].map((v) => ({ value: v, label: t(`kind.${v}`) }))}
          />
          <Select
            label={t('fields.channel')}
            withAsterisk
            {...field('channel')}
            allowDeselect={false}
            data={['platform', 'email', 'written', 'verbal', 'other'].map((v) => ({
              value: v,
              label: t(`channel.${v}`),
            }))}
          />
          {form.values.kind === 'arco' && (
            <Select
              label={t('fields.arcoRight')}
              withAsterisk
              {...field('arcoRight')}
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
          withAsterisk
          maxLength={300}
          {...field('subject')}
        />
        <Textarea label={t('fields.requestText')} autosize minRows={2} {...field('requestText')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('fields.requesterName')}
            description={t('register.optionalPersonal')}
            autoComplete="off"
            {...field('requesterName')}
          />
          <TextInput label={t('fields.requesterContact')} autoComplete="off" {...field('requesterContact')} />
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
