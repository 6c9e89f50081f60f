// Guards the signed-in part of the app: nobody reaches it without a full session, and a person
// whose role needs TOTP is held on the 2FA pages until enrolled and verified. After an admin reset
// the password, the person is held on the account page until they choose a new one (the server
// answers 403 password_change_required everywhere else).
import { Button, Center, Loader, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useMe } from './session';
import type { AuthStage } from './types';

export const STAGE_PATHS: Record<AuthStage, string> = {
  signed_in: '/',
  totp_required: '/2fa',
  enrolment_required: '/2fa/enrol',
};

/** Where a person whose password was reset by an admin must go first. */
export const PASSWORD_CHANGE_PATH = '/account';

export function FullPageLoader() {
  const { t } = useTranslation();
  return (
    <Center h="100vh" role="status" aria-live="polite">
      <Loader aria-label={t('common:loading')} />
    </Center>
  );
}

/** The server could not say who is signed in (down, network): say so instead of a sign-in loop. */
function MeUnavailable({ error, retry }: { error: Error; retry: () => void }) {
  const { t } = useTranslation();
  return (
    <Center h="100vh" p="md">
      <Stack maw={420}>
        <ErrorAlert error={error} />
        <Button onClick={retry}>{t('common:retry')}</Button>
      </Stack>
    </Center>
  );
}

export function AuthGate({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <FullPageLoader />;
  if (me.isError) return <MeUnavailable error={me.error} retry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  if (me.data.stage !== 'signed_in') return <Navigate to={STAGE_PATHS[me.data.stage]} replace />;
  if (me.data.mustChangePassword && location.pathname !== PASSWORD_CHANGE_PATH)
    return <Navigate to={PASSWORD_CHANGE_PATH} replace />;
  return <>{children}</>;
}

/** For the 2FA pages: only a session at that stage may see them. */
export function StageGate({ stage, children }: { stage: AuthStage; children: ReactNode }) {
  const me = useMe();
  if (me.isPending) return <FullPageLoader />;
  if (me.isError) return <MeUnavailable error={me.error} retry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to="/sign-in" replace />;
  if (me.data.stage !== stage) return <Navigate to={STAGE_PATHS[me.data.stage]} replace />;
  return <>{children}</>;
}
