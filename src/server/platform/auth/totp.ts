// TOTP (RFC 6238, 30 s, 6 digits, ±1 step) and one-time recovery codes.
import crypto from 'node:crypto';
import { authenticator } from 'otplib';
import QRCode from 'qrcode';
import { hashPassword, verifyPassword } from './password.js';

export const TOTP_ISSUER = 'Salvaguarda';
const STEP_SECONDS = 30;
const totp = authenticator.clone({ window: 1, step: STEP_SECONDS });

export function newTotpSecret(): string {
  return totp.generateSecret(20); // 160 bits, base32
}

export async function enrolmentMaterial(username: string, secret: string) {
  const otpauthUrl = totp.keyuri(username, TOTP_ISSUER, secret);
  const qrDataUrl = await QRCode.toDataURL(otpauthUrl, { errorCorrectionLevel: 'M', margin: 1, width: 240 });
  return { secret, otpauthUrl, qrDataUrl };
}

/**
 * Checks a code and refuses one already used (same or earlier time step) by the same person, so a
 * code seen over someone's shoulder cannot be replayed. The last used step is kept in memory:
 * the server is one process, and a restart only reopens a window of about a minute.
 */
export class TotpVerifier {
  private readonly lastStep = new Map<string, number>();

  verify(userId: string, secret: string, code: string, now = Date.now()): boolean {
    if (!/^\d{6}$/.test(code)) return false;
    const delta = totp.checkDelta(code, secret);
    if (delta === null) return false;
    const step = Math.floor(now / 1000 / STEP_SECONDS) + delta;
    if (step <= (this.lastStep.get(userId) ?? -1)) return false;
    this.lastStep.set(userId, step);
    return true;
  }
}

// No 0/o/1/l/i: codes are read from paper.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const RECOVERY_CODE_COUNT = 10;

function randomCode(): string {
  const chars = Array.from(crypto.randomBytes(12), (b) => ALPHABET[b % ALPHABET.length]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** Lower case without spaces or dashes: "ABCD-efgh jkmn" == "abcdefghjkmn". */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}

export async function newRecoveryCodes(): Promise<{ codes: string[]; hashes: string[] }> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, randomCode);
  const hashes = await Promise.all(codes.map((c) => hashPassword(normaliseRecoveryCode(c))));
  return { codes, hashes };
}

/** Index of the stored hash that matches the code, or -1. */
export async function matchRecoveryCode(hashes: readonly string[], code: string): Promise<number> {
  const normalised = normaliseRecoveryCode(code);
  if (!/^[a-z0-9]{12}$/.test(normalised)) return -1;
  for (let i = 0; i < hashes.length; i++) {
    if (await verifyPassword(hashes[i]!, normalised)) return i;
  }
  return -1;
}

/** For tests and the demo: the code an authenticator app would show at `at`. */
export function totpCodeAt(secret: string, at: number): string {
  return authenticator.clone({ step: STEP_SECONDS, epoch: at }).generate(secret);
}
