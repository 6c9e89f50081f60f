// Legal opinions: who asked, about what, request and answer dates, and the signed documents.
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
import { OPINION_SUBJECT_KINDS } from '../../../common/features/legal';
import { ErrorAlert, formatDay, type OpinionDetail, type OpinionList, SubNav, toBase64, useCanWrite } from './shared';

const SUBJECT_KINDS = OPINION_SUBJECT_KINDS;

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
    queryFn: () => api.get<OpinionList>('/api/legal/opinions', query),
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
