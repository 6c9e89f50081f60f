// Protection plan versions and their measures, with status, institution and council decisions.
import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Tag } from '../../ui/Tag';
import type { CasePageData, Measure } from './types';
import { TableHead } from '../../ui/TableHead';
import { formatDate } from '../../ui/format';

interface Props {
  data: CasePageData;
  canWrite: boolean;
  onAddPlan: () => void;
  onAddMeasure: () => void;
  onDecide: (m: Measure) => void;
  onEdit: (m: Measure) => void;
  onDeletePlan: (planId: string) => void;
}

export function MeasuresSection({ data, canWrite, onAddPlan, onAddMeasure, onDecide, onEdit, onDeletePlan }: Props) {
  const { t } = useTranslation();
  const planNumber = new Map(data.plans.map((p) => [p.id, p.number]));
  return (
    <section aria-labelledby="case-plan">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3" id="case-plan">
          {t('cases:plan.title')}
        </Title>
        {canWrite && (
          <Group>
            <Button size="xs" variant="default" component={Link} to={`/cases/actions?caseId=${data.case.id}`}>
              {t('cases:actions.open')}
            </Button>
            <Button size="xs" variant="light" onClick={onAddPlan}>
              {t('cases:plan.add')}
            </Button>
            <Button size="xs" onClick={onAddMeasure}>
              {t('cases:measure.add')}
            </Button>
          </Group>
        )}
      </Group>
      <Stack gap={4} mb="sm">
        {data.plans.length === 0 && (
          <Text c="dimmed" size="sm">
            {t('cases:plan.none')}
          </Text>
        )}
        {data.plans.map((p, i) => (
          <Text key={p.id} size="sm">
            <strong>{t('cases:plan.version', { number: p.number })}</strong> · {t('cases:plan.validFrom')}:{' '}
            {p.validFrom}
            {i === 0 && (
              <>
                {' '}
                ·{' '}
                <Tag color="violet" variant="light">
                  {t('cases:plan.current')}
                </Tag>
              </>
            )}
            {i === 0 && canWrite && (
              <Button
                ml="xs"
                size="compact-xs"
                variant="subtle"
                color="red"
                onClick={() => onDeletePlan(p.id)}
                aria-label={t('cases:plan.deleteFor', { number: p.number })}
              >
                {t('cases:delete')}
              </Button>
            )}
            {p.summary && <> — {p.summary}</>}
          </Text>
        ))}
      </Stack>
      <Table.ScrollContainer minWidth={760}>
        <Table striped>
          <Table.Caption>{t('cases:measure.caption', { count: data.measures.length })}</Table.Caption>
          <TableHead
            labels={[
              t('cases:measure.code'),
              t('cases:measure.name'),
              t('cases:measure.type'),
              t('cases:measure.status'),
              t('cases:measure.institution'),
              t('cases:measure.plan'),
              t('cases:measure.actions'),
              canWrite && t('cases:measure.manage'),
            ]}
          />
          <Table.Tbody>
            {data.measures.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {m.code}
                </Table.Td>
                <Table.Td>{m.name}</Table.Td>
                <Table.Td>{t(`cases:measureType.${m.type}`)}</Table.Td>
                <Table.Td>
                  <Tag variant="light">{t(`cases:measureStatus.${m.status}`)}</Tag>
                </Table.Td>
                <Table.Td>{m.responsibleInstitution ?? '—'}</Table.Td>
                <Table.Td>{m.planId ? (planNumber.get(m.planId) ?? '—') : '—'}</Table.Td>
                <Table.Td>{m.actions}</Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => onEdit(m)}
                        aria-label={t('cases:measure.editFor', { code: m.code })}
                      >
                        {t('cases:measure.edit')}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => onDecide(m)}
                        aria-label={t('cases:decision.addFor', { code: m.code })}
                      >
                        {t('cases:measure.decide')}
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {data.decisions.length > 0 && (
        <Stack gap={2} mt="xs">
          <Text size="sm" fw={600}>
            {t('cases:decision.title')}
          </Text>
          {data.decisions.map((d) => (
            <Text key={d.id} size="sm">
              {formatDate(d.decidedOn)} · {t(`cases:decisionKind.${d.decision}`)} ·{' '}
              {data.measures.find((m) => m.id === d.measureId)?.code} ·{' '}
              {d.sessionId ? (
                <Anchor component={Link} to={`/bodies/sessions/${d.sessionId}`} size="sm">
                  {d.sessionRef}
                </Anchor>
              ) : (
                d.sessionRef
              )}
              {d.note && <> — {d.note}</>}
            </Text>
          ))}
        </Stack>
      )}
    </section>
  );
}
