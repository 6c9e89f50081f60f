// New case: the core classification the reports count (kind, procedure, profile, identity, opening
// date), where it is, and when the request arrived (the extraordinary procedure clock). Validated
// by the form kit: a missing field gets its message under it, in the UI's language.
import { Autocomplete, Button, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { requiredMessage } from '../../../common/validation-messages';
import { api } from '../../api';
import { schemaResolver, showServerErrors } from '../../ui/form';
import { ALCALDIAS, CASES_KEY, options, orUndefined, SaveError, todayMx } from './shared';
import { CASE_KINDS, IDENTITIES, PROCEDURES, PROFILES } from './types';

const NewCase = z
  .object({
    kind: z.enum(CASE_KINDS),
    procedure: z.enum(PROCEDURES).nullable(),
    profile: z.enum(PROFILES),
    identity: z.enum(IDENTITIES),
    openedOn: z.iso.date(),
    location: z.string().max(120),
  })
  .refine((v) => v.kind !== 'incorporation' || v.procedure !== null, {
    path: ['procedure'],
    error: () => requiredMessage(),
  });

interface Values {
  kind: string | null;
  procedure: string | null;
  profile: string | null;
  identity: string | null;
  openedOn: string;
  location: string;
}

export function NewCasePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      kind: 'incorporation',
      procedure: 'ordinary',
      profile: null,
      identity: null,
      openedOn: todayMx(),
      location: '',
    },
    validate: schemaResolver(NewCase),
  });
  const kind = form.values.kind;
  const create = useMutation({
    mutationFn: (v: Values) =>
      api.post<{ id: string; folio: string }>('/api/cases', {
        kind: v.kind,
        procedure: v.kind === 'incorporation' ? v.procedure : null,
        profile: v.profile,
        identity: v.identity,
        openedOn: v.openedOn,
        location: orUndefined(v.location),
      }),
    onSuccess: async (res) => {
      await client.invalidateQueries({ queryKey: CASES_KEY });
      navigate(`/cases/${res.id}`);
    },
    onError: (err) => showServerErrors(form, err),
  });

  return (
    <Stack maw={640}>
      <Title order={1} size="h2">
        {t('cases:new.title')}
      </Title>
      <form noValidate onSubmit={form.onSubmit((v) => create.mutate(v))}>
        <Stack>
          <Select
            label={t('cases:fields.kind')}
            data={options(t, 'kind', CASE_KINDS)}
            withAsterisk
            allowDeselect={false}
            {...form.getInputProps('kind')}
          />
          {kind === 'incorporation' && (
            <Select
              label={t('cases:fields.procedure')}
              data={options(t, 'procedure', PROCEDURES)}
              withAsterisk
              allowDeselect={false}
              {...form.getInputProps('procedure')}
            />
          )}
          <Select
            label={t('cases:fields.profile')}
            data={options(t, 'profile', PROFILES)}
            withAsterisk
            {...form.getInputProps('profile')}
          />
          <Select
            label={t('cases:fields.identity')}
            data={options(t, 'identity', IDENTITIES)}
            withAsterisk
            {...form.getInputProps('identity')}
          />
          <TextInput type="date" label={t('cases:fields.openedOn')} withAsterisk {...form.getInputProps('openedOn')} />
          <Autocomplete
            data={ALCALDIAS}
            label={t('cases:fields.location')}
            description={t('cases:new.locationHint')}
            maxLength={120}
            {...form.getInputProps('location')}
          />
          <SaveError error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => navigate('/cases')}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('cases:new.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
