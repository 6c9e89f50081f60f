// The report's document formats. `json` is the contract document itself (not a ReportDocument).
import type { ReportDocument } from '../report.model.js';
import { writeDocx } from './docx.js';
import { writePdf } from './pdf.js';
import { writeXlsx } from './xlsx.js';

export const DOCUMENT_FORMATS = ['docx', 'xlsx', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const CONTENT_TYPES: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export interface DocumentOptions {
  /**
   * Work out the DOCX contents page's page numbers from an estimated layout (slow: about 10–20 s
   * for a whole report). Issued versions do it once; drafts leave the field for Word to update.
   */
  contentsPageNumbers?: boolean;
}

export function writeDocument(
  doc: ReportDocument,
  format: DocumentFormat,
  options: DocumentOptions = {},
): Promise<Buffer> {
  switch (format) {
    case 'docx':
      return writeDocx(doc, options);
    case 'xlsx':
      return writeXlsx(doc);
    case 'pdf':
      return writePdf(doc);
  }
}
