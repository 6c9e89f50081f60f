// New case: the core classification the reports count (kind, procedure, profile, identity, opening
// date), where it is, and when the request arrived (the extraordinary procedure clock).
import { Autocomplete, Button, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api';
import { ALCALDIAS, CASES_KEY, options, orUndefined, SaveError, todayMx } from './shared';
import { CASE_KINDS, IDENTITIES, PROCEDURES, PROFILES } from './types';

export function NewCasePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [kind, setKind] = useState<string | null>('incorporation');
  const [procedure, setProcedure] = useState<string | null>('ordinary');
  const [profile, setProfile] = useState<string | null>(null);
  const [identity, setIdentity] = useState<string | null>(null);
  const [openedOn, setOpenedOn] = useState(todayMx());
  const [location, setLocation] = useState('');
  const create = useMutation({
    mutationFn: () =>
      api.post<{ id: string; folio: string }>('/api/cases', {
        kind,
        procedure: kind === 'incorporation' ? procedure : null,
        profile,
        identity,
        openedOn,
        location: orUndefined(location),
      }),
    onSuccess: async (res) => {
      await client.invalidateQueries({ queryKey: CASES_KEY });
      navigate(`/cases/${res.id}`);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };

  return (
    <Stack maw={640}>
      <Title order={1} size="h2">
        {t('cases:new.title')}
      </Title>
      <form onSubmit={submit}>
        <Stack>
          <Select
            label={t('cases:fields.kind')}
            data={options(t, 'kind', CASE_KINDS)}
            value={kind}
            onChange={setKind}
            required
            allowDeselect={false}
          />
          {kind === 'incorporation' && (
            <Select
              label={t('cases:fields.procedure')}
              data={options(t, 'procedure', PROCEDURES)}
              value={procedure}
              onChange={setProcedure}
              required
              allowDeselect={false}
            />
          )}
          <Select
            label={t('cases:fields.profile')}
            data={options(t, 'profile', PROFILES)}
            value={profile}
            onChange={setProfile}
            required
          />
          <Select
            label={t('cases:fields.identity')}
            data={options(t, 'identity', IDENTITIES)}
            value={identity}
            onChange={setIdentity}
            required
          />
          <TextInput
            type="date"
            label={t('cases:fields.openedOn')}
            value={openedOn}
            onChange={(e) => setOpenedOn(e.currentTarget.value)}
            required
          />
          <Autocomplete
            data={ALCALDIAS}
            label={t('cases:fields.location')}
            description={t('cases:new.locationHint')}
            value={location}
            onChange={setLocation}
            maxLength={120}
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
