// The case timeline: everything that happened, newest first, as an ordered list (screen readers
// announce it as a list with its length).
import { Badge, Group, List, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from './types';
import { formatDate } from '../../ui/format';

const colour: Record<TimelineEvent['kind'], string> = {
  status: 'gray',
  assessment: 'orange',
  plan: 'violet',
  measure: 'teal',
  decision: 'blue',
  actions: 'cyan',
  follow_up: 'grape',
};

function describe(t: TFunction, e: TimelineEvent): string {
  const d = e.data;
  switch (e.kind) {
    case 'status':
      return t('cases:timeline.status', { to: t(`cases:status.${d.to}`) });
    case 'assessment':
      return t('cases:timeline.assessment', { level: t(`cases:riskLevel.${d.level}`) });
    case 'plan':
      return t('cases:timeline.plan', { number: d.number });
    case 'measure':
      return t('cases:timeline.measure', { code: d.code, name: d.name, type: t(`cases:measureType.${d.type}`) });
    case 'decision':
      return t('cases:timeline.decision', {
        decision: t(`cases:decisionKind.${d.decision}`),
        code: d.code,
        session: d.sessionRef,
      });
    case 'actions':
      return t('cases:timeline.actions', { count: Number(d.count), code: d.code, name: d.name, month: d.month });
    case 'follow_up':
      return t('cases:timeline.followUp', { kind: d.kind ? t(`cases:followUpKind.${d.kind}`) : '' });
  }
}

export function Timeline({ events }: { events: TimelineEvent[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="case-timeline">
      <Title order={2} size="h3" id="case-timeline" mb="xs">
        {t('cases:timeline.title')}
      </Title>
      {events.length === 0 ? (
        <Text c="dimmed">{t('cases:timeline.empty')}</Text>
      ) : (
        <List spacing={6} listStyleType="none" data-testid="case-timeline">
          {events.map((e) => (
            <List.Item key={`${e.kind}:${e.refId}`}>
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <Text size="sm" ff="monospace" c="dimmed" miw={96}>
                  {formatDate(e.on)}
                </Text>
                <Badge color={colour[e.kind]} variant="light" tt="none" miw={110}>
                  {t(`cases:timeline.kind.${e.kind}`)}
                </Badge>
                <Text size="sm">{describe(t, e)}</Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}
