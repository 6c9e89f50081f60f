// What an import did (or would do, in a preview): new / updated / unchanged records per table.
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from './number';
import type { ImportCounts } from './types';
import { TableHead } from '../../ui/TableHead';

export function CountsTable({ counts }: { counts: ImportCounts }) {
  const { t } = useTranslation('interchange');
  const rows: [string, { inserted: number; updated: number; unchanged: number }][] = [
    [t('entities.cases'), counts.cases],
    [t('entities.measures'), counts.measures],
    [t('entities.informationRequests'), counts.informationRequests],
  ];
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped withTableBorder>
        <Table.Caption>{t('counts.caption')}</Table.Caption>
        <TableHead labels={[t('counts.table'), t('counts.inserted'), t('counts.updated'), t('counts.unchanged')]} />
        <Table.Tbody>
          {rows.map(([label, c]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row">{label}</Table.Th>
              <Table.Td>{formatNumber(c.inserted)}</Table.Td>
              <Table.Td>{formatNumber(c.updated)}</Table.Td>
              <Table.Td>{formatNumber(c.unchanged)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th scope="row">{t('entities.followUps')}</Table.Th>
            <Table.Td>{formatNumber(counts.followUps.inserted)}</Table.Td>
            <Table.Td colSpan={2}>{t('counts.removed', { n: formatNumber(counts.followUps.deleted) })}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('entities.actions')}</Table.Th>
            <Table.Td>{formatNumber(counts.actions.inserted)}</Table.Td>
            <Table.Td colSpan={2}>{t('counts.replaced', { n: formatNumber(counts.actions.deleted) })}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
