// New or edited workshop/training: fields, participants by category and the sessions (date, hours).
// Validated by the form kit: a missing title or session date gets its message under the field, and
// the server's validation details are put back under theirs.
import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { requiredMessage } from '../../../common/validation-messages';
import { api } from '../../api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { schemaResolver, showServerErrors } from '../../ui/form';
import { SubNav } from './shared';
import { FORMATS, KINDS, MODALITIES, STATUSES, type Activity, type Participants } from './types';

type Form = {
  kind: Activity['kind'];
  format: Activity['format'];
  modality: Activity['modality'];
  title: string;
  objective: string;
  partner: string;
  thematicLine: string | null;
  status: Activity['status'];
  targetLabel: string;
  forOfficials: boolean;
  participants: Participants;
  sessions: Array<{ on: string; hours: number }>;
};

const ActivityValues = z.object({
  title: z
    .string()
    .trim()
    .min(1, { error: () => requiredMessage() }),
  sessions: z.array(z.object({ on: z.iso.date(), hours: z.coerce.number().min(0).max(24) })).min(1),
});

const EMPTY: Form = {
  kind: 'training',
  format: 'taller',
  modality: 'virtual',
  title: '',
  objective: '',
  partner: '',
  thematicLine: null,
  status: 'call',
  targetLabel: '',
  forOfficials: false,
  participants: { woman: 0, man: 0, lgbttti: 0, preferNotToSay: 0 },
  sessions: [{ on: '', hours: 2 }],
};

function fromActivity(a: Activity): Form {
  return {
    kind: a.kind,
    format: a.format,
    modality: a.modality,
    title: a.title,
    objective: a.objective,
    partner: a.partner ?? '',
    thematicLine: a.thematicLine ? String(a.thematicLine) : null,
    status: a.status,
    targetLabel: a.targetLabel ?? '',
    forOfficials: a.forOfficials,
    participants: a.participants,
    sessions: a.sessions.map((s) => ({ on: s.on, hours: s.hours })),
  };
}

export function NewActivityPage() {
  return <ActivityForm />;
}

export function EditActivityPage() {
  const { id } = useParams();
  const q = useQuery({
    queryKey: ['prevention', 'activity', id],
    queryFn: () => api.get<Activity>(`/api/prevention/activities/${id}`),
  });
  return q.data ? <ActivityForm current={q.data} /> : <ErrorAlert error={q.error} />;
}

function ActivityForm({ current }: { current?: Activity }) {
  const { t } = useTranslation('prevention');
  const navigate = useNavigate();
  const qc = useQueryClient();
  const form = useForm<Form>({
    mode: 'controlled',
    initialValues: current ? fromActivity(current) : EMPTY,
    validate: schemaResolver(ActivityValues),
  });
  const values = form.values;
  const save = useMutation({
    mutationFn: (v: Form) => {
      const body = {
        ...v,
        partner: v.partner || null,
        targetLabel: v.targetLabel || null,
        thematicLine: v.thematicLine ? Number(v.thematicLine) : null,
        participants: Object.fromEntries(Object.entries(v.participants).map(([k, n]) => [k, Number(n) || 0])),
        sessions: v.sessions.map((x) => ({ on: x.on, hours: Number(x.hours) || 0 })),
        audiences: current?.audiences ?? [],
        measureId: current?.measureId ?? null,
      };
      return current
        ? api.put<Activity>(`/api/prevention/activities/${current.id}`, { ...body, version: current.version })
        : api.post<Activity>('/api/prevention/activities', body);
    },
    onSuccess: async (a) => {
      await qc.invalidateQueries({ queryKey: ['prevention'] });
      void navigate(`/prevention/activities/${a.id}`);
    },
    onError: (err) => showServerErrors(form, err),
  });
  const part = (k: keyof Participants) => (
    <NumberInput
      label={t(`participants.${k}`)}
      min={0}
      // With a registration list the counts are the list's (the server keeps them).
      disabled={(current?.registered ?? 0) > 0}
      description={(current?.registered ?? 0) > 0 ? t('registrations.fromList') : undefined}
      {...form.getInputProps(`participants.${k}`)}
    />
  );
  return (
    <Stack>
      <SubNav />
      <Title order={1} size="h2">
        {current ? t('form.editTitle', { code: current.code }) : t('form.newTitle')}
      </Title>
      <form noValidate onSubmit={form.onSubmit((v) => save.mutate(v))} aria-label={t('form.label')}>
        <Stack>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <Select
              label={t('field.kind')}
              required
              allowDeselect={false}
              {...form.getInputProps('kind')}
              data={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            />
            <Select
              label={t('field.format')}
              required
              allowDeselect={false}
              {...form.getInputProps('format')}
              data={FORMATS.map((k) => ({ value: k, label: t(`format.${k}`) }))}
            />
            <Select
              label={t('field.modality')}
              required
              allowDeselect={false}
              {...form.getInputProps('modality')}
              data={MODALITIES.map((k) => ({ value: k, label: t(`modality.${k}`) }))}
            />
          </SimpleGrid>
          <TextInput label={t('field.title')} required {...form.getInputProps('title')} />
          <Textarea label={t('field.objective')} autosize minRows={2} {...form.getInputProps('objective')} />
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <TextInput label={t('field.partner')} {...form.getInputProps('partner')} />
            <Select
              label={t('field.thematicLine')}
              clearable
              {...form.getInputProps('thematicLine')}
              data={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t(`line.${n}`) }))}
            />
            <Select
              label={t('field.status')}
              allowDeselect={false}
              {...form.getInputProps('status')}
              data={STATUSES.map((k) => ({ value: k, label: t(`status.${k}`) }))}
            />
          </SimpleGrid>
          {values.kind === 'self_protection_workshop' ? (
            <TextInput
              label={t('field.targetLabel')}
              description={t('field.targetLabelHelp')}
              {...form.getInputProps('targetLabel')}
            />
          ) : (
            <Checkbox label={t('field.forOfficials')} {...form.getInputProps('forOfficials', { type: 'checkbox' })} />
          )}
          <Fieldset legend={t('participants.legend')}>
            <SimpleGrid cols={{ base: 2, md: 4 }}>
              {part('woman')}
              {part('man')}
              {part('lgbttti')}
              {part('preferNotToSay')}
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={t('sessions.legend')}>
            <Stack gap="xs">
              {values.sessions.map((_, i) => (
                <Group key={i} align="end">
                  <TextInput
                    type="date"
                    required
                    label={t('sessions.on', { n: i + 1 })}
                    {...form.getInputProps(`sessions.${i}.on`)}
                  />
                  <NumberInput
                    label={t('sessions.hours', { n: i + 1 })}
                    min={0}
                    max={24}
                    step={0.5}
                    decimalScale={2}
                    {...form.getInputProps(`sessions.${i}.hours`)}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('sessions.remove', { n: i + 1 })}
                    onClick={() => form.removeListItem('sessions', i)}
                  >
                    ×
                  </ActionIcon>
                </Group>
              ))}
              <Button
                variant="light"
                w="fit-content"
                onClick={() => form.insertListItem('sessions', { on: '', hours: 2 })}
              >
                {t('sessions.add')}
              </Button>
            </Stack>
          </Fieldset>
          <ErrorAlert error={save.error} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
