import type { z } from 'zod';

/** JSON path as people read it: `cases[3].openedOn`, `measures[0].actions[2].count`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(s))) out += out ? `.${String(s)}` : String(s);
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out || '(paquete)';
}

const typeNames: Record<string, string> = {
  string: 'un texto',
  number: 'un número',
  int: 'un número entero',
  boolean: 'true o false',
  object: 'un objeto',
  array: 'una lista',
  null: 'null',
};

function valueAt(root: unknown, segments: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const s of segments) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[s];
  }
  return v;
}

/**
 * Zod issues -> Spanish problems, each with its full path. Zod's own messages are English, so every
 * issue code we can meet is translated here; custom checks already carry a Spanish message.
 */
export function zodProblems(
  error: z.ZodError,
  root: unknown,
  prefix: readonly PropertyKey[] = [],
): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  for (const issue of error.issues) {
    const path = [...prefix, ...issue.path];
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys)
          out.push({ path: formatPath([...path, key]), message: 'campo no reconocido en el formato salvaguarda/v1' });
        break;
      case 'invalid_type': {
        const missing = valueAt(root, issue.path) === undefined;
        const expected = typeNames[issue.expected] ?? issue.expected;
        out.push({ path: formatPath(path), message: missing ? 'campo obligatorio' : `se esperaba ${expected}` });
        break;
      }
      case 'invalid_value': {
        if (valueAt(root, issue.path) === undefined) {
          out.push({ path: formatPath(path), message: 'campo obligatorio' });
          break;
        }
        const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
        out.push({ path: formatPath(path), message: `valor no permitido; valores válidos: ${allowed}` });
        break;
      }
      case 'too_small':
        out.push({
          path: formatPath(path),
          message: issue.origin === 'number' ? `debe ser mayor o igual a ${String(issue.minimum)}` : issue.message,
        });
        break;
      case 'too_big':
        out.push({
          path: formatPath(path),
          message: issue.origin === 'number' ? `debe ser menor o igual a ${String(issue.maximum)}` : issue.message,
        });
        break;
      case 'custom':
      case 'invalid_format': // our regex checks carry a Spanish message
        out.push({ path: formatPath(path), message: issue.message });
        break;
      default:
        out.push({ path: formatPath(path), message: 'valor no válido' });
    }
  }
  return out;
}
