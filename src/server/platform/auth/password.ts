// Password hashing (argon2id) and the password policy.
import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. Argon2id is the library's default
// algorithm (the Algorithm const enum cannot be imported under isolatedModules).
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };
export const PASSWORD_MIN_LENGTH = 12;
/** Bounds the work an attacker can make argon2 do with one request. */
export const PASSWORD_MAX_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** false for a malformed hash too (e.g. the '!' of accounts without a password). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  if (!passwordHash.startsWith('$argon2')) return false;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Verifies against a throwaway hash so an unknown username costs as much time as a known one. */
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('salvaguarda-timing-equaliser');
  await verifyPassword(await dummyHash, password);
}

// Passwords people choose first, in Spanish and English (compared without case, accents or digits/symbols at the end).
const COMMON = new Set([
  'password',
  'contrasena',
  'contraseña',
  'qwerty',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  'abc',
  'abcdef',
  'admin',
  'administrador',
  'administrator',
  'bienvenido',
  'bienvenida',
  'welcome',
  'letmein',
  'iloveyou',
  'teamo',
  'mexico',
  'cdmx',
  'salvaguarda',
  'mecanismo',
  'secreto',
  'secret',
  'usuario',
  'user',
  'login',
  'dragon',
  'monkey',
  'football',
  'futbol',
  'america',
  'princesa',
  'superman',
  'batman',
  'master',
  'changeme',
  'cambiame',
  'default',
  'test',
  'prueba',
  'demo',
  'hola',
  'hello',
  'sunshine',
  'trustno',
]);
const SEQUENCES = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1qaz2wsx3edc'];

function normalise(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function isSequential(p: string): boolean {
  return SEQUENCES.some((seq) => {
    const both = seq + seq; // wrap-around, e.g. "7890123456"
    const rev = [...both].reverse().join('');
    return both.includes(p) || rev.includes(p);
  });
}

/**
 * Spanish reasons why a password is not acceptable; empty when it is.
 * Rules: length 12–256, not the username (nor containing it), not a common password with digits
 * or symbols around it, not a keyboard/alphabet sequence or a repetition of a few characters.
 */
export function passwordProblems(password: string, username?: string): string[] {
  const problems: string[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH)
    problems.push(`La contraseña debe tener al menos ${PASSWORD_MIN_LENGTH} caracteres.`);
  if (password.length > PASSWORD_MAX_LENGTH)
    problems.push(`La contraseña no puede tener más de ${PASSWORD_MAX_LENGTH} caracteres.`);
  const p = normalise(password);
  const u = username ? normalise(username) : '';
  if (u && (p.includes(u) || u.includes(p) || p.includes([...u].reverse().join('')))) {
    problems.push('La contraseña no puede contener el nombre de usuario.');
  }
  const core = p.replace(/^[^a-zñ]+|[^a-zñ]+$/g, ''); // "Password2024!" -> "password"
  const distinct = new Set([...p]).size;
  if (COMMON.has(core) || COMMON.has(p.replace(/[^a-zñ]/g, ''))) {
    problems.push('La contraseña es demasiado común.');
  } else if (distinct <= 3 || isSequential(p) || /^(.{1,4})\1+$/.test(p)) {
    problems.push('La contraseña es demasiado predecible (repeticiones o secuencias).');
  }
  return problems;
}
