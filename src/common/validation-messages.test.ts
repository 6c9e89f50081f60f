// Validation messages in plain Spanish and English, on the server's 400 answers with the field path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestContext, type TestContext } from '../../tests/support/context.js';
import { errorMapFor } from './validation-messages.js';

const Form = z.object({
  name: z.string().trim().min(1).max(5),
  code: z.string().min(3),
  kind: z.enum(['a', 'b']),
  count: z.number().int().min(2),
  on: z.iso.date(),
});
const messages = (lang: 'es' | 'en', input: unknown) =>
  Object.fromEntries(
    Form.safeParse(input, { error: errorMapFor(lang) }).error!.issues.map((i) => [i.path.join('.'), i.message]),
  );

describe('plain validation messages', () => {
  it('words missing, short, long, wrong choices and dates in Spanish', () => {
    expect(messages('es', {})).toEqual({
      name: 'Este campo es obligatorio.',
      code: 'Este campo es obligatorio.',
      kind: 'Este campo es obligatorio.',
      count: 'Este campo es obligatorio.',
      on: 'Este campo es obligatorio.',
    });
    expect(messages('es', { name: 'demasiado', code: 'ab', kind: 'c', count: 1, on: '2024-02-30' })).toEqual({
      name: 'Escriba como máximo 5 caracteres.',
      code: 'Escriba al menos 3 caracteres.',
      kind: 'Elija una de las opciones.',
      count: 'Debe ser 2 o más.',
      on: 'Escriba una fecha válida (día/mes/año).',
    });
    expect(messages('es', { name: '  ' }).name).toBe('Este campo es obligatorio.');
  });

  it('words them in English for the English UI', () => {
    expect(messages('en', { name: 'x', code: 'abc', kind: 'z', count: 2, on: '2024-01-01' })).toEqual({
      kind: 'Choose one of the options.',
    });
    expect(messages('en', {}).name).toBe('This field is required.');
  });
});

describe('server validation errors', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx?.close());

  it('answers 400 with each field path and a plain Spanish message', async () => {
    const worker = await ctx.signInAs(['cdemp']);
    const res = await worker.post('/api/cases', { kind: 'incorporation', procedure: 'ordinary', profile: 'x' });
    expect(res.statusCode).toBe(400);
    const details = res.json().error.details as { path: string; message: string }[];
    expect(details).toEqual(
      expect.arrayContaining([
        { path: 'body.profile', message: 'Elija una de las opciones.' },
        { path: 'body.identity', message: 'Este campo es obligatorio.' },
      ]),
    );
    expect(JSON.stringify(details)).not.toMatch(/Invalid|expected|Too small/);
  });
});
