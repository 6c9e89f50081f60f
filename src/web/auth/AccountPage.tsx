// The person's own account: change password (required after an admin reset) and sign out everywhere.
import { Alert, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { useMe, useRefreshMe } from './session';
import { useSignOut } from './SignOutButton';
import { ErrorAlert } from '../ui/ErrorAlert';

export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const refreshMe = useRefreshMe();
  const signOutEverywhere = useSignOut(true);
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const mismatch = repeat !== '' && repeat !== newPassword;

  const change = useMutation({
    mutationFn: () => api.post('/api/auth/password', { currentPassword, newPassword }),
    onSuccess: async () => {
      setCurrent('');
      setNew('');
      setRepeat('');
      notifications.show({ color: 'teal', message: t('auth:account.passwordChanged') });
      await refreshMe();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!mismatch) change.mutate();
  };

  return (
    <Stack maw={520}>
      <Title order={1} size="h2">
        {t('auth:account.title')}
      </Title>
      <Text c="dimmed">{me?.user.username}</Text>
      <Paper withBorder p="lg" component="section" aria-labelledby="password-heading">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={2} size="h4" id="password-heading">
              {t('auth:account.changePassword')}
            </Title>
            {me?.mustChangePassword && <Alert color="yellow">{t('auth:account.mustChange')}</Alert>}
            <ErrorAlert error={change.error} />
            <PasswordInput
              label={t('auth:account.currentPassword')}
              autoComplete="current-password"
              required
              value={currentPassword}
              onChange={(e) => setCurrent(e.currentTarget.value)}
            />
            <PasswordInput
              label={t('auth:account.newPassword')}
              description={t('auth:passwordPolicy')}
              autoComplete="new-password"
              required
              value={newPassword}
              onChange={(e) => setNew(e.currentTarget.value)}
            />
            <PasswordInput
              label={t('auth:account.repeatPassword')}
              autoComplete="new-password"
              required
              value={repeat}
              onChange={(e) => setRepeat(e.currentTarget.value)}
              error={mismatch ? t('auth:account.mismatch') : undefined}
            />
            <Button type="submit" loading={change.isPending} disabled={!currentPassword || !newPassword || mismatch}>
              {t('auth:account.save')}
            </Button>
          </Stack>
        </form>
      </Paper>
      {/* Until the new password is chosen the server refuses everything else; changing it ends the other sessions anyway. */}
      {!me?.mustChangePassword && (
        <Paper withBorder p="lg" component="section" aria-labelledby="sessions-heading">
          <Stack align="flex-start">
            <Title order={2} size="h4" id="sessions-heading">
              {t('auth:account.sessions')}
            </Title>
            <Text size="sm">{t('auth:account.sessionsHelp')}</Text>
            <Button
              color="red"
              variant="light"
              loading={signOutEverywhere.isPending}
              onClick={() => signOutEverywhere.mutate()}
            >
              {t('auth:signOutEverywhere')}
            </Button>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
