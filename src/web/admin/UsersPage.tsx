// User administration (admin only): list, create, change roles, disable/enable, reset password or 2FA.
import { Button, Group, Menu, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import type { Role } from '../roles';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatDateTime } from '../ui/format';
import { Tag } from '../ui/Tag';
import type { AdminUser } from './types';
import { CreateUserModal, type NewUser, ResetPasswordModal, RolesModal } from './UserForms';

const USERS_KEY = ['admin', 'users'] as const;
type Dialog = { kind: 'create' } | { kind: 'roles'; user: AdminUser } | { kind: 'password'; user: AdminUser } | null;

export function UsersPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const users = useQuery({ queryKey: USERS_KEY, queryFn: () => api.get<{ items: AdminUser[] }>('/api/admin/users') });

  // One mutation for every action: they all end the same way (refresh the list, say it worked).
  const action = useMutation({
    mutationFn: ({ path, body, method = 'post' }: { path: string; body?: unknown; method?: 'post' | 'put' }) =>
      api[method](path, body),
    onSuccess: async () => {
      setDialog(null);
      notifications.show({ color: 'teal', message: t('admin:users.saved') });
      await client.invalidateQueries({ queryKey: USERS_KEY });
    },
    onError: (err) => {
      if (!dialog) notifications.show({ color: 'red', message: err.message });
    },
  });
  const closeDialog = () => {
    setDialog(null);
    action.reset();
  };
  const run = (path: string, body?: unknown, method?: 'post' | 'put') => action.mutate({ path, body, method });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('admin:users.title')}
        </Title>
        <Button
          onClick={() => {
            action.reset();
            setDialog({ kind: 'create' });
          }}
        >
          {t('admin:users.create')}
        </Button>
      </Group>
      <ErrorAlert error={users.error} />
      <Table.ScrollContainer minWidth={800}>
        <Table striped highlightOnHover>
          <Table.Caption>{t('admin:users.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin:users.username')}</Table.Th>
              <Table.Th scope="col">{t('admin:users.displayName')}</Table.Th>
              <Table.Th scope="col">{t('admin:users.roles')}</Table.Th>
              <Table.Th scope="col">{t('admin:users.status')}</Table.Th>
              <Table.Th scope="col">{t('admin:users.createdAt')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('admin:users.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.data?.items.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>
                  <Text ff="monospace" size="sm">
                    {u.username}
                  </Text>
                </Table.Td>
                <Table.Td>{u.displayName}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {u.roles.map((r: Role) => (
                      <Tag key={r} variant="light">
                        {t(`common:roles.${r}.name`)}
                      </Tag>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {u.disabled ? (
                      <Tag color="gray">{t('admin:users.disabled')}</Tag>
                    ) : (
                      <Tag color="teal">{t('admin:users.active')}</Tag>
                    )}
                    {u.lockedUntil && new Date(u.lockedUntil) > new Date() && (
                      <Tag color="orange">{t('admin:users.locked')}</Tag>
                    )}
                    <Tag color={u.totpEnrolled ? 'blue' : 'gray'} variant="outline">
                      {u.totpEnrolled ? t('admin:users.totpOn') : t('admin:users.totpOff')}
                    </Tag>
                  </Group>
                </Table.Td>
                <Table.Td>{formatDateTime(u.createdAt)}</Table.Td>
                <Table.Td>
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('admin:users.actionsFor', { username: u.username })}
                      >
                        {t('admin:users.actions')}
                      </Button>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item
                        onClick={() => {
                          action.reset();
                          setDialog({ kind: 'roles', user: u });
                        }}
                      >
                        {t('admin:users.changeRoles')}
                      </Menu.Item>
                      <Menu.Item
                        onClick={() => {
                          action.reset();
                          setDialog({ kind: 'password', user: u });
                        }}
                      >
                        {t('admin:users.resetPassword')}
                      </Menu.Item>
                      <Menu.Item
                        onClick={() =>
                          window.confirm(t('admin:users.confirmResetTotp', { username: u.username })) &&
                          run(`/api/admin/users/${u.id}/reset-totp`)
                        }
                      >
                        {t('admin:users.resetTotp')}
                      </Menu.Item>
                      {u.disabled ? (
                        <Menu.Item onClick={() => run(`/api/admin/users/${u.id}/enable`)}>
                          {t('admin:users.enable')}
                        </Menu.Item>
                      ) : (
                        <Menu.Item
                          color="red"
                          onClick={() =>
                            window.confirm(t('admin:users.confirmDisable', { username: u.username })) &&
                            run(`/api/admin/users/${u.id}/disable`)
                          }
                        >
                          {t('admin:users.disable')}
                        </Menu.Item>
                      )}
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {dialog?.kind === 'create' && (
        <CreateUserModal
          opened
          onClose={closeDialog}
          pending={action.isPending}
          error={action.error}
          onSubmit={(u: NewUser) => run('/api/admin/users', u)}
        />
      )}
      {dialog?.kind === 'roles' && (
        <RolesModal
          user={dialog.user}
          onClose={closeDialog}
          pending={action.isPending}
          error={action.error}
          onSubmit={(roles) => run(`/api/admin/users/${dialog.user.id}/roles`, { roles }, 'put')}
        />
      )}
      {dialog?.kind === 'password' && (
        <ResetPasswordModal
          user={dialog.user}
          onClose={closeDialog}
          pending={action.isPending}
          error={action.error}
          onSubmit={(password) => run(`/api/admin/users/${dialog.user.id}/reset-password`, { password })}
        />
      )}
    </Stack>
  );
}
