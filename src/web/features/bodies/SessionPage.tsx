// One session: agenda in its groups, attendance and quorum, held date, agreements and documents.
import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  FileInput,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api';
import { formatDay, type SessionPageData } from './shared';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SessionDecisions } from './SessionDecisions';

const GROUPS = ['none', 'approval', 'information'] as const;

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function SessionPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('bodies');
  const qc = useQueryClient();
  const key = ['bodies', 'session', id];
  const data = useQuery({ queryKey: key, queryFn: () => api.get<SessionPageData>(`/api/bodies/sessions/${id}`) });
  const refresh = () => qc.invalidateQueries({ queryKey: ['bodies'] });
  const [group, setGroup] = useState<string>('none');
  const [itemText, setItemText] = useState('');
  const [present, setPresent] = useState<Record<string, boolean>>({});
  const [heldOn, setHeldOn] = useState('');
  const [reason, setReason] = useState('');
  const [agreement, setAgreement] = useState({ text: '', responsible: '', dueOn: '' });
  const [docKind, setDocKind] = useState<string>('acta');
  const [file, setFile] = useState<File | null>(null);
  const d = data.data;
  useEffect(() => {
    if (d) setPresent(Object.fromEntries(d.attendance.map((a) => [a.member.id, a.present === true])));
  }, [d]);

  const addItem = useMutation({
    mutationFn: () => api.post(`/api/bodies/sessions/${id}/agenda`, { group, text: itemText }),
    onSuccess: async () => {
      setItemText('');
      await refresh();
    },
  });
  const saveAttendance = useMutation({
    mutationFn: () =>
      api.put(`/api/bodies/sessions/${id}/attendance`, {
        version: d!.session.version,
        attendance: d!.attendance.map((a) => ({ memberId: a.member.id, present: !!present[a.member.id] })),
      }),
    onSuccess: refresh,
  });
  const markHeld = useMutation({
    mutationFn: () =>
      api.post(`/api/bodies/sessions/${id}/held`, {
        version: d!.session.version,
        heldOn,
        noQuorumReason: reason.trim() || null,
      }),
    onSuccess: refresh,
  });
  const addAgreement = useMutation({
    mutationFn: () =>
      api.post(`/api/bodies/sessions/${id}/agreements`, {
        text: agreement.text,
        responsible: agreement.responsible || null,
        dueOn: agreement.dueOn || null,
      }),
    onSuccess: async () => {
      setAgreement({ text: '', responsible: '', dueOn: '' });
      await refresh();
    },
  });
  const upload = useMutation({
    mutationFn: async () =>
      api.post(`/api/bodies/sessions/${id}/documents`, {
        kind: docKind,
        filename: file!.name,
        contentBase64: await toBase64(file!),
      }),
    onSuccess: async () => {
      setFile(null);
      await refresh();
    },
  });
  const submit = (m: { mutate: () => void }) => (e: FormEvent) => {
    e.preventDefault();
    m.mutate();
  };
  const day = (v: string | null) => formatDay(v, i18n.language);
  if (!d) return <ErrorAlert error={data.error} />;
  const s = d.session;
  return (
    <Stack>
      <Anchor component={Link} to={`/bodies/${s.bodyCode}`}>
        {s.bodyName}
      </Anchor>
      <Title order={1}>{t('session.title', { ordinal: s.ordinalWord, type: t(`type.${s.type}`), year: s.year })}</Title>
      <Group>
        <Badge variant="light">{t(`status.${s.status}`)}</Badge>
        <Text>
          {t('session.planned')}: {day(s.plannedOn)} · {t('session.held')}: {day(s.heldOn)}
        </Text>
      </Group>

      <Title order={2}>{t('session.agenda')}</Title>
      {!d.agendaVisible && <Text>{t('restrictedCounts', { ...d.agendaCounts, documents: d.documentCount })}</Text>}
      {GROUPS.map((g) => {
        const items = d.agenda.filter((a) => a.group === g);
        if (items.length === 0) return null;
        return (
          <Stack key={g} gap={4}>
            {g !== 'none' && <Text fw={700}>{t(`group.${g}`)}</Text>}
            <ul aria-label={t(`group.${g}`)}>
              {items.map((a) => (
                <li key={a.id}>
                  {a.text} {a.outcome && <Badge size="xs">{t(`outcome.${a.outcome}`)}</Badge>}
                </li>
              ))}
            </ul>
          </Stack>
        );
      })}
      {d.canWrite && (
        <form onSubmit={submit(addItem)} aria-label={t('session.addItem')}>
          <Group align="end">
            <Select
              label={t('session.group')}
              data={GROUPS.map((g) => ({ value: g, label: t(`group.${g}`) }))}
              value={group}
              onChange={(v) => setGroup(v ?? 'none')}
              allowDeselect={false}
            />
            <TextInput
              label={t('session.itemText')}
              value={itemText}
              onChange={(e) => setItemText(e.currentTarget.value)}
              required
              style={{ flex: 1 }}
            />
            <Button type="submit" loading={addItem.isPending}>
              {t('session.addItem')}
            </Button>
          </Group>
          <ErrorAlert error={addItem.error} />
        </form>
      )}

      <Title order={2}>{t('session.attendance')}</Title>
      <Text>{t('session.quorum', d.quorum)}</Text>
      {d.attendance.length === 0 && <Text>{t('session.noMembers')}</Text>}
      {d.attendance.map((a) => (
        <Checkbox
          key={a.member.id}
          label={`${a.member.name} (${t(`role.${a.member.role}`)})`}
          checked={!!present[a.member.id]}
          disabled={!d.canWrite}
          onChange={(e) => setPresent({ ...present, [a.member.id]: e.currentTarget.checked })}
        />
      ))}
      {d.canWrite && d.attendance.length > 0 && (
        <Group>
          <Button onClick={() => saveAttendance.mutate()} loading={saveAttendance.isPending}>
            {t('session.saveAttendance')}
          </Button>
          <ErrorAlert error={saveAttendance.error} />
        </Group>
      )}
      {d.canWrite && s.status === 'planned' && (
        <form onSubmit={submit(markHeld)} aria-label={t('session.markHeld')}>
          <Group align="end">
            <TextInput
              type="date"
              label={t('session.held')}
              value={heldOn}
              onChange={(e) => setHeldOn(e.currentTarget.value)}
              required
            />
            <Textarea
              label={t('session.noQuorumReason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              style={{ flex: 1 }}
              autosize
            />
            <Button type="submit" loading={markHeld.isPending}>
              {t('session.markHeld')}
            </Button>
          </Group>
          <ErrorAlert error={markHeld.error} />
        </form>
      )}

      <Title order={2}>{t('body.agreements')}</Title>
      <Table withTableBorder>
        <Table.Tbody>
          {d.agreements.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>{a.label}</Table.Td>
              <Table.Td>{a.text}</Table.Td>
              <Table.Td>{a.responsible ?? '—'}</Table.Td>
              <Table.Td>{day(a.dueOn)}</Table.Td>
              <Table.Td>{t(`agreementStatus.${a.status}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {d.canWrite && (
        <form onSubmit={submit(addAgreement)} aria-label={t('session.addAgreement')}>
          <Group align="end">
            <TextInput
              label={t('agreement.text')}
              value={agreement.text}
              onChange={(e) => setAgreement({ ...agreement, text: e.currentTarget.value })}
              required
              style={{ flex: 1 }}
            />
            <TextInput
              label={t('agreement.responsible')}
              value={agreement.responsible}
              onChange={(e) => setAgreement({ ...agreement, responsible: e.currentTarget.value })}
            />
            <TextInput
              type="date"
              label={t('agreement.dueOn')}
              value={agreement.dueOn}
              onChange={(e) => setAgreement({ ...agreement, dueOn: e.currentTarget.value })}
            />
            <Button type="submit" loading={addAgreement.isPending}>
              {t('session.addAgreement')}
            </Button>
          </Group>
          <ErrorAlert error={addAgreement.error} />
        </form>
      )}

      <SessionDecisions decisions={d.decisions} />

      <Title order={2}>{t('session.documents')}</Title>
      {d.agendaVisible && <Anchor href={`/api/bodies/sessions/${id}/acta-draft`}>{t('session.actaDraft')}</Anchor>}
      <ul aria-label={t('session.documents')}>
        {d.documents.map((doc) => (
          <li key={doc.id}>
            <Anchor href={`/api/bodies/documents/${doc.id}`}>{doc.filename}</Anchor> — {t(`docKind.${doc.kind}`)} ·{' '}
            <Text span size="xs">
              SHA-256 {doc.sha256.slice(0, 12)}…
            </Text>
          </li>
        ))}
      </ul>
      {d.canWrite && (
        <form onSubmit={submit(upload)} aria-label={t('session.upload')}>
          <Group align="end">
            <Select
              label={t('session.docKind')}
              data={['convocatoria', 'acta', 'annex'].map((k) => ({ value: k, label: t(`docKind.${k}`) }))}
              value={docKind}
              onChange={(v) => setDocKind(v ?? 'acta')}
              allowDeselect={false}
            />
            <FileInput
              label={t('session.file')}
              accept=".pdf,.docx"
              value={file}
              onChange={setFile}
              required
              clearable
            />
            <Button type="submit" loading={upload.isPending} disabled={!file}>
              {t('session.upload')}
            </Button>
          </Group>
          <ErrorAlert error={upload.error} />
        </form>
      )}
    </Stack>
  );
}
