// The collegiate bodies with their next session and open/overdue agreements (the secretariat's dashboard).
import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api';
import { type AgreementList, type BodyList, formatDay } from './shared';
import { ErrorAlert } from '../../ui/ErrorAlert';

export function BodiesListPage() {
  const { t, i18n } = useTranslation('bodies');
  const list = useQuery({ queryKey: ['bodies'], queryFn: () => api.get<BodyList>('/api/bodies') });
  const overdue = useQuery({
    queryKey: ['bodies', 'overdue'],
    queryFn: () => api.get<AgreementList>('/api/bodies/agreements', { status: 'overdue', limit: 20 }),
  });
  const names = new Map((list.data?.bodies ?? []).map((b) => [b.code, b.name]));
  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
      <ErrorAlert error={list.error} />
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('list.body')}</Table.Th>
            <Table.Th>{t('list.heldThisYear')}</Table.Th>
            <Table.Th>{t('list.next')}</Table.Th>
            <Table.Th>{t('list.open')}</Table.Th>
            <Table.Th>{t('list.overdue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(list.data?.bodies ?? []).map((b) => (
            <Table.Tr key={b.code}>
              <Table.Td>
                <Anchor component={Link} to={`/bodies/${b.code}`}>
                  {b.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {t('list.heldCount', {
                  ordinary: b.sessionsThisYear.ordinary,
                  extraordinary: b.sessionsThisYear.extraordinary,
                })}
                {b.yearlyTarget !== null && <Text size="xs">{t('list.target', { count: b.yearlyTarget })}</Text>}
              </Table.Td>
              <Table.Td>
                {b.nextSession ? (
                  <Anchor component={Link} to={`/bodies/sessions/${b.nextSession.id}`}>
                    {formatDay(b.nextSession.on, i18n.language)}
                  </Anchor>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>{b.openAgreements}</Table.Td>
              <Table.Td>{b.overdueAgreements > 0 ? <Badge color="red">{b.overdueAgreements}</Badge> : 0}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={2}>{t('overdue.title')}</Title>
      {overdue.data && overdue.data.agreements.length === 0 && <Text>{t('overdue.none')}</Text>}
      {overdue.data && overdue.data.agreements.length > 0 && (
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('agreement.number')}</Table.Th>
              <Table.Th>{t('list.body')}</Table.Th>
              <Table.Th>{t('agreement.text')}</Table.Th>
              <Table.Th>{t('agreement.responsible')}</Table.Th>
              <Table.Th>{t('agreement.dueOn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {overdue.data.agreements.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/bodies/sessions/${a.sessionId}`}>
                    {a.label}
                  </Anchor>
                </Table.Td>
                <Table.Td>{names.get(a.bodyCode) ?? a.bodyCode}</Table.Td>
                <Table.Td>{a.text}</Table.Td>
                <Table.Td>{a.responsible ?? '—'}</Table.Td>
                <Table.Td>{formatDay(a.dueOn, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
