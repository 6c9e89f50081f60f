// Pages of the legal area: contracts (with documents), lawsuits (with their procedural history)
// and Gazette publications. Lists are filtered and paged by the server and export to XLSX.
import {
  Anchor,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  NumberInput,
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
import { Link, Route, Routes, useParams } from 'react-router';
import { api } from '../../api';
import { OpinionPage, OpinionsPage } from './OpinionsPage';
import { RegulationsPage } from './RegulationsPage';
import { CONTRACT_KINDS, GAZETTE_KINDS, LAWSUIT_STAGES } from '../../../common/features/legal';
import {
  type ContractDetail,
  type ContractList,
  ErrorAlert,
  ExportButton,
  formatDay,
  type GazetteList,
  type LawsuitDetail,
  type LawsuitList,
  type LawsuitReportSchedule,
  type LawsuitType,
  money,
  RemindersCard,
  SubNav,
  toBase64,
  useCanWrite,
} from './shared';

// The web's choice of event kinds: `stage_change` is recorded by the server when the stage changes.
const EVENT_KINDS = ['hearing', 'filing', 'deadline', 'note'] as const;
const STAGES = LAWSUIT_STAGES;

const PAGE = 50;
const years = () => {
  const y = new Date().getFullYear();
  return Array.from({ length: 8 }, (_, i) => String(y + 1 - i));
};

function Pager({ total, offset, onChange }: { total: number; offset: number; onChange: (o: number) => void }) {
  const { t } = useTranslation('legal');
  return (
    <Group>
      <Text size="sm">
        {t('pager', { from: total === 0 ? 0 : offset + 1, to: Math.min(offset + PAGE, total), total })}
      </Text>
      <Button size="xs" variant="default" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - PAGE))}>
        {t('previous')}
      </Button>
      <Button size="xs" variant="default" disabled={offset + PAGE >= total} onClick={() => onChange(offset + PAGE)}>
        {t('next')}
      </Button>
    </Group>
  );
}

// ---- Contracts ---------------------------------------------------------------------------------

const emptyContract = {
  number: '',
  kind: 'professional_services',
  counterpart: '',
  object: '',
  amount: '',
  signedOn: '',
  startsOn: '',
  endsOn: '',
};

