import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblems, verifyPassword } from './password.js';

describe('passwordProblems', () => {
  it('accepts a long, unpredictable password', () => {
    expect(passwordProblems('rio-verde-lámpara-93', 'ana.lopez')).toEqual([]);
  });

  it('rejects short passwords', () => {
    expect(passwordProblems('Xk7#pq2!', 'ana')).toEqual([expect.stringContaining('al menos 12')]);
  });

  it('rejects the username, inside or reversed', () => {
    expect(passwordProblems('ana.lopez.2024!!', 'ana.lopez')).toContain(
      'La contraseña no puede contener el nombre de usuario.',
    );
    expect(passwordProblems('ANA.LOPEZ-rio-verde', 'ana.lopez')).toContain(
      'La contraseña no puede contener el nombre de usuario.',
    );
    expect(passwordProblems('zepol.ana-rio-verde', 'ana.lopez')).toEqual([
      'La contraseña no puede contener el nombre de usuario.',
    ]);
  });

  it('rejects common passwords dressed with digits and symbols', () => {
    expect(passwordProblems('Contraseña2024!', 'x')).toContain('La contraseña es demasiado común.');
    expect(passwordProblems('123456password', 'x')).toContain('La contraseña es demasiado común.');
  });

  it('rejects sequences and repetitions', () => {
    for (const p of ['123456789012', 'aaaaaaaaaaaa', 'abcabcabcabc', 'qwertyuiopqw', '987654321098']) {
      expect(passwordProblems(p, 'x'), p).toContain(
        'La contraseña es demasiado predecible (repeticiones o secuencias).',
      );
    }
  });

  it('rejects absurdly long passwords', () => {
    expect(passwordProblems('a1b2c3d4-'.repeat(40), 'x')).toEqual([expect.stringContaining('más de 256')]);
  });
});

describe('argon2id hashing', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const h = await hashPassword('rio-verde-lámpara-93');
    expect(h.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(h, 'rio-verde-lámpara-93')).toBe(true);
    expect(await verifyPassword(h, 'rio-verde-lampara-93')).toBe(false);
    expect(await verifyPassword('!', 'anything')).toBe(false);
  });
});
