// The CAF's monthly report deliverables: reminders and overdue reports, the month grid (rows =
// deliverables, columns = months; each cell a status list that saves on change), a quick entry of
// one month for all deliverables (keyboard: type E for "Entregado", Tab to the next), the evidence
// and note of one submission, Cuadro 12 as the report prints it, and the XLSX export.
import {
  Anchor,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import {
  currentMonth,
  fileToBase64,
  formatDay,
  monthLabel,
  type Grid,
  type GridRow,
  type PrintedTable,
  type Reminder,
  type Reminders,
  type Submission,
  STATUSES,
  SubNav,
  type SubmissionStatus,
  useAdministrationRoles,
} from './shared';
import { ErrorAlert } from '../../ui/ErrorAlert';

const STATUS_COLOR: Record<SubmissionStatus, string> = {
  delivered: 'green.9',
  in_progress: 'orange.9',
  pending: 'gray.8',
};
// "Entregado" right after "Pendiente": typing E on a pending cell selects it.
const OPTION_ORDER: SubmissionStatus[] = ['pending', 'delivered', 'in_progress'];

function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

function useSaveCell() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: {
      id: string;
      month: string;
      status: SubmissionStatus;
      deliveredOn?: string | null;
      version: number | null;
    }) =>
      api.put(`/api/administration/deliverables/${v.id}/submissions/${v.month}`, {
        status: v.status,
        deliveredOn: v.deliveredOn ?? null,
        ...(v.version === null ? {} : { version: v.version }),
      }),
    onSettled: () => qc.invalidateQueries({ queryKey: ['administration'] }),
  });
}

