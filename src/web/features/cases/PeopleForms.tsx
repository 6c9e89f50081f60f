// Beneficiary and risk assessment forms (modals). Everything typed here is personal data: the
// server encrypts it and only assigned staff and leads ever see it again.
import { Checkbox, Group, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal, type FormProps } from './FormModal';
import { options, orNull, todayMx } from './shared';
import { type Beneficiary, type CasePageData, RELATIONS, RISK_FACTORS, RISK_LEVELS } from './types';

type Assessment = CasePageData['assessments'][number];

export function BeneficiaryForm({ initial, ...p }: FormProps<Record<string, unknown>> & { initial?: Beneficiary }) {
  const { t } = useTranslation();
  const [relation, setRelation] = useState<string | null>(initial?.relation ?? 'principal');
  const [f, setF] = useState({
    name: initial?.name ?? '',
    aliases: initial?.aliases ?? '',
    contact: initial?.contact ?? '',
    address: initial?.address ?? '',
    organisation: initial?.organisation ?? '',
    activity: initial?.activity ?? '',
  });
  const field = (k: keyof typeof f, multiline = false) => {
    const props = {
      label: t(`cases:beneficiary.${k}`),
      value: f[k],
      onChange: (e: { currentTarget: { value: string } }) => setF({ ...f, [k]: e.currentTarget.value }),
    };
    return multiline ? <Textarea {...props} autosize minRows={2} /> : <TextInput {...props} required={k === 'name'} />;
  };
  const submit = () => {
    const body = {
      relation,
      name: f.name.trim(),
      aliases: orNull(f.aliases),
      contact: orNull(f.contact),
      address: orNull(f.address),
      organisation: orNull(f.organisation),
      activity: orNull(f.activity),
    };
    p.onSubmit(initial ? { ...body, version: initial.version } : body);
  };
  return (
    <FormModal title={t(initial ? 'cases:beneficiary.edit' : 'cases:beneficiary.add')} p={p} onSubmit={submit}>
      <Select
        label={t('cases:beneficiary.relation')}
        data={options(t, 'relation', RELATIONS)}
        value={relation}
        onChange={setRelation}
        allowDeselect={false}
        required
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {field('name')}
        {field('aliases')}
        {field('contact')}
        {field('organisation')}
      </SimpleGrid>
      {field('address', true)}
      {field('activity', true)}
    </FormModal>
  );
}

export function AssessmentForm({ initial, ...p }: FormProps<Record<string, unknown>> & { initial?: Assessment }) {
  const { t } = useTranslation();
  const [assessedOn, setAssessedOn] = useState(initial?.assessedOn ?? todayMx());
  const [level, setLevel] = useState<string | null>(initial?.level ?? null);
  const [factors, setFactors] = useState<string[]>(initial?.factors ?? []);
  const [narrative, setNarrative] = useState(initial?.narrative ?? '');
  const submit = () => {
    const body = { assessedOn, level, factors, narrative: orNull(narrative) };
    p.onSubmit(initial ? { ...body, version: initial.version } : body);
  };
  return (
    <FormModal title={t(initial ? 'cases:assessment.edit' : 'cases:assessment.add')} p={p} onSubmit={submit}>
      <Group grow>
        <TextInput
          type="date"
          label={t('cases:assessment.date')}
          value={assessedOn}
          onChange={(e) => setAssessedOn(e.currentTarget.value)}
          required
        />
        <Select
          label={t('cases:assessment.level')}
          data={options(t, 'riskLevel', RISK_LEVELS)}
          value={level}
          onChange={setLevel}
          required
        />
      </Group>
      <Checkbox.Group label={t('cases:assessment.factors')} value={factors} onChange={setFactors}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing={6}>
          {RISK_FACTORS.map((f) => (
            <Checkbox key={f} value={f} label={t(`cases:riskFactor.${f}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Textarea
        label={t('cases:assessment.narrative')}
        value={narrative}
        onChange={(e) => setNarrative(e.currentTarget.value)}
        autosize
        minRows={4}
      />
    </FormModal>
  );
}
