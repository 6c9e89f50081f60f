// New or edited workshop/training: fields, participants by category and the sessions (date, hours).
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
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api';
import { ErrorAlert } from '../../ui/ErrorAlert';
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
  const [form, setForm] = useState<Form>(current ? fromActivity(current) : EMPTY);
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm((f) => ({ ...f, [k]: v }));
  const save = useMutation({
    mutationFn: () => {
      const body = {
        ...form,
        partner: form.partner || null,
        targetLabel: form.targetLabel || null,
        thematicLine: form.thematicLine ? Number(form.thematicLine) : null,
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
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const part = (k: keyof Participants) => (
    <NumberInput
      label={t(`participants.${k}`)}
      min={0}
      // With a registration list the counts are the list's (the server keeps them).
      disabled={(current?.registered ?? 0) > 0}
      description={(current?.registered ?? 0) > 0 ? t('registrations.fromList') : undefined}
      value={form.participants[k]}
      onChange={(v) => set('participants', { ...form.participants, [k]: Number(v) || 0 })}
    />
  );
  return (
    <Stack>
      <SubNav />
      <Title order={1} size="h2">
        {current ? t('form.editTitle', { code: current.code }) : t('form.newTitle')}
      </Title>
      <form onSubmit={submit} aria-label={t('form.label')}>
        <Stack>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <Select
              label={t('field.kind')}
              required
              allowDeselect={false}
              value={form.kind}
              onChange={(v) => v && set('kind', v as Form['kind'])}
              data={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            />
            <Select
              label={t('field.format')}
              required
              allowDeselect={false}
              value={form.format}
              onChange={(v) => v && set('format', v as Form['format'])}
              data={FORMATS.map((k) => ({ value: k, label: t(`format.${k}`) }))}
            />
            <Select
              label={t('field.modality')}
              required
              allowDeselect={false}
              value={form.modality}
              onChange={(v) => v && set('modality', v as Form['modality'])}
              data={MODALITIES.map((k) => ({ value: k, label: t(`modality.${k}`) }))}
            />
          </SimpleGrid>
          <TextInput
            label={t('field.title')}
            required
            value={form.title}
            onChange={(e) => set('title', e.currentTarget.value)}
          />
          <Textarea
            label={t('field.objective')}
            autosize
            minRows={2}
            value={form.objective}
            onChange={(e) => set('objective', e.currentTarget.value)}
          />
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <TextInput
              label={t('field.partner')}
              value={form.partner}
              onChange={(e) => set('partner', e.currentTarget.value)}
            />
            <Select
              label={t('field.thematicLine')}
              clearable
              value={form.thematicLine}
              onChange={(v) => set('thematicLine', v)}
              data={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t(`line.${n}`) }))}
            />
            <Select
              label={t('field.status')}
              allowDeselect={false}
              value={form.status}
              onChange={(v) => v && set('status', v as Form['status'])}
              data={STATUSES.map((k) => ({ value: k, label: t(`status.${k}`) }))}
            />
          </SimpleGrid>
          {form.kind === 'self_protection_workshop' ? (
            <TextInput
              label={t('field.targetLabel')}
              description={t('field.targetLabelHelp')}
              value={form.targetLabel}
              onChange={(e) => set('targetLabel', e.currentTarget.value)}
            />
          ) : (
            <Checkbox
              label={t('field.forOfficials')}
              checked={form.forOfficials}
              onChange={(e) => set('forOfficials', e.currentTarget.checked)}
            />
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
              {form.sessions.map((s, i) => (
                <Group key={i} align="end">
                  <TextInput
                    type="date"
                    required
                    label={t('sessions.on', { n: i + 1 })}
                    value={s.on}
                    onChange={(e) => {
                      const on = e.currentTarget.value;
                      set(
                        'sessions',
                        form.sessions.map((x, j) => (j === i ? { ...x, on } : x)),
                      );
                    }}
                  />
                  <NumberInput
                    label={t('sessions.hours', { n: i + 1 })}
                    min={0}
                    max={24}
                    step={0.5}
                    decimalScale={2}
                    value={s.hours}
                    onChange={(v) =>
                      set(
                        'sessions',
                        form.sessions.map((x, j) => (j === i ? { ...x, hours: Number(v) || 0 } : x)),
                      )
                    }
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('sessions.remove', { n: i + 1 })}
                    onClick={() =>
                      set(
                        'sessions',
                        form.sessions.filter((_, j) => j !== i),
                      )
                    }
                  >
                    ×
                  </ActionIcon>
                </Group>
              ))}
              <Button
                variant="light"
                w="fit-content"
                onClick={() => set('sessions', [...form.sessions, { on: '', hours: 2 }])}
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
