// Validation messages a person understands, in Spanish (es-MX) or English, for every zod schema of
// the server and the web. The plain cases (required, length, range, choice, date) are worded here;
// anything else falls back to zod's own locale (`z.locales.es()` / `z.locales.en()`).
import { z } from 'zod';

export type MessageLanguage = 'es' | 'en';
type Issue = Parameters<z.core.$ZodErrorMap>[0];

const TEXT = {
  es: {
    required: 'Este campo es obligatorio.',
    choose: 'Elija una de las opciones.',
    minChars: (n: string) => `Escriba al menos ${n} caracteres.`,
    maxChars: (n: string) => `Escriba como máximo ${n} caracteres.`,
    minItems: (n: string) => `Elija al menos ${n}.`,
    maxItems: (n: string) => `Elija como máximo ${n}.`,
    min: (n: string) => `Debe ser ${n} o más.`,
    max: (n: string) => `Debe ser ${n} o menos.`,
    integer: 'Escriba un número entero.',
    number: 'Escriba un número.',
    date: 'Escriba una fecha válida (día/mes/año).',
    email: 'Escriba un correo electrónico válido.',
    format: 'El formato no es válido.',
    unknownKeys: 'Contiene datos que no se esperaban.',
  },
  en: {
    required: 'This field is required.',
    choose: 'Choose one of the options.',
    minChars: (n: string) => `Write at least ${n} characters.`,
    maxChars: (n: string) => `Write at most ${n} characters.`,
    minItems: (n: string) => `Choose at least ${n}.`,
    maxItems: (n: string) => `Choose at most ${n}.`,
    min: (n: string) => `Must be ${n} or more.`,
    max: (n: string) => `Must be ${n} or less.`,
    integer: 'Write a whole number.',
    number: 'Write a number.',
    date: 'Write a valid date.',
    email: 'Write a valid e-mail address.',
    format: 'The format is not valid.',
    unknownKeys: 'Contains data that was not expected.',
  },
} as const;

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** The plain wording of an issue, or undefined to let zod's locale word it. */
export function plainMessage(issue: Issue, lang: MessageLanguage): string | undefined {
  const t = TEXT[lang];
  switch (issue.code) {
    case 'invalid_type':
      if (isBlank(issue.input)) return t.required;
      if (issue.expected === 'number' || issue.expected === 'int') return t.number;
      if (issue.expected === 'date') return t.date;
      return undefined;
    case 'invalid_value':
      return isBlank(issue.input) ? t.required : t.choose;
    case 'too_small': {
      const n = String(issue.minimum);
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? t.required : t.minChars(n);
      if (issue.origin === 'array' || issue.origin === 'set') return t.minItems(n);
      return t.min(n);
    }
    case 'too_big': {
      const n = String(issue.maximum);
      if (issue.origin === 'string') return t.maxChars(n);
      if (issue.origin === 'array' || issue.origin === 'set') return t.maxItems(n);
      return t.max(n);
    }
    case 'invalid_format':
      if (isBlank(issue.input)) return t.required;
      if (issue.format === 'email') return t.email;
      if (issue.format === 'date' || issue.format === 'datetime') return t.date;
      return t.format;
    case 'unrecognized_keys':
      return t.unknownKeys;
    default:
      return undefined;
  }
}

/** zod's error map for a language: the plain wording first, zod's locale for the rest. */
export function errorMapFor(lang: MessageLanguage): z.core.$ZodErrorMap {
  const fallback = (lang === 'es' ? z.locales.es() : z.locales.en()).localeError!;
  return (issue) => plainMessage(issue, lang) ?? fallback(issue);
}

/** Makes every zod schema of this process speak `lang` (the server: Spanish; the web: the UI's). */
export function setValidationLanguage(lang: MessageLanguage): void {
  current = lang;
  z.config({ localeError: errorMapFor(lang) });
}

let current: MessageLanguage = 'es';

/** "This field is required" in the current language, for cross-field rules (`refine`). */
export function requiredMessage(): string {
  return TEXT[current].required;
}
