// One finding: the registration form (with the likely-duplicate warning), then its sources with
// their preserved copies (SHA-256 shown; the server re-checks it on download) and "open a case".
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  FileInput,
  Group,
  MultiSelect,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { AGGRESSION_TYPES, FORMS, SITUATIONS, SOURCE_KINDS } from '../../../common/features/monitoring';
import { formatDate, formatDateTime } from '../../../common/date-format';
import { api, ApiError } from '../../api';
import { ActivationSelect } from './ActivationSelect';
import { MONITORING_KEY, placeLabel, placeOptions, type DuplicateList, type FindingDetail, type Saved } from './shared';

const today = () => new Date().toISOString().slice(0, 10);

function errorText(e: unknown): string {
  if (e instanceof ApiError) return [e.message, ...e.details.map((d) => `${d.path}: ${d.message}`)].join(' ');
  return (e as Error).message;
}

function NewFinding() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [v, setV] = useState({
    detectedOn: today(),
    factsOn: '',
    situation: 'attacked',
    forms: [] as string[],
    types: [] as string[],
    profile: 'journalist',
    identity: 'woman',
    alcaldia: '09015',
    protest: false,
    activationId: null as string | null,
    summary: '',
    people: '',
  });
  const [duplicates, setDuplicates] = useState<Array<{ id: string; code: string; detectedOn: string }>>([]);
  const check = async () => {
    if (v.summary.trim().length < 3) return;
    const res = await api.post<DuplicateList>('/api/monitoring/findings/duplicates', {
      detectedOn: v.detectedOn,
      factsOn: v.factsOn || null,
      alcaldia: v.alcaldia,
      profile: v.profile,
      summary: v.summary,
    });
    setDuplicates(res.candidates);
  };
  const save = useMutation({
    mutationFn: () =>
      api.post<Saved>('/api/monitoring/findings', {
        ...v,
        factsOn: v.factsOn || null,
        people: v.people || null,
        activationId: v.protest ? v.activationId : null,
      }),
    onSuccess: (r) => navigate(`/monitoring/findings/${r.id}`),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const opt = (group: string, codes: readonly string[]) =>
    codes.map((c) => ({ value: c, label: t(`monitoring:${group}.${c}`) }));
  return (
    <form onSubmit={submit} aria-label={t('monitoring:form.title')}>
      <Stack maw={720}>
        <Title order={1} size="h2">
          {t('monitoring:form.title')}
        </Title>
        <Group grow>
          <TextInput
            type="date"
            required
            label={t('monitoring:field.detectedOn')}
            value={v.detectedOn}
            onChange={(e) => setV({ ...v, detectedOn: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('monitoring:field.factsOn')}
            value={v.factsOn}
            onChange={(e) => setV({ ...v, factsOn: e.currentTarget.value })}
          />
        </Group>
        <Group grow>
          <Select
            label={t('monitoring:field.situation')}
            required
            data={opt('situation', SITUATIONS)}
            value={v.situation}
            onChange={(x) => setV({ ...v, situation: x ?? 'attacked' })}
          />
          <MultiSelect
            label={t('monitoring:field.forms')}
            required
            data={opt('aggressionForm', FORMS)}
            value={v.forms}
            onChange={(x) => setV({ ...v, forms: x })}
          />
        </Group>
        <MultiSelect
          label={t('monitoring:field.types')}
          data={opt('type', AGGRESSION_TYPES)}
          value={v.types}
          onChange={(x) => setV({ ...v, types: x })}
        />
        <Group grow>
          <Select
            label={t('monitoring:field.profile')}
            data={opt('profile', ['defender', 'journalist'])}
            value={v.profile}
            onChange={(x) => setV({ ...v, profile: x ?? 'journalist' })}
          />
          <Select
            label={t('monitoring:field.identity')}
            data={opt('identity', ['woman', 'man', 'lgbttti', 'collective'])}
            value={v.identity}
            onChange={(x) => setV({ ...v, identity: x ?? 'woman' })}
          />
          <Select
            label={t('monitoring:field.alcaldia')}
            searchable
            data={placeOptions(t)}
            value={v.alcaldia}
            onChange={(x) => setV({ ...v, alcaldia: x ?? 'unknown' })}
          />
        </Group>
        <Checkbox
          label={t('monitoring:field.protest')}
          checked={v.protest}
          onChange={(e) => setV({ ...v, protest: e.currentTarget.checked })}
        />
        {v.protest && <ActivationSelect value={v.activationId} onChange={(x) => setV({ ...v, activationId: x })} />}
        <Textarea
          label={t('monitoring:field.summary')}
          required
          autosize
          minRows={3}
          value={v.summary}
          onChange={(e) => setV({ ...v, summary: e.currentTarget.value })}
          onBlur={() => void check()}
        />
        {duplicates.length > 0 && (
          <Alert color="yellow" title={t('monitoring:form.duplicateTitle')} role="status">
            {t('monitoring:form.duplicateHelp')}{' '}
            {duplicates.map((d) => (
              <Anchor key={d.id} component={Link} to={`/monitoring/findings/${d.id}`} mr="sm">
                {d.code} ({formatDate(d.detectedOn, i18n.language)})
              </Anchor>
            ))}
          </Alert>
        )}
        <Textarea
          label={t('monitoring:field.people')}
          description={t('monitoring:form.peopleHelp')}
          autosize
          minRows={2}
          value={v.people}
          onChange={(e) => setV({ ...v, people: e.currentTarget.value })}
        />
        {save.isError && <Alert color="red">{errorText(save.error)}</Alert>}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('monitoring:form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

function AddSource({ findingId, onSaved }: { findingId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState('media');
  const [outlet, setOutlet] = useState('');
  const [url, setUrl] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const save = useMutation({
    mutationFn: async () =>
      api.post(`/api/monitoring/findings/${findingId}/sources`, {
        kind,
        outlet,
        url: url || null,
        capturedAt: new Date().toISOString(),
        file: file ? { name: file.name, contentBase64: await readBase64(file) } : null,
      }),
    onSuccess: () => {
      setOutlet('');
      setUrl('');
      setFile(null);
      onSaved();
    },
  });
  return (
    <form
      aria-label={t('monitoring:source.add')}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Group align="flex-end">
        <Select
          label={t('monitoring:source.kindLabel')}
          data={SOURCE_KINDS.map((k) => ({ value: k, label: t(`monitoring:source.kind.${k}`) }))}
          value={kind}
          onChange={(x) => setKind(x ?? 'media')}
        />
        <TextInput
          label={t('monitoring:source.outlet')}
          required
          value={outlet}
          onChange={(e) => setOutlet(e.currentTarget.value)}
        />
        <TextInput
          label={t('monitoring:source.url')}
          type="url"
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
        />
        <FileInput
          label={t('monitoring:source.file')}
          accept="application/pdf,image/*,text/html"
          clearable
          value={file}
          onChange={setFile}
        />
        <Button type="submit" loading={save.isPending}>
          {t('monitoring:source.add')}
        </Button>
      </Group>
      {save.isError && (
        <Alert color="red" mt="sm">
          {errorText(save.error)}
        </Alert>
      )}
    </form>
  );
}

function FindingView({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const key = [...MONITORING_KEY, 'finding', id];
  const q = useQuery({ queryKey: key, queryFn: () => api.get<FindingDetail>(`/api/monitoring/findings/${id}`) });
  const openCase = useMutation({
    mutationFn: () => api.post(`/api/monitoring/findings/${id}/case`, { version: q.data!.version }),
    onSuccess: () => qc.invalidateQueries({ queryKey: MONITORING_KEY }),
  });
  if (q.isError) return <Alert color="red">{errorText(q.error)}</Alert>;
  if (!q.data) return <Text>{t('monitoring:loading')}</Text>;
  const f = q.data;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('monitoring:detail.title', { code: f.code })}
        </Title>
        {f.verified ? (
          <Badge color="green">{t('monitoring:detail.verified')}</Badge>
        ) : (
          <Badge color="orange">{t('monitoring:list.unverified')}</Badge>
        )}
      </Group>
      <Table withTableBorder>
        <Table.Tbody>
          {(
            [
              ['detectedOn', formatDate(f.detectedOn, i18n.language)],
              ['factsOn', formatDate(f.factsOn, i18n.language)],
              ['situation', t(`monitoring:situation.${f.situation}`)],
              ['forms', f.forms.map((x) => t(`monitoring:aggressionForm.${x}`)).join(', ')],
              ['types', f.types.map((x) => t(`monitoring:type.${x}`)).join(', ') || '—'],
              ['profile', t(`monitoring:profile.${f.profile}`)],
              ['identity', t(`monitoring:identity.${f.identity}`)],
              ['alcaldia', placeLabel(f.alcaldia, t)],
              ['summary', f.summary ?? '—'],
              ['people', f.people ?? '—'],
            ] as const
          ).map(([k, value]) => (
            <Table.Tr key={k}>
              <Table.Th scope="row" w={220}>
                {t(`monitoring:field.${k}`)}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group>
        {f.caseId && f.caseFolio ? (
          <Anchor component={Link} to={`/cases/${f.caseId}`}>
            {t('monitoring:detail.case', { folio: f.caseFolio })}
          </Anchor>
        ) : f.caseId ? (
          <Text>{t('monitoring:detail.caseOpened')}</Text>
        ) : (
          <Button variant="light" onClick={() => openCase.mutate()} loading={openCase.isPending}>
            {t('monitoring:detail.openCase')}
          </Button>
        )}
      </Group>
      {openCase.isError && <Alert color="red">{errorText(openCase.error)}</Alert>}
      <Title order={2} size="h3">
        {t('monitoring:source.title', { count: f.sources })}
      </Title>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('monitoring:source.outlet')}</Table.Th>
            <Table.Th>{t('monitoring:source.url')}</Table.Th>
            <Table.Th>{t('monitoring:source.capturedAt')}</Table.Th>
            <Table.Th>{t('monitoring:source.file')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {f.sourceList.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>{s.outlet}</Table.Td>
              <Table.Td style={{ wordBreak: 'break-all' }}>{s.url ?? '—'}</Table.Td>
              <Table.Td>{formatDateTime(s.capturedAt, i18n.language)}</Table.Td>
              <Table.Td>
                {s.sha256 ? (
                  <>
                    <Anchor href={`/api/monitoring/sources/${s.id}/file`}>{s.fileName}</Anchor>
                    <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                      SHA-256 {s.sha256}
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
      <AddSource findingId={id} onSaved={() => void qc.invalidateQueries({ queryKey: key })} />
    </Stack>
  );
}

export function FindingPage() {
  const params = useParams();
  const id = params['*'] ?? '';
  return id === 'new' || id === '' ? <NewFinding /> : <FindingView id={id} />;
}
