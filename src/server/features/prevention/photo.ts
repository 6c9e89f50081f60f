// Photo checks for the annex: type by magic bytes (JPEG, PNG), a size limit, and the removal of
// metadata that can locate or identify people (EXIF with GPS, XMP, IPTC, comments, PNG text chunks).
import crypto from 'node:crypto';

export const MAX_PHOTO_BYTES = 4 * 1024 * 1024;

export type PhotoMime = 'image/jpeg' | 'image/png';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function sniffImage(bytes: Buffer): PhotoMime | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  return null;
}

// APP0 (JFIF) and APP14 (Adobe colour transform) are needed to display the image; every other
// APPn (APP1 = EXIF/XMP with GPS, APP13 = IPTC…) and COM is metadata and goes.
const KEEP_APP = new Set([0xe0, 0xee]);

/** The JPEG without metadata segments; throws on a malformed file. */
export function stripJpeg(bytes: Buffer): Buffer {
  const out: Buffer[] = [bytes.subarray(0, 2)];
  let i = 2;
  while (i < bytes.length) {
    if (bytes[i] !== 0xff) throw new Error('malformed JPEG');
    const marker = bytes[i + 1]!;
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    if (marker === 0xd9) {
      out.push(bytes.subarray(i, i + 2));
      return Buffer.concat(out);
    }
    // Standalone markers without a length.
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      out.push(bytes.subarray(i, i + 2));
      i += 2;
      continue;
    }
    if (i + 4 > bytes.length) throw new Error('malformed JPEG');
    const length = bytes.readUInt16BE(i + 2);
    const end = i + 2 + length;
    if (length < 2 || end > bytes.length) throw new Error('malformed JPEG');
    if (marker === 0xda) {
      // Start of scan: the entropy-coded data and everything after it is image data.
      out.push(bytes.subarray(i));
      return Buffer.concat(out);
    }
    const isApp = marker >= 0xe0 && marker <= 0xef;
    if (!(isApp && !KEEP_APP.has(marker)) && marker !== 0xfe) out.push(bytes.subarray(i, end));
    i = end;
  }
  throw new Error('malformed JPEG');
}

const PNG_DROP = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME']);

/** The PNG without metadata chunks; throws on a malformed file. */
export function stripPng(bytes: Buffer): Buffer {
  const out: Buffer[] = [bytes.subarray(0, 8)];
  let i = 8;
  while (i < bytes.length) {
    if (i + 12 > bytes.length) throw new Error('malformed PNG');
    const length = bytes.readUInt32BE(i);
    const type = bytes.subarray(i + 4, i + 8).toString('latin1');
    const end = i + 12 + length;
    if (end > bytes.length) throw new Error('malformed PNG');
    if (!PNG_DROP.has(type)) out.push(bytes.subarray(i, end));
    i = end;
    if (type === 'IEND') return Buffer.concat(out);
  }
  throw new Error('malformed PNG');
}

export interface CleanPhoto {
  mime: PhotoMime;
  bytes: Buffer;
  sha256: string;
}

/** Checks and cleans an uploaded photo; null when it is not an acceptable image. */
export function cleanPhoto(raw: Buffer): CleanPhoto | null {
  if (raw.length === 0 || raw.length > MAX_PHOTO_BYTES) return null;
  const mime = sniffImage(raw);
  if (!mime) return null;
  let bytes: Buffer;
  try {
    bytes = mime === 'image/jpeg' ? stripJpeg(raw) : stripPng(raw);
  } catch {
    return null;
  }
  return { mime, bytes, sha256: crypto.createHash('sha256').update(bytes).digest('hex') };
}
