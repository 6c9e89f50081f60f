// Lead-only staff assignment, and editing a measure (status, dates, institution, plan version)
// with the version the page read (409 -> conflict message).
import { Button, Group, Modal, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import type { FormProps } from './FormModal';
import { CASES_KEY, options, orNull, SaveError } from './shared';
import { MEASURE_STATUSES, type Measure, type StaffList } from './types';

type Body = Record<string, unknown>;

function Buttons({ p }: { p: FormProps<Body> }) {
  const { t } = useTranslation();
  return (
    <>
      <SaveError error={p.error} onReload={p.onReload} />
      <Group justify="flex-end">
        {p.onDelete && (
          <Button variant="subtle" color="red" mr="auto" onClick={p.onDelete}>
            {t('cases:delete')}
          </Button>
        )}
        <Button variant="default" onClick={p.onClose}>
          {t('common:cancel')}
        </Button>
        <Button type="submit" loading={p.pending}>
          {t('common:save')}
        </Button>
      </Group>
    </>
  );
}

export function AssignmentsForm({ current, ...p }: FormProps<Body> & { current: string[] }) {
  const { t } = useTranslation();
  const staff = useQuery({
    queryKey: [...CASES_KEY, 'staff'],
    queryFn: () => api.get<StaffList>('/api/cases/staff'),
  });
  const [userIds, setUserIds] = useState<string[]>(current);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    p.onSubmit({ userIds });
  };
  return (
    <Modal opened onClose={p.onClose} title={t('cases:assign.title')}>
      <form onSubmit={submit}>
        <Stack>
          <MultiSelect
            label={t('cases:assign.staff')}
            description={t('cases:assign.hint')}
            data={(staff.data?.staff ?? []).map((s) => ({ value: s.id, label: s.displayName }))}
            value={userIds}
            onChange={setUserIds}
            searchable
          />
          <Buttons p={p} />
        </Stack>
      </form>
    </Modal>
  );
}

export function MeasureEditForm({
  measure,
  plans,
  ...p
}: FormProps<Body> & { measure: Measure; plans: { id: string; number: number }[] }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(measure.status);
  const [startedOn, setStartedOn] = useState(measure.startedOn ?? '');
  const [endedOn, setEndedOn] = useState(measure.endedOn ?? '');
  const [institution, setInstitution] = useState(measure.responsibleInstitution ?? '');
  const [planId, setPlanId] = useState<string | null>(measure.planId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    p.onSubmit({
      version: measure.version,
      status,
      startedOn: startedOn || null,
      endedOn: endedOn || null,
      responsibleInstitution: orNull(institution),
      planId,
    });
  };
  return (
    <Modal opened onClose={p.onClose} title={t('cases:measure.editTitle', { code: measure.code })}>
      <form onSubmit={submit}>
        <Stack>
          <Select
            label={t('cases:measure.status')}
            data={options(t, 'measureStatus', MEASURE_STATUSES)}
            value={status}
            onChange={setStatus}
            allowDeselect={false}
          />
          <Group grow>
            <TextInput
              type="date"
              label={t('cases:measure.startedOn')}
              value={startedOn}
              onChange={(e) => setStartedOn(e.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t('cases:measure.endedOn')}
              value={endedOn}
              onChange={(e) => setEndedOn(e.currentTarget.value)}
            />
          </Group>
          <TextInput
            label={t('cases:measure.institution')}
            value={institution}
            onChange={(e) => setInstitution(e.currentTarget.value)}
            maxLength={200}
          />
          <Select
            label={t('cases:measure.plan')}
            data={plans.map((pl) => ({ value: pl.id, label: t('cases:plan.version', { number: pl.number }) }))}
            value={planId}
            onChange={setPlanId}
            clearable
          />
          <Buttons p={p} />
        </Stack>
      </form>
    </Modal>
  );
}
