// The centred card around sign-in and 2FA pages, with a skip link target like the main layout.
import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../ui/LanguageSwitch';

export function AuthCard({ title, children, width = 420 }: { title: string; children: ReactNode; width?: number }) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Stack w="100%" maw={width} gap="md">
        <Stack gap={2} align="center">
          <Text fw={700} size="xl" c="teal.8">
            {t('common:appName')}
          </Text>
          <Text size="sm" c="dimmed" ta="center">
            {t('common:appTagline')}
          </Text>
        </Stack>
        <Paper component="main" id="main-content" tabIndex={-1} withBorder shadow="sm" p="xl" radius="md">
          <Title order={1} size="h3" mb="md">
            {title}
          </Title>
          {children}
        </Paper>
        <Center>
          <LanguageSwitch />
        </Center>
      </Stack>
    </Center>
  );
}
