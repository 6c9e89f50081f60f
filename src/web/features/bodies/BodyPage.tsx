// One body: what it is, its sessions of a year (calendar), members and agreements; the
// secretariat schedules sessions here.
import { Anchor, Badge, Button, Group, NumberInput, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api';
import { type BodyPageData, formatDay, type Saved } from './shared';
import { ErrorAlert } from '../../ui/ErrorAlert';

const ROLES = [
  'presidencia',
  'secretaria_tecnica',
  'vocal',
  'invitado_permanente',
  'persona_consejera',
  'suplente',
  'integrante',
] as const;

export function BodyPage() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation('bodies');
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [year, setYear] = useState(new Date().getFullYear());
  const [type, setType] = useState<string>('ordinary');
  const [plannedOn, setPlannedOn] = useState('');
  const data = useQuery({
    queryKey: ['bodies', code, year],
    queryFn: () => api.get<BodyPageData>(`/api/bodies/${code}`, { year }),
  });
  const create = useMutation({
    mutationFn: () => api.post<Saved>(`/api/bodies/${code}/sessions`, { type, plannedOn }),
    onSuccess: async (res) => {
      await qc.invalidateQueries({ queryKey: ['bodies'] });
      void navigate(`/bodies/sessions/${res.id}`);
    },
  });
  const [member, setMember] = useState({ name: '', role: 'vocal', fromOn: '', contact: '' });
  const addMember = useMutation({
    mutationFn: () =>
      api.post(`/api/bodies/${code}/members`, {
        name: member.name,
        role: member.role,
        fromOn: member.fromOn,
        contact: member.contact || null,
      }),
    onSuccess: async () => {
      setMember({ name: '', role: 'vocal', fromOn: '', contact: '' });
      await qc.invalidateQueries({ queryKey: ['bodies'] });
    },
  });
  const submitMember = (e: FormEvent) => {
    e.preventDefault();
    addMember.mutate();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const b = data.data;
  const day = (d: string | null) => formatDay(d, i18n.language);
  return (
    <Stack>
      <Anchor component={Link} to="/bodies">
        {t('back')}
      </Anchor>
      <ErrorAlert error={data.error} />
      {b && (
        <>
          <Title order={1}>{b.name}</Title>
          <Text size="sm">
            {t('body.presiding')}: {b.presidingRole}. {t('body.legalBasis')}: {b.legalBasis}.
            {b.confidentialityAgreement ? ` ${t('body.confidentiality')}` : ''}
          </Text>
          <Group align="end">
            <NumberInput
              label={t('body.year')}
              value={year}
              min={2000}
              max={2100}
              onChange={(v) => setYear(Number(v) || year)}
              w={120}
            />
          </Group>
          <Title order={2}>{t('body.sessions')}</Title>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('session.number')}</Table.Th>
                <Table.Th>{t('session.type')}</Table.Th>
                <Table.Th>{t('session.planned')}</Table.Th>
                <Table.Th>{t('session.held')}</Table.Th>
                <Table.Th>{t('session.status')}</Table.Th>
                <Table.Th>{t('session.items')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {b.sessions.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/bodies/sessions/${s.id}`}>
                      {s.ordinalWord}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`type.${s.type}`)}</Table.Td>
                  <Table.Td>{day(s.plannedOn)}</Table.Td>
                  <Table.Td>{day(s.heldOn)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light">{t(`status.${s.status}`)}</Badge>
                  </Table.Td>
                  <Table.Td>{s.agendaItems}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {b.canWrite && (
            <form onSubmit={submit} aria-label={t('body.schedule')}>
              <Group align="end">
                <Select
                  label={t('session.type')}
                  data={[
                    { value: 'ordinary', label: t('type.ordinary') },
                    { value: 'extraordinary', label: t('type.extraordinary') },
                  ]}
                  value={type}
                  onChange={(v) => setType(v ?? 'ordinary')}
                  allowDeselect={false}
                />
                <TextInput
                  type="date"
                  label={t('session.planned')}
                  value={plannedOn}
                  onChange={(e) => setPlannedOn(e.currentTarget.value)}
                  required
                />
                <Button type="submit" loading={create.isPending}>
                  {t('body.schedule')}
                </Button>
              </Group>
              <ErrorAlert error={create.error} />
            </form>
          )}
          <Title order={2}>{t('body.members')}</Title>
          <Table withTableBorder>
            <Table.Tbody>
              {b.members.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{m.name}</Table.Td>
                  <Table.Td>{t(`role.${m.role}`)}</Table.Td>
                  <Table.Td>{m.post ?? ''}</Table.Td>
                  <Table.Td>
                    {day(m.fromOn)} – {m.toOn ? day(m.toOn) : t('body.current')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {b.canWrite && (
            <form onSubmit={submitMember} aria-label={t('body.addMember')}>
              <Group align="end">
                <TextInput
                  label={t('member.name')}
                  value={member.name}
                  onChange={(e) => setMember({ ...member, name: e.currentTarget.value })}
                  required
                />
                <Select
                  label={t('member.role')}
                  data={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
                  value={member.role}
                  onChange={(v) => setMember({ ...member, role: v ?? 'vocal' })}
                  allowDeselect={false}
                />
                <TextInput
                  type="date"
                  label={t('member.fromOn')}
                  value={member.fromOn}
                  onChange={(e) => setMember({ ...member, fromOn: e.currentTarget.value })}
                  required
                />
                <TextInput
                  label={t('member.contact')}
                  value={member.contact}
                  onChange={(e) => setMember({ ...member, contact: e.currentTarget.value })}
                />
                <Button type="submit" loading={addMember.isPending}>
                  {t('body.addMember')}
                </Button>
              </Group>
              <ErrorAlert error={addMember.error} />
            </form>
          )}
          <Title order={2}>{t('body.agreements')}</Title>
          {b.restrictedAgenda && b.agreements.length === 0 && <Text>{t('restricted')}</Text>}
          <Table withTableBorder>
            <Table.Tbody>
              {b.agreements.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{a.label}</Table.Td>
                  <Table.Td>{a.text}</Table.Td>
                  <Table.Td>{a.responsible ?? '—'}</Table.Td>
                  <Table.Td>{day(a.dueOn)}</Table.Td>
                  <Table.Td>
                    <Badge color={a.overdue ? 'red' : a.status === 'done' ? 'green' : 'gray'}>
                      {a.overdue ? t('agreement.overdue') : t(`agreementStatus.${a.status}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
