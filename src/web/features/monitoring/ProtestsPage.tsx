// Protest monitoring (Base MPI CDMX, seed 001 §1.5): mobilisations with the base's activations before,
// during and after each one, and the forms to register both (monitoring staff only).
import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { policies } from '../../../common/features';
import { formatDate } from '../../../common/date-format';
import { hasAnyRole, useMe } from '../../auth/session';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ActivationsTable } from './ActivationsTable';
import { ActivationForm, MobilizationForm } from './ProtestForms';
import { fetchProtests, PROTESTS_KEY } from './protests';
import { placeLabel } from './shared';

export function ProtestsPage() {
  const { t, i18n } = useTranslation();
  const me = useMe().data;
  const canWrite = !!me && hasAnyRole(me.user.roles, policies['monitoring.write']);
  const q = useQuery({ queryKey: PROTESTS_KEY, queryFn: fetchProtests });
  const mobilizations = q.data?.mobilizations ?? [];
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('monitoring:protests.title')}
      </Title>
      <Text c="dimmed">{t('monitoring:protests.intro')}</Text>
      {canWrite && (
        <Group grow align="flex-start">
          <Card withBorder>
            <MobilizationForm />
          </Card>
          <Card withBorder>
            <ActivationForm mobilizations={mobilizations} />
          </Card>
        </Group>
      )}
      <ErrorAlert error={q.error} />
      {q.isPending && <Text>{t('monitoring:loading')}</Text>}
      {q.data && (
        <>
          <Title order={2} size="h3">
            {t('monitoring:protests.listTitle', { count: mobilizations.length })}
          </Title>
          {mobilizations.map((m) => {
            const heading = `${formatDate(m.on, i18n.language)} · ${m.cause}`;
            return (
              <section key={m.id} aria-label={heading}>
                <Title order={3} size="h4">
                  {heading}
                </Title>
                <Text size="sm" mb="xs">
                  {t('monitoring:protests.alcaldias')}:{' '}
                  {m.alcaldias.length > 0 ? m.alcaldias.map((a) => placeLabel(a, t)).join(', ') : '—'}
                </Text>
                <ActivationsTable
                  caption={t('monitoring:protests.activationsOf', { heading })}
                  activations={m.activations}
                />
              </section>
            );
          })}
          {q.data.unlinked.length > 0 && (
            <section aria-label={t('monitoring:protests.unlinked')}>
              <Title order={3} size="h4">
                {t('monitoring:protests.unlinked')}
              </Title>
              <ActivationsTable caption={t('monitoring:protests.unlinked')} activations={q.data.unlinked} />
            </section>
          )}
        </>
      )}
    </Stack>
  );
}
