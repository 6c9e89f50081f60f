import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { api, setCsrfToken } from '../api';
import { ErrorAlert } from '../ui/ErrorAlert';
import { AuthCard } from './AuthCard';
import { FullPageLoader, STAGE_PATHS } from './AuthGate';
import { useMe, useRefreshMe } from './session';
import type { SignInResponse } from './types';

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const me = useMe();
  const refreshMe = useRefreshMe();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  const signIn = useMutation({
    mutationFn: () => api.post<SignInResponse>('/api/auth/sign-in', { username: username.trim(), password }),
    onSuccess: async (res) => {
      setCsrfToken(res.csrfToken);
      setPassword('');
      await refreshMe();
      navigate(res.stage === 'signed_in' ? from : STAGE_PATHS[res.stage], { replace: true });
    },
  });

  if (me.isPending) return <FullPageLoader />;
  if (me.data && !signIn.isPending) return <Navigate to={STAGE_PATHS[me.data.stage]} replace />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate();
  };

  return (
    <AuthCard title={t('auth:signIn.title')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={signIn.error} title={t('auth:signIn.failed')} />
          <TextInput
            label={t('auth:signIn.username')}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
            data-autofocus
            autoFocus
          />
          <PasswordInput
            label={t('auth:signIn.password')}
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Button type="submit" loading={signIn.isPending} disabled={!username || !password}>
            {t('auth:signIn.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
