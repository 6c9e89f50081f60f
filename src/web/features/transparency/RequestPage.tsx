// One request: deadlines, procedure actions, requester data on demand, areas, appeals and timeline.
import { Alert, Anchor, Button, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api';
import { formatDateTime } from '../../ui/format';
import { BasisNotice, DeadlineComparison } from './DeadlineComparison';
import { RequestActions } from './RequestActions';
import { AppealForm, AppealOutcomeForm, AreaResponseButton, ClassificationForm } from './RequestExtras';
import { DaysLeft, formatDay, StatusBadge, SubNav } from './shared';
import { ErrorAlert } from '../../ui/ErrorAlert';
import type { Dashboard, RequestDetail, Requester } from './types';

const DEADLINE_KEYS = [
  'noticeOn',
  'clarificationRequestDueOn',
  'incompetenceDueOn',
  'alreadyPublicDueOn',
  'specificProcedureDueOn',
  'requesterReplyDueOn',
  'answerDueOn',
  'extendedDueOn',
  'appealFilingDueOn',
] as const;

export function RequestPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('transparency');
  const q = useQuery({
    queryKey: ['transparency', 'request', id],
    queryFn: () => api.get<RequestDetail>(`/api/transparency/requests/${id}`),
  });
  const today = useQuery({
    queryKey: ['transparency', 'dashboard'],
    queryFn: () => api.get<Dashboard>('/api/transparency/dashboard'),
  }).data?.today;
  const requester = useMutation({
    mutationFn: () => api.get<Requester>(`/api/transparency/requests/${id}/requester`),
  });
  const r = q.data;
  const day = (d: string | null) => formatDay(d, i18n.language);
  return (
    <Stack>
      <SubNav />
      <Anchor component={Link} to="/transparency">
        {t('request.back')}
      </Anchor>
      <ErrorAlert error={q.error} />
      {r && (
        <>
          <Group justify="space-between">
            <Title order={1} size="h2">
              {t('request.title', { folio: r.folio })}
            </Title>
            <Group>
              <StatusBadge status={r.status} />
              <DaysLeft d={r.deadlines} />
            </Group>
          </Group>
          <Text>{r.subject}</Text>
          {r.deadlines.ruleSetVerified === false && (
            <Alert color="orange">
              {t('request.unverifiedRules', {
                key:
                  r.deadlines.candidates.find((c) => c.ruleSetKey === r.deadlines.ruleSetKey)?.name ??
                  r.deadlines.ruleSetKey,
              })}
            </Alert>
          )}
          {!r.deadlines.ruleSetKey && <Alert color="gray">{t('request.noRules')}</Alert>}
          <BasisNotice d={r.deadlines} />
          {r.deadlines.lapsedForNoReply && <Alert color="orange">{t('request.lapsed')}</Alert>}
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Card withBorder>
              <Title order={2} size="h4" mb="xs">
                {t('request.data')}
              </Title>
              <List listStyleType="none" spacing={4}>
                <List.Item>
                  {t('fields.receivedOn')}: {day(r.receivedOn)}
                  {r.receivedAt ? ` (${formatDateTime(r.receivedAt)})` : ''}
                </List.Item>
                <List.Item>
                  {t('fields.kind')}: {t(`kind.${r.kind}`)}
                  {r.arcoRight ? ` — ${t(`arco.${r.arcoRight}`)}` : ''}
                </List.Item>
                {r.channel && (
                  <List.Item>
                    {t('fields.channel')}: {t(`channel.${r.channel}`)}
                  </List.Item>
                )}
                {r.closedOn && (
                  <List.Item>
                    {t('fields.closedOn')}: {day(r.closedOn)}
                  </List.Item>
                )}
                {r.referredTo && (
                  <List.Item>
                    {t('actions.referredTo')}: {r.referredTo}
                  </List.Item>
                )}
                {r.extensionResolution && (
                  <List.Item>
                    {t('actions.resolution')}: {r.extensionResolution}
                  </List.Item>
                )}
                {r.classification && (
                  <List.Item>
                    {t('fields.classification')}: {t(`classification.${r.classification}`)}
                  </List.Item>
                )}
                {r.areas.map((a) => (
                  <List.Item key={a.id}>
                    {t('request.area', { area: a.area, turnedOn: day(a.turnedOn) })}{' '}
                    {a.respondedOn
                      ? t('request.areaAnswered', { on: day(a.respondedOn) })
                      : r.can.track && today && <AreaResponseButton request={r} areaId={a.id} today={today} />}
                  </List.Item>
                ))}
              </List>
              {r.can.seeRequester && !requester.data && (
                <Button
                  mt="sm"
                  variant="light"
                  size="xs"
                  onClick={() => requester.mutate()}
                  loading={requester.isPending}
                >
                  {t('request.showRequester')}
                </Button>
              )}
              {requester.data && (
                <Card withBorder mt="sm" padding="xs" aria-live="polite">
                  <Text size="sm">
                    {t('fields.requesterName')}: {requester.data.requesterName ?? '—'}
                  </Text>
                  <Text size="sm">
                    {t('fields.requesterContact')}: {requester.data.requesterContact ?? '—'}
                  </Text>
                  {requester.data.requestText && (
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {requester.data.requestText}
                    </Text>
                  )}
                </Card>
              )}
            </Card>
            <Card withBorder>
              <Title order={2} size="h4" mb="xs">
                {t('request.deadlines')}
              </Title>
              <Table>
                <Table.Caption>
                  {t('request.rules', {
                    key:
                      r.deadlines.candidates.find((c) => c.ruleSetKey === r.deadlines.ruleSetKey)?.name ??
                      r.deadlines.ruleSetKey ??
                      '—',
                  })}
                </Table.Caption>
                <Table.Tbody>
                  {DEADLINE_KEYS.filter((k) => r.deadlines[k]).map((k) => (
                    <Table.Tr key={k}>
                      <Table.Th scope="row">{t(`deadline.${k}`)}</Table.Th>
                      <Table.Td data-testid={`deadline-${k}`}>{day(r.deadlines[k])}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Card>
          </SimpleGrid>
          <DeadlineComparison d={r.deadlines} />
          {r.can.act && today && (
            <Card withBorder>
              <Title order={2} size="h4" mb="xs">
                {t('actions.title')}
              </Title>
              <RequestActions request={r} today={today} />
            </Card>
          )}
          {r.can.track && (
            <Card withBorder>
              <Stack>
                <ClassificationForm key={`c-${r.version}`} request={r} />
                <AppealForm key={`a-${r.appeals.length}`} request={r} />
              </Stack>
            </Card>
          )}
          {r.appeals.length > 0 && (
            <section aria-labelledby="appeals-h">
              <Title order={2} size="h4" id="appeals-h">
                {t('request.appeals')}
              </Title>
              <List>
                {r.appeals.map((a) => (
                  <List.Item key={a.id}>
                    {a.appealFolio}: {day(a.filedOn)}
                    {a.outcome ? ` — ${t(`appealOutcome.${a.outcome}`)} (${day(a.resolvedOn)})` : ''}
                    {r.can.resolveAppeal && <AppealOutcomeForm key={a.version} request={r} appeal={a} />}
                  </List.Item>
                ))}
              </List>
            </section>
          )}
          <section aria-labelledby="timeline-h">
            <Title order={2} size="h4" id="timeline-h" mb="xs">
              {t('request.timeline')}
            </Title>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('actions.on')}</Table.Th>
                  <Table.Th scope="col">{t('actions.action')}</Table.Th>
                  <Table.Th scope="col">{t('actions.note')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.events.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>{day(e.on)}</Table.Td>
                    <Table.Td>{t(`action.${e.action}`, { defaultValue: e.action })}</Table.Td>
                    <Table.Td>{e.note ?? ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </section>
        </>
      )}
    </Stack>
  );
}