function ContractForm() {
  const { t } = useTranslation('legal');
  const qc = useQueryClient();
  const [form, setForm] = useState(emptyContract);
  const set = (k: keyof typeof emptyContract) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const create = useMutation({
    mutationFn: () =>
      api.post('/api/legal/contracts', {
        ...form,
        counterpart: form.counterpart || undefined,
        object: form.object || undefined,
        amount: form.amount || null,
      }),
    onSuccess: async () => {
      setForm(emptyContract);
      await qc.invalidateQueries({ queryKey: ['legal'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="new-contract">
      <Stack gap="sm">
        <Title order={2} size="h4" id="new-contract">
          {t('contracts.new')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <TextInput
            label={t('contracts.number')}
            required
            value={form.number}
            onChange={(e) => set('number')(e.currentTarget.value)}
          />
          <Select
            label={t('contracts.kind')}
            required
            allowDeselect={false}
            value={form.kind}
            onChange={(v) => set('kind')(v ?? 'professional_services')}
            data={CONTRACT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          />
          <TextInput
            label={t('contracts.counterpart')}
            description={t('contracts.counterpartHint')}
            value={form.counterpart}
            onChange={(e) => set('counterpart')(e.currentTarget.value)}
          />
          <TextInput
            label={t('contracts.amount')}
            inputMode="decimal"
            value={form.amount}
            onChange={(e) => set('amount')(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('contracts.signedOn')}
            required
            value={form.signedOn}
            onChange={(e) => set('signedOn')(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('contracts.startsOn')}
            required
            value={form.startsOn}
            onChange={(e) => set('startsOn')(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('contracts.endsOn')}
            required
            value={form.endsOn}
            onChange={(e) => set('endsOn')(e.currentTarget.value)}
          />
        </SimpleGrid>
        <Textarea
          label={t('contracts.object')}
          value={form.object}
          onChange={(e) => set('object')(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <ErrorAlert error={create.error} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('contracts.save')}
          </Button>
          {create.isSuccess && <Text role="status">{t('saved')}</Text>}
        </Group>
      </Stack>
    </Card>
  );
}

export function ContractsPage() {
  const { t, i18n } = useTranslation('legal');
  const canWrite = useCanWrite();
  const [kind, setKind] = useState<string | null>(null);
  const [year, setYear] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const query = { kind: kind ?? undefined, year: year ?? undefined, q: q || undefined };
  const list = useQuery({
    queryKey: ['legal', 'contracts', query, offset],
    queryFn: () => api.get<ContractList>('/api/legal/contracts', { ...query, limit: PAGE, offset }),
  });
  return (
    <Stack>
      <SubNav />
      <Title order={1} size="h2">
        {t('contracts.title')}
      </Title>
      <RemindersCard />
      {canWrite && <ContractForm />}
      <Group align="flex-end">
        <Select
          label={t('contracts.kind')}
          clearable
          value={kind}
          onChange={(v) => (setKind(v), setOffset(0))}
          data={CONTRACT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        />
        <Select
          label={t('year')}
          clearable
          value={year}
          onChange={(v) => (setYear(v), setOffset(0))}
          data={years()}
          w={120}
        />
        <TextInput label={t('search')} value={q} onChange={(e) => (setQ(e.currentTarget.value), setOffset(0))} />
        <ExportButton path="/api/legal/contracts" query={query} />
      </Group>
      <ErrorAlert error={list.error} />
      <Table striped withTableBorder aria-label={t('contracts.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('contracts.number')}</Table.Th>
            <Table.Th>{t('contracts.kind')}</Table.Th>
            <Table.Th>{t('contracts.object')}</Table.Th>
            <Table.Th>{t('contracts.signedOn')}</Table.Th>
            <Table.Th>{t('contracts.validity')}</Table.Th>
            <Table.Th>{t('contracts.amount')}</Table.Th>
            <Table.Th>{t('contracts.document')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data?.rows.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Anchor component={Link} to={`/legal/contracts/${c.id}`}>
                  {c.number}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`kind.${c.kind}`)}</Table.Td>
              <Table.Td>{c.object}</Table.Td>
              <Table.Td>{formatDay(c.signedOn, i18n.language)}</Table.Td>
              <Table.Td>
                {formatDay(c.startsOn, i18n.language)} – {formatDay(c.endsOn, i18n.language)}
              </Table.Td>
              <Table.Td>{money(c.amount, i18n.language)}</Table.Td>
              <Table.Td>{c.hasDocument ? t('yes') : t('no')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.data?.rows.length === 0 && <Text c="dimmed">{t('empty')}</Text>}
      {list.data && <Pager total={list.data.total} offset={offset} onChange={setOffset} />}
    </Stack>
  );
}

function ContractPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation('legal');
  const canWrite = useCanWrite();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const data = useQuery({
    queryKey: ['legal', 'contract', id],
    queryFn: () => api.get<ContractDetail>(`/api/legal/contracts/${id}`),
  });
  const upload = useMutation({
    mutationFn: async () =>
      api.post(`/api/legal/contracts/${id}/documents`, { fileName: file!.name, contentBase64: await toBase64(file!) }),
    onSuccess: async () => {
      setFile(null);
      await qc.invalidateQueries({ queryKey: ['legal', 'contract', id] });
    },
  });
  const c = data.data;
  return (
    <Stack>
      <SubNav />
      <ErrorAlert error={data.error} />
      {c && (
        <>
          <Title order={1} size="h2">
            {t('contracts.one', { number: c.number })}
          </Title>
          <Card withBorder>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Text>
                <b>{t('contracts.kind')}:</b> {t(`kind.${c.kind}`)}
              </Text>
              <Text>
                <b>{t('contracts.counterpart')}:</b> {c.counterpart ?? t('restricted')}
              </Text>
              <Text>
                <b>{t('contracts.signedOn')}:</b> {formatDay(c.signedOn, i18n.language)}
              </Text>
              <Text>
                <b>{t('contracts.validity')}:</b> {formatDay(c.startsOn, i18n.language)} –{' '}
                {formatDay(c.endsOn, i18n.language)}
              </Text>
              <Text>
                <b>{t('contracts.amount')}:</b> {money(c.amount, i18n.language)}
              </Text>
              <Text>
                <b>{t('contracts.object')}:</b> {c.object || '—'}
              </Text>
            </SimpleGrid>
          </Card>
          <Title order={2} size="h4">
            {t('contracts.documents')}
          </Title>
          {c.documents.length === 0 && <Text c="dimmed">{t('contracts.noDocuments')}</Text>}
          {c.documents.map((d) => (
            <Group key={d.id}>
              <Anchor href={`/api/legal/contracts/${c.id}/documents/${d.id}`} download>
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
                label={t('contracts.upload')}
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
          {c.renewals.length > 0 && (
            <>
              <Title order={2} size="h4">
                {t('contracts.renewals')}
              </Title>
              {c.renewals.map((r) => (
                <Anchor key={r.id} component={Link} to={`/legal/contracts/${r.id}`}>
                  {r.number} ({formatDay(r.startsOn, i18n.language)} – {formatDay(r.endsOn, i18n.language)})
                </Anchor>
              ))}
            </>
          )}
        </>
      )}
    </Stack>
  );
}

// ---- Lawsuits ----------------------------------------------------------------------------------

const emptyLawsuit = {
  fileNumber: '',
  typeCode: 'labour',
  court: '',
  plaintiff: '',
  claims: '',
  claimedAmount: '',
  projectedAmount: '',
  filedOn: '',
};

function LawsuitForm({ types }: { types: Array<{ value: string; label: string }> }) {
  const { t } = useTranslation('legal');
  const qc = useQueryClient();
  const [form, setForm] = useState(emptyLawsuit);
  const set = (k: keyof typeof emptyLawsuit) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const create = useMutation({
    mutationFn: () =>
      api.post('/api/legal/lawsuits', {
        ...form,
        claims: form.claims || undefined,
        claimedAmount: form.claimedAmount || null,
        projectedAmount: form.projectedAmount || null,
      }),
    onSuccess: async () => {
      setForm(emptyLawsuit);
      await qc.invalidateQueries({ queryKey: ['legal'] });
    },
  });
  return (
    <Card
      withBorder
      component="form"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        create.mutate();
      }}
      aria-labelledby="new-lawsuit"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="new-lawsuit">
          {t('lawsuits.new')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <TextInput
            label={t('lawsuits.fileNumber')}
            required
            value={form.fileNumber}
            onChange={(e) => set('fileNumber')(e.currentTarget.value)}
          />
          <Select
            label={t('lawsuits.type')}
            required
            allowDeselect={false}
            value={form.typeCode}
            onChange={(v) => set('typeCode')(v ?? 'labour')}
            data={types}
          />
          <TextInput
            label={t('lawsuits.court')}
            required
            value={form.court}
            onChange={(e) => set('court')(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('lawsuits.filedOn')}
            required
            value={form.filedOn}
            onChange={(e) => set('filedOn')(e.currentTarget.value)}
          />
          <TextInput
            label={t('lawsuits.plaintiff')}
            description={t('lawsuits.plaintiffHint')}
            required
            value={form.plaintiff}
            onChange={(e) => set('plaintiff')(e.currentTarget.value)}
          />
          <TextInput
            label={t('lawsuits.claimedAmount')}
            inputMode="decimal"
            value={form.claimedAmount}
            onChange={(e) => set('claimedAmount')(e.currentTarget.value)}
          />
          <TextInput
            label={t('lawsuits.projectedAmount')}
            inputMode="decimal"
            value={form.projectedAmount}
            onChange={(e) => set('projectedAmount')(e.currentTarget.value)}
          />
        </SimpleGrid>
        <Textarea
          label={t('lawsuits.claims')}
          value={form.claims}
          onChange={(e) => set('claims')(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <ErrorAlert error={create.error} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('lawsuits.save')}
          </Button>
          {create.isSuccess && <Text role="status">{t('saved')}</Text>}
        </Group>
      </Stack>
    </Card>
  );
}

function useLawsuitTypes() {
  const types = useQuery({
    queryKey: ['legal', 'lawsuit-types'],
    queryFn: () => api.get<LawsuitType[]>('/api/legal/lawsuit-types'),
  });
  return (types.data ?? []).map((x) => ({ value: x.code, label: x.label }));
}

function LawsuitsPage() {
  const { t, i18n } = useTranslation('legal');
  const canWrite = useCanWrite();
  const types = useLawsuitTypes();
  const [typeCode, setType] = useState<string | null>(null);
  const [stage, setStage] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const query = {
    typeCode: typeCode ?? undefined,
    stage: stage ?? undefined,
    open: open ?? undefined,
    q: q || undefined,
  };
  const list = useQuery({
    queryKey: ['legal', 'lawsuits', query, offset],
    queryFn: () => api.get<LawsuitList>('/api/legal/lawsuits', { ...query, limit: PAGE, offset }),
  });
  const typeLabel = (code: string) => types.find((x) => x.value === code)?.label ?? code;
  return (
    <Stack>
      <SubNav />
      <Title order={1} size="h2">
        {t('lawsuits.title')}
      </Title>
      <LawsuitReportSchedule />
      {canWrite && <LawsuitForm types={types} />}
      <Group align="flex-end">
        <Select
          label={t('lawsuits.type')}
          clearable
          value={typeCode}
          onChange={(v) => (setType(v), setOffset(0))}
          data={types}
        />
        <Select
          label={t('lawsuits.stage')}
          clearable
          value={stage}
          onChange={(v) => (setStage(v), setOffset(0))}
          data={STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
        />
        <Select
          label={t('lawsuits.state')}
          clearable
          value={open}
          onChange={(v) => (setOpen(v), setOffset(0))}
          data={[
            { value: 'true', label: t('lawsuits.open') },
            { value: 'false', label: t('lawsuits.resolved') },
          ]}
        />
        <TextInput label={t('search')} value={q} onChange={(e) => (setQ(e.currentTarget.value), setOffset(0))} />
        <ExportButton path="/api/legal/lawsuits" query={query} />
      </Group>
      <ErrorAlert error={list.error} />
      <Table striped withTableBorder aria-label={t('lawsuits.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('lawsuits.fileNumber')}</Table.Th>
            <Table.Th>{t('lawsuits.type')}</Table.Th>
            <Table.Th>{t('lawsuits.court')}</Table.Th>
            <Table.Th>{t('lawsuits.stage')}</Table.Th>
            <Table.Th>{t('lawsuits.projectedAmount')}</Table.Th>
            <Table.Th>{t('lawsuits.nextDeadline')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data?.rows.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td>
                <Anchor component={Link} to={`/legal/lawsuits/${l.id}`}>
                  {l.fileNumber}
                </Anchor>
              </Table.Td>
              <Table.Td>{typeLabel(l.typeCode)}</Table.Td>
              <Table.Td>{l.court}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={l.resolvedOn ? 'gray.9' : 'blue.9'}>
                  {t(`stage.${l.stage}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{money(l.projectedAmount, i18n.language)}</Table.Td>
              <Table.Td>{formatDay(l.nextDeadline, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.data?.rows.length === 0 && <Text c="dimmed">{t('empty')}</Text>}
      {list.data && <Pager total={list.data.total} offset={offset} onChange={setOffset} />}
    </Stack>
  );
}

function LawsuitReportSchedule() {
  const { t, i18n } = useTranslation('legal');
  const [year, setYear] = useState(new Date().getFullYear());
  const data = useQuery({
    queryKey: ['legal', 'lawsuit-reports', year],
    queryFn: () => api.get<LawsuitReportSchedule>('/api/legal/lawsuit-reports', { year }),
  });
  return (
    <Card withBorder aria-labelledby="lawsuit-reports">
      <Group justify="space-between">
        <Title order={2} size="h4" id="lawsuit-reports">
          {t('lawsuits.reports')}
        </Title>
        <NumberInput
          aria-label={t('year')}
          w={110}
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => setYear(Number(v) || year)}
        />
      </Group>
      <Text size="sm" c="dimmed">
        {t('lawsuits.reportsHint')}
      </Text>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('lawsuits.bimester')}</Table.Th>
            <Table.Th>{t('lawsuits.dueOn')}</Table.Th>
            <Table.Th>{t('lawsuits.remindFrom')}</Table.Th>
            <Table.Th>{t('lawsuits.document')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.data?.bimesters.map((b) => (
            <Table.Tr key={b.index}>
              <Table.Td>
                {formatDay(b.from, i18n.language)} – {formatDay(b.to, i18n.language)}
              </Table.Td>
              <Table.Td>{formatDay(b.dueOn, i18n.language)}</Table.Td>
              <Table.Td>{formatDay(b.remindFrom, i18n.language)}</Table.Td>
              <Table.Td>
                <Group gap="xs">
                  {(['docx', 'pdf'] as const).map((format) => (
                    <Anchor
                      key={format}
                      href={`/api/legal/lawsuit-reports/document?year=${year}&bimester=${b.index}&format=${format}`}
                      download
                      aria-label={t('lawsuits.downloadLabel', {
                        format: format.toUpperCase(),
                        from: formatDay(b.from, i18n.language),
                        to: formatDay(b.to, i18n.language),
                      })}
                    >
                      {format.toUpperCase()}
                    </Anchor>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

function LawsuitPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation('legal');
  const canWrite = useCanWrite();
  const qc = useQueryClient();
  const [ev, setEv] = useState({ kind: 'hearing', on: '', description: '' });
  const data = useQuery({
    queryKey: ['legal', 'lawsuit', id],
    queryFn: () => api.get<LawsuitDetail>(`/api/legal/lawsuits/${id}`),
  });
  const refresh = () => qc.invalidateQueries({ queryKey: ['legal'] });
  const addEvent = useMutation({
    mutationFn: () => api.post(`/api/legal/lawsuits/${id}/events`, ev),
    onSuccess: async () => {
      setEv({ kind: 'hearing', on: '', description: '' });
      await refresh();
    },
  });
  const markDone = useMutation({
    mutationFn: (eventId: string) => api.patch(`/api/legal/lawsuits/${id}/events/${eventId}`, { done: true }),
    onSuccess: refresh,
  });
  const setStage = useMutation({
    mutationFn: (stage: string) => api.patch(`/api/legal/lawsuits/${id}`, { version: data.data!.version, stage }),
    onSuccess: refresh,
  });
  const l = data.data;
  return (
    <Stack>
      <SubNav />
      <ErrorAlert error={data.error ?? setStage.error ?? markDone.error} />
      {l && (
        <>
          <Title order={1} size="h2">
            {t('lawsuits.one', { fileNumber: l.fileNumber })}
          </Title>
          <Card withBorder>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Text>
                <b>{t('lawsuits.court')}:</b> {l.court}
              </Text>
              <Text>
                <b>{t('lawsuits.plaintiff')}:</b> {l.plaintiff ?? t('restricted')}
              </Text>
              <Text>
                <b>{t('lawsuits.filedOn')}:</b> {formatDay(l.filedOn, i18n.language)}
              </Text>
              <Text>
                <b>{t('lawsuits.claims')}:</b> {l.claims || '—'}
              </Text>
              <Text>
                <b>{t('lawsuits.claimedAmount')}:</b> {money(l.claimedAmount, i18n.language)}
              </Text>
              <Text>
                <b>{t('lawsuits.projectedAmount')}:</b> {money(l.projectedAmount, i18n.language)}
              </Text>
              <Text>
                <b>{t('lawsuits.resolution')}:</b> {l.resolution ?? '—'}
              </Text>
            </SimpleGrid>
          </Card>
          {canWrite ? (
            <Select
              label={t('lawsuits.stage')}
              w={280}
              allowDeselect={false}
              value={l.stage}
              onChange={(v) => v && v !== l.stage && setStage.mutate(v)}
              data={STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
            />
          ) : (
            <Text>
              <b>{t('lawsuits.stage')}:</b> {t(`stage.${l.stage}`)}
            </Text>
          )}
          <Title order={2} size="h4">
            {t('lawsuits.history')}
          </Title>
          <Table aria-label={t('lawsuits.history')}>
            <Table.Tbody>
              {l.events.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{formatDay(e.on, i18n.language)}</Table.Td>
                  <Table.Td>{t(`eventKind.${e.kind}`)}</Table.Td>
                  <Table.Td>{e.description}</Table.Td>
                  <Table.Td>
                    {e.done ? (
                      t('lawsuits.done')
                    ) : canWrite ? (
                      <Button size="xs" variant="light" onClick={() => markDone.mutate(e.id)}>
                        {t('lawsuits.markDone')}
                      </Button>
                    ) : (
                      t('lawsuits.pending')
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {canWrite && (
            <Group
              align="flex-end"
              component="form"
              onSubmit={(e: FormEvent) => {
                e.preventDefault();
                addEvent.mutate();
              }}
            >
              <Select
                label={t('lawsuits.eventKind')}
                allowDeselect={false}
                value={ev.kind}
                onChange={(v) => setEv({ ...ev, kind: v ?? 'hearing' })}
                data={EVENT_KINDS.map((k) => ({ value: k, label: t(`eventKind.${k}`) }))}
              />
              <TextInput
                type="date"
                label={t('lawsuits.eventOn')}
                required
                value={ev.on}
                onChange={(e) => setEv({ ...ev, on: e.currentTarget.value })}
              />
              <TextInput
                label={t('lawsuits.eventDescription')}
                required
                value={ev.description}
                onChange={(e) => setEv({ ...ev, description: e.currentTarget.value })}
              />
              <Button type="submit" loading={addEvent.isPending}>
                {t('lawsuits.addEvent')}
              </Button>
            </Group>
          )}
          <ErrorAlert error={addEvent.error} />
        </>
      )}
    </Stack>
  );
}

// ---- Gazette -----------------------------------------------------------------------------------

const emptyPublication = { ref: '', publishedOn: '', title: '', kind: 'aviso', page: '', url: '' };

function GazettePage() {
  const { t, i18n } = useTranslation('legal');
  const canWrite = useCanWrite();
  const qc = useQueryClient();
  const [kind, setKind] = useState<string | null>(null);
  const [year, setYear] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const [form, setForm] = useState(emptyPublication);
  const query = { kind: kind ?? undefined, year: year ?? undefined, q: q || undefined };
  const list = useQuery({
    queryKey: ['legal', 'gazette', query, offset],
    queryFn: () => api.get<GazetteList>('/api/legal/gazette', { ...query, limit: PAGE, offset }),
  });
  const create = useMutation({
    mutationFn: () =>
      api.post('/api/legal/gazette', { ...form, page: form.page ? Number(form.page) : null, url: form.url || null }),
    onSuccess: async () => {
      setForm(emptyPublication);
      await qc.invalidateQueries({ queryKey: ['legal', 'gazette'] });
    },
  });
  return (
    <Stack>
      <SubNav />
      <Title order={1} size="h2">
        {t('gazette.title')}
      </Title>
      {canWrite && (
        <Card
          withBorder
          component="form"
          aria-labelledby="new-publication"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            create.mutate();
          }}
        >
          <Stack gap="sm">
            <Title order={2} size="h4" id="new-publication">
              {t('gazette.new')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
              <TextInput
                label={t('gazette.ref')}
                required
                value={form.ref}
                onChange={(e) => setForm({ ...form, ref: e.currentTarget.value })}
              />
              <TextInput
                type="date"
                label={t('gazette.publishedOn')}
                required
                value={form.publishedOn}
                onChange={(e) => setForm({ ...form, publishedOn: e.currentTarget.value })}
              />
              <Select
                label={t('gazette.kind')}
                allowDeselect={false}
                value={form.kind}
                onChange={(v) => setForm({ ...form, kind: v ?? 'aviso' })}
                data={GAZETTE_KINDS.map((k) => ({ value: k, label: t(`gazetteKind.${k}`) }))}
              />
              <TextInput
                label={t('gazette.page')}
                inputMode="numeric"
                value={form.page}
                onChange={(e) => setForm({ ...form, page: e.currentTarget.value })}
              />
            </SimpleGrid>
            <Textarea
              label={t('gazette.titleField')}
              required
              value={form.title}
              onChange={(e) => setForm({ ...form, title: e.currentTarget.value })}
              autosize
              minRows={2}
            />
            <TextInput
              label={t('gazette.url')}
              type="url"
              value={form.url}
              onChange={(e) => setForm({ ...form, url: e.currentTarget.value })}
            />
            <ErrorAlert error={create.error} />
            <Group>
              <Button type="submit" loading={create.isPending}>
                {t('gazette.save')}
              </Button>
              {create.isSuccess && <Text role="status">{t('saved')}</Text>}
            </Group>
          </Stack>
        </Card>
      )}
      <Group align="flex-end">
        <Select
          label={t('gazette.kind')}
          clearable
          value={kind}
          onChange={(v) => (setKind(v), setOffset(0))}
          data={GAZETTE_KINDS.map((k) => ({ value: k, label: t(`gazetteKind.${k}`) }))}
        />
        <Select
          label={t('year')}
          clearable
          value={year}
          onChange={(v) => (setYear(v), setOffset(0))}
          data={years()}
          w={120}
        />
        <TextInput label={t('search')} value={q} onChange={(e) => (setQ(e.currentTarget.value), setOffset(0))} />
        <ExportButton path="/api/legal/gazette" query={query} />
      </Group>
      <ErrorAlert error={list.error} />
      <Table striped withTableBorder aria-label={t('gazette.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('gazette.publishedOn')}</Table.Th>
            <Table.Th>{t('gazette.kind')}</Table.Th>
            <Table.Th>{t('gazette.titleField')}</Table.Th>
            <Table.Th>{t('gazette.footnote')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data?.rows.map((g) => (
            <Table.Tr key={g.id}>
              <Table.Td>{formatDay(g.publishedOn, i18n.language)}</Table.Td>
              <Table.Td>{t(`gazetteKind.${g.kind}`)}</Table.Td>
              <Table.Td>{g.title}</Table.Td>
              <Table.Td>
                <Text size="xs">{g.footnote}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.data?.rows.length === 0 && <Text c="dimmed">{t('empty')}</Text>}
      {list.data && <Pager total={list.data.total} offset={offset} onChange={setOffset} />}
    </Stack>
  );
}

export function LegalPages() {
  return (
    <Routes>
      <Route path="contracts/:id" element={<ContractPage />} />
      <Route path="lawsuits" element={<LawsuitsPage />} />
      <Route path="lawsuits/:id" element={<LawsuitPage />} />
      <Route path="gazette" element={<GazettePage />} />
      <Route path="opinions" element={<OpinionsPage />} />
      <Route path="opinions/:id" element={<OpinionPage />} />
      <Route path="regulations" element={<RegulationsPage />} />
    </Routes>
  );
}