export function DeliverablesPage() {
  const { t, i18n } = useTranslation('administration');
  const lang = i18n.language;
  const { canWrite, canRead } = useAdministrationRoles();
  const [from, setFrom] = useState(currentMonth(-5));
  const [to, setTo] = useState(currentMonth(-1));
  const [recipient, setRecipient] = useState('');
  const [status, setStatus] = useState('');
  const valid = /^\d{4}-\d{2}$/.test(from) && /^\d{4}-\d{2}$/.test(to) && from <= to;
  const query = { from, to, recipient: recipient || undefined, status: status || undefined };
  const grid = useQuery({
    queryKey: ['administration', 'grid', query],
    queryFn: () => api.get<Grid>('/api/administration/deliverables/grid', query),
    enabled: valid,
  });
  const reminders = useQuery({
    queryKey: ['administration', 'reminders'],
    queryFn: () => api.get<Reminders>('/api/administration/deliverables/reminders'),
  });
  const table = useQuery({
    queryKey: ['administration', 'table', from, to],
    queryFn: () =>
      api.get<PrintedTable>('/api/administration/deliverables/table', { from: `${from}-01`, to: lastDay(to) }),
    enabled: valid,
  });
  const save = useSaveCell();
  const recipients = useMemo(
    () => [...new Set((grid.data?.rows ?? []).flatMap((r) => r.recipients))].sort((a, b) => a.localeCompare(b, 'es')),
    [grid.data],
  );
  const exportHref = `/api/administration/deliverables/grid.xlsx?${new URLSearchParams(
    Object.entries(query).filter(([, v]) => v) as [string, string][],
  ).toString()}`;

  return (
    <Stack>
      <SubNav />
      <Title order={1} size="h2">
        {t('deliverables.title')}
      </Title>
      <ReminderCards data={reminders.data} />
      <Group align="end" wrap="wrap">
        <TextInput
          type="month"
          label={t('filters.from')}
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
          w={170}
        />
        <TextInput
          type="month"
          label={t('filters.to')}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
          w={170}
        />
        <NativeSelect
          label={t('filters.recipient')}
          value={recipient}
          onChange={(e) => setRecipient(e.currentTarget.value)}
          data={[{ value: '', label: t('filters.all') }, ...recipients.map((r) => ({ value: r, label: r }))]}
          w={220}
        />
        <NativeSelect
          label={t('filters.status')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value)}
          data={[
            { value: '', label: t('filters.all') },
            ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
          ]}
          w={180}
        />
        <Button component="a" href={exportHref} download variant="light" disabled={!valid}>
          {t('export')}
        </Button>
      </Group>
      {!valid && <Text c="red.8">{t('filters.invalid')}</Text>}
      <ErrorAlert error={grid.error ?? reminders.error ?? save.error} />
      {grid.data && (
        <>
          <Text size="sm" data-testid="grid-total">
            {t('deliverables.total', grid.data.total)}
          </Text>
          <Table.ScrollContainer minWidth={400 + grid.data.months.length * 150}>
            <Table striped withTableBorder withColumnBorders>
              <Table.Caption>{t('deliverables.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('fields.name')}</Table.Th>
                  <Table.Th scope="col">{t('fields.recipients')}</Table.Th>
                  {grid.data.months.map((m) => (
                    <Table.Th key={m} scope="col">
                      {monthLabel(m, lang, 'short')}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {grid.data.rows.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Th scope="row" fw={400}>
                      {row.name}
                    </Table.Th>
                    <Table.Td>{row.recipients.join(', ')}</Table.Td>
                    {row.cells.map((c) => (
                      <Table.Td key={c.month} data-testid={`cell-${row.id}-${c.month}`}>
                        {canWrite && c.month <= currentMonth() ? (
                          <NativeSelect
                            size="xs"
                            aria-label={t('deliverables.cellLabel', {
                              name: row.name,
                              month: monthLabel(c.month, lang),
                            })}
                            value={c.status}
                            onChange={(e) =>
                              save.mutate({
                                id: row.id,
                                month: c.month,
                                status: e.currentTarget.value as SubmissionStatus,
                                deliveredOn: c.deliveredOn,
                                version: c.version,
                              })
                            }
                            data={OPTION_ORDER.map((s) => ({ value: s, label: t(`status.${s}`) }))}
                          />
                        ) : (
                          <Badge color={STATUS_COLOR[c.status]} variant="light" tt="none">
                            {t(`status.${c.status}`)}
                          </Badge>
                        )}
                        <Text size="xs" c="dimmed">
                          {c.deliveredOn
                            ? t('deliverables.deliveredOn', { date: formatDay(c.deliveredOn, lang) })
                            : t('deliverables.dueOn', { date: formatDay(c.dueOn, lang) })}
                          {c.hasEvidence ? ` · ${t('deliverables.withEvidence')}` : ''}
                        </Text>
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      {canWrite && grid.data && <QuickEntry rows={grid.data.rows} />}
      {canRead && grid.data && <SubmissionDetail rows={grid.data.rows} months={grid.data.months} canWrite={canWrite} />}
      {table.data && <PrintedTableView table={table.data} />}
    </Stack>
  );
}

function ReminderCards({ data }: { data?: { today: string; dueSoon: Reminder[]; overdue: Reminder[] } }) {
  const { t, i18n } = useTranslation('administration');
  if (!data) return null;
  const list = (items: Reminder[]) =>
    items.slice(0, 8).map((r) => (
      <Text size="sm" key={`${r.deliverableId}-${r.month}`}>
        {r.name} — {monthLabel(r.month, i18n.language)} (
        {t('deliverables.dueOn', { date: formatDay(r.dueOn, i18n.language) })})
      </Text>
    ));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Card withBorder padding="sm" aria-label={t('reminders.dueSoon')} component="section">
        <Text fw={700}>
          {t('reminders.dueSoon')}: <span data-testid="due-soon">{data.dueSoon.length}</span>
        </Text>
        {list(data.dueSoon)}
      </Card>
      <Card withBorder padding="sm" aria-label={t('reminders.overdue')} component="section">
        <Text fw={700} c={data.overdue.length ? 'red.8' : undefined}>
          {t('reminders.overdue')}: <span data-testid="overdue">{data.overdue.length}</span>
        </Text>
        {list(data.overdue)}
        {data.overdue.length > 8 && <Text size="sm">{t('reminders.more', { n: data.overdue.length - 8 })}</Text>}
      </Card>
    </SimpleGrid>
  );
}

/** One month for every deliverable, in one column: E + Tab fourteen times, then Enter. */
function QuickEntry({ rows }: { rows: GridRow[] }) {
  const { t, i18n } = useTranslation('administration');
  const qc = useQueryClient();
  const [month, setMonth] = useState(currentMonth(-1));
  const [deliveredOn, setDeliveredOn] = useState('');
  const [statuses, setStatuses] = useState<Record<string, SubmissionStatus>>({});
  const [saved, setSaved] = useState<number | null>(null);
  const current = useQuery({
    queryKey: ['administration', 'grid', 'quick', month],
    queryFn: () => api.get<Grid>('/api/administration/deliverables/grid', { from: month, to: month }),
    enabled: /^\d{4}-\d{2}$/.test(month),
  });
  // A refetch (the save itself invalidates this query) refreshes the statuses but keeps the
  // "saved" confirmation: only choosing another month clears it.
  useEffect(() => {
    if (current.data) setStatuses(Object.fromEntries(current.data.rows.map((r) => [r.id, r.cells[0]!.status])));
  }, [current.data]);
  const saveAll = useMutation({
    mutationFn: async () => {
      let n = 0;
      for (const r of current.data?.rows ?? []) {
        const cell = r.cells[0]!;
        const next = statuses[r.id] ?? cell.status;
        const date = next === 'delivered' ? deliveredOn || cell.deliveredOn : null;
        if (next === cell.status && (date ?? null) === (cell.deliveredOn ?? null)) continue;
        await api.put(`/api/administration/deliverables/${r.id}/submissions/${month}`, {
          status: next,
          deliveredOn: date || null,
          ...(cell.version === null ? {} : { version: cell.version }),
        });
        n += 1;
      }
      return n;
    },
    onSuccess: (n) => setSaved(n),
    onSettled: () => qc.invalidateQueries({ queryKey: ['administration'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    saveAll.mutate();
  };
  const names = new Map(rows.map((r) => [r.id, r.name]));
  return (
    <Card withBorder component="section" aria-labelledby="quick-entry-title">
      <Title order={2} size="h4" id="quick-entry-title" mb="xs">
        {t('quick.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('quick.help')}
      </Text>
      <form onSubmit={submit}>
        <Stack gap="xs">
          <Group align="end">
            <TextInput
              type="month"
              label={t('quick.month')}
              value={month}
              onChange={(e) => {
                setMonth(e.currentTarget.value);
                setSaved(null);
              }}
              w={170}
            />
            <TextInput
              type="date"
              label={t('quick.deliveredOn')}
              value={deliveredOn}
              onChange={(e) => setDeliveredOn(e.currentTarget.value)}
              w={190}
            />
          </Group>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs" verticalSpacing={4}>
            {(current.data?.rows ?? []).map((r) => (
              <NativeSelect
                key={r.id}
                size="xs"
                label={names.get(r.id) ?? r.name}
                aria-label={t('deliverables.cellLabel', { name: r.name, month: monthLabel(month, i18n.language) })}
                value={statuses[r.id] ?? 'pending'}
                onChange={(e) => {
                  // Read the value now: React clears currentTarget before the updater runs.
                  const value = e.currentTarget.value as SubmissionStatus;
                  setStatuses((s) => ({ ...s, [r.id]: value }));
                }}
                data={OPTION_ORDER.map((s) => ({ value: s, label: t(`status.${s}`) }))}
              />
            ))}
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={saveAll.isPending}>
              {t('quick.save')}
            </Button>
            {saved !== null && (
              <Text role="status" size="sm">
                {t('quick.saved', { count: saved })}
              </Text>
            )}
          </Group>
          <ErrorAlert error={saveAll.error} />
        </Stack>
      </form>
    </Card>
  );
}

/** The note and the evidence file of one submission. */
function SubmissionDetail({ rows, months, canWrite }: { rows: GridRow[]; months: string[]; canWrite: boolean }) {
  const { t, i18n } = useTranslation('administration');
  const qc = useQueryClient();
  const [id, setId] = useState(rows[0]?.id ?? '');
  const [month, setMonth] = useState(months[0] ?? '');
  const [note, setNote] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const url = `/api/administration/deliverables/${id}/submissions/${month}`;
  const detail = useQuery({
    queryKey: ['administration', 'submission', id, month],
    queryFn: () => api.get<Submission>(url),
    enabled: !!id && !!month,
    retry: false,
  });
  useEffect(() => setNote(detail.data?.note ?? ''), [detail.data]);
  const saveNote = useMutation({
    mutationFn: () =>
      api.put(url, {
        status: detail.data!.status,
        deliveredOn: detail.data!.deliveredOn,
        note: note || null,
        version: detail.data!.version,
      }),
    onSettled: () => qc.invalidateQueries({ queryKey: ['administration'] }),
  });
  const upload = useMutation({
    mutationFn: async () =>
      api.put(`${url}/evidence`, { fileName: file!.name, contentBase64: await fileToBase64(file!) }),
    onSuccess: () => setFile(null),
    onSettled: () => qc.invalidateQueries({ queryKey: ['administration'] }),
  });
  const d = detail.data;
  return (
    <Card withBorder component="section" aria-labelledby="detail-title">
      <Title order={2} size="h4" id="detail-title" mb="sm">
        {t('detail.title')}
      </Title>
      <Group align="end">
        <NativeSelect
          label={t('fields.name')}
          value={id}
          onChange={(e) => setId(e.currentTarget.value)}
          data={rows.map((r) => ({ value: r.id, label: r.name }))}
          w={380}
        />
        <NativeSelect
          label={t('detail.month')}
          value={month}
          onChange={(e) => setMonth(e.currentTarget.value)}
          data={months.map((m) => ({ value: m, label: monthLabel(m, i18n.language) }))}
          w={200}
        />
      </Group>
      {detail.isError && <Text mt="sm">{t('detail.none')}</Text>}
      {d && (
        <Stack gap="xs" mt="sm">
          <Text size="sm">
            {t(`status.${d.status}`)}
            {d.deliveredOn
              ? ` · ${t('deliverables.deliveredOn', { date: formatDay(d.deliveredOn, i18n.language) })}`
              : ''}
          </Text>
          {d.evidence ? (
            <Text size="sm">
              {t('detail.evidence')}:{' '}
              <Anchor href={`${url}/evidence`} download>
                {d.evidence.fileName}
              </Anchor>{' '}
              ({Math.ceil(d.evidence.size / 1024)} KB, SHA-256 <code>{d.evidence.sha256.slice(0, 16)}…</code>)
            </Text>
          ) : (
            <Text size="sm">{t('detail.noEvidence')}</Text>
          )}
          {canWrite && (
            <>
              <Textarea
                label={t('detail.note')}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
                maxLength={2000}
                autosize
              />
              <Group>
                <Button variant="light" onClick={() => saveNote.mutate()} loading={saveNote.isPending}>
                  {t('detail.saveNote')}
                </Button>
              </Group>
              <Group align="end">
                <FileInput
                  label={t('detail.file')}
                  description={t('detail.fileHelp')}
                  accept=".pdf,.xlsx,.docx"
                  value={file}
                  onChange={setFile}
                  clearable
                  w={380}
                />
                <Button onClick={() => upload.mutate()} disabled={!file} loading={upload.isPending}>
                  {t('detail.upload')}
                </Button>
              </Group>
            </>
          )}
          <ErrorAlert error={saveNote.error ?? upload.error} />
        </Stack>
      )}
    </Card>
  );
}

/** The deliverables table exactly as the bimonthly report prints it (Cuadro 12 of seed 003). */
function PrintedTableView({ table }: { table: PrintedTable }) {
  const { t } = useTranslation('administration');
  return (
    <Card withBorder component="section" aria-labelledby="printed-title">
      <Title order={2} size="h4" id="printed-title" mb="xs">
        {t('printed.title')}
      </Title>
      <Table.ScrollContainer minWidth={900}>
        <Table withTableBorder withColumnBorders data-testid="printed-table">
          <Table.Caption>{table.title}</Table.Caption>
          <Table.Thead>
            {table.header.map((row, i) => (
              <Table.Tr key={i}>
                {row.map((c, j) => (
                  <Table.Th key={j} scope="col" colSpan={c.colSpan} rowSpan={c.rowSpan} ta="center">
                    {c.text}
                  </Table.Th>
                ))}
              </Table.Tr>
            ))}
          </Table.Thead>
          <Table.Tbody>
            {table.body.map((row, i) => (
              <Table.Tr key={i}>
                {row.map((cell, j) => (
                  <Table.Td key={j}>{cell}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {table.notes.map((n) => (
        <Text size="xs" key={n}>
          {n}
        </Text>
      ))}
    </Card>
  );
}
