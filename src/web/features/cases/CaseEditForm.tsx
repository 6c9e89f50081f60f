// Edits the case classification with the version the page read: a concurrent change answers 409,
// shown as the conflict message with a reload button.
import { Autocomplete, Button, Group, Modal, Select, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormProps } from './PeopleForms';
import { ALCALDIAS, options, orNull, SaveError } from './shared';
import { type CasePageData, IDENTITIES, PROFILES } from './types';

export function CaseEditForm({ data, ...p }: FormProps<Record<string, unknown>> & { data: CasePageData['case'] }) {
  const { t } = useTranslation();
  const [profile, setProfile] = useState<string | null>(data.profile);
  const [identity, setIdentity] = useState<string | null>(data.identity);
  const [location, setLocation] = useState(data.location ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    p.onSubmit({ version: data.version, profile, identity, location: orNull(location) });
  };
  return (
    <Modal opened onClose={p.onClose} title={t('cases:edit.title')}>
      <form onSubmit={submit}>
        <Stack>
          <Select label={t('cases:fields.profile')} data={options(t, 'profile', PROFILES)} value={profile} onChange={setProfile} allowDeselect={false} />
          <Select label={t('cases:fields.identity')} data={options(t, 'identity', IDENTITIES)} value={identity} onChange={setIdentity} allowDeselect={false} />
          <Autocomplete data={ALCALDIAS} label={t('cases:fields.location')} value={location} onChange={setLocation} maxLength={120} />
          <SaveError error={p.error} onReload={p.onReload} />
          <Group justify="flex-end">
            <Button variant="default" onClick={p.onClose}>{t('common:cancel')}</Button>
            <Button type="submit" loading={p.pending}>{t('common:save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
