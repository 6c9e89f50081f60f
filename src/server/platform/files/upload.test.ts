// The platform's upload helper: decode, checks in order (empty, size, type), hash, seal/open.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createFieldCrypto } from '../crypto/fields.js';
import { keyRingFromFile, newKeyFile } from '../crypto/keys.js';
import { AppError } from '../http/errors.js';
import { checkedUpload, headerFileName, openFile, sealFile, type UploadRules } from './upload.js';

const rules: UploadRules<'pdf'> = {
  maxBytes: 16,
  sniff: (b) => (b.subarray(0, 5).toString('latin1') === '%PDF-' ? 'pdf' : null),
  errors: { tooLarge: 'legal_document_too_large', type: 'legal_document_type', empty: 'bad_request' },
};
const b64 = (s: string) => Buffer.from(s, 'latin1').toString('base64');
const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof AppError ? `${e.statusCode} ${e.code}` : String(e);
  }
  return 'no error';
};

describe('checkedUpload', () => {
  it('returns the bytes, the sniffed type, the size and the SHA-256 of an accepted file', () => {
    const text = '%PDF-1.4 hola';
    const u = checkedUpload(b64(text), rules);
    expect(u.type).toBe('pdf');
    expect(u.bytes.toString('latin1')).toBe(text);
    expect(u.size).toBe(text.length);
    expect(u.sha256).toBe(crypto.createHash('sha256').update(text, 'latin1').digest('hex'));
  });

  it('refuses an empty file, one over the limit and one of another type, each with its rule code', () => {
    expect(codeOf(() => checkedUpload('', rules))).toBe('400 bad_request');
    expect(codeOf(() => checkedUpload(b64('%PDF-' + 'x'.repeat(12)), rules))).toBe('400 legal_document_too_large');
    expect(codeOf(() => checkedUpload(b64('<html>'), rules))).toBe('400 legal_document_type');
  });
});

describe('sealed files', () => {
  it('stores ciphertext that opens to the same bytes', () => {
    const fc = createFieldCrypto(keyRingFromFile(newKeyFile()));
    const bytes = crypto.randomBytes(64);
    const stored = sealFile(fc, bytes);
    expect(stored).not.toContain(bytes.toString('base64'));
    expect(openFile(fc, stored).equals(bytes)).toBe(true);
  });

  it('makes file names safe for a header', () => {
    expect(headerFileName('Contrato "año" 1/2.pdf')).toBe('Contrato__a_o__1_2.pdf');
  });
});
