// TOTP enrolment: QR code (and the secret as text for people who cannot scan), a code to prove
// the app works, then the one-time recovery codes, shown once.
import { Alert, Button, Code, Group, Image, List, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api';
import { ErrorAlert } from '../ui/ErrorAlert';
import { AuthCard } from './AuthCard';
import { useRefreshMe } from './session';
import { SignOutButton } from './SignOutButton';
import type { EnrolmentConfirmResponse, EnrolmentStartResponse } from './types';

export function TotpEnrolPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const refreshMe = useRefreshMe();
  const [code, setCode] = useState('');

  // A query (not an effect) so React's double mount in development does not start twice.
  const start = useQuery({
    queryKey: ['auth', 'totp', 'enrolment'],
    queryFn: () => api.post<EnrolmentStartResponse>('/api/auth/totp/enrol/start'),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
  });
  const confirm = useMutation({
    mutationFn: () =>
      api.post<EnrolmentConfirmResponse>('/api/auth/totp/enrol/confirm', { code: code.replace(/\s/g, '') }),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    confirm.mutate();
  };
  const finish = async () => {
    await refreshMe();
    navigate('/', { replace: true });
  };

  if (confirm.data) {
    return (
      <AuthCard title={t('auth:enrol.recoveryTitle')} width={520}>
        <Stack>
          <Alert color="yellow" role="status">
            {t('auth:enrol.recoveryWarning')}
          </Alert>
          <List spacing={4} aria-label={t('auth:enrol.recoveryTitle')} data-testid="recovery-codes">
            {confirm.data.recoveryCodes.map((c) => (
              <List.Item key={c}>
                <Code fz="md">{c}</Code>
              </List.Item>
            ))}
          </List>
          <Button onClick={() => void finish()} autoFocus>
            {t('auth:enrol.recoverySaved')}
          </Button>
        </Stack>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('auth:enrol.title')} width={520}>
      <Stack>
        <Text size="sm">{t('auth:enrol.intro')}</Text>
        {start.isPending && <Loader aria-label={t('common:loading')} />}
        <ErrorAlert error={start.error} />
        {start.data && (
          <>
            <Group justify="center">
              <Image src={start.data.qrDataUrl} alt={t('auth:enrol.qrAlt')} w={200} h={200} />
            </Group>
            <Text size="sm">{t('auth:enrol.manual')}</Text>
            <Code block fz="md" data-testid="totp-secret" aria-label={t('auth:enrol.secretLabel')}>
              {start.data.secret}
            </Code>
            <form onSubmit={submit} noValidate>
              <Stack>
                <ErrorAlert error={confirm.error} />
                <TextInput
                  label={t('auth:totp.code')}
                  description={t('auth:enrol.codeHelp')}
                  name="code"
                  autoComplete="one-time-code"
                  inputMode="numeric"
                  required
                  value={code}
                  onChange={(e) => setCode(e.currentTarget.value)}
                />
                <Button type="submit" loading={confirm.isPending} disabled={!code.trim()}>
                  {t('auth:enrol.confirm')}
                </Button>
              </Stack>
            </form>
          </>
        )}
        <SignOutButton variant="subtle" />
      </Stack>
    </AuthCard>
  );
}
