// Findings list: filters (period, situation, alcaldía, only unverified) and a flag on findings that
// do not yet have two independent sources. Names of people never appear in the list.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SITUATIONS } from '../../../common/features/monitoring';
import { formatDate } from '../../../common/date-format';
import { api } from '../../api';
import { MONITORING_KEY, placeLabel, placeOptions, type FindingList } from './shared';

interface Filters {
  from: string;
  to: string;
  situation: string | null;
  alcaldia: string | null;
  unverified: boolean;
}
const EMPTY: Filters = { from: '', to: '', situation: null, alcaldia: null, unverified: false };

export function FindingsPage() {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const list = useQuery({
    queryKey: [...MONITORING_KEY, 'findings', filters],
    queryFn: () =>
      api.get<FindingList>('/api/monitoring/findings', {
        from: filters.from || undefined,
        to: filters.to || undefined,
        situation: filters.situation ?? undefined,
        alcaldia: filters.alcaldia ?? undefined,
        unverified: filters.unverified ? 'true' : undefined,
      }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFilters(draft);
  };
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('monitoring:list.title')}
        </Title>
        <Group>
          <Button component={Link} to="/monitoring-dashboard" variant="default">
            {t('monitoring:dashboard.nav')}
          </Button>
          <Button component={Link} to="/monitoring/findings/new">
            {t('monitoring:list.new')}
          </Button>
        </Group>
      </Group>
      <form onSubmit={submit} aria-label={t('monitoring:list.filters')}>
        <Group align="flex-end">
          <TextInput
            type="date"
            label={t('monitoring:list.from')}
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('monitoring:list.to')}
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value })}
          />
          <Select
            label={t('monitoring:field.situation')}
            clearable
            data={SITUATIONS.map((s) => ({ value: s, label: t(`monitoring:situation.${s}`) }))}
            value={draft.situation}
            onChange={(v) => setDraft({ ...draft, situation: v })}
          />
          <Select
            label={t('monitoring:field.alcaldia')}
            clearable
            searchable
            data={placeOptions(t)}
            value={draft.alcaldia}
            onChange={(v) => setDraft({ ...draft, alcaldia: v })}
          />
          <Checkbox
            label={t('monitoring:list.unverifiedOnly')}
            checked={draft.unverified}
            onChange={(e) => setDraft({ ...draft, unverified: e.currentTarget.checked })}
          />
          <Button type="submit">{t('monitoring:list.apply')}</Button>
        </Group>
      </form>
      {list.isError && <Alert color="red">{(list.error as Error).message}</Alert>}
      {list.data && (
        <>
          <Text size="sm">{t('monitoring:list.total', { count: list.data.total })}</Text>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('monitoring:field.code')}</Table.Th>
                <Table.Th>{t('monitoring:field.detectedOn')}</Table.Th>
                <Table.Th>{t('monitoring:field.situation')}</Table.Th>
                <Table.Th>{t('monitoring:field.forms')}</Table.Th>
                <Table.Th>{t('monitoring:field.alcaldia')}</Table.Th>
                <Table.Th>{t('monitoring:field.sources')}</Table.Th>
                <Table.Th>{t('monitoring:field.case')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/monitoring/findings/${f.id}`}>
                      {f.code}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{formatDate(f.detectedOn, i18n.language)}</Table.Td>
                  <Table.Td>{t(`monitoring:situation.${f.situation}`)}</Table.Td>
                  <Table.Td>{f.forms.map((x) => t(`monitoring:aggressionForm.${x}`)).join(', ')}</Table.Td>
                  <Table.Td>{placeLabel(f.alcaldia, t)}</Table.Td>
                  <Table.Td>
                    {f.sources}{' '}
                    {!f.verified && (
                      <Badge color="orange" variant="light">
                        {t('monitoring:list.unverified')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{f.caseFolio ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
