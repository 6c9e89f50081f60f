// Plan version, measure, measures council decision, follow-up and status change forms (modals).
import { Group, Select, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { FormModal, type FormProps } from './FormModal';
import { CASES_KEY, options, orNull, todayMx } from './shared';
import { CLOSING_REASONS, DECISIONS, FOLLOW_UP_KINDS, type CasePageData, type CatalogueEntry } from './types';

type Body = Record<string, unknown>;

export function PlanForm(p: FormProps<Body>) {
  const { t } = useTranslation();
  const [validFrom, setValidFrom] = useState(todayMx());
  const [summary, setSummary] = useState('');
  return (
    <FormModal title={t('cases:plan.add')} p={p} onSubmit={() => p.onSubmit({ validFrom, summary: orNull(summary) })}>
      <TextInput
        type="date"
        label={t('cases:plan.validFrom')}
        value={validFrom}
        onChange={(e) => setValidFrom(e.currentTarget.value)}
        required
      />
      <Textarea
        label={t('cases:plan.summary')}
        value={summary}
        onChange={(e) => setSummary(e.currentTarget.value)}
        autosize
        minRows={3}
      />
    </FormModal>
  );
}

export function MeasureForm({ plans, ...p }: FormProps<Body> & { plans: { id: string; number: number }[] }) {
  const { t } = useTranslation();
  const catalogue = useQuery({
    queryKey: [...CASES_KEY, 'catalogue'],
    queryFn: () => api.get<{ entries: CatalogueEntry[] }>('/api/measure-catalogue'),
  });
  const [catalogueId, setCatalogueId] = useState<string | null>(null);
  const [planId, setPlanId] = useState<string | null>(plans[0]?.id ?? null);
  const [startedOn, setStartedOn] = useState('');
  const [institution, setInstitution] = useState('');
  const groups = ['preventive', 'protection', 'urgent_protection', 'social'].map((type) => ({
    group: t(`cases:measureType.${type}`),
    items: (catalogue.data?.entries ?? []).filter((e) => e.type === type).map((e) => ({ value: e.id, label: e.name })),
  }));
  return (
    <FormModal
      title={t('cases:measure.add')}
      p={p}
      onSubmit={() =>
        p.onSubmit({ catalogueId, planId, startedOn: startedOn || null, responsibleInstitution: orNull(institution) })
      }
    >
      <Select
        label={t('cases:measure.catalogue')}
        data={groups}
        value={catalogueId}
        onChange={setCatalogueId}
        searchable
        required
      />
      <Select
        label={t('cases:measure.plan')}
        data={plans.map((pl) => ({ value: pl.id, label: t('cases:plan.version', { number: pl.number }) }))}
        value={planId}
        onChange={setPlanId}
        clearable
      />
      <TextInput
        type="date"
        label={t('cases:measure.startedOn')}
        value={startedOn}
        onChange={(e) => setStartedOn(e.currentTarget.value)}
      />
      <TextInput
        label={t('cases:measure.institution')}
        value={institution}
        onChange={(e) => setInstitution(e.currentTarget.value)}
        maxLength={200}
      />
    </FormModal>
  );
}

interface CemSessions {
  sessions: { id: string; type: 'ordinary' | 'extraordinary'; ordinalWord: string; year: number; status: string }[];
}

export function DecisionForm(p: FormProps<Body> & { measureLabel: string }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<string | null>('approve');
  const [decidedOn, setDecidedOn] = useState(todayMx());
  const [sessionRef, setSessionRef] = useState('');
  const [sessionId, setSessionId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const year = Number(decidedOn.slice(0, 4)) || new Date().getFullYear();
  // The CEM sessions of the decision's year (bodies module); a reader without access sees none.
  const cem = useQuery({
    queryKey: ['bodies', 'cem', year],
    queryFn: () => api.get<CemSessions>('/api/bodies/cem', { year }),
    retry: false,
  });
  const sessionLabel = (s: CemSessions['sessions'][number]) =>
    t(`cases:decision.cemSession.${s.type}`, { ordinal: s.ordinalWord, year: s.year });
  const pickSession = (id: string | null) => {
    setSessionId(id);
    const s = cem.data?.sessions.find((x) => x.id === id);
    if (s) setSessionRef(sessionLabel(s));
  };
  return (
    <FormModal
      title={t('cases:decision.add', { measure: p.measureLabel })}
      p={p}
      onSubmit={() => p.onSubmit({ decision, decidedOn, sessionRef, sessionId, note: orNull(note) })}
    >
      <Select
        label={t('cases:decision.decision')}
        data={options(t, 'decisionKind', DECISIONS)}
        value={decision}
        onChange={setDecision}
        allowDeselect={false}
        required
      />
      <TextInput
        type="date"
        label={t('cases:decision.date')}
        value={decidedOn}
        onChange={(e) => setDecidedOn(e.currentTarget.value)}
        required
      />
      {(cem.data?.sessions.length ?? 0) > 0 && (
        <Select
          label={t('cases:decision.cemSessionLabel')}
          data={(cem.data?.sessions ?? [])
            .filter((s) => s.status !== 'cancelled')
            .map((s) => ({ value: s.id, label: sessionLabel(s) }))}
          value={sessionId}
          onChange={pickSession}
          clearable
        />
      )}
      <TextInput
        label={t('cases:decision.session')}
        placeholder={t('cases:decision.sessionPlaceholder')}
        value={sessionRef}
        onChange={(e) => setSessionRef(e.currentTarget.value)}
        required
        maxLength={120}
      />
      <Textarea
        label={t('cases:decision.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        autosize
        minRows={2}
      />
    </FormModal>
  );
}

/** New follow-up, or (with `initial`) an edit sent with the version it was read at. */
export function FollowUpForm({ initial, ...p }: FormProps<Body> & { initial?: CasePageData['followUps'][number] }) {
  const { t } = useTranslation();
  const [on, setOn] = useState(initial?.on ?? todayMx());
  const [kind, setKind] = useState<string | null>(initial ? (initial.kind ?? 'other') : 'call');
  const [note, setNote] = useState(initial?.note ?? '');
  const body = () => ({ on, kind, note: orNull(note), ...(initial ? { version: initial.version } : {}) });
  return (
    <FormModal
      title={t(initial ? 'cases:followUp.edit' : 'cases:followUp.add')}
      p={p}
      onSubmit={() => p.onSubmit(body())}
    >
      <Group grow>
        <TextInput
          type="date"
          label={t('cases:followUp.date')}
          value={on}
          onChange={(e) => setOn(e.currentTarget.value)}
          required
        />
        <Select
          label={t('cases:followUp.kind')}
          data={options(t, 'followUpKind', FOLLOW_UP_KINDS)}
          value={kind}
          onChange={setKind}
          allowDeselect={false}
          required
        />
      </Group>
      <Textarea
        label={t('cases:followUp.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        autosize
        minRows={3}
      />
    </FormModal>
  );
}

export function StatusForm({ next, version, ...p }: FormProps<Body> & { next: string[]; version: number }) {
  const { t } = useTranslation();
  const [to, setTo] = useState<string | null>(next[0] ?? null);
  const [closingReason, setClosingReason] = useState<string | null>(null);
  const [closedOn, setClosedOn] = useState(todayMx());
  const concluding = to === 'concluded';
  return (
    <FormModal
      title={t('cases:statusChange.title')}
      p={p}
      onSubmit={() => p.onSubmit({ version, to, ...(concluding ? { closingReason, closedOn } : {}) })}
    >
      <Select
        label={t('cases:statusChange.to')}
        data={options(t, 'status', next)}
        value={to}
        onChange={setTo}
        allowDeselect={false}
        required
      />
      {concluding && (
        <>
          <Select
            label={t('cases:statusChange.reason')}
            data={options(t, 'closingReason', CLOSING_REASONS)}
            value={closingReason}
            onChange={setClosingReason}
            required
          />
          <TextInput
            type="date"
            label={t('cases:statusChange.closedOn')}
            value={closedOn}
            onChange={(e) => setClosedOn(e.currentTarget.value)}
            required
          />
        </>
      )}
    </FormModal>
  );
}
