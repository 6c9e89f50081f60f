// The registration list of an activity (who took part): personal data, so it is opened on demand
// (every read is audited) and only by the staff who register people. The participant counts are
// derived from the list once it has anyone. Added with the form kit (zod, server errors on fields).
import { ActionIcon, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api } from '../../api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { schemaResolver, showServerErrors } from '../../ui/form';
import { TableHead } from '../../ui/TableHead';
import { CATEGORIES, type RegistrationList } from './types';

const Person = z.object({
  name: z.string().trim().min(1).max(200),
  contact: z.string().trim().max(300),
  category: z.enum(CATEGORIES),
});
interface Values {
  name: string;
  contact: string;
  category: string | null;
}

export function RegistrationPanel({ activityId, registered }: { activityId: string; registered: number }) {
  const { t } = useTranslation('prevention');
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const url = `/api/prevention/activities/${activityId}/registrations`;
  const key = ['prevention', 'registrations', activityId];
  const list = useQuery({ queryKey: key, queryFn: () => api.get<RegistrationList>(url), enabled: open });
  const refresh = async () => {
    await qc.invalidateQueries({ queryKey: ['prevention', 'activity', activityId] });
    await qc.invalidateQueries({ queryKey: key });
  };
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { name: '', contact: '', category: null },
    validate: schemaResolver(Person),
  });
  const add = useMutation({
    mutationFn: (v: Values) => api.post<RegistrationList>(url, { ...v, contact: v.contact.trim() || null }),
    onSuccess: async () => {
      form.reset();
      await refresh();
    },
    onError: (err) => showServerErrors(form, err),
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.del(`${url}/${id}`),
    onSuccess: refresh,
  });
  return (
    <Stack>
      <Title order={2} size="h4">
        {t('registrations.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {registered > 0 ? t('registrations.derived', { count: registered }) : t('registrations.help')}
      </Text>
      {!open ? (
        <Group>
          <Button variant="light" onClick={() => setOpen(true)}>
            {t('registrations.show')}
          </Button>
        </Group>
      ) : (
        <>
          <ErrorAlert error={list.error ?? remove.error} />
          {list.data && list.data.items.length > 0 && (
            <Table>
              <Table.Caption>{t('registrations.caption', { count: list.data.items.length })}</Table.Caption>
              <TableHead
                labels={[
                  t('registrations.name'),
                  t('registrations.category'),
                  t('registrations.contact'),
                  t('registrations.actions'),
                ]}
              />
              <Table.Tbody>
                {list.data.items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>{p.name}</Table.Td>
                    <Table.Td>{t(`participants.${p.category}`)}</Table.Td>
                    <Table.Td>{p.contact ?? '—'}</Table.Td>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('registrations.remove', { name: p.name })}
                        loading={remove.isPending && remove.variables === p.id}
                        onClick={() => remove.mutate(p.id)}
                      >
                        ×
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <form noValidate aria-label={t('registrations.add')} onSubmit={form.onSubmit((v) => add.mutate(v))}>
            <Group align="flex-start" grow>
              <TextInput label={t('registrations.name')} withAsterisk maxLength={200} {...form.getInputProps('name')} />
              <Select
                label={t('registrations.category')}
                withAsterisk
                data={CATEGORIES.map((c) => ({ value: c, label: t(`participants.${c}`) }))}
                {...form.getInputProps('category')}
              />
              <TextInput label={t('registrations.contact')} maxLength={300} {...form.getInputProps('contact')} />
            </Group>
            <Group mt="sm">
              <Button type="submit" loading={add.isPending}>
                {t('registrations.add')}
              </Button>
            </Group>
            <ErrorAlert error={add.error} />
          </form>
        </>
      )}
    </Stack>
  );
}
