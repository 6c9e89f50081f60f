// Agreements (convenios) with their commitments and the actions under them; those behind are flagged.
// The three forms use the form kit: messages under the fields, the server's details under theirs.
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type {
  AgreementActionInput,
  AgreementInput,
  CommitmentInput,
} from '../../../common/features/prevention.contract';
import { api } from '../../api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { schemaResolver, showServerErrors } from '../../ui/form';
import { ActionValues, AgreementValues, CommitmentValues } from './forms';
import { formatDay, SubNav, useCan } from './shared';
import type { Agreement, AgreementList } from './types';

interface CommitmentForm {
  text: string;
  plannedActions: number;
  dueOn: string;
}
interface ActionForm {
  on: string;
  description: string;
  commitmentId: string | null;
}
interface AgreementForm {
  counterpart: string;
  signedOn: string;
  endsOn: string;
  international: boolean;
}
const NEW_COMMITMENT: CommitmentForm = { text: '', plannedActions: 3, dueOn: '' };
const NEW_ACTION: ActionForm = { on: '', description: '', commitmentId: null };
const NEW_AGREEMENT: AgreementForm = { counterpart: '', signedOn: '', endsOn: '', international: false };

function AgreementCard({ a, canWrite }: { a: Agreement; canWrite: boolean }) {
  const { t, i18n } = useTranslation('prevention');
  const qc = useQueryClient();
  const commitment = useForm<CommitmentForm>({
    mode: 'controlled',
    initialValues: NEW_COMMITMENT,
    validate: schemaResolver(CommitmentValues),
  });
  const action = useForm<ActionForm>({
    mode: 'controlled',
    initialValues: NEW_ACTION,
    validate: schemaResolver(ActionValues),
  });
  const done = () => qc.invalidateQueries({ queryKey: ['prevention', 'agreements'] });
  const addCommitment = useMutation({
    mutationFn: (v: CommitmentForm) => {
      const body: z.input<typeof CommitmentInput> = { ...v, dueOn: v.dueOn || null };
      return api.post<Agreement>(`/api/prevention/agreements/${a.id}/commitments`, body);
    },
    onSuccess: async () => {
      commitment.reset();
      await done();
    },
    onError: (err) => showServerErrors(commitment, err),
  });
  const addAction = useMutation({
    mutationFn: (v: ActionForm) => {
      const body: z.input<typeof AgreementActionInput> = v;
      return api.post<Agreement>(`/api/prevention/agreements/${a.id}/actions`, body);
    },
    onSuccess: async () => {
      action.reset();
      await done();
    },
    onError: (err) => showServerErrors(action, err),
  });
  return (
    <Card withBorder component="article" aria-label={a.counterpart}>
      <Group justify="space-between">
        <Title order={2} size="h4">
          {a.counterpart}
        </Title>
        {a.behind ? (
          <Badge color="red">{t('agreements.behind')}</Badge>
        ) : (
          <Badge color="green">{t('agreements.onTrack')}</Badge>
        )}
      </Group>
      <Text size="sm">
        {a.code} · {t('field.signedOn')}: {formatDay(a.signedOn, i18n.language)} · {t('field.endsOn')}:{' '}
        {formatDay(a.endsOn, i18n.language)}
        {a.international ? ` · ${t('field.international')}` : ''}
      </Text>
      <Title order={3} size="h5" mt="sm">
        {t('agreements.commitments')}
      </Title>
      <List>
        {a.commitments.map((c) => (
          <List.Item key={c.id}>
            {c.text} — {t('agreements.progress', { done: c.actions, planned: c.plannedActions })}
            {c.behind && (
              <Badge color="red" ml="xs" size="sm">
                {t('agreements.behind')}
              </Badge>
            )}
          </List.Item>
        ))}
      </List>
      <Title order={3} size="h5" mt="sm">
        {t('agreements.actions')}
      </Title>
      <List>
        {a.actions.map((x) => (
          <List.Item key={x.id}>
            {formatDay(x.on, i18n.language)}: {x.description}
          </List.Item>
        ))}
      </List>
      {canWrite && (
        <SimpleGrid cols={{ base: 1, md: 2 }} mt="sm">
          <form
            noValidate
            onSubmit={commitment.onSubmit((v) => addCommitment.mutate(v))}
            aria-label={t('agreements.addCommitment')}
          >
            <Stack gap="xs">
              <TextInput label={t('agreements.commitment')} required {...commitment.getInputProps('text')} />
              <Group align="start">
                <NumberInput
                  label={t('agreements.planned')}
                  min={0}
                  max={1000}
                  allowDecimal={false}
                  {...commitment.getInputProps('plannedActions')}
                />
                <TextInput type="date" label={t('agreements.dueOn')} {...commitment.getInputProps('dueOn')} />
              </Group>
              <Button type="submit" variant="light" w="fit-content" loading={addCommitment.isPending}>
                {t('agreements.addCommitment')}
              </Button>
            </Stack>
          </form>
          <form
            noValidate
            onSubmit={action.onSubmit((v) => addAction.mutate(v))}
            aria-label={t('agreements.addAction')}
          >
            <Stack gap="xs">
              <TextInput type="date" label={t('field.on')} required {...action.getInputProps('on')} />
              <TextInput label={t('field.description')} required {...action.getInputProps('description')} />
              <Select
                label={t('agreements.commitment')}
                clearable
                placeholder={t('agreements.noCommitment')}
                {...action.getInputProps('commitmentId')}
                data={a.commitments.map((c) => ({ value: c.id, label: c.text }))}
              />
              <Button type="submit" variant="light" w="fit-content" loading={addAction.isPending}>
                {t('agreements.addAction')}
              </Button>
            </Stack>
          </form>
          <ErrorAlert error={addCommitment.error ?? addAction.error} />
        </SimpleGrid>
      )}
    </Card>
  );
}

