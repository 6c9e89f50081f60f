// Import of a salvaguarda/v1 JSON package: preview (nothing stored) with the counts or every
// problem by JSON path, then the import itself.
import { Alert, Button, FileInput, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, request } from '../../api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { CountsTable } from './CountsTable';
import type { ImportResponse } from './types';
import { TableHead } from '../../ui/TableHead';

function ProblemList({ error }: { error: ApiError }) {
  const { t } = useTranslation('interchange');
  return (
    <Stack gap="xs">
      <Alert color="red" role="alert">
        {error.message}
      </Alert>
      <Table.ScrollContainer minWidth={480}>
        <Table striped withTableBorder>
          <Table.Caption>{t('problems.caption')}</Table.Caption>
          <TableHead labels={[t('problems.message'), t('problems.path')]} />
          <Table.Tbody>
            {error.details.map((d, i) => (
              <Table.Tr key={`${d.path ?? ''}-${i}`}>
                {/* The sentence naming the record and the field; the JSON path for whoever edits the file. */}
                <Table.Td>{d.text ?? d.message}</Table.Td>
                <Table.Td>
                  <Text size="xs" c="gray.8" ff="monospace">
                    {d.path}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

export function PackageImport() {
  const { t } = useTranslation('interchange');
  const [file, setFile] = useState<File | null>(null);
  const send = useMutation({
    mutationFn: async (dryRun: boolean) => {
      const text = await file!.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new Error(t('package.notJson'));
      }
      return request<ImportResponse>('POST', '/api/interchange/import', body, { dryRun });
    },
  });
  const result = send.data;
  const problems = send.error instanceof ApiError && send.error.code === 'invalid_package' ? send.error : null;

  return (
    <Stack component="section" aria-labelledby="interchange-package">
      <Title order={2} size="h3" id="interchange-package">
        {t('package.title')}
      </Title>
      <Text size="sm">{t('package.help')}</Text>
      <FileInput
        label={t('package.file')}
        accept="application/json,.json"
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
        <Button color="red" disabled={!file || send.isPending || !result?.dryRun} onClick={() => send.mutate(false)}>
          {t('commit')}
        </Button>
      </Group>
      {problems ? <ProblemList error={problems} /> : <ErrorAlert error={send.error} />}
      {result && (
        <Stack gap="xs" aria-live="polite">
          <Alert color={result.dryRun ? 'blue' : 'green'}>{result.dryRun ? t('previewOk') : t('done')}</Alert>
          <CountsTable counts={result.counts} />
        </Stack>
      )}
    </Stack>
  );
}
