// The two forms of the Base MPI CDMX: a mobilisation (date, cause, alcaldías) and an activation of the
// base (phase, staff on duty, cases attended), optionally tied to a mobilisation. Errors come back in
// Spanish from the server.
import { Button, Group, MultiSelect, NumberInput, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ActivationCreate, MobilizationCreate } from '../../../common/features/monitoring.contract';
import { PHASES, type Phase } from '../../../common/features/monitoring';
import { formatDate } from '../../../common/date-format';
import { api } from '../../api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { CasesAttendedSelect, useCanSeeCases, type CaseRef } from './CasesAttendedSelect';
import { placeOptions } from './shared';
import { PROTESTS_KEY, type Mobilization } from './protests';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City' }).format(new Date());

export function MobilizationForm() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [on, setOn] = useState(today());
  const [cause, setCause] = useState('');
  const [alcaldias, setAlcaldias] = useState<string[]>([]);
  const save = useMutation({
    mutationFn: (body: z.input<typeof MobilizationCreate>) => api.post('/api/monitoring/mobilizations', body),
    onSuccess: () => {
      setCause('');
      setAlcaldias([]);
      void qc.invalidateQueries({ queryKey: PROTESTS_KEY });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ on, cause, alcaldias: alcaldias as z.input<typeof MobilizationCreate>['alcaldias'] });
  };
  return (
    <form onSubmit={submit} aria-label={t('monitoring:protests.mobilizationForm')}>
      <Stack>
        <Title order={2} size="h3">
          {t('monitoring:protests.mobilizationForm')}
        </Title>
        <Group grow align="flex-start">
          <TextInput
            type="date"
            required
            label={t('monitoring:protests.on')}
            value={on}
            onChange={(e) => setOn(e.currentTarget.value)}
          />
          <TextInput
            required
            label={t('monitoring:protests.cause')}
            value={cause}
            onChange={(e) => setCause(e.currentTarget.value)}
          />
        </Group>
        <MultiSelect
          label={t('monitoring:protests.alcaldias')}
          searchable
          data={placeOptions(t)}
          value={alcaldias}
          onChange={setAlcaldias}
        />
        <ErrorAlert error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('monitoring:protests.saveMobilization')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ActivationForm({ mobilizations }: { mobilizations: Mobilization[] }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const [mobilizationId, setMobilizationId] = useState<string | null>(null);
  const [on, setOn] = useState(today());
  const [phase, setPhase] = useState<Phase>('during');
  const [staff, setStaff] = useState<string | number>('');
  const [notes, setNotes] = useState('');
  const [attended, setAttended] = useState<CaseRef[]>([]);
  const canSeeCases = useCanSeeCases();
  const save = useMutation({
    mutationFn: (body: z.input<typeof ActivationCreate>) => api.post('/api/monitoring/activations', body),
    onSuccess: () => {
      setStaff('');
      setNotes('');
      setAttended([]);
      void qc.invalidateQueries({ queryKey: PROTESTS_KEY });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({
      mobilizationId,
      on,
      phase,
      staffOnDuty: staff === '' ? null : Number(staff),
      notes: notes.trim() || null,
      ...(canSeeCases && attended.length > 0 ? { caseIds: attended.map((c) => c.id) } : {}),
    });
  };
  return (
    <form onSubmit={submit} aria-label={t('monitoring:protests.activationForm')}>
      <Stack>
        <Title order={2} size="h3">
          {t('monitoring:protests.activationForm')}
        </Title>
        <Select
          label={t('monitoring:protests.mobilization')}
          placeholder={t('monitoring:protests.noMobilization')}
          searchable
          clearable
          data={mobilizations.map((m) => ({ value: m.id, label: `${formatDate(m.on, i18n.language)} · ${m.cause}` }))}
          value={mobilizationId}
          onChange={setMobilizationId}
        />
        <Group grow align="flex-start">
          <TextInput
            type="date"
            required
            label={t('monitoring:protests.activationOn')}
            value={on}
            onChange={(e) => setOn(e.currentTarget.value)}
          />
          <Select
            label={t('monitoring:protests.phase')}
            required
            allowDeselect={false}
            data={PHASES.map((p) => ({ value: p, label: t(`monitoring:phase.${p}`) }))}
            value={phase}
            onChange={(x) => setPhase((x as Phase | null) ?? 'during')}
          />
          <NumberInput
            label={t('monitoring:protests.staffOnDuty')}
            min={0}
            max={500}
            allowDecimal={false}
            allowNegative={false}
            value={staff}
            onChange={setStaff}
          />
        </Group>
        {canSeeCases && <CasesAttendedSelect value={attended} onChange={setAttended} />}
        <Textarea
          label={t('monitoring:protests.notes')}
          autosize
          minRows={2}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
        />
        <ErrorAlert error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('monitoring:protests.saveActivation')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
