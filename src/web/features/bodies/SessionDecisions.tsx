// The measure decisions taken in a CEM session, each linked to its case (case roles only: the
// server sends none to the others).
import { Anchor, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../common/date-format';
import type { SessionPageData } from './shared';

export type SessionDecision = SessionPageData['decisions'][number];

export function SessionDecisions({ decisions }: { decisions: SessionDecision[] }) {
  const { t } = useTranslation(['bodies', 'cases']);
  if (decisions.length === 0) return null;
  return (
    <>
      <Title order={2}>{t('bodies:session.decisions')}</Title>
      <Table striped aria-label={t('bodies:session.decisions')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('bodies:session.decisionCase')}</Table.Th>
            <Table.Th>{t('bodies:session.decisionMeasure')}</Table.Th>
            <Table.Th>{t('bodies:session.decisionKind')}</Table.Th>
            <Table.Th>{t('bodies:session.decisionDate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {decisions.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>
                <Anchor component={Link} to={`/cases/${d.caseId}`}>
                  {d.caseFolio}
                </Anchor>
              </Table.Td>
              <Table.Td>{d.measureCode}</Table.Td>
              <Table.Td>{t(`cases:decisionKind.${d.decision}`)}</Table.Td>
              <Table.Td>{formatDate(d.decidedOn)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
