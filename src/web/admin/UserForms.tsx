// The modals of the user administration page: create, change roles, reset password.
import { Button, Checkbox, Group, Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../roles';
import { ErrorAlert } from '../ui/ErrorAlert';
import type { AdminUser } from './types';

interface FormProps<T> {
  opened: boolean;
  onClose: () => void;
  onSubmit: (value: T) => void;
  pending: boolean;
  error: Error | null;
}

function RolesField({ value, onChange }: { value: Role[]; onChange: (roles: Role[]) => void }) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group label={t('admin:users.roles')} value={value} onChange={(v) => onChange(v as Role[])} required>
      <Stack gap={6} mt={6}>
        {ROLES.map((r) => (
          <Checkbox key={r} value={r} label={t(`common:roles.${r}.name`)} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

export interface NewUser {
  username: string;
  displayName: string;
  roles: Role[];
  password: string;
}

export function CreateUserModal({ opened, onClose, onSubmit, pending, error }: FormProps<NewUser>) {
  const { t } = useTranslation();
  const [form, setForm] = useState<NewUser>({ username: '', displayName: '', roles: [], password: '' });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(form);
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('admin:users.create')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={error} />
          <TextInput
            label={t('admin:users.username')}
            required
            value={form.username}
            autoComplete="off"
            onChange={(e) => setForm({ ...form, username: e.currentTarget.value })}
          />
          <TextInput
            label={t('admin:users.displayName')}
            required
            value={form.displayName}
            autoComplete="off"
            onChange={(e) => setForm({ ...form, displayName: e.currentTarget.value })}
          />
          <RolesField value={form.roles} onChange={(roles) => setForm({ ...form, roles })} />
          <PasswordInput
            label={t('admin:users.initialPassword')}
            description={t('auth:passwordPolicy')}
            required
            autoComplete="new-password"
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.currentTarget.value })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('common:save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function RolesModal({
  user,
  onClose,
  onSubmit,
  pending,
  error,
}: Omit<FormProps<Role[]>, 'opened'> & { user: AdminUser }) {
  const { t } = useTranslation();
  const [roles, setRoles] = useState<Role[]>(user.roles);
  return (
    <Modal opened onClose={onClose} title={t('admin:users.changeRolesOf', { username: user.username })}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(roles);
        }}
        noValidate
      >
        <Stack>
          <ErrorAlert error={error} />
          <RolesField value={roles} onChange={setRoles} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('common:save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function ResetPasswordModal({
  user,
  onClose,
  onSubmit,
  pending,
  error,
}: Omit<FormProps<string>, 'opened'> & { user: AdminUser }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  return (
    <Modal opened onClose={onClose} title={t('admin:users.resetPasswordOf', { username: user.username })}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(password);
        }}
        noValidate
      >
        <Stack>
          <ErrorAlert error={error} />
          <PasswordInput
            label={t('admin:users.newPassword')}
            description={t('auth:passwordPolicy')}
            required
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('common:save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
