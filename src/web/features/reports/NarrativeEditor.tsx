// Staff edit the narrative before issuing: replace or leave out any generated paragraph of any
// section (the server lists every paragraph the period's data generate, removed ones included),
// add their own at the end of a section, and mark the paragraphs the public version may print.
import { Badge, Button, Checkbox, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import type { NarrativeOverrides, Period, ReportResponse } from './pageTypes';

/** The overrides without keys the period's report no longer has (data changed since they were saved). */
function known(draft: NarrativeOverrides, data: ReportResponse): NarrativeOverrides {
  const ids = new Set(data.paragraphs.map((p) => p.id));
  const sections = new Set(data.document.sections.map((s) => s.id));
  const extra = Object.fromEntries(Object.entries(draft.extra).filter(([s, l]) => sections.has(s) && l.length > 0));
  const extraIds = new Set(Object.entries(extra).flatMap(([s, l]) => l.map((_, i) => `${s}.extra.${i}`)));
  return {
    paragraphs: Object.fromEntries(Object.entries(draft.paragraphs).filter(([id]) => ids.has(id))),
    extra,
    public: (draft.public ?? []).filter((id) => ids.has(id) || extraIds.has(id)),
  };
}

export function NarrativeEditor({ data, period }: { data: ReportResponse; period: Period }) {
  const { t } = useTranslation('reports');
  const client = useQueryClient();
  const [draft, setDraft] = useState<NarrativeOverrides>(data.narrative.overrides);
  useEffect(() => setDraft(data.narrative.overrides), [data.narrative]);

  const save = useMutation({
    mutationFn: () =>
      api.put<{ version: number }>('/api/reports/bimonthly/narrative', {
        ...period,
        overrides: known(draft, data),
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
  const isPublic = (id: string) => (draft.public ?? []).includes(id);
  const setPublic = (id: string, on: boolean) =>
    setDraft((d) => {
      const rest = (d.public ?? []).filter((x) => x !== id);
      return { ...d, public: on ? [...rest, id] : rest };
    });
  const setExtra = (sectionId: string, list: string[]) =>
    setDraft((d) => ({ ...d, extra: { ...d.extra, [sectionId]: list } }));
  /** Removes an added paragraph; the public marks of the ones after it move up with them. */
  const removeExtra = (sectionId: string, index: number) =>
    setDraft((d) => {
      const prefix = `${sectionId}.extra.`;
      const pub = (d.public ?? []).flatMap((id) => {
        if (!id.startsWith(prefix)) return [id];
        const i = Number(id.slice(prefix.length));
        if (i === index) return [];
        return [i > index ? `${prefix}${i - 1}` : id];
      });
      const list = (d.extra[sectionId] ?? []).filter((_, j) => j !== index);
      return { ...d, public: pub, extra: { ...d.extra, [sectionId]: list } };
    });

  const publicBox = (id: string) => (
    <Checkbox
      size="xs"
      label={t('narrative.public')}
      checked={isPublic(id)}
      onChange={(e) => setPublic(id, e.currentTarget.checked)}
    />
  );

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('narrative.help')}
      </Text>
      {data.document.sections.map((s) => {
        const extra = draft.extra[s.id] ?? [];
        const paragraphs = data.paragraphs.filter((p) => p.section === s.id);
        return (
          <Stack key={s.id} gap="xs">
            <Title order={3} size="h5">
              {s.number}. {s.title}
            </Title>
            {paragraphs.map((p) => {
              const edited = draft.paragraphs[p.id];
              const removed = edited !== undefined && edited.trim() === '';
              return (
                <Stack key={p.id} gap={2} data-testid={`narrative-${p.id}`}>
                  <Textarea
                    autosize
                    minRows={2}
                    label={t('narrative.paragraph', { id: p.id })}
                    description={removed ? t('narrative.removedHint') : undefined}
                    value={edited ?? p.text}
                    onChange={(e) => setParagraph(p.id, e.currentTarget.value)}
                  />
                  <Group gap="sm">
                    {removed && <Badge color="gray">{t('narrative.removed')}</Badge>}
                    {edited !== undefined && (
                      <Button size="xs" variant="subtle" onClick={() => setParagraph(p.id, undefined)}>
                        {t('narrative.restore')}
                      </Button>
                    )}
                    {!removed && (
                      <Button size="xs" variant="subtle" color="red" onClick={() => setParagraph(p.id, '')}>
                        {t('narrative.leaveOut')}
                      </Button>
                    )}
                    {publicBox(p.id)}
                  </Group>
                </Stack>
              );
            })}
            {extra.map((text, i) => (
              <Stack key={i} gap={2}>
                <Group align="end" wrap="nowrap">
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
                  <Button variant="subtle" color="red" onClick={() => removeExtra(s.id, i)}>
                    {t('narrative.remove')}
                  </Button>
                </Group>
                {publicBox(`${s.id}.extra.${i}`)}
              </Stack>
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
