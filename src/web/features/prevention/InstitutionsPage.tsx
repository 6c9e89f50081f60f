// The catalogue of institutions and organisations the mechanism works with. The form uses the form
// kit: an empty name gets its message under the field, the server's details go under theirs.
import { Button, Group, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { InstitutionInput } from '../../../common/features/prevention.contract';
import { api } from '../../api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { schemaResolver, showServerErrors } from '../../ui/form';
import { TableHead } from '../../ui/TableHead';
import { InstitutionValues } from './forms';
import { SubNav, useCan } from './shared';
import { LEVELS, type Institution, type InstitutionList } from './types';

interface Values {
  name: string;
  acronym: string;
  level: Institution['level'];
}
const EMPTY: Values = { name: '', acronym: '', level: null };

export function InstitutionsPage() {
  const { t } = useTranslation('prevention');
  const canWrite = useCan('prevention.liaison.write');
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: ['prevention', 'institutions'],
    queryFn: () => api.get<InstitutionList>('/api/prevention/institutions'),
  });
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: EMPTY,
    validate: schemaResolver(InstitutionValues),
  });
  const add = useMutation({
    mutationFn: (v: Values) => {
      const body: z.input<typeof InstitutionInput> = { ...v, acronym: v.acronym || null };
      return api.post<Institution>('/api/prevention/institutions', body);
    },
    onSuccess: async () => {
      form.reset();
      await qc.invalidateQueries({ queryKey: ['prevention', 'institutions'] });
    },
    onError: (err) => showServerErrors(form, err),
  });
  return (
    <Stack>
      <SubNav />
      <Title order={1} size="h2">
        {t('institutions.title')}
      </Title>
      <ErrorAlert error={list.error} />
      <Table striped>
        <TableHead labels={[t('field.name'), t('field.acronym'), t('field.level')]} />
        <Table.Tbody>
          {list.data?.items.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td>{i.name}</Table.Td>
              <Table.Td>{i.acronym ?? '—'}</Table.Td>
              <Table.Td>{i.level ? t(`level.${i.level}`) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {canWrite && (
        <form noValidate onSubmit={form.onSubmit((v) => add.mutate(v))} aria-label={t('institutions.add')}>
          <Group align="start">
            <TextInput label={t('field.name')} required {...form.getInputProps('name')} />
            <TextInput label={t('field.acronym')} {...form.getInputProps('acronym')} />
            <Select
              label={t('field.level')}
              clearable
              {...form.getInputProps('level')}
              data={LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))}
            />
            <Button type="submit" mt={25} loading={add.isPending}>
              {t('institutions.add')}
            </Button>
          </Group>
          <ErrorAlert error={add.error} />
        </form>
      )}
    </Stack>
  );
}
