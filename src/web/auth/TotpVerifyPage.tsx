// Second step of sign-in: a 6-digit code from the authenticator app, or a one-time recovery code.
import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api';
import { ErrorAlert } from '../ui/ErrorAlert';
import { AuthCard } from './AuthCard';
import { useRefreshMe } from './session';
import { SignOutButton } from './SignOutButton';

export function TotpVerifyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const refreshMe = useRefreshMe();
  const [useRecovery, setUseRecovery] = useState(false);
  const [value, setValue] = useState('');

  const verify = useMutation({
    mutationFn: () =>
      api.post(
        '/api/auth/totp/verify',
        useRecovery ? { recoveryCode: value.trim() } : { code: value.replace(/\s/g, '') },
      ),
    onSuccess: async () => {
      await refreshMe();
      navigate('/', { replace: true });
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    verify.mutate();
  };

  return (
    <AuthCard title={t('auth:totp.verifyTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{useRecovery ? t('auth:totp.recoveryHelp') : t('auth:totp.verifyHelp')}</Text>
          <ErrorAlert error={verify.error} />
          <TextInput
            key={useRecovery ? 'recovery' : 'code'}
            label={useRecovery ? t('auth:totp.recoveryCode') : t('auth:totp.code')}
            name={useRecovery ? 'recoveryCode' : 'code'}
            autoComplete="one-time-code"
            inputMode={useRecovery ? 'text' : 'numeric'}
            autoFocus
            required
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
          />
          <Button type="submit" loading={verify.isPending} disabled={!value.trim()}>
            {t('auth:totp.verify')}
          </Button>
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => {
              setUseRecovery(!useRecovery);
              setValue('');
              verify.reset();
            }}
          >
            {useRecovery ? t('auth:totp.useApp') : t('auth:totp.useRecovery')}
          </Anchor>
          <SignOutButton variant="subtle" />
        </Stack>
      </form>
    </AuthCard>
  );
}
