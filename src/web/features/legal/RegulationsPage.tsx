// Regulations in force with their versions, each version linked to the Junta de Gobierno session that
// approved it (bodies module) and to its Gazette publication.
import { Badge, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import {
  ErrorAlert,
  formatDay,
  type GazetteList,
  type Regulation,
  type RegulationList,
  SubNav,
  useCanWrite,
} from './shared';

const emptyVersion = {
  label: '',
  approvedOn: '',
  approvalSessionId: '',
  gazettePublicationId: '',
  inForceFrom: '',
  inForceTo: '',
};

function VersionForm({ regulation }: { regulation: Regulation }) {
  const { t } = useTranslation('legal');
  const qc = useQueryClient();
  const [form, setForm] = useState(emptyVersion);
  const sessionYear = Number((form.approvedOn || new Date().toISOString()).slice(0, 4));
  const sessions = useQuery({
    queryKey: ['bodies', 'junta_gobierno', sessionYear],
    queryFn: () =>
      api.get<{ sessions: Array<{ id: string; type: string; ordinal: number; heldOn: string | null }> }>(
        '/api/bodies/junta_gobierno',
        { year: sessionYear },
      ),
  });
  const gazette = useQuery({
    queryKey: ['legal', 'gazette', 'options'],
    queryFn: () => api.get<GazetteList>('/api/legal/gazette', { limit: 500 }),
  });
  const save = useMutation({
    mutationFn: () =>
      api.post(`/api/legal/regulations/${regulation.id}/versions`, {
        label: form.label,
        approvedOn: form.approvedOn || null,
        approvalSessionId: form.approvalSessionId || null,
        gazettePublicationId: form.gazettePublicationId || null,
        inForceFrom: form.inForceFrom,
        inForceTo: form.inForceTo || null,
      }),
    onSuccess: async () => {
      setForm(emptyVersion);
      await qc.invalidateQueries({ queryKey: ['legal', 'regulations'] });
    },
  });
  const set = (k: keyof typeof emptyVersion) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const headingId = `new-version-${regulation.id}`;
  return (
    <Stack
      gap="xs"
      component="form"
      aria-labelledby={headingId}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Title order={3} size="h5" id={headingId}>
        {t('regulations.newVersion', { name: regulation.name })}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t('regulations.label')}
          required
          value={form.label}
          onChange={(e) => set('label')(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('regulations.inForceFrom')}
          required
          value={form.inForceFrom}
          onChange={(e) => set('inForceFrom')(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('regulations.inForceTo')}
          value={form.inForceTo}
          onChange={(e) => set('inForceTo')(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('regulations.approvedOn')}
          value={form.approvedOn}
          onChange={(e) => set('approvedOn')(e.currentTarget.value)}
        />
        <Select
          label={t('regulations.session')}
          description={t('regulations.sessionHint', { year: sessionYear })}
          clearable
          value={form.approvalSessionId || null}
          onChange={(v) => set('approvalSessionId')(v ?? '')}
          data={(sessions.data?.sessions ?? []).map((s) => ({
            value: s.id,
            label: `${s.ordinal}ª ${t(`regulations.sessionType.${s.type === 'ordinary' ? 'ordinary' : 'extraordinary'}`)} ${s.heldOn ?? ''}`,
          }))}
        />
        <Select
          label={t('regulations.gazette')}
          clearable
          searchable
          value={form.gazettePublicationId || null}
          onChange={(v) => set('gazettePublicationId')(v ?? '')}
          data={(gazette.data?.rows ?? []).map((g) => ({ value: g.id, label: `${g.ref} — ${g.title.slice(0, 80)}` }))}
        />
      </SimpleGrid>
      <ErrorAlert error={save.error} />
      <Group>
        <Button type="submit" size="sm" loading={save.isPending}>
          {t('regulations.saveVersion')}
        </Button>
        {save.isSuccess && <Text role="status">{t('saved')}</Text>}
      </Group>
    </Stack>
  );
}

export function RegulationsPage() {
  const { t, i18n } = useTranslation('legal');
  const canWrite = useCanWrite();
  const qc = useQueryClient();
  const [name, setName] = useState('');
  const list = useQuery({
    queryKey: ['legal', 'regulations'],
    queryFn: () => api.get<RegulationList>('/api/legal/regulations'),
  });
  const create = useMutation({
    mutationFn: () => api.post('/api/legal/regulations', { name }),
    onSuccess: async () => {
      setName('');
      await qc.invalidateQueries({ queryKey: ['legal', 'regulations'] });
    },
  });
  return (
    <Stack>
      <SubNav />
      <Title order={1} size="h2">
        {t('regulations.title')}
      </Title>
      {canWrite && (
        <Group
          align="flex-end"
          component="form"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            create.mutate();
          }}
        >
          <TextInput
            label={t('regulations.name')}
            required
            w={420}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <Button type="submit" loading={create.isPending}>
            {t('regulations.new')}
          </Button>
        </Group>
      )}
      <ErrorAlert error={create.error ?? list.error} />
      {list.data?.rows.length === 0 && <Text c="dimmed">{t('empty')}</Text>}
      {list.data?.rows.map((r) => (
        <Card withBorder key={r.id} aria-labelledby={`regulation-${r.id}`}>
          <Stack gap="xs">
            <Group justify="space-between">
              <Title order={2} size="h4" id={`regulation-${r.id}`}>
                {r.name}
              </Title>
              {r.inForce ? (
                <Badge color="green">{t('regulations.inForceLabel', { label: r.inForce })}</Badge>
              ) : (
                <Badge color="gray">{t('regulations.noneInForce')}</Badge>
              )}
            </Group>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('regulations.label')}</Table.Th>
                  <Table.Th>{t('regulations.validity')}</Table.Th>
                  <Table.Th>{t('regulations.session')}</Table.Th>
                  <Table.Th>{t('regulations.gazette')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.versions.map((v) => (
                  <Table.Tr key={v.id}>
                    <Table.Td>
                      {v.label} {v.inForce && <Badge size="xs">{t('regulations.current')}</Badge>}
                    </Table.Td>
                    <Table.Td>
                      {formatDay(v.inForceFrom, i18n.language)} –{' '}
                      {v.inForceTo ? formatDay(v.inForceTo, i18n.language) : '…'}
                    </Table.Td>
                    <Table.Td>
                      {v.approvalSession
                        ? `${v.approvalSession.id} (${formatDay(v.approvalSession.heldOn, i18n.language)})`
                        : '—'}
                    </Table.Td>
                    <Table.Td>
                      {v.gazette ? `${v.gazette.ref}, ${formatDay(v.gazette.publishedOn, i18n.language)}` : '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {canWrite && <VersionForm regulation={r} />}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
