// Legal opinions (with their signed documents) and regulations in force with their versions, each
// version linked to the Junta de Gobierno session that approved it and to its Gazette publication.
import {
  Anchor,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api';
import { ErrorAlert, formatDay, SubNav, toBase64, useCanWrite } from './shared';

const SUBJECT_KINDS = ['case', 'body', 'regulation', 'cdhcm_recommendation', 'administrative', 'other'] as const;

interface OpinionRow {
  id: string;
  requestedBy: string;
  subjectKind: (typeof SUBJECT_KINDS)[number];
  subject: string;
  requestedOn: string;
  answeredOn: string | null;
  documents: number;
  version: number;
}
interface OpinionDetail extends OpinionRow {
  documentList: Array<{ id: string; fileName: string; size: number; sha256: string; createdAt: string }>;
}
interface RegulationVersion {
  id: string;
  label: string;
  approvedOn: string | null;
  approvalSession: { id: string; type: string; ordinal: number; heldOn: string | null } | null;
  gazette: { id: string; ref: string; publishedOn: string; title: string } | null;
  inForceFrom: string;
  inForceTo: string | null;
  inForce: boolean;
  notes: string;
}
interface Regulation {
  id: string;
  name: string;
  description: string;
  inForce: string | null;
  versions: RegulationVersion[];
}

const emptyOpinion = { requestedBy: '', subjectKind: 'other', subject: '', requestedOn: '', answeredOn: '' };

export function OpinionsPage() {
  const { t, i18n } = useTranslation('legal');
  const canWrite = useCanWrite();
  const qc = useQueryClient();
  const [pending, setPending] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [form, setForm] = useState(emptyOpinion);
  const query = { pending: pending ?? undefined, q: q || undefined, limit: 200 };
  const list = useQuery({
    queryKey: ['legal', 'opinions', query],
    queryFn: () => api.get<{ total: number; rows: OpinionRow[] }>('/api/legal/opinions', query),
  });
  const create = useMutation({
    mutationFn: () => api.post('/api/legal/opinions', { ...form, answeredOn: form.answeredOn || null }),
    onSuccess: async () => {
      setForm(emptyOpinion);
      await qc.invalidateQueries({ queryKey: ['legal', 'opinions'] });
    },
  });
  const set = (k: keyof typeof emptyOpinion) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  return (
    <Stack>
      <SubNav />
      <Title order={1} size="h2">
        {t('opinions.title')}
      </Title>
      {canWrite && (
        <Card
          withBorder
          component="form"
          aria-labelledby="new-opinion"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            create.mutate();
          }}
        >
          <Stack gap="sm">
            <Title order={2} size="h4" id="new-opinion">
              {t('opinions.new')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
              <TextInput
                label={t('opinions.requestedBy')}
                required
                value={form.requestedBy}
                onChange={(e) => set('requestedBy')(e.currentTarget.value)}
              />
              <Select
                label={t('opinions.subjectKind')}
                allowDeselect={false}
                value={form.subjectKind}
                onChange={(v) => set('subjectKind')(v ?? 'other')}
                data={SUBJECT_KINDS.map((k) => ({ value: k, label: t(`subjectKind.${k}`) }))}
              />
              <TextInput
                type="date"
                label={t('opinions.requestedOn')}
                required
                value={form.requestedOn}
                onChange={(e) => set('requestedOn')(e.currentTarget.value)}
              />
              <TextInput
                type="date"
                label={t('opinions.answeredOn')}
                value={form.answeredOn}
                onChange={(e) => set('answeredOn')(e.currentTarget.value)}
              />
            </SimpleGrid>
            <Textarea
              label={t('opinions.subject')}
              required
              autosize
              minRows={2}
              value={form.subject}
              onChange={(e) => set('subject')(e.currentTarget.value)}
            />
            <ErrorAlert error={create.error} />
            <Group>
              <Button type="submit" loading={create.isPending}>
                {t('opinions.save')}
              </Button>
              {create.isSuccess && <Text role="status">{t('saved')}</Text>}
            </Group>
          </Stack>
        </Card>
      )}
      <Group align="flex-end">
        <Select
          label={t('opinions.state')}
          clearable
          value={pending}
          onChange={setPending}
          data={[
            { value: 'true', label: t('opinions.pending') },
            { value: 'false', label: t('opinions.answered') },
          ]}
        />
        <TextInput label={t('search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} />
      </Group>
      <ErrorAlert error={list.error} />
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('opinions.requestedOn')}</Table.Th>
            <Table.Th>{t('opinions.requestedBy')}</Table.Th>
            <Table.Th>{t('opinions.subject')}</Table.Th>
            <Table.Th>{t('opinions.answeredOn')}</Table.Th>
            <Table.Th>{t('contracts.documents')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data?.rows.map((o) => (
            <Table.Tr key={o.id}>
              <Table.Td>{formatDay(o.requestedOn, i18n.language)}</Table.Td>
              <Table.Td>{o.requestedBy}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/legal/opinions/${o.id}`}>
                  {o.subject}
                </Anchor>{' '}
                <Badge variant="light">{t(`subjectKind.${o.subjectKind}`)}</Badge>
              </Table.Td>
              <Table.Td>
                {o.answeredOn ? (
                  formatDay(o.answeredOn, i18n.language)
                ) : (
                  <Badge color="yellow">{t('opinions.pending')}</Badge>
                )}
              </Table.Td>
              <Table.Td>{o.documents}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.data?.rows.length === 0 && <Text c="dimmed">{t('empty')}</Text>}
    </Stack>
  );
}

export function OpinionPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation('legal');
  const canWrite = useCanWrite();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [answeredOn, setAnsweredOn] = useState('');
  const data = useQuery({
    queryKey: ['legal', 'opinion', id],
    queryFn: () => api.get<OpinionDetail>(`/api/legal/opinions/${id}`),
  });
  const refresh = () => qc.invalidateQueries({ queryKey: ['legal', 'opinion', id] });
  const upload = useMutation({
    mutationFn: async () =>
      api.post(`/api/legal/opinions/${id}/documents`, { fileName: file!.name, contentBase64: await toBase64(file!) }),
    onSuccess: async () => {
      setFile(null);
      await refresh();
    },
  });
  const answer = useMutation({
    mutationFn: () => api.patch(`/api/legal/opinions/${id}`, { version: data.data!.version, answeredOn }),
    onSuccess: refresh,
  });
  const o = data.data;
  return (
    <Stack>
      <SubNav />
      <ErrorAlert error={data.error} />
      {o && (
        <>
          <Title order={1} size="h2">
            {t('opinions.one')}
          </Title>
          <Card withBorder>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Text>
                <b>{t('opinions.requestedBy')}:</b> {o.requestedBy}
              </Text>
              <Text>
                <b>{t('opinions.subjectKind')}:</b> {t(`subjectKind.${o.subjectKind}`)}
              </Text>
              <Text>
                <b>{t('opinions.requestedOn')}:</b> {formatDay(o.requestedOn, i18n.language)}
              </Text>
              <Text>
                <b>{t('opinions.answeredOn')}:</b>{' '}
                {o.answeredOn ? formatDay(o.answeredOn, i18n.language) : t('opinions.pending')}
              </Text>
            </SimpleGrid>
            <Text mt="sm">{o.subject}</Text>
          </Card>
          {canWrite && !o.answeredOn && (
            <Group
              align="flex-end"
              component="form"
              onSubmit={(e: FormEvent) => {
                e.preventDefault();
                answer.mutate();
              }}
            >
              <TextInput
                type="date"
                label={t('opinions.answeredOn')}
                required
                value={answeredOn}
                onChange={(e) => setAnsweredOn(e.currentTarget.value)}
              />
              <Button type="submit" loading={answer.isPending}>
                {t('opinions.markAnswered')}
              </Button>
            </Group>
          )}
          <ErrorAlert error={answer.error} />
          <Title order={2} size="h4">
            {t('contracts.documents')}
          </Title>
          {o.documentList.length === 0 && <Text c="dimmed">{t('contracts.noDocuments')}</Text>}
          {o.documentList.map((d) => (
            <Group key={d.id}>
              <Anchor href={`/api/legal/opinions/${o.id}/documents/${d.id}`} download>
                {d.fileName}
              </Anchor>
              <Text size="xs" c="dimmed">
                {Math.round(d.size / 1024)} KB · SHA-256 {d.sha256.slice(0, 16)}…
              </Text>
            </Group>
          ))}
          {canWrite && (
            <Group align="flex-end">
              <FileInput
                label={t('opinions.document')}
                description={t('contracts.uploadHint')}
                accept="application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                value={file}
                onChange={setFile}
                w={320}
              />
              <Button disabled={!file} loading={upload.isPending} onClick={() => upload.mutate()}>
                {t('contracts.uploadButton')}
              </Button>
            </Group>
          )}
          <ErrorAlert error={upload.error} />
        </>
      )}
    </Stack>
  );
}

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
    queryFn: () =>
      api.get<{ rows: Array<{ id: string; ref: string; title: string }> }>('/api/legal/gazette', { limit: 500 }),
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
    queryFn: () => api.get<{ on: string; rows: Regulation[] }>('/api/legal/regulations'),
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
