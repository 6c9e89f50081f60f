// The form kit: @mantine/form validated by a zod schema (messages in the UI's language, see
// common/validation-messages.ts) and the server's 400 details put back under their fields.
import type { FormErrors } from '@mantine/form';
import type { z } from 'zod';
import { ApiError } from '../api';
import './validation-language';

/** A @mantine/form `validate` function from a zod v4 schema: one message per field path. */
export function schemaResolver<Values>(schema: z.ZodType) {
  return (values: Values): FormErrors => {
    const result = schema.safeParse(values);
    if (result.success) return {};
    const errors: FormErrors = {};
    for (const issue of result.error.issues) {
      const key = issue.path.join('.');
      if (!(key in errors)) errors[key] = issue.message;
    }
    return errors;
  };
}

/**
 * Puts a server validation error's details (`path: 'body.subject'`) under the matching fields of
 * the form. Returns true when at least one field got its message, so the caller can leave out the
 * general alert.
 */
export function showServerErrors(
  form: { getValues(): object; setFieldError(path: string, error: string): void },
  error: unknown,
): boolean {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return false;
  const fields = Object.keys(form.getValues());
  let shown = false;
  for (const d of error.details) {
    const field = d.path?.replace(/^body\./, '');
    if (field && fields.includes(field.split('.')[0]!)) {
      form.setFieldError(field, d.message);
      shown = true;
    }
  }
  return shown;
}
