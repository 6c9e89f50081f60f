// Events, meetings, community activities and international collaborations, newest first. The form
// uses the form kit: messages under the fields (empty date, institution or title), the server's too.
import { Button, Checkbox, Group, Select, SimpleGrid, Stack, Table, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { LiaisonInput } from '../../../common/features/prevention.contract';
import { api } from '../../api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { schemaResolver, showServerErrors } from '../../ui/form';
import { TableHead } from '../../ui/TableHead';
import { LiaisonValues } from './forms';
import { formatDay, SubNav, useCan } from './shared';
import { LIAISON_KINDS, type Liaison, type LiaisonList } from './types';

interface Values {
  kind: Liaison['kind'];
  on: string;
  institution: string;
  title: string;
  international: boolean;
  description: string;
}
const EMPTY: Values = { kind: 'event', on: '', institution: '', title: '', international: false, description: '' };

export function LiaisonPage() {
  const { t, i18n } = useTranslation('prevention');
  const canWrite = useCan('prevention.liaison.write');
  const qc = useQueryClient();
  const [kind, setKind] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ['prevention', 'liaison', kind],
    queryFn: () => api.get<LiaisonList>('/api/prevention/liaison', { kind: kind ?? undefined, limit: 200 }),
  });
  const form = useForm<Values>({ mode: 'controlled', initialValues: EMPTY, validate: schemaResolver(LiaisonValues) });
  const add = useMutation({
    mutationFn: (v: Values) => {
      const body: z.input<typeof LiaisonInput> = { ...v, description: v.description || null };
      return api.post<Liaison>('/api/prevention/liaison', body);
    },
    onSuccess: async () => {
      form.reset();
      await qc.invalidateQueries({ queryKey: ['prevention', 'liaison'] });
    },
    onError: (err) => showServerErrors(form, err),
  });
  return (
    <Stack>
      <SubNav />
      <Title order={1} size="h2">
        {t('liaison.title')}
      </Title>
      <Select
        label={t('field.kind')}
        clearable
        w={260}
        value={kind}
        onChange={setKind}
        data={LIAISON_KINDS.map((k) => ({ value: k, label: t(`liaisonKind.${k}`) }))}
      />
      <ErrorAlert error={list.error} />
      <Table striped>
        <TableHead
          labels={[t('field.on'), t('field.kind'), t('field.institution'), t('field.title'), t('field.international')]}
        />
        <Table.Tbody>
          {list.data?.items.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td>{formatDay(l.on, i18n.language)}</Table.Td>
              <Table.Td>{t(`liaisonKind.${l.kind}`)}</Table.Td>
              <Table.Td>{l.institution}</Table.Td>
              <Table.Td>{l.title}</Table.Td>
              <Table.Td>{l.international ? t('yes') : t('no')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {canWrite && (
        <form noValidate onSubmit={form.onSubmit((v) => add.mutate(v))} aria-label={t('liaison.add')}>
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('liaison.add')}
            </Title>
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              <Select
                label={t('field.kind')}
                required
                allowDeselect={false}
                {...form.getInputProps('kind')}
                data={LIAISON_KINDS.map((k) => ({ value: k, label: t(`liaisonKind.${k}`) }))}
              />
              <TextInput type="date" label={t('field.on')} required {...form.getInputProps('on')} />
              <TextInput label={t('field.institution')} required {...form.getInputProps('institution')} />
            </SimpleGrid>
            <TextInput label={t('field.title')} required {...form.getInputProps('title')} />
            <Textarea
              label={t('field.description')}
              description={t('field.descriptionHelp')}
              {...form.getInputProps('description')}
            />
            <Checkbox label={t('field.international')} {...form.getInputProps('international', { type: 'checkbox' })} />
            <ErrorAlert error={add.error} />
            <Group>
              <Button type="submit" loading={add.isPending}>
                {t('form.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
