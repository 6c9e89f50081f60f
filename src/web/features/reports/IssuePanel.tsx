// Issuing versions, the list of issued versions with downloads and SHA-256, and a diff of two.
import { Anchor, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { formatDateTime } from '../../ui/format';
import type { DiffResponse, IssuedSummary, Period } from './pageTypes';

const FORMATS = ['docx', 'xlsx', 'pdf'] as const;

export function IssuePanel({
  period,
  issued,
  canIssue,
}: {
  period: Period;
  issued: IssuedSummary[];
  canIssue: boolean;
}) {
  const { t } = useTranslation('reports');
  const client = useQueryClient();
  const [note, setNote] = useState('');
  const [a, setA] = useState<string | null>(null);
  const [b, setB] = useState<string | null>(null);
  const issue = useMutation({
    mutationFn: () => api.post<IssuedSummary>('/api/reports/bimonthly/issue', { ...period, note: note.trim() || null }),
    onSuccess: async (s) => {
      notifications.show({ color: 'teal', message: t('issue.done', { version: s.version }) });
      setNote('');
      await client.invalidateQueries({ queryKey: ['reports', 'bimonthly'] });
    },
    onError: (err: Error) => notifications.show({ color: 'red', message: err.message }),
  });
  const diff = useQuery({
    queryKey: ['reports', 'diff', a, b],
    enabled: !!a && !!b && a !== b,
    queryFn: () => api.get<DiffResponse>('/api/reports/issued/diff', { a, b }),
  });
  const options = issued.map((s) => ({ value: s.id, label: t('issue.versionLabel', { version: s.version }) }));

  return (
    <Stack>
      {canIssue && (
        <Group align="end">
          <TextInput
            label={t('issue.note')}
            value={note}
            maxLength={500}
            onChange={(e) => setNote(e.currentTarget.value)}
            w={360}
          />
          <Button loading={issue.isPending} onClick={() => issue.mutate()}>
            {t('issue.button')}
          </Button>
        </Group>
      )}
      <Text size="sm" c="dimmed">
        {t('issue.help')}
      </Text>
      <Table.ScrollContainer minWidth={800}>
        <Table striped withTableBorder data-testid="issued-table">
          <Table.Caption>{t('issue.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {['version', 'issuedAt', 'issuedBy', 'note', 'downloads', 'sha'].map((c) => (
                <Table.Th key={c} scope="col">
                  {t(`issue.columns.${c}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {issued.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6}>{t('issue.none')}</Table.Td>
              </Table.Tr>
            )}
            {issued.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{s.version}</Table.Td>
                <Table.Td>{formatDateTime(s.issuedAt)}</Table.Td>
                <Table.Td>{s.issuedBy ?? '—'}</Table.Td>
                <Table.Td>{s.note ?? '—'}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    {FORMATS.map((f) => (
                      <Anchor key={f} href={`/api/reports/issued/${s.id}/${f}`} download>
                        {f.toUpperCase()}
                      </Anchor>
                    ))}
                  </Group>
                  {s.public && (
                    <Group gap="xs">
                      <Text size="xs">{t('issue.publicVersion')}</Text>
                      {FORMATS.map((f) => (
                        <Anchor
                          key={f}
                          href={`/api/reports/issued/${s.id}/${f}?audience=public`}
                          download
                          aria-label={t('issue.publicDownload', { format: f.toUpperCase(), version: s.version })}
                          title={s.public![`${f}Sha256`]}
                        >
                          {f.toUpperCase()}
                        </Anchor>
                      ))}
                    </Group>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text ff="monospace" size="xs" title={s.dataSha256}>
                    {s.dataSha256.slice(0, 16)}…
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {issued.length > 1 && (
        <Stack gap="xs">
          <Group>
            <Select label={t('issue.diffA')} data={options} value={a} onChange={setA} w={200} />
            <Select label={t('issue.diffB')} data={options} value={b} onChange={setB} w={200} />
          </Group>
          {diff.data &&
            (diff.data.changes.length === 0 && diff.data.cells.length === 0 ? (
              <Text>{t('issue.noChanges')}</Text>
            ) : (
              <>
                {diff.data.cells.length > 0 && (
                  <Table.ScrollContainer minWidth={800}>
                    <Table withTableBorder fz="sm" data-testid="diff-cells">
                      <Table.Caption>{t('issue.diffCellsCaption', { n: diff.data.cells.length })}</Table.Caption>
                      <Table.Thead>
                        <Table.Tr>
                          {['table', 'row', 'column', 'before', 'after'].map((c) => (
                            <Table.Th key={c} scope="col">
                              {t(`issue.diffCells.${c}`)}
                            </Table.Th>
                          ))}
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {diff.data.cells.map((c, i) => (
                          <Table.Tr key={i}>
                            <Table.Td>{t('issue.diffCells.cuadro', { number: c.number, title: c.title })}</Table.Td>
                            <Table.Td>{c.row}</Table.Td>
                            <Table.Td>{c.column}</Table.Td>
                            <Table.Td style={{ whiteSpace: 'pre-line' }}>{c.before ?? '—'}</Table.Td>
                            <Table.Td style={{ whiteSpace: 'pre-line' }}>{c.after ?? '—'}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                )}
                {diff.data.changes.length > 0 && (
                  <Table withTableBorder fz="sm" data-testid="diff-table">
                    <Table.Caption>{t('issue.diffNumbersCaption', { n: diff.data.changes.length })}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('issue.diffPath')}</Table.Th>
                        <Table.Th scope="col">{t('issue.diffBefore')}</Table.Th>
                        <Table.Th scope="col">{t('issue.diffAfter')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {diff.data.changes.map((c) => (
                        <Table.Tr key={c.path}>
                          <Table.Td ff="monospace">{c.path}</Table.Td>
                          <Table.Td>{c.before ?? '—'}</Table.Td>
                          <Table.Td>{c.after ?? '—'}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                )}
              </>
            ))}
        </Stack>
      )}
    </Stack>
  );
}
