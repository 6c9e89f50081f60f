// The plan page's actions, shown as the server's `can` flags say: the quarterly progress report
// (DOCX, XLSX, PDF) and copying the plan to a new year.
import { Anchor, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import type { CopyResult, Plan } from './types';

export function PlanActions({ plan }: { plan: Plan }) {
  const { t } = useTranslation('planning');
  return (
    <Stack gap="xs">
      {plan.can.report && (
        <Group gap="md">
          <Text size="sm">{t('actions.report')}</Text>
          {(['docx', 'xlsx', 'pdf'] as const).map((f) => (
            <Anchor key={f} size="sm" href={`/api/planning/plans/${plan.id}/progress-report?format=${f}`} download>
              {f.toUpperCase()}
            </Anchor>
          ))}
        </Group>
      )}
      {plan.can.copy && <CopyPlan plan={plan} />}
    </Stack>
  );
}

function CopyPlan({ plan }: { plan: Plan }) {
  const { t } = useTranslation('planning');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [year, setYear] = useState<number>(plan.year + 1);
  const copy = useMutation({
    mutationFn: () => api.post<CopyResult>(`/api/planning/plans/${plan.id}/copy`, { year }),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: ['planning', 'plans'] });
      void navigate(`/planning/${created.id}`);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    copy.mutate();
  };
  return (
    <form onSubmit={submit}>
      <Group align="flex-end" gap="sm">
        <NumberInput
          label={t('actions.copyYear')}
          value={year}
          onChange={(v) => setYear(typeof v === 'number' ? v : Number(v))}
          min={2000}
          max={2100}
          allowDecimal={false}
          w={140}
        />
        <Button type="submit" variant="light" loading={copy.isPending}>
          {t('actions.copy')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        {t('actions.copyHint')}
      </Text>
      <ErrorAlert error={copy.error} />
    </form>
  );
}
