// The plans in the product (the four seed plans ship with it).
import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import type { PlanSummary } from './types';

export function PlansPage() {
  const { t } = useTranslation('planning');
  const plans = useQuery({
    queryKey: ['planning', 'plans'],
    queryFn: () => api.get<PlanSummary[]>('/api/planning/plans'),
  });
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('title')}
      </Title>
      <Text>{t('intro')}</Text>
      <ErrorAlert error={plans.error} />
      {plans.data && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('plans.plan')}</Table.Th>
              <Table.Th>{t('plans.year')}</Table.Th>
              <Table.Th>{t('plans.institution')}</Table.Th>
              <Table.Th>{t('plans.indicators')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plans.data.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/planning/${p.id}`}>
                    {p.title}
                  </Anchor>{' '}
                  <Text span size="sm" c="dimmed">
                    ({p.id})
                  </Text>
                </Table.Td>
                <Table.Td>{p.year}</Table.Td>
                <Table.Td>{p.institution}</Table.Td>
                <Table.Td>{p.indicators}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
