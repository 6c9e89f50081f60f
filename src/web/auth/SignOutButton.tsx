import { Button, type ButtonProps } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, setCsrfToken } from '../api';
import { ME_QUERY_KEY } from './session';

/** Signs out this session, or every session of the person when `everywhere` is set. */
export function useSignOut(everywhere = false) {
  const client = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api.post(everywhere ? '/api/auth/sign-out-everywhere' : '/api/auth/sign-out'),
    onSettled: () => {
      // Whatever the server answered, forget everything this tab knew about the person.
      setCsrfToken(null);
      client.clear();
      client.setQueryData(ME_QUERY_KEY, null);
      navigate('/sign-in', { replace: true });
    },
  });
}

export function SignOutButton(props: ButtonProps) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <Button {...props} loading={signOut.isPending} onClick={() => signOut.mutate()}>
      {t('auth:signOut')}
    </Button>
  );
}
