import { describe, expect, it } from 'vitest';
import {
  TotpVerifier,
  matchRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  normaliseRecoveryCode,
  totpCodeAt,
} from './totp.js';

describe('TotpVerifier', () => {
  it('accepts the current code once, refuses a replay and a wrong code', () => {
    const secret = newTotpSecret();
    const v = new TotpVerifier();
    const now = Date.now();
    const code = totpCodeAt(secret, now);
    expect(v.verify('u1', secret, code, now)).toBe(true);
    expect(v.verify('u1', secret, code, now)).toBe(false);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    expect(new TotpVerifier().verify('u1', secret, wrong, now)).toBe(false);
    expect(new TotpVerifier().verify('u1', secret, 'abcdef', now)).toBe(false);
  });

  it('accepts the next step (clock drift) but not one far in the future', () => {
    const secret = newTotpSecret();
    const now = Date.now();
    expect(new TotpVerifier().verify('u', secret, totpCodeAt(secret, now + 30_000), now)).toBe(true);
    expect(new TotpVerifier().verify('u', secret, totpCodeAt(secret, now + 5 * 60_000), now)).toBe(false);
  });
});

describe('recovery codes', () => {
  it('makes distinct readable codes whose hashes match only themselves', async () => {
    const { codes, hashes } = await newRecoveryCodes();
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(hashes.some((h) => h.includes(normaliseRecoveryCode(codes[0]!)))).toBe(false);
    expect(await matchRecoveryCode(hashes, codes[3]!.toUpperCase().replace(/-/g, ' '))).toBe(3);
    expect(await matchRecoveryCode(hashes, 'aaaa-bbbb-cccc')).toBe(-1);
  });
});
