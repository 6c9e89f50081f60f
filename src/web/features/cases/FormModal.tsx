// The frame every case form shares: a modal with the form's fields, the save error (with the
// conflict message and reload button on 409), and cancel / save (and delete when editing).
import { Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveError } from './shared';

export interface FormProps<T> {
  onClose: () => void;
  onSubmit: (body: T) => void;
  pending: boolean;
  error: unknown;
  onReload?: () => void;
  /** shown as a "delete" button when editing an existing record */
  onDelete?: () => void;
}

interface FormModalProps {
  title: string;
  p: FormProps<never>;
  children: ReactNode;
  onSubmit: () => void;
  size?: string;
}

export function FormModal({ title, p, children, onSubmit, size = 'lg' }: FormModalProps) {
  const { t } = useTranslation();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <Modal opened onClose={p.onClose} title={title} size={size}>
      <form onSubmit={submit}>
        <Stack>
          {children}
          <SaveError error={p.error} onReload={p.onReload} />
          <Group justify="flex-end">
            {p.onDelete && (
              <Button variant="subtle" color="red" mr="auto" onClick={p.onDelete}>
                {t('cases:delete')}
              </Button>
            )}
            <Button variant="default" onClick={p.onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={p.pending}>
              {t('common:save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
