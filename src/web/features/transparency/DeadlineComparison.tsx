// The deadlines of a request under every rule set that may apply, which one gives each date used,
// and why (a governing set, the earliest date, or the basis kept when the request closed).
import { Alert, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from './shared';
import type { CandidateDeadlines, Deadlines } from './types';

const FIELDS = [
  'noticeOn',
  'clarificationRequestDueOn',
  'requesterReplyDueOn',
  'incompetenceDueOn',
  'alreadyPublicDueOn',
  'specificProcedureDueOn',
  'answerDueOn',
  'extendedDueOn',
  'dueOn',
  'appealFilingDueOn',
] as const;
type Field = (typeof FIELDS)[number];

export function BasisNotice({ d }: { d: Deadlines }) {
  const { t } = useTranslation('transparency');
  if (!d.basis) return null;
  const name = d.candidates.find((c) => c.ruleSetKey === d.basis!.ruleSetKey)?.name ?? d.basis.ruleSetKey ?? '—';
  const key = d.basis.reason === 'pinned' ? `basis.pinned_${d.basis.mode}` : (`basis.${d.basis.reason}` as const);
  return (
    <Alert
      color={d.basis.mode === 'governing' ? 'blue' : 'orange'}
      title={t('basis.title')}
      data-testid="deadline-basis"
    >
      <Text size="sm">{t(key, { name })}</Text>
      {d.extensionLate && (
        <Text size="sm" mt={4}>
          {t('basis.extensionLate')}
        </Text>
      )}
    </Alert>
  );
}

export function DeadlineComparison({ d }: { d: Deadlines }) {
  const { t, i18n } = useTranslation('transparency');
  if (d.candidates.length === 0) return null;
  const rows = FIELDS.filter((f) => d[f] || d.candidates.some((c) => c[f]));
  const nameOf = (key: string | undefined) => d.candidates.find((c) => c.ruleSetKey === key)?.name ?? '—';
  const cell = (c: CandidateDeadlines, f: Field) => {
    const value = c[f];
    // A governing set alone gives the dates; otherwise equal dates are all marked (same date either way).
    const used = d.basis?.mode === 'governing' ? c.ruleSetKey === d.basis.ruleSetKey && value === d[f] : value === d[f];
    if (!value) return '—';
    return used ? (
      <Text component="span" fw={700}>
        {formatDay(value, i18n.language)} {t('compare.marker')}
      </Text>
    ) : (
      formatDay(value, i18n.language)
    );
  };
  return (
    <section aria-labelledby="compare-h">
      <Stack gap="xs">
        <Title order={2} size="h4" id="compare-h">
          {t('compare.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('compare.intro')}
        </Text>
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder data-testid="deadline-comparison">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('compare.deadline')}</Table.Th>
                {d.candidates.map((c) => (
                  <Table.Th scope="col" key={c.ruleSetKey}>
                    <Group gap={6}>
                      <span>{c.name}</span>
                      <Badge size="sm" tt="none" color={c.verified ? 'teal.9' : 'orange.9'} variant="light">
                        {c.verified ? t('rules.verified') : t('rules.unverified')}
                      </Badge>
                    </Group>
                  </Table.Th>
                ))}
                <Table.Th scope="col">{t('compare.applies')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((f) => (
                <Table.Tr key={f} data-testid={`compare-${f}`}>
                  <Table.Th scope="row">{t(`deadline.${f}`)}</Table.Th>
                  {d.candidates.map((c) => (
                    <Table.Td key={c.ruleSetKey}>{cell(c, f)}</Table.Td>
                  ))}
                  <Table.Td>
                    {d[f] ? (
                      <>
                        {formatDay(d[f], i18n.language)}
                        <Text size="xs" c="dimmed">
                          {t('compare.source', { name: nameOf(d.sources[f]) })}
                        </Text>
                      </>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </section>
  );
}
