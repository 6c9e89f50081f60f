// Historical spreadsheets (XLSX workbook or CSV table with Spanish headers): template download,
// preview with problems by sheet / row / column, then the import.
import { Alert, Anchor, Button, FileInput, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { CountsTable } from './CountsTable';
import { fileToBase64, formatNumber } from './number';
import type { SpreadsheetResponse } from './types';
import { TableHead } from '../../ui/TableHead';

export function SpreadsheetImport() {
  const { t } = useTranslation('interchange');
  const [file, setFile] = useState<File | null>(null);
  const send = useMutation({
    mutationFn: async (dryRun: boolean) =>
      api.post<SpreadsheetResponse>('/api/interchange/spreadsheet', {
        fileName: file!.name,
        contentBase64: await fileToBase64(file!),
        dryRun,
      }),
  });
  const r = send.data;

  return (
    <Stack component="section" aria-labelledby="interchange-sheet">
      <Title order={2} size="h3" id="interchange-sheet">
        {t('sheet.title')}
      </Title>
      <Text size="sm">{t('sheet.help')}</Text>
      <Anchor href="/api/interchange/spreadsheet/template" download>
        {t('sheet.template')}
      </Anchor>
      <FileInput
        label={t('sheet.file')}
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        value={file}
        onChange={(f) => {
          setFile(f);
          send.reset();
        }}
        clearable
      />
      <Group>
        <Button disabled={!file || send.isPending} onClick={() => send.mutate(true)}>
          {t('preview')}
        </Button>
        <Button
          color="red"
          disabled={!file || send.isPending || !(r?.ok && r.dryRun)}
          onClick={() => send.mutate(false)}
        >
          {t('commit')}
        </Button>
      </Group>
      <ErrorAlert error={send.error} />
      {r && (
        <Stack gap="xs" aria-live="polite">
          <Text size="sm">
            {t('sheet.summary', {
              cases: formatNumber(r.summary.cases),
              measures: formatNumber(r.summary.measures),
              actions: formatNumber(r.summary.actions),
              requests: formatNumber(r.summary.informationRequests),
            })}
          </Text>
          {r.ok && r.counts && (
            <>
              <Alert color={r.dryRun ? 'blue' : 'green'}>{r.dryRun ? t('previewOk') : t('done')}</Alert>
              <CountsTable counts={r.counts} />
            </>
          )}
          {!r.ok && (
            <>
              <Alert color="red" role="alert">
                {t('sheet.problems', { n: formatNumber(r.total) })}
              </Alert>
              <Table.ScrollContainer minWidth={640}>
                <Table striped withTableBorder>
                  <Table.Caption>{t('problems.caption')}</Table.Caption>
                  <TableHead
                    labels={[t('problems.sheet'), t('problems.row'), t('problems.column'), t('problems.message')]}
                  />
                  <Table.Tbody>
                    {r.problems.map((p, i) => (
                      <Table.Tr key={`${p.sheet}-${p.row}-${p.column}-${i}`}>
                        <Table.Td>{p.sheet}</Table.Td>
                        <Table.Td>{p.row ?? '—'}</Table.Td>
                        <Table.Td>{[p.column, p.header].filter(Boolean).join(' · ') || '—'}</Table.Td>
                        <Table.Td>{p.message}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </>
          )}
        </Stack>
      )}
    </Stack>
  );
}
