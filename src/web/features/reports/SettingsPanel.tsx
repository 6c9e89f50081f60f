// The institution's texts printed on the cover and page headers of the documents.
import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';

interface Settings {
  institution: { headerLines: string[]; name: string; shortName: string };
  version: number;
}

export function SettingsPanel() {
  const { t } = useTranslation('reports');
  const client = useQueryClient();
  const q = useQuery({ queryKey: ['reports', 'settings'], queryFn: () => api.get<Settings>('/api/reports/settings') });
  const [lines, setLines] = useState('');
  const [name, setName] = useState('');
  const [shortName, setShortName] = useState('');
  useEffect(() => {
    if (!q.data) return;
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
      <Group>
        <Button loading={save.isPending} disabled={!q.data} onClick={() => save.mutate()}>
          {t('settings.save')}
        </Button>
      </Group>
    </Stack>
  );
}
