// Routes: public sign-in, the 2FA steps, and every registered feature inside the signed-in layout.
import { Button, Loader, Stack, Text, Title } from '@mantine/core';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { AuthGate, StageGate } from './auth/AuthGate';
import { hasAnyRole, useMe } from './auth/session';
import { SignInPage } from './auth/SignInPage';
import { TotpEnrolPage } from './auth/TotpEnrolPage';
import { TotpVerifyPage } from './auth/TotpVerifyPage';
import { type Role, webFeatures } from './features';
import { Layout } from './ui/Layout';

function Message({ titleKey, bodyKey }: { titleKey: string; bodyKey: string }) {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start">
      <Title order={1} size="h2">
        {t(titleKey)}
      </Title>
      <Text>{t(bodyKey)}</Text>
      <Button component={Link} to="/" variant="light">
        {t('common:backHome')}
      </Button>
    </Stack>
  );
}

/** The server refuses the data anyway; this only spares the person a page full of errors. */
function RoleGate({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const me = useMe().data;
  if (!me || !hasAnyRole(me.user.roles, roles)) {
    return <Message titleKey="common:forbidden.title" bodyKey="common:forbidden.body" />;
  }
  return <>{children}</>;
}

export function AppRoutes() {
  const { t } = useTranslation();
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route
        path="/2fa"
        element={
          <StageGate stage="totp_required">
            <TotpVerifyPage />
          </StageGate>
        }
      />
      <Route
        path="/2fa/enrol"
        element={
          <StageGate stage="enrolment_required">
            <TotpEnrolPage />
          </StageGate>
        }
      />
      <Route
        element={
          <AuthGate>
            <Layout />
          </AuthGate>
        }
      >
        {webFeatures.map((f) => (
          <Route
            key={f.path}
            path={f.path}
            element={
              <RoleGate roles={f.roles}>
                <Suspense fallback={<Loader aria-label={t('common:loading')} />}>
                  <f.component />
                </Suspense>
              </RoleGate>
            }
          />
        ))}
        <Route path="*" element={<Message titleKey="common:notFound.title" bodyKey="common:notFound.body" />} />
      </Route>
    </Routes>
  );
}
