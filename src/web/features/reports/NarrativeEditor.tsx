// Staff edit the narrative before issuing: replace a generated paragraph or add their own.
import { Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import type { NarrativeOverrides, Period, ReportResponse } from './pageTypes';

export function NarrativeEditor({ data, period }: { data: ReportResponse; period: Period }) {
  const { t } = useTranslation('reports');
  const client = useQueryClient();
  const [draft, setDraft] = useState<NarrativeOverrides>(data.narrative.overrides);
  useEffect(() => setDraft(data.narrative.overrides), [data.narrative]);

  const save = useMutation({
    mutationFn: () =>
      api.put<{ version: number }>('/api/reports/bimonthly/narrative', {
        ...period,
        overrides: draft,
        version: data.narrative.version,
      }),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('narrative.saved') });
      await client.invalidateQueries({ queryKey: ['reports', 'bimonthly'] });
    },
    onError: (err: Error) => notifications.show({ color: 'red', message: err.message }),
  });

  const setParagraph = (id: string, text: string | undefined) =>
    setDraft((d) => {
      const paragraphs = { ...d.paragraphs };
      if (text === undefined) delete paragraphs[id];
      else paragraphs[id] = text;
      return { ...d, paragraphs };
    });
  const setExtra = (sectionId: string, list: string[]) =>
    setDraft((d) => ({ ...d, extra: { ...d.extra, [sectionId]: list } }));

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('narrative.help')}
      </Text>
      {data.document.sections.map((s) => {
        const extra = draft.extra[s.id] ?? [];
        return (
          <Stack key={s.id} gap="xs">
            <Title order={3} size="h5">
              {s.number}. {s.title}
            </Title>
            {s.blocks.flatMap((b) =>
              b.kind === 'paragraph' && !b.id.includes('.extra.')
                ? [
                    <Stack key={b.id} gap={2}>
                      <Textarea
                        autosize
                        minRows={2}
                        label={t('narrative.paragraph', { id: b.id })}
                        value={draft.paragraphs[b.id] ?? b.text}
                        onChange={(e) => setParagraph(b.id, e.currentTarget.value)}
                      />
                      {draft.paragraphs[b.id] !== undefined && (
                        <Group>
                          <Button size="xs" variant="subtle" onClick={() => setParagraph(b.id, undefined)}>
                            {t('narrative.restore')}
                          </Button>
                        </Group>
                      )}
                    </Stack>,
                  ]
                : [],
            )}
            {extra.map((text, i) => (
              <Group key={i} align="end" wrap="nowrap">
                <Textarea
                  style={{ flex: 1 }}
                  autosize
                  minRows={2}
                  label={t('narrative.extra', { n: i + 1 })}
                  value={text}
                  onChange={(e) =>
                    setExtra(
                      s.id,
                      extra.map((x, j) => (j === i ? e.currentTarget.value : x)),
                    )
                  }
                />
                <Button
                  variant="subtle"
                  color="red"
                  onClick={() =>
                    setExtra(
                      s.id,
                      extra.filter((_, j) => j !== i),
                    )
                  }
                >
                  {t('narrative.remove')}
                </Button>
              </Group>
            ))}
            <Group>
              <Button size="xs" variant="light" onClick={() => setExtra(s.id, [...extra, ''])}>
                {t('narrative.add')}
              </Button>
            </Group>
          </Stack>
        );
      })}
      <Group>
        <Button
          loading={save.isPending}
          onClick={() => save.mutate()}
          disabled={Object.values(draft.extra).some((l) => l.some((x) => x.trim() === ''))}
        >
          {t('narrative.save')}
        </Button>
      </Group>
    </Stack>
  );
}
