// The activations of the base under one mobilisation (or with none): phase, staff on duty, the
// findings registered under each and the cases attended.
import { Anchor, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../common/date-format';
import type { Activation } from './protests';

export function ActivationsTable({ caption, activations }: { caption: string; activations: Activation[] }) {
  const { t, i18n } = useTranslation();
  if (activations.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('monitoring:protests.noActivations')}
      </Text>
    );
  return (
    <Table striped withTableBorder>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('monitoring:field.code')}</Table.Th>
          <Table.Th>{t('monitoring:protests.activationOn')}</Table.Th>
          <Table.Th>{t('monitoring:protests.phase')}</Table.Th>
          <Table.Th>{t('monitoring:protests.staffOnDuty')}</Table.Th>
          <Table.Th>{t('monitoring:protests.findings')}</Table.Th>
          <Table.Th>{t('monitoring:protests.cases')}</Table.Th>
          <Table.Th>{t('monitoring:protests.notes')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {activations.map((a) => (
          <Table.Tr key={a.id}>
            <Table.Td>{a.code}</Table.Td>
            <Table.Td>{formatDate(a.on, i18n.language)}</Table.Td>
            <Table.Td>{t(`monitoring:phase.${a.phase}`)}</Table.Td>
            <Table.Td>{a.staffOnDuty ?? '—'}</Table.Td>
            <Table.Td>{a.findings}</Table.Td>
            <Table.Td>
              {a.caseList && a.caseList.length > 0 ? (
                <Group gap="xs">
                  {a.caseList.map((c) => (
                    <Anchor key={c.id} component={Link} to={`/cases/${c.id}`} ff="monospace">
                      {c.folio}
                    </Anchor>
                  ))}
                </Group>
              ) : (
                a.cases
              )}
            </Table.Td>
            <Table.Td>{a.notes ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
