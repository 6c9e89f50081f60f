import crypto from 'node:crypto';
import type { AuditKeys, KeyRing } from './keys.js';

const PREFIX = 'enc1';

/**
 * Field-level encryption of personal data (AES-256-GCM). A stored value is
 * `enc1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url parts), so each value names its key.
 */
export interface FieldCrypto {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  encryptNullable(plain: string | null | undefined): string | null;
  decryptNullable(stored: string | null | undefined): string | null;
  /** Keyed HMAC of a normalised value: equality search without storing plaintext. */
  blindIndex(purpose: string, value: string): string;
  keyIdOf(stored: string): string;
  readonly currentKeyId: string;
  /** The audit trail's HMAC keys travel with the data keys (same file, never in the database). */
  readonly auditKeys: AuditKeys;
}

/** Lower case, no accents, single spaces: "José  PÉREZ" and "jose perez" index alike. */
export function normaliseForIndex(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function createFieldCrypto(ring: KeyRing): FieldCrypto {
  const keyFor = (id: string) => {
    const key = ring.dataKeys.get(id);
    if (!key) throw new Error(`Llave de cifrado desconocida: ${id}`);
    return key;
  };
  const api: FieldCrypto = {
    currentKeyId: ring.currentKeyId,
    auditKeys: ring.audit,
    encrypt(plain) {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', keyFor(ring.currentKeyId), iv);
      // The key id is authenticated too, so a value cannot be re-labelled with another key.
      cipher.setAAD(Buffer.from(ring.currentKeyId));
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [
        PREFIX,
        ring.currentKeyId,
        iv.toString('base64url'),
        tag.toString('base64url'),
        ct.toString('base64url'),
      ].join('.');
    },
    decrypt(stored) {
      const [prefix, keyId, iv, tag, ct] = stored.split('.');
      if (prefix !== PREFIX || !keyId || iv === undefined || tag === undefined || ct === undefined) {
        throw new Error('Valor cifrado con formato inválido.');
      }
      const decipher = crypto.createDecipheriv('aes-256-gcm', keyFor(keyId), Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(keyId));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
    },
    encryptNullable: (plain) => (plain === null || plain === undefined ? null : api.encrypt(plain)),
    decryptNullable: (stored) => (stored === null || stored === undefined ? null : api.decrypt(stored)),
    blindIndex(purpose, value) {
      return crypto
        .createHmac('sha256', ring.indexKey)
        .update(`${purpose}\u0000${normaliseForIndex(value)}`)
        .digest('base64url');
    },
    keyIdOf(stored) {
      return stored.split('.')[1] ?? '';
    },
  };
  return api;
}
