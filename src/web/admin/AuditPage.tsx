// Audit trail (read-only): the newest entries first, in words (who, what, which record by its folio,
// the details as a list), filtered by person, action, kind of record, record and dates, paged.
import { Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatDateTime } from '../ui/format';
import { Tag } from '../ui/Tag';
import { TableHead } from '../ui/TableHead';
import { auditActionLabel, auditEntityLabel, auditOptions, detailLines } from './auditText';

export interface AuditRow {
  id: number;
  at: string;
  actorUsername: string | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  record: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
}

/** GET /api/audit (src/server/platform/audit/audit.routes.ts): newest first, paged by id. */
interface AuditPageResponse {
  entries: AuditRow[];
  nextBefore: number | null;
}

interface Filters {
  action: string | null;
  entity: string | null;
  actor: string;
  entityId: string;
  from: string;
  to: string;
}

const EMPTY: Filters = { action: null, entity: null, actor: '', entityId: '', from: '', to: '' };
const PAGE_SIZE = 50;

function Details({ details }: { details: AuditRow['details'] }) {
  const { t } = useTranslation();
  if (!details || Object.keys(details).length === 0) return <>—</>;
  return (
    <Stack gap={0}>
      {detailLines(t, details).map((d) => (
        <Text key={d.key} size="xs" style={{ overflowWrap: 'anywhere' }}>
          <Text span fw={600} size="xs">
            {d.label}:
          </Text>{' '}
          {d.value}
        </Text>
      ))}
    </Stack>
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  // Cursors of the pages seen so far: page n starts before cursors[n - 1] (null: the newest).
  const [cursors, setCursors] = useState<(number | null)[]>([null]);
  const before = cursors[cursors.length - 1];
  const entries = useQuery({
    queryKey: ['audit', filters, before],
    queryFn: () => api.get<AuditPageResponse>('/api/audit', { ...filters, before, limit: PAGE_SIZE }),
  });
  const rows = entries.data?.entries ?? [];
  const apply = (f: Filters) => {
    setFilters(f);
    setCursors([null]);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    apply(draft);
  };
  const text = (key: 'actor' | 'entityId' | 'from' | 'to', type = 'text') => (
    <TextInput
      type={type}
      label={t(`admin:audit.filter.${key === 'entityId' ? 'record' : key}`)}
      value={draft[key]}
      onChange={(e) => setDraft({ ...draft, [key]: e.currentTarget.value })}
    />
  );
  const choice = (key: 'action' | 'entity', group: 'actions' | 'entities') => (
    <Select
      label={t(`admin:audit.filter.${key}`)}
      placeholder={t('admin:audit.anyValue')}
      data={auditOptions(t, group)}
      value={draft[key]}
      onChange={(v) => setDraft({ ...draft, [key]: v })}
      searchable
      clearable
      w={260}
    />
  );

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('admin:audit.title')}
      </Title>
      <form onSubmit={submit} aria-label={t('admin:audit.filtersLabel')}>
        <Group align="flex-end" wrap="wrap">
          {text('actor')}
          {choice('action', 'actions')}
          {choice('entity', 'entities')}
          {text('entityId')}
          {text('from', 'date')}
          {text('to', 'date')}
          <Button type="submit">{t('admin:audit.apply')}</Button>
          <Button
            variant="default"
            onClick={() => {
              setDraft(EMPTY);
              apply(EMPTY);
            }}
          >
            {t('admin:audit.clear')}
          </Button>
        </Group>
      </form>
      <ErrorAlert error={entries.error} />
      <Table.ScrollContainer minWidth={900}>
        <Table striped>
          <Table.Caption>{t('admin:audit.caption')}</Table.Caption>
          <TableHead
            labels={[
              t('admin:audit.at'),
              t('admin:audit.actor'),
              t('admin:audit.action'),
              t('admin:audit.entity'),
              t('admin:audit.ip'),
              t('admin:audit.details'),
            ]}
          />
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.at)}</Table.Td>
                <Table.Td>
                  {r.actorUsername ? (
                    <>
                      <Text size="sm">{r.actorName ?? r.actorUsername}</Text>
                      <Text size="xs" c="gray.8">
                        {r.actorUsername}
                      </Text>
                    </>
                  ) : (
                    <Text span c="gray.8">
                      {t('admin:audit.system')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Tag variant="light" color="gray.9">
                    {auditActionLabel(t, r.action)}
                  </Tag>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{auditEntityLabel(t, r.entity)}</Text>
                  {r.record || r.entityId ? (
                    <Text size="xs" c="gray.8" style={{ overflowWrap: 'anywhere' }}>
                      {r.record ?? r.entityId}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{r.ip ?? '—'}</Table.Td>
                <Table.Td maw={360}>
                  <Details details={r.details} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!entries.isPending && rows.length === 0 && <Text c="gray.8">{t('admin:audit.empty')}</Text>}
      <Group justify="space-between">
        <Button variant="default" disabled={cursors.length === 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
          {t('admin:audit.previous')}
        </Button>
        <Text size="sm" aria-live="polite">
          {t('admin:audit.page', { page: cursors.length })}
        </Text>
        <Button
          variant="default"
          disabled={!entries.data?.nextBefore}
          onClick={() => setCursors((c) => [...c, entries.data!.nextBefore])}
        >
          {t('admin:audit.next')}
        </Button>
      </Group>
    </Stack>
  );
}
