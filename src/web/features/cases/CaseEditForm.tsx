// Edits the case classification with the version the page read: a concurrent change answers 409,
// shown as the conflict message with a reload button.
import { Autocomplete, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal, type FormProps } from './FormModal';
import { ALCALDIAS, options, orNull } from './shared';
import { type CasePageData, IDENTITIES, PROFILES } from './types';

export function CaseEditForm({ data, ...p }: FormProps<Record<string, unknown>> & { data: CasePageData['case'] }) {
  const { t } = useTranslation();
  const [profile, setProfile] = useState<string | null>(data.profile);
  const [identity, setIdentity] = useState<string | null>(data.identity);
  const [location, setLocation] = useState(data.location ?? '');
  const submit = () => p.onSubmit({ version: data.version, profile, identity, location: orNull(location) });
  return (
    <FormModal title={t('cases:edit.title')} p={p} onSubmit={submit} size="md">
      <Select
        label={t('cases:fields.profile')}
        data={options(t, 'profile', PROFILES)}
        value={profile}
        onChange={setProfile}
        allowDeselect={false}
      />
      <Select
        label={t('cases:fields.identity')}
        data={options(t, 'identity', IDENTITIES)}
        value={identity}
        onChange={setIdentity}
        allowDeselect={false}
      />
      <Autocomplete
        data={ALCALDIAS}
        label={t('cases:fields.location')}
        value={location}
        onChange={setLocation}
        maxLength={120}
      />
    </FormModal>
  );
}
