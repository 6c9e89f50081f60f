// The institution's texts printed on the cover and page headers of the documents, and the switches
// of the optional report sections (on by default).
import { Button, Fieldset, Group, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';

interface Settings {
  institution: { headerLines: string[]; name: string; shortName: string };
  sections: { id: string; enabled: boolean }[];
  version: number;
}

export function SettingsPanel() {
  const { t } = useTranslation('reports');
  const client = useQueryClient();
  const q = useQuery({ queryKey: ['reports', 'settings'], queryFn: () => api.get<Settings>('/api/reports/settings') });
  const [lines, setLines] = useState('');
  const [name, setName] = useState('');
  const [shortName, setShortName] = useState('');
  const [disabled, setDisabled] = useState<string[]>([]);
  useEffect(() => {
    if (!q.data) return;
    setDisabled(q.data.sections.filter((s) => !s.enabled).map((s) => s.id));
    setLines(q.data.institution.headerLines.join('\n'));
    setName(q.data.institution.name);
    setShortName(q.data.institution.shortName);
  }, [q.data]);
  const save = useMutation({
    mutationFn: () =>
      api.put('/api/reports/settings', {
        institution: {
          headerLines: lines
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean),
          name: name.trim(),
          shortName: shortName.trim(),
        },
        disabledSections: disabled,
        version: q.data?.version ?? 0,
      }),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('settings.saved') });
      await client.invalidateQueries({ queryKey: ['reports'] });
    },
    onError: (err: Error) => notifications.show({ color: 'red', message: err.message }),
  });
  return (
    <Stack maw={720}>
      <Text size="sm" c="dimmed">
        {t('settings.help')}
      </Text>
      <Textarea
        label={t('settings.headerLines')}
        description={t('settings.headerLinesHelp')}
        autosize
        minRows={4}
        value={lines}
        onChange={(e) => setLines(e.currentTarget.value)}
      />
      <TextInput
        label={t('settings.name')}
        value={name}
        maxLength={300}
        onChange={(e) => setName(e.currentTarget.value)}
      />
      <TextInput
        label={t('settings.shortName')}
        value={shortName}
        maxLength={40}
        onChange={(e) => setShortName(e.currentTarget.value)}
      />
      {q.data && q.data.sections.length > 0 && (
        <Fieldset legend={t('settings.sections')}>
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('settings.sectionsHelp')}
            </Text>
            {q.data.sections.map((s) => (
              <Switch
                key={s.id}
                label={t(`settings.section.${s.id}`)}
                checked={!disabled.includes(s.id)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setDisabled((d) => (on ? d.filter((x) => x !== s.id) : [...d, s.id]));
                }}
              />
            ))}
          </Stack>
        </Fieldset>
      )}
      <Group>
        <Button loading={save.isPending} disabled={!q.data} onClick={() => save.mutate()}>
          {t('settings.save')}
        </Button>
      </Group>
    </Stack>
  );
}
