// Files that people upload as base64 in a JSON body, and send back as downloads. One place for the
// steps every feature repeats: decode, check the size and the type (by the bytes, never the name),
// hash, encrypt at rest, decrypt, and answer a download without caching.
import crypto from 'node:crypto';
import type { FastifyReply } from 'fastify';
import type { ErrorCode } from '../../../common/errors.js';
import type { FieldCrypto } from '../crypto/fields.js';
import { AppError } from '../http/errors.js';

export interface UploadRules<T> {
  maxBytes: number;
  /** The file's type from its first bytes; null refuses it. */
  sniff(bytes: Buffer): T | null;
  /** Error codes (400) of a file over maxBytes, of one whose type is refused, and of an empty one. */
  errors: { tooLarge: ErrorCode; type: ErrorCode; empty: ErrorCode };
}

export interface CheckedUpload<T> {
  bytes: Buffer;
  type: T;
  size: number;
  sha256: string;
}

export const sha256Hex = (bytes: Uint8Array | string): string =>
  crypto.createHash('sha256').update(bytes).digest('hex');

/** Decodes a base64 upload and checks it against the rules; throws the rule's AppError. */
export function checkedUpload<T>(contentBase64: string, rules: UploadRules<T>): CheckedUpload<T> {
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length === 0) throw new AppError(rules.errors.empty, 400);
  if (bytes.length > rules.maxBytes) throw new AppError(rules.errors.tooLarge, 400);
  const type = rules.sniff(bytes);
  if (type === null) throw new AppError(rules.errors.type, 400);
  return { bytes, type, size: bytes.length, sha256: sha256Hex(bytes) };
}

/** The stored form of a file: its base64 text under field encryption (backups carry it). */
export const sealFile = (fc: FieldCrypto, bytes: Buffer): string => fc.encrypt(bytes.toString('base64'));
export const openFile = (fc: FieldCrypto, stored: string): Buffer => Buffer.from(fc.decrypt(stored), 'base64');

/** A file name that is safe in a content-disposition header (ASCII letters, digits, '.', '_', '-'). */
export const headerFileName = (name: string): string => name.replace(/[^A-Za-z0-9._-]/g, '_');

/** Answers a download: its type, an attachment name, and no caching. */
export function sendFile(
  reply: FastifyReply,
  file: { fileName: string; mediaType: string; bytes: Buffer },
): FastifyReply {
  return reply
    .header('content-type', file.mediaType)
    .header('content-disposition', `attachment; filename="${headerFileName(file.fileName)}"`)
    .header('cache-control', 'no-store')
    .send(file.bytes);
}
