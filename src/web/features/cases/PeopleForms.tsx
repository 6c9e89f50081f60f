// Beneficiary and risk assessment forms (modals). Everything typed here is personal data: the
// server encrypts it and only assigned staff and leads ever see it again.
import { Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { options, orNull, SaveError, todayMx } from './shared';
import { type Beneficiary, type CasePageData, RELATIONS, RISK_FACTORS, RISK_LEVELS } from './types';

type Assessment = CasePageData['assessments'][number];

export interface FormProps<T> {
  onClose: () => void;
  onSubmit: (body: T) => void;
  pending: boolean;
  error: unknown;
  onReload?: () => void;
  /** shown as a "delete" button when editing an existing record */
  onDelete?: () => void;
}

export function BeneficiaryForm({ initial, ...p }: FormProps<Record<string, unknown>> & { initial?: Beneficiary }) {
  const { t } = useTranslation();
  const [relation, setRelation] = useState<string | null>(initial?.relation ?? 'principal');
  const [f, setF] = useState({
    name: initial?.name ?? '', aliases: initial?.aliases ?? '', contact: initial?.contact ?? '',
    address: initial?.address ?? '', organisation: initial?.organisation ?? '', activity: initial?.activity ?? '',
  });
  const field = (k: keyof typeof f, multiline = false) => {
    const props = { label: t(`cases:beneficiary.${k}`), value: f[k], onChange: (e: { currentTarget: { value: string } }) => setF({ ...f, [k]: e.currentTarget.value }) };
    return multiline ? <Textarea {...props} autosize minRows={2} /> : <TextInput {...props} required={k === 'name'} />;
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = { relation, name: f.name.trim(), aliases: orNull(f.aliases), contact: orNull(f.contact), address: orNull(f.address), organisation: orNull(f.organisation), activity: orNull(f.activity) };
    p.onSubmit(initial ? { ...body, version: initial.version } : body);
  };
  return (
    <Modal opened onClose={p.onClose} title={t(initial ? 'cases:beneficiary.edit' : 'cases:beneficiary.add')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <Select label={t('cases:beneficiary.relation')} data={options(t, 'relation', RELATIONS)} value={relation} onChange={setRelation} allowDeselect={false} required />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {field('name')}
            {field('aliases')}
            {field('contact')}
            {field('organisation')}
          </SimpleGrid>
          {field('address', true)}
          {field('activity', true)}
          <SaveError error={p.error} onReload={p.onReload} />
          <Group justify="flex-end">
            <Button variant="default" onClick={p.onClose}>{t('common:cancel')}</Button>
            <Button type="submit" loading={p.pending}>{t('common:save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function AssessmentForm({ initial, ...p }: FormProps<Record<string, unknown>> & { initial?: Assessment }) {
  const { t } = useTranslation();
  const [assessedOn, setAssessedOn] = useState(initial?.assessedOn ?? todayMx());
  const [level, setLevel] = useState<string | null>(initial?.level ?? null);
  const [factors, setFactors] = useState<string[]>(initial?.factors ?? []);
  const [narrative, setNarrative] = useState(initial?.narrative ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = { assessedOn, level, factors, narrative: orNull(narrative) };
    p.onSubmit(initial ? { ...body, version: initial.version } : body);
  };
  return (
    <Modal opened onClose={p.onClose} title={t(initial ? 'cases:assessment.edit' : 'cases:assessment.add')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <Group grow>
            <TextInput type="date" label={t('cases:assessment.date')} value={assessedOn} onChange={(e) => setAssessedOn(e.currentTarget.value)} required />
            <Select label={t('cases:assessment.level')} data={options(t, 'riskLevel', RISK_LEVELS)} value={level} onChange={setLevel} required />
          </Group>
          <Checkbox.Group label={t('cases:assessment.factors')} value={factors} onChange={setFactors}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing={6}>
              {RISK_FACTORS.map((f) => <Checkbox key={f} value={f} label={t(`cases:riskFactor.${f}`)} />)}
            </SimpleGrid>
          </Checkbox.Group>
          <Textarea label={t('cases:assessment.narrative')} value={narrative} onChange={(e) => setNarrative(e.currentTarget.value)} autosize minRows={4} />
          <SaveError error={p.error} onReload={p.onReload} />
          <Group justify="flex-end">
            {p.onDelete && <Button variant="subtle" color="red" mr="auto" onClick={p.onDelete}>{t('cases:delete')}</Button>}
            <Button variant="default" onClick={p.onClose}>{t('common:cancel')}</Button>
            <Button type="submit" loading={p.pending}>{t('common:save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
