// Audit trail (read-only): the newest entries first, filtered by action, entity, person and dates.
import { Button, Code, Group, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatDateTime } from '../ui/format';
import { Tag } from '../ui/Tag';
import { TableHead } from '../ui/TableHead';

export interface AuditRow {
  id: number;
  at: string;
  actorUsername: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
}

/** GET /api/audit (src/server/platform/audit/audit.routes.ts): newest first, paged by id. */
interface AuditPageResponse {
  entries: AuditRow[];
  nextBefore: number | null;
}

interface Filters {
  action: string;
  entity: string;
  actor: string;
  from: string;
  to: string;
}

const EMPTY: Filters = { action: '', entity: '', actor: '', from: '', to: '' };

export function AuditPage() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const entries = useInfiniteQuery({
    queryKey: ['audit', filters],
    initialPageParam: null as number | null,
    queryFn: ({ pageParam }) => api.get<AuditPageResponse>('/api/audit', { ...filters, before: pageParam, limit: 50 }),
    getNextPageParam: (last) => last.nextBefore,
  });
  const rows = entries.data?.pages.flatMap((p) => p.entries) ?? [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFilters(draft);
  };
  const field = (key: keyof Filters, type = 'text') => (
    <TextInput
      type={type}
      label={t(`admin:audit.filter.${key}`)}
      value={draft[key]}
      onChange={(e) => setDraft({ ...draft, [key]: e.currentTarget.value })}
    />
  );

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('admin:audit.title')}
      </Title>
      <form onSubmit={submit} aria-label={t('admin:audit.filtersLabel')}>
        <Group align="flex-end" wrap="wrap">
          {field('action')}
          {field('entity')}
          {field('actor')}
          {field('from', 'date')}
          {field('to', 'date')}
          <Button type="submit">{t('admin:audit.apply')}</Button>
          <Button
            variant="default"
            onClick={() => {
              setDraft(EMPTY);
              setFilters(EMPTY);
            }}
          >
            {t('admin:audit.clear')}
          </Button>
        </Group>
      </form>
      <ErrorAlert error={entries.error} />
      <Table.ScrollContainer minWidth={800}>
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
                <Table.Td>{formatDateTime(r.at)}</Table.Td>
                <Table.Td>
                  {r.actorUsername ?? (
                    <Text span c="dimmed">
                      {t('admin:audit.system')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Tag variant="light">{r.action}</Tag>
                </Table.Td>
                <Table.Td>
                  {r.entity}
                  {r.entityId ? (
                    <Text span c="dimmed" size="xs">
                      {' '}
                      {r.entityId}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{r.ip ?? '—'}</Table.Td>
                <Table.Td>{r.details ? <Code>{JSON.stringify(r.details)}</Code> : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!entries.isPending && rows.length === 0 && <Text c="dimmed">{t('admin:audit.empty')}</Text>}
      {entries.hasNextPage && (
        <Button variant="light" onClick={() => void entries.fetchNextPage()} loading={entries.isFetchingNextPage}>
          {t('admin:audit.more')}
          <VisuallyHidden> {t('admin:audit.title')}</VisuallyHidden>
        </Button>
      )}
    </Stack>
  );
}
