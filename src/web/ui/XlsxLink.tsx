// Download of a list's current filters as a spreadsheet (the server's `<list>.xlsx` route, audited there).
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Query } from '../api';

export function XlsxLink({ path, query }: { path: string; query: Query }) {
  const { t } = useTranslation();
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const search = params.toString();
  return (
    <Button component="a" variant="default" href={search ? `${path}?${search}` : path} download>
      {t('common:exportXlsx')}
    </Button>
  );
}
