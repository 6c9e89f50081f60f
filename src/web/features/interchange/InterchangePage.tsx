// Data in and out (administration): export of the whole database as a salvaguarda/v1 package,
// import of a package, and import of historical spreadsheets. Packages carry no personal data.
import { Anchor, Divider, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PackageImport } from './PackageImport';
import { SpreadsheetImport } from './SpreadsheetImport';

export function InterchangePage() {
  const { t } = useTranslation('interchange');
  return (
    <Stack maw={960}>
      <Title order={1} size="h2">
        {t('title')}
      </Title>
      <Text>{t('intro')}</Text>
      <Stack component="section" aria-labelledby="interchange-export" gap="xs">
        <Title order={2} size="h3" id="interchange-export">
          {t('export.title')}
        </Title>
        <Text size="sm">{t('export.help')}</Text>
        <Anchor href="/api/interchange/export" download>
          {t('export.download')}
        </Anchor>
      </Stack>
      <Divider />
      <PackageImport />
      <Divider />
      <SpreadsheetImport />
    </Stack>
  );
}