export function AgreementsPage() {
  const { t } = useTranslation('prevention');
  const canWrite = useCan('prevention.liaison.write');
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: ['prevention', 'agreements'],
    queryFn: () => api.get<AgreementList>('/api/prevention/agreements'),
  });
  const form = useForm<AgreementForm>({
    mode: 'controlled',
    initialValues: NEW_AGREEMENT,
    validate: schemaResolver(AgreementValues),
  });
  const add = useMutation({
    mutationFn: (v: AgreementForm) => {
      const body: z.input<typeof AgreementInput> = { ...v, signedOn: v.signedOn || null, endsOn: v.endsOn || null };
      return api.post<Agreement>('/api/prevention/agreements', body);
    },
    onSuccess: async () => {
      form.reset();
      await qc.invalidateQueries({ queryKey: ['prevention', 'agreements'] });
    },
    onError: (err) => showServerErrors(form, err),
  });
  const items = list.data?.items ?? [];
  const behind = items.filter((a) => a.behind).length;
  return (
    <Stack>
      <SubNav />
      <Title order={1} size="h2">
        {t('agreements.title')}
      </Title>
      <Text>{t('agreements.summary', { n: items.length, behind })}</Text>
      <ErrorAlert error={list.error} />
      {items.map((a) => (
        <AgreementCard key={a.id} a={a} canWrite={canWrite} />
      ))}
      {canWrite && (
        <form noValidate onSubmit={form.onSubmit((v) => add.mutate(v))} aria-label={t('agreements.add')}>
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('agreements.add')}
            </Title>
            <TextInput label={t('field.counterpart')} required {...form.getInputProps('counterpart')} />
            <Group>
              <TextInput type="date" label={t('field.signedOn')} {...form.getInputProps('signedOn')} />
              <TextInput type="date" label={t('field.endsOn')} {...form.getInputProps('endsOn')} />
            </Group>
            <Checkbox label={t('field.international')} {...form.getInputProps('international', { type: 'checkbox' })} />
            <ErrorAlert error={add.error} />
            <Button type="submit" w="fit-content" loading={add.isPending}>
              {t('form.save')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
