// Photos in the report (the §9 photo annex). The image is downscaled once, when the section is
// built, and travels inside the block as base64: the issued report keeps its JSON and its files
// reproducible even if the photo is later deleted, and the data stays small: resvg (already used for
// the charts) decodes JPEG/PNG and renders at most MAX_IMAGE_WIDTH px wide on white, and jpeg-js
// encodes that as JPEG (a PNG of a photo is ten times larger). A photo already that small is kept
// as stored.
import { Resvg } from '@resvg/resvg-js';
import jpeg from 'jpeg-js';
import type { ImageBlock } from './report.model.js';

export const MAX_IMAGE_WIDTH = 480;
/** Stored photos up to this size and MAX_IMAGE_WIDTH wide are embedded as they are. */
const KEEP_AS_STORED_BYTES = 150 * 1024;
const JPEG_QUALITY = 80;

type ImageMime = ImageBlock['mime'];

/** Pixel size from the PNG IHDR or the JPEG SOFn segment; null when it cannot be read. */
export function imageSize(bytes: Buffer, mime: ImageMime): { width: number; height: number } | null {
  if (mime === 'image/png')
    return bytes.length >= 24 ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } : null;
  let i = 2;
  while (i + 9 < bytes.length && bytes[i] === 0xff) {
    const marker = bytes[i + 1]!;
    const isSof = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isSof) return { height: bytes.readUInt16BE(i + 5), width: bytes.readUInt16BE(i + 7) };
    if (marker === 0xda) return null;
    i += 2 + bytes.readUInt16BE(i + 2);
  }
  return null;
}

/** The photo as a report image block; null when its size cannot be read (caption only). */
export function reportImage(id: string, caption: string, bytes: Buffer, mime: ImageMime): ImageBlock | null {
  const size = imageSize(bytes, mime);
  if (!size || size.width === 0 || size.height === 0) return null;
  const width = Math.min(size.width, MAX_IMAGE_WIDTH);
  const height = Math.max(1, Math.round((size.height * width) / size.width));
  if (size.width <= MAX_IMAGE_WIDTH && bytes.length <= KEEP_AS_STORED_BYTES)
    return { kind: 'image', id, caption, mime, data: bytes.toString('base64'), width, height };
  const { width: w, height: h } = size;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${w}" height="${h}">` +
    `<rect width="${w}" height="${h}" fill="#fff"/>` +
    `<image width="${w}" height="${h}" xlink:href="data:${mime};base64,${bytes.toString('base64')}"/></svg>`;
  const rendered = new Resvg(svg, { fitTo: { mode: 'width', value: width } }).render();
  const encoded = jpeg.encode({ data: rendered.pixels, width: rendered.width, height: rendered.height }, JPEG_QUALITY);
  return {
    kind: 'image',
    id,
    caption,
    mime: 'image/jpeg',
    data: encoded.data.toString('base64'),
    width: rendered.width,
    height: rendered.height,
  };
}
