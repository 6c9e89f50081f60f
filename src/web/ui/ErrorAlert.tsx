// Shows an API error to a person: the Spanish message and, when the server sent them, the
// reasons per field (e.g. which password rule failed). Announced to screen readers.
import { Alert, List } from '@mantine/core';
import { ApiError } from '../api';

export function ErrorAlert({ error, title }: { error: Error | null | undefined; title?: string }) {
  if (!error) return null;
  const details = error instanceof ApiError ? error.details.filter((d) => d && typeof d.message === 'string') : [];
  return (
    <Alert color="red" role="alert" title={title}>
      {error.message}
      {details.length > 0 && (
        <List size="sm" mt={4}>
          {details.map((d, i) => (
            <List.Item key={`${d.path ?? ''}${i}`}>{d.message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
