// Ties a finding made during a protest to the activation of the base that registered it, so the
// protest page counts the findings of each activation.
import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../common/date-format';
import { fetchProtests, PROTESTS_KEY } from './protests';

export function ActivationSelect({ value, onChange }: { value: string | null; onChange: (v: string | null) => void }) {
  const { t, i18n } = useTranslation();
  const q = useQuery({ queryKey: PROTESTS_KEY, queryFn: fetchProtests });
  const rows = [
    ...(q.data?.mobilizations.flatMap((m) => m.activations.map((a) => ({ a, cause: m.cause as string | null }))) ?? []),
    ...(q.data?.unlinked.map((a) => ({ a, cause: null })) ?? []),
  ];
  return (
    <Select
      label={t('monitoring:protests.activation')}
      placeholder={t('monitoring:protests.noActivation')}
      searchable
      clearable
      data={rows.map(({ a, cause }) => ({
        value: a.id,
        label: [a.code, formatDate(a.on, i18n.language), t(`monitoring:phase.${a.phase}`), cause]
          .filter(Boolean)
          .join(' · '),
      }))}
      value={value}
      onChange={onChange}
    />
  );
}
