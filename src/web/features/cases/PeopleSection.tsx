// Beneficiaries, risk assessments and follow-ups of a case. Without identity access the server
// sends no beneficiaries and no narratives; the page says so instead of showing empty tables.
import { Button, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../ui/Tag';
import type { Beneficiary, CasePageData } from './types';
import { TableHead } from '../../ui/TableHead';
import { formatDate } from '../../ui/format';

interface Props {
  data: CasePageData;
  canWrite: boolean;
  onAddBeneficiary: () => void;
  onEditBeneficiary: (b: Beneficiary) => void;
  onDeleteBeneficiary: (b: Beneficiary) => void;
  onAddAssessment: () => void;
  onEditAssessment: (a: CasePageData['assessments'][number]) => void;
  onEditFollowUp: (f: CasePageData['followUps'][number]) => void;
  onDeleteFollowUp: (id: string) => void;
  onAddFollowUp: () => void;
}

export function PeopleSection({
  data,
  canWrite,
  onAddBeneficiary,
  onEditBeneficiary,
  onDeleteBeneficiary,
  onAddAssessment,
  onEditAssessment,
  onEditFollowUp,
  onDeleteFollowUp,
  onAddFollowUp,
}: Props) {
  const { t } = useTranslation();
  return (
    <>
      <section aria-labelledby="case-beneficiaries">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h3" id="case-beneficiaries">
            {t('cases:beneficiary.title')}
          </Title>
          {canWrite && (
            <Button size="xs" onClick={onAddBeneficiary}>
              {t('cases:beneficiary.add')}
            </Button>
          )}
        </Group>
        {data.beneficiaries === null ? (
          <Text c="dimmed" size="sm">
            {t('cases:beneficiary.hidden')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={700}>
            <Table striped>
              <Table.Caption>{t('cases:beneficiary.caption', { count: data.beneficiaries.length })}</Table.Caption>
              <TableHead
                labels={[
                  t('cases:beneficiary.name'),
                  t('cases:beneficiary.relation'),
                  t('cases:beneficiary.organisation'),
                  t('cases:beneficiary.contact'),
                  canWrite && t('cases:beneficiary.manage'),
                ]}
              />
              <Table.Tbody>
                {data.beneficiaries.map((b) => (
                  <Table.Tr key={b.id}>
                    <Table.Td>
                      {b.name}
                      {b.aliases ? ` (${b.aliases})` : ''}
                    </Table.Td>
                    <Table.Td>{t(`cases:relation.${b.relation}`)}</Table.Td>
                    <Table.Td>{b.organisation ?? '—'}</Table.Td>
                    <Table.Td>{b.contact ?? '—'}</Table.Td>
                    {canWrite && (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => onEditBeneficiary(b)}
                            aria-label={t('cases:beneficiary.editFor', { name: b.name })}
                          >
                            {t('cases:beneficiary.edit')}
                          </Button>
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            onClick={() => onDeleteBeneficiary(b)}
                            aria-label={t('cases:beneficiary.deleteFor', { name: b.name })}
                          >
                            {t('cases:beneficiary.delete')}
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </section>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <section aria-labelledby="case-assessments">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h3" id="case-assessments">
              {t('cases:assessment.title')}
            </Title>
            {canWrite && (
              <Button size="xs" onClick={onAddAssessment}>
                {t('cases:assessment.add')}
              </Button>
            )}
          </Group>
          <Stack gap="xs">
            {data.assessments.length === 0 && (
              <Text c="dimmed" size="sm">
                {t('cases:assessment.none')}
              </Text>
            )}
            {data.assessments.map((a) => (
              <Stack key={a.id} gap={2}>
                <Group gap={6}>
                  <Text size="sm" ff="monospace">
                    {formatDate(a.assessedOn)}
                  </Text>
                  {a.authorName && (
                    <Text size="xs" c="dimmed">
                      {a.authorName}
                    </Text>
                  )}
                  <Tag color={a.level === 'high' || a.level === 'extreme' ? 'red' : 'orange'}>
                    {t(`cases:riskLevel.${a.level}`)}
                  </Tag>
                  {canWrite && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => onEditAssessment(a)}
                      aria-label={t('cases:assessment.editFor', { date: a.assessedOn })}
                    >
                      {t('cases:assessment.edit')}
                    </Button>
                  )}
                </Group>
                {a.factors.length > 0 && (
                  <Text size="xs" c="dimmed">
                    {a.factors.map((f) => t(`cases:riskFactor.${f}`)).join(' · ')}
                  </Text>
                )}
                {a.narrative && <Text size="sm">{a.narrative}</Text>}
              </Stack>
            ))}
          </Stack>
        </section>
        <section aria-labelledby="case-follow-ups">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h3" id="case-follow-ups">
              {t('cases:followUp.title')}
            </Title>
            {canWrite && (
              <Button size="xs" onClick={onAddFollowUp}>
                {t('cases:followUp.add')}
              </Button>
            )}
          </Group>
          <Stack gap="xs">
            {data.followUps.length === 0 && (
              <Text c="dimmed" size="sm">
                {t('cases:followUp.none')}
              </Text>
            )}
            {data.followUps.map((f) => (
              <Text key={f.id} size="sm">
                <Text span ff="monospace">
                  {f.on}
                </Text>{' '}
                · {f.kind ? t(`cases:followUpKind.${f.kind}`) : ''}
                {f.note ? ` — ${f.note}` : ''}
                {canWrite && (
                  <>
                    <Button
                      ml="xs"
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => onEditFollowUp(f)}
                      aria-label={t('cases:followUp.editFor', { date: f.on })}
                    >
                      {t('cases:followUp.edit')}
                    </Button>
                    <Button
                      ml="xs"
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={() => onDeleteFollowUp(f.id)}
                      aria-label={t('cases:followUp.deleteFor', { date: f.on })}
                    >
                      {t('cases:followUp.delete')}
                    </Button>
                  </>
                )}
              </Text>
            ))}
          </Stack>
        </section>
      </SimpleGrid>
    </>
  );
}
