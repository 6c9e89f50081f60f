// The contracts' and the opinions' documents: PDF or DOCX of at most 3 MB, checked, hashed and
// encrypted by the platform's upload helper (platform/files/upload.ts).
import { checkedUpload, type UploadRules } from '../../platform/files/upload.js';
import { MAX_DOCUMENT_BYTES, sniffDocument, type DocumentType } from './legal.logic.js';

export const DOCUMENT_RULES: UploadRules<DocumentType> = {
  maxBytes: MAX_DOCUMENT_BYTES,
  sniff: sniffDocument,
  errors: { tooLarge: 'legal_document_too_large', type: 'legal_document_type', empty: 'legal_document_type' },
};

export function checkedDocument(contentBase64: string) {
  const { bytes, type, sha256 } = checkedUpload(contentBase64, DOCUMENT_RULES);
  return { bytes, mediaType: type.mediaType, sha256 };
}
