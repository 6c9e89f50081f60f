// Small pieces shared by the case pages: option lists from the catalogue, the error alert
// (with the conflict message on 409), and the "today" of Mexico City.
import { Alert, Button, Group, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';

export const CASES_KEY = ['cases'] as const;

/** Options for a Select from a list of codes, labelled from the `cases` catalogue. */
export function options(t: TFunction, group: string, codes: readonly string[]) {
  return codes.map((value) => ({ value, label: t(`cases:${group}.${value}`) }));
}

export function todayMx(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Mexico_City',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

/** A save error. On 409 `conflict` it explains that someone else changed the record and offers a reload. */
export function SaveError({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (error instanceof ApiError && error.code === 'conflict') {
    return (
      <Alert color="orange" role="alert" title={t('cases:conflict.title')}>
        <Group justify="space-between">
          <Text size="sm">{t('cases:conflict.body')}</Text>
          {onReload && (
            <Button size="xs" variant="light" onClick={onReload}>
              {t('cases:conflict.reload')}
            </Button>
          )}
        </Group>
      </Alert>
    );
  }
  const details = error instanceof ApiError ? error.details : [];
  return (
    <Alert color="red" role="alert">
      <Text size="sm">{(error as Error).message}</Text>
      {details.map((d, i) => (
        <Text key={i} size="xs">
          {d.path ? `${d.path.replace(/^body\./, '')}: ` : ''}
          {d.message}
        </Text>
      ))}
    </Alert>
  );
}

/** Empty strings from text inputs become null/undefined so optional fields stay optional. */
export const orNull = (v: string) => (v.trim() === '' ? null : v.trim());
export const orUndefined = (v: string) => (v.trim() === '' ? undefined : v.trim());

/** Suggestions for the location field: the 16 alcaldías of Mexico City (any other state may be typed). */
export const ALCALDIAS = [
  'Álvaro Obregón',
  'Azcapotzalco',
  'Benito Juárez',
  'Coyoacán',
  'Cuajimalpa de Morelos',
  'Cuauhtémoc',
  'Gustavo A. Madero',
  'Iztacalco',
  'Iztapalapa',
  'La Magdalena Contreras',
  'Miguel Hidalgo',
  'Milpa Alta',
  'Tláhuac',
  'Tlalpan',
  'Venustiano Carranza',
  'Xochimilco',
];
