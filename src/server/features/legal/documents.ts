// An uploaded document checked for type (by its bytes) and size, and hashed: shared by the
// contracts' and the opinions' documents.
import crypto from 'node:crypto';
import { AppError } from '../../platform/http/errors.js';
import { MAX_DOCUMENT_BYTES, sniffDocument } from './legal.logic.js';

export function checkedDocument(contentBase64: string) {
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length > MAX_DOCUMENT_BYTES) throw new AppError('legal_document_too_large', 400);
  const type = sniffDocument(bytes);
  if (!type || bytes.length === 0) throw new AppError('legal_document_type', 400);
  return { bytes, mediaType: type.mediaType, sha256: crypto.createHash('sha256').update(bytes).digest('hex') };
}
