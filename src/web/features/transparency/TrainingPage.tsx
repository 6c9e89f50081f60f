// Staff training: "100% capacitados" coverage of a year, staff, courses and completions.
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { formatDay, SubNav, useTransparencyCan } from './shared';
import { ErrorAlert } from '../../ui/ErrorAlert';
import type { TrainingData } from './types';

export function TrainingPage() {
  const { t, i18n } = useTranslation('transparency');
  const canWrite = useTransparencyCan().write;
  const qc = useQueryClient();
  const [year, setYear] = useState(new Date().getFullYear());
  const data = useQuery({
    queryKey: ['transparency', 'training', year],
    queryFn: () => api.get<TrainingData>('/api/transparency/training', { year }),
  });
  const done = () => qc.invalidateQueries({ queryKey: ['transparency', 'training'] });
  const [staff, setStaff] = useState({ name: '', area: '', position: '', committeeMember: false });
  const [course, setCourse] = useState({ title: '', kind: 'introductory', required: true });
  const [record, setRecord] = useState({ staffId: '', courseId: '', completedOn: '', certificateRef: '' });
  const addStaff = useMutation({
    mutationFn: () => api.post('/api/transparency/training/staff', staff),
    onSuccess: async () => {
      setStaff({ name: '', area: '', position: '', committeeMember: false });
      await done();
    },
  });
  const addCourse = useMutation({
    mutationFn: () => api.post('/api/transparency/training/courses', course),
    onSuccess: done,
  });
  const addRecord = useMutation({
    mutationFn: () =>
      api.post('/api/transparency/training/records', { ...record, certificateRef: record.certificateRef || null }),
    onSuccess: done,
  });
  const on = (m: { mutate: () => void }) => (e: FormEvent) => {
    e.preventDefault();
    m.mutate();
  };
  const d = data.data;
  const nameOf = (id: string) => d?.staff.find((s) => s.id === id)?.name ?? id;
  const titleOf = (id: string) => d?.courses.find((c) => c.id === id)?.title ?? id;
  return (
    <Stack>
      <SubNav />
      <Title order={1} size="h2">
        {t('training.title')}
      </Title>
      <NumberInput
        label={t('calendar.year')}
        w={140}
        min={2000}
        max={2100}
        value={year}
        onChange={(v) => setYear(Number(v) || year)}
      />
      <ErrorAlert error={data.error ?? addStaff.error ?? addCourse.error ?? addRecord.error} />
      {d && (
        <Card withBorder>
          <Group justify="space-between">
            <Text fw={700}>
              {t('training.coverage', {
                trained: d.coverage.trained,
                staff: d.coverage.staff,
                percent: d.coverage.percent ?? 0,
              })}
            </Text>
            {d.coverage.fullyTrained && <Badge color="green">{t('training.full')}</Badge>}
          </Group>
          <Progress value={d.coverage.percent ?? 0} mt="xs" aria-label={t('training.progress')} />
          <Text size="sm" c="dimmed" mt="xs">
            {t('training.committee', { done: d.coverage.committeeWithSpecialised, total: d.coverage.committeeMembers })}
          </Text>
          {d.coverage.missing.length > 0 && (
            <Text size="sm" mt="xs">
              {t('training.missing')}: {d.coverage.missing.map(nameOf).join(', ')}
            </Text>
          )}
        </Card>
      )}
      <Table striped>
        <Table.Caption>{t('training.records', { year })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {['person', 'course', 'completedOn', 'certificate'].map((k) => (
              <Table.Th key={k} scope="col">
                {t(`training.col.${k}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {d?.trainings.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{nameOf(r.staffId)}</Table.Td>
              <Table.Td>{titleOf(r.courseId)}</Table.Td>
              <Table.Td>{formatDay(r.completedOn, i18n.language)}</Table.Td>
              <Table.Td>{r.certificateRef ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {canWrite && d && (
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <form onSubmit={on(addRecord)} aria-label={t('training.addRecord')}>
            <Stack gap="xs">
              <Title order={2} size="h5">
                {t('training.addRecord')}
              </Title>
              <Select
                label={t('training.col.person')}
                required
                value={record.staffId || null}
                onChange={(v) => setRecord({ ...record, staffId: v ?? '' })}
                data={d.staff.filter((s) => s.active).map((s) => ({ value: s.id, label: s.name }))}
              />
              <Select
                label={t('training.col.course')}
                required
                value={record.courseId || null}
                onChange={(v) => setRecord({ ...record, courseId: v ?? '' })}
                data={d.courses.map((c) => ({ value: c.id, label: c.title }))}
              />
              <TextInput
                type="date"
                label={t('training.col.completedOn')}
                required
                value={record.completedOn}
                onChange={(e) => setRecord({ ...record, completedOn: e.currentTarget.value })}
              />
              <TextInput
                label={t('training.col.certificate')}
                value={record.certificateRef}
                onChange={(e) => setRecord({ ...record, certificateRef: e.currentTarget.value })}
              />
              <Button type="submit" loading={addRecord.isPending}>
                {t('common:save')}
              </Button>
            </Stack>
          </form>
          <form onSubmit={on(addStaff)} aria-label={t('training.addStaff')}>
            <Stack gap="xs">
              <Title order={2} size="h5">
                {t('training.addStaff')}
              </Title>
              <TextInput
                label={t('training.name')}
                required
                value={staff.name}
                onChange={(e) => setStaff({ ...staff, name: e.currentTarget.value })}
              />
              <TextInput
                label={t('training.area')}
                required
                value={staff.area}
                onChange={(e) => setStaff({ ...staff, area: e.currentTarget.value })}
              />
              <TextInput
                label={t('training.position')}
                value={staff.position}
                onChange={(e) => setStaff({ ...staff, position: e.currentTarget.value })}
              />
              <Checkbox
                label={t('training.committeeMember')}
                checked={staff.committeeMember}
                onChange={(e) => setStaff({ ...staff, committeeMember: e.currentTarget.checked })}
              />
              <Button type="submit" loading={addStaff.isPending}>
                {t('common:save')}
              </Button>
            </Stack>
          </form>
          <form onSubmit={on(addCourse)} aria-label={t('training.addCourse')}>
            <Stack gap="xs">
              <Title order={2} size="h5">
                {t('training.addCourse')}
              </Title>
              <TextInput
                label={t('training.courseTitle')}
                required
                value={course.title}
                onChange={(e) => setCourse({ ...course, title: e.currentTarget.value })}
              />
              <Select
                label={t('training.kind')}
                value={course.kind}
                allowDeselect={false}
                onChange={(v) => setCourse({ ...course, kind: v ?? 'introductory' })}
                data={['introductory', 'specialised'].map((v) => ({ value: v, label: t(`courseKind.${v}`) }))}
              />
              <Checkbox
                label={t('training.required')}
                checked={course.required}
                onChange={(e) => setCourse({ ...course, required: e.currentTarget.checked })}
              />
              <Button type="submit" loading={addCourse.isPending}>
                {t('common:save')}
              </Button>
            </Stack>
          </form>
        </SimpleGrid>
      )}
    </Stack>
  );
}
