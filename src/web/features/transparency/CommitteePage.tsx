// Transparency Committee sessions of a year and the indicator of seed 000 §4. The sessions are the
// bodies module's (body comite_transparencia): they are scheduled, held and minuted there.
import { Anchor, Card, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api';
import { ErrorAlert, formatDay, SubNav } from './shared';

interface Session {
  id: string;
  kind: 'ordinary' | 'extraordinary';
  ordinal: number;
  scheduledOn: string | null;
  heldOn: string | null;
  topics: string;
  minutesRef: string | null;
  version: number;
}
interface CommitteeData {
  sessions: Session[];
  indicator: { year: number; programmed: number; held: number; extraordinaryHeld: number; percent: number | null };
}

export function CommitteePage() {
  const { t, i18n } = useTranslation('transparency');
  const [year, setYear] = useState(new Date().getFullYear());
  const data = useQuery({
    queryKey: ['transparency', 'committee', year],
    queryFn: () => api.get<CommitteeData>('/api/transparency/committee', { year }),
  });
  const day = (d: string | null) => formatDay(d, i18n.language);
  const ind = data.data?.indicator;
  return (
    <Stack>
      <SubNav />
      <Title order={1} size="h2">
        {t('committee.title')}
      </Title>
      <Text size="sm">{t('committee.bodiesNote')}</Text>
      <Anchor component={Link} to="/bodies/comite_transparencia">
        {t('committee.manage')}
      </Anchor>
      <NumberInput
        label={t('calendar.year')}
        w={140}
        min={2000}
        max={2100}
        value={year}
        onChange={(v) => setYear(Number(v) || year)}
      />
      <ErrorAlert error={data.error} />
      {ind && (
        <Card withBorder>
          <Text fw={700}>
            {ind.percent === null
              ? t('committee.noneProgrammed')
              : t('committee.indicator', { held: ind.held, programmed: ind.programmed, percent: ind.percent })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('committee.extraordinary', { n: ind.extraordinaryHeld })}
          </Text>
        </Card>
      )}
      <Table striped>
        <Table.Caption>{t('committee.caption', { year })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {['session', 'scheduledOn', 'heldOn', 'topics', 'minutes'].map((k) => (
              <Table.Th key={k} scope="col">
                {t(`committee.col.${k}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.data?.sessions.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <Anchor component={Link} to={`/bodies/sessions/${s.id}`}>
                  {t(`committee.name.${s.kind}`, { n: s.ordinal })}
                </Anchor>
              </Table.Td>
              <Table.Td>{day(s.scheduledOn)}</Table.Td>
              <Table.Td>{day(s.heldOn)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-line' }}>{s.topics}</Table.Td>
              <Table.Td>{s.minutesRef ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
