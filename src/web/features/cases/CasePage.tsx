// One case: classification and status, urgency of the extraordinary procedure, beneficiaries
// (only for assigned staff and leads), risk assessments, plan and measures, follow-ups, timeline.
import { Alert, Anchor, Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api';
import { Tag } from '../../ui/Tag';
import { CaseEditForm } from './CaseEditForm';
import { AssignmentsForm, MeasureEditForm } from './ManageForms';
import { MeasuresSection } from './MeasuresSection';
import { PeopleSection } from './PeopleSection';
import { DecisionForm, FollowUpForm, MeasureForm, PlanForm, StatusForm } from './PlanForms';
import { AssessmentForm, BeneficiaryForm } from './PeopleForms';
import { CASES_KEY, SaveError } from './shared';
import { Timeline } from './Timeline';
import type { Beneficiary, CasePageData, Measure } from './types';
import { useCaseWrite } from './useCaseWrite';
import { formatDate } from '../../ui/format';

type Dialog =
  | { kind: 'status' | 'edit' | 'beneficiary' | 'assessment' | 'plan' | 'measure' | 'followUp' }
  | { kind: 'editBeneficiary'; b: Beneficiary }
  | { kind: 'decision' | 'editMeasure'; m: Measure }
  | { kind: 'assign' }
  | { kind: 'editAssessment'; a: CasePageData['assessments'][number] }
  | { kind: 'editFollowUp'; f: CasePageData['followUps'][number] }
  | null;

export function CasePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const client = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const page = useQuery({
    queryKey: [...CASES_KEY, 'page', id],
    queryFn: () => api.get<CasePageData>(`/api/cases/${id}`),
  });
  const write = useCaseWrite(() => setDialog(null));
  const open = (d: Dialog) => {
    write.reset();
    setDialog(d);
  };
  const reload = () => {
    write.reset();
    setDialog(null);
    void client.invalidateQueries({ queryKey: CASES_KEY });
  };

  if (page.error)
    return (
      <Alert color="red" role="alert">
        {page.error.message}
      </Alert>
    );
  if (!page.data) return <Text>{t('common:loading')}</Text>;
  const data = page.data;
  const c = data.case;
  // What the person may do comes from the server (policies and assignment, in one place: caseCan).
  const can = data.can;
  const base = `/api/cases/${id}`;
  const form = { onClose: () => setDialog(null), pending: write.isPending, error: write.error, onReload: reload };
  const send = (method: 'post' | 'patch', path: string) => (body: unknown) => write.mutate({ method, path, body });
  const remove = (path: string) => window.confirm(t('cases:confirmDelete')) && write.mutate({ method: 'del', path });

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/cases" size="sm">
        {t('cases:page.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('cases:page.title', { folio: c.folio })}
          </Title>
          <Group gap={6}>
            <Tag color="teal">{t(`cases:status.${c.status}`)}</Tag>
            <Tag variant="light">
              {t(`cases:kind.${c.kind}`)}
              {c.procedure ? ` · ${t(`cases:procedure.${c.procedure}`)}` : ''}
            </Tag>
            <Tag variant="light">{t(`cases:profile.${c.profile}`)}</Tag>
            <Tag variant="light">{t(`cases:identity.${c.identity}`)}</Tag>
          </Group>
          <Text size="sm" c="dimmed">
            {t('cases:fields.openedOn')}: {formatDate(c.openedOn)}
            {c.closedOn &&
              ` · ${t('cases:fields.closedOn')}: ${formatDate(c.closedOn)} (${t(`cases:closingReason.${c.closingReason ?? 'other'}`)})`}
            {c.location && ` · ${t('cases:fields.location')}: ${c.location}`}
            {' · '}
            {t('cases:page.staff')}: {data.assignments.map((a) => a.displayName).join(', ') || '—'}
          </Text>
        </Stack>
        {(can.assign || can.edit || can.changeStatus) && (
          <Group>
            {can.assign && (
              <Button variant="default" onClick={() => open({ kind: 'assign' })}>
                {t('cases:assign.open')}
              </Button>
            )}
            {can.edit && (
              <Button variant="default" onClick={() => open({ kind: 'edit' })}>
                {t('cases:edit.open')}
              </Button>
            )}
            {can.changeStatus && (
              <Button onClick={() => open({ kind: 'status' })}>{t('cases:statusChange.open')}</Button>
            )}
          </Group>
        )}
      </Group>

      {data.urgency.applies && (
        <Alert
          color={data.urgency.missingUrgentMeasure ? 'red' : 'teal'}
          title={t('cases:urgency.title')}
          role={data.urgency.missingUrgentMeasure ? 'alert' : undefined}
        >
          <Text size="sm">{t('cases:urgency.hours', { hours: data.urgency.hoursSinceRequest ?? 0 })}</Text>
          {data.urgency.missingUrgentMeasure && (
            <Text size="sm" fw={600}>
              {t('cases:urgency.missing')}
            </Text>
          )}
          {data.urgency.issueOverdue && <Text size="sm">{t('cases:urgency.issueOverdue')}</Text>}
          {data.urgency.implementationOverdue && <Text size="sm">{t('cases:urgency.implementationOverdue')}</Text>}
        </Alert>
      )}
      {!data.access.identities && (
        <Alert color="gray" title={t('cases:page.restrictedTitle')}>
          {t('cases:page.restricted')}
        </Alert>
      )}

      <PeopleSection
        data={data}
        canWrite={can.editRecords}
        onAddBeneficiary={() => open({ kind: 'beneficiary' })}
        onEditBeneficiary={(b) => open({ kind: 'editBeneficiary', b })}
        onDeleteBeneficiary={(b) =>
          window.confirm(t('cases:beneficiary.confirmDelete', { name: b.name })) &&
          write.mutate({ method: 'del', path: `${base}/beneficiaries/${b.id}` })
        }
        onAddAssessment={() => open({ kind: 'assessment' })}
        onEditAssessment={(a) => open({ kind: 'editAssessment', a })}
        onEditFollowUp={(f) => open({ kind: 'editFollowUp', f })}
        onDeleteFollowUp={(fid) =>
          window.confirm(t('cases:followUp.confirmDelete')) &&
          write.mutate({ method: 'del', path: `${base}/follow-ups/${fid}` })
        }
        onAddFollowUp={() => open({ kind: 'followUp' })}
      />
      <Divider />
      <MeasuresSection
        data={data}
        canWrite={can.editRecords}
        onAddPlan={() => open({ kind: 'plan' })}
        onAddMeasure={() => open({ kind: 'measure' })}
        onDeletePlan={(pid) => remove(`${base}/plans/${pid}`)}
        onDecide={(m) => open({ kind: 'decision', m })}
        onEdit={(m) => open({ kind: 'editMeasure', m })}
      />
      {write.error && !dialog && <SaveError error={write.error} onReload={reload} />}
      <Divider />
      <Timeline events={data.timeline} />

      {dialog?.kind === 'status' && (
        <StatusForm
          {...form}
          next={data.access.nextStatuses}
          version={c.version}
          onSubmit={send('post', `${base}/status`)}
        />
      )}
      {dialog?.kind === 'edit' && <CaseEditForm {...form} data={c} onSubmit={send('patch', base)} />}
      {dialog?.kind === 'beneficiary' && <BeneficiaryForm {...form} onSubmit={send('post', `${base}/beneficiaries`)} />}
      {dialog?.kind === 'editBeneficiary' && (
        <BeneficiaryForm
          {...form}
          initial={dialog.b}
          onSubmit={send('patch', `${base}/beneficiaries/${dialog.b.id}`)}
        />
      )}
      {dialog?.kind === 'assessment' && <AssessmentForm {...form} onSubmit={send('post', `${base}/assessments`)} />}
      {dialog?.kind === 'editAssessment' && (
        <AssessmentForm
          {...form}
          initial={dialog.a}
          onSubmit={send('patch', `${base}/assessments/${dialog.a.id}`)}
          onDelete={() => remove(`${base}/assessments/${dialog.a.id}`)}
        />
      )}
      {dialog?.kind === 'plan' && <PlanForm {...form} onSubmit={send('post', `${base}/plans`)} />}
      {dialog?.kind === 'measure' && (
        <MeasureForm {...form} plans={data.plans} onSubmit={send('post', `${base}/measures`)} />
      )}
      {dialog?.kind === 'decision' && (
        <DecisionForm
          {...form}
          measureLabel={`${dialog.m.code} ${dialog.m.name}`}
          onSubmit={send('post', `/api/measures/${dialog.m.id}/decisions`)}
        />
      )}
      {dialog?.kind === 'editMeasure' && (
        <MeasureEditForm
          {...form}
          measure={dialog.m}
          plans={data.plans}
          onSubmit={send('patch', `/api/measures/${dialog.m.id}`)}
          onDelete={() => remove(`/api/measures/${dialog.m.id}`)}
        />
      )}
      {dialog?.kind === 'assign' && (
        <AssignmentsForm
          {...form}
          current={data.assignments.map((a) => a.userId)}
          onSubmit={(body) => write.mutate({ method: 'put', path: `${base}/assignments`, body })}
        />
      )}
      {dialog?.kind === 'followUp' && <FollowUpForm {...form} onSubmit={send('post', `${base}/follow-ups`)} />}
      {dialog?.kind === 'editFollowUp' && (
        <FollowUpForm {...form} initial={dialog.f} onSubmit={send('patch', `${base}/follow-ups/${dialog.f.id}`)} />
      )}
    </Stack>
  );
}
