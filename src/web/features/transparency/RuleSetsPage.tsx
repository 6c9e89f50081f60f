// Versioned deadline rule sets: every number with its article; admins add a new version as JSON.
import { Alert, Badge, Button, Card, Code, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api';
import { GovernancePanel, VerificationForm, VerificationInfo, type RuleSetItem } from './GovernancePanel';
import { SubNav, useTransparencyCan } from './shared';
import { ErrorAlert } from '../../ui/ErrorAlert';

interface Period {
  days: number;
  article: string;
}
interface RuleSet {
  key: string;
  family: string;
  name: string;
  effectiveFrom: string;
  verified: boolean;
  notes: string;
  clarificationEffect: string;
  nonWorkingDayReceiptMovesToNextWorkingDay: boolean;
  public: Record<string, Period>;
  arco: Record<string, Period>;
}

export function RuleSetsPage() {
  const { t } = useTranslation('transparency');
  const isAdmin = useTransparencyCan().admin;
  const qc = useQueryClient();
  const [json, setJson] = useState('');
  const [parseError, setParseError] = useState<string | null>(null);
  const sets = useQuery({
    queryKey: ['transparency', 'rule-sets'],
    queryFn: () =>
      api.get<{ items: (Omit<RuleSetItem, 'ruleSet'> & { ruleSet: RuleSet })[] }>('/api/transparency/rule-sets'),
  });
  const add = useMutation({
    mutationFn: (body: unknown) => api.post('/api/transparency/rule-sets', body),
    onSuccess: async () => {
      setJson('');
      await qc.invalidateQueries({ queryKey: ['transparency'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    try {
      setParseError(null);
      add.mutate(JSON.parse(json));
    } catch {
      setParseError(t('rules.invalidJson'));
    }
  };
  const startFrom = (set: RuleSet) =>
    setJson(JSON.stringify({ ...set, key: `${set.key}-nueva`, effectiveFrom: '' }, null, 2));
  return (
    <Stack>
      <SubNav />
      <Title order={1} size="h2">
        {t('rules.title')}
      </Title>
      <Text c="dimmed">{t('rules.intro')}</Text>
      <ErrorAlert error={sets.error} />
      {sets.data && <GovernancePanel sets={sets.data.items} isAdmin={isAdmin} />}
      {sets.data?.items.map((item) => {
        const { builtIn, ruleSet: s } = item;
        // Every number of an unverified set carries the mark until its verification is recorded.
        const toVerify = item.verified ? '' : ` (${t('rules.toVerify')})`;
        return (
          <Card withBorder key={s.key}>
            <Group justify="space-between" mb="xs">
              <Title order={2} size="h4">
                {s.name}
              </Title>
              <Group gap="xs">
                {builtIn && <Badge variant="light">{t('rules.builtIn')}</Badge>}
                <Badge color={item.verified ? 'teal.9' : 'orange.9'} tt="none">
                  {item.verified ? t('rules.verified') : t('rules.unverified')}
                </Badge>
              </Group>
            </Group>
            <Text size="sm">{t('rules.effective', { date: s.effectiveFrom, key: s.key })}</Text>
            <Text size="sm">
              {t('rules.family', { family: t(`rules.families.${s.family}`, { defaultValue: s.family }) })}
            </Text>
            <VerificationInfo item={item} />
            <Text size="sm">{t(`rules.effect.${s.clarificationEffect}`)}</Text>
            {s.notes && (
              <Text size="sm" c="dimmed">
                {s.notes}
              </Text>
            )}
            <Table mt="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('rules.step')}</Table.Th>
                  <Table.Th scope="col">{t('kind.public')}</Table.Th>
                  <Table.Th scope="col">{t('kind.arco')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...new Set([...Object.keys(s.public), ...Object.keys(s.arco)])].map((k) => (
                  <Table.Tr key={k}>
                    <Table.Th scope="row">{t(`rules.periods.${k}`, { defaultValue: k })}</Table.Th>
                    <Table.Td>{s.public[k] ? `${s.public[k].days} — ${s.public[k].article}${toVerify}` : '—'}</Table.Td>
                    <Table.Td>{s.arco[k] ? `${s.arco[k].days} — ${s.arco[k].article}${toVerify}` : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {isAdmin && !item.verified && <VerificationForm item={item} />}
            {isAdmin && (
              <Button mt="xs" size="xs" variant="subtle" onClick={() => startFrom(s)}>
                {t('rules.copy')}
              </Button>
            )}
          </Card>
        );
      })}
      {isAdmin && (
        <form onSubmit={submit} aria-label={t('rules.add')}>
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('rules.add')}
            </Title>
            {parseError && (
              <Alert color="red" role="alert">
                {parseError}
              </Alert>
            )}
            <ErrorAlert error={add.error} />
            {add.error instanceof ApiError && add.error.details.length > 0 && (
              <Code block>{add.error.details.map((d) => `${d.path ?? ''}: ${d.message}`).join('\n')}</Code>
            )}
            <Textarea
              label={t('rules.json')}
              autosize
              minRows={8}
              value={json}
              onChange={(e) => setJson(e.currentTarget.value)}
              styles={{ input: { fontFamily: 'monospace' } }}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={add.isPending} disabled={!json.trim()}>
                {t('rules.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
