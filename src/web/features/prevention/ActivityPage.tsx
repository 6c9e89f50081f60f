// One activity: its data, sessions, participants and (for public activities) its photos.
import {
  Anchor,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  Image,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiError } from '../../api';
import { useMe } from '../../auth/session';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TableHead } from '../../ui/TableHead';
import { RegistrationPanel } from './RegistrationPanel';
import { formatDay, SubNav, useCan } from './shared';
import type { Activity, Photo } from './types';

async function uploadPhoto(url: string, caption: string, file: File, csrf: string | undefined): Promise<Photo> {
  const body = new FormData();
  body.append('caption', caption);
  body.append('file', file);
  const res = await fetch(url, {
    method: 'POST',
    body,
    credentials: 'same-origin',
    headers: csrf ? { 'x-csrf-token': csrf } : {},
  });
  if (!res.ok) {
    const err = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
    throw new ApiError(res.status, err?.error?.code ?? 'bad_request', err?.error?.message ?? res.statusText);
  }
  return (await res.json()) as Photo;
}

export function PhotoPanel({
  photos,
  uploadUrl,
  canWrite,
}: {
  photos: Photo[];
  uploadUrl: string | null;
  canWrite: boolean;
}) {
  const { t } = useTranslation('prevention');
  const qc = useQueryClient();
  const csrf = useMe().data?.csrfToken;
  const [caption, setCaption] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const add = useMutation({
    mutationFn: () => uploadPhoto(uploadUrl!, caption, file!, csrf),
    onSuccess: async () => {
      setCaption('');
      setFile(null);
      await qc.invalidateQueries({ queryKey: ['prevention'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (file && caption.trim()) add.mutate();
  };
  return (
    <Stack>
      <Title order={2} size="h4">
        {t('photos.title')}
      </Title>
      {uploadUrl === null && <Text c="dimmed">{t('photos.caseLinked')}</Text>}
      {photos.length === 0 && uploadUrl !== null && <Text c="dimmed">{t('photos.empty')}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        {photos.map((p) => (
          <Card key={p.id} withBorder>
            <Image src={`/api/prevention/photos/${p.id}`} alt={p.caption} h={160} fit="contain" />
            <Text size="sm" mt="xs">
              {p.caption}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      {canWrite && uploadUrl && (
        <form onSubmit={submit} aria-label={t('photos.add')}>
          <Group align="end">
            <TextInput
              label={t('photos.caption')}
              required
              value={caption}
              onChange={(e) => setCaption(e.currentTarget.value)}
            />
            <FileInput
              label={t('photos.file')}
              description={t('photos.help')}
              accept="image/jpeg,image/png"
              required
              value={file}
              onChange={setFile}
            />
            <Button type="submit" loading={add.isPending}>
              {t('photos.add')}
            </Button>
          </Group>
          <ErrorAlert error={add.error} />
        </form>
      )}
    </Stack>
  );
}

export function ActivityPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation('prevention');
  const canWrite = useCan('prevention.write');
  const q = useQuery({
    queryKey: ['prevention', 'activity', id],
    queryFn: () => api.get<Activity>(`/api/prevention/activities/${id}`),
  });
  const a = q.data;
  if (!a) return <ErrorAlert error={q.error} />;
  const p = a.participants;
  const hours = a.sessions.reduce((n, s) => n + s.hours, 0);
  const linked = !!a.measureId;
  return (
    <Stack>
      <SubNav />
      <Group justify="space-between">
        <Title order={1} size="h2">
          {a.title}
        </Title>
        {canWrite && (
          <Button component={Link} to={`/prevention/activities/${a.id}/edit`} variant="light">
            {t('activity.edit')}
          </Button>
        )}
      </Group>
      <Group>
        <Badge>{t(`kind.${a.kind}`)}</Badge>
        <Badge variant="light">{t(`status.${a.status}`)}</Badge>
        <Text>
          {a.code} · {t(`format.${a.format}`)} · {t(`modality.${a.modality}`)}
          {a.thematicLine ? ` · ${t(`line.${a.thematicLine}`)}` : ''}
        </Text>
      </Group>
      {a.objective && <Text>{a.objective}</Text>}
      {a.partner && (
        <Text>
          {t('field.partner')}: {a.partner}
        </Text>
      )}
      {a.targetLabel && (
        <Text>
          {t('field.targetLabel')}: {a.targetLabel}
        </Text>
      )}
      {linked && (
        <Text size="sm">
          {t('activity.measureLinked')}{' '}
          <Anchor component={Link} to="/cases">
            {t('activity.toCases')}
          </Anchor>
        </Text>
      )}
      <Title order={2} size="h4">
        {t('sessions.legend')}
      </Title>
      <Table>
        <Table.Caption>{t('sessions.summary', { n: a.sessions.length, hours })}</Table.Caption>
        <TableHead labels={['#', t('sessions.date'), t('sessions.hoursCol')]} />
        <Table.Tbody>
          {a.sessions.map((s, i) => (
            <Table.Tr key={s.id}>
              <Table.Td>{i + 1}</Table.Td>
              <Table.Td>{formatDay(s.on, i18n.language)}</Table.Td>
              <Table.Td>{s.hours}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={2} size="h4">
        {t('participants.legend')}
      </Title>
      <Table>
        <TableHead
          labels={[
            t('participants.woman'),
            t('participants.man'),
            t('participants.lgbttti'),
            t('participants.preferNotToSay'),
            t('participants.total'),
          ]}
        />
        <Table.Tbody>
          <Table.Tr>
            <Table.Td>{p.woman}</Table.Td>
            <Table.Td>{p.man}</Table.Td>
            <Table.Td>{p.lgbttti}</Table.Td>
            <Table.Td>{p.preferNotToSay}</Table.Td>
            <Table.Td>{p.woman + p.man + p.lgbttti + p.preferNotToSay}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {canWrite && <RegistrationPanel activityId={a.id} registered={a.registered} />}
      <PhotoPanel
        photos={a.photos}
        canWrite={canWrite}
        uploadUrl={linked ? null : `/api/prevention/activities/${a.id}/photos`}
      />
    </Stack>
  );
}
